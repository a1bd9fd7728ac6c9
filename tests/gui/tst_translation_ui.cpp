#include "GuiFixture.h"

#include "FieldEditor.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "itemmodels/TranslationQueueModel.h"
#include "storage/TranslationStore.h"
#include "translation/TranslationEditor.h"
#include "translation/TranslationTabs.h"
#include "translation/TranslationsArea.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ed;

// Translatable records in the GUI (DESIGN.md §7): the language tabs of the record form and the
// Translations area (queue and side-by-side editor), driven as a translator would.
class TestTranslationUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formTabsShowTheOtherLanguages();
    void formTranslationIsSavedAndUndoable();
    void correctionUndoRestoresTheTranslator();
    void refusedTranslationStaysInline();
    void outdatedMarkerAfterSourceChanges();
    void editorsFollowTheTextsDirection_data();
    void editorsFollowTheTextsDirection();
    void queueListsMissingFrenchTitle();
    void queueFiltersByLanguageAndRecordType();
    void translatingInTheEditorLeavesTheQueue();
    void saveKeepsTheEditorAndSkipMoves();
    void statusBarCountsTexts();
    void retranslatesOnLanguageChange();

private:
    QString needTitleId(const QString &language) const
    {
        return TranslationStore::translationId(QStringLiteral("needs"), m_ids.needs.first(), QStringLiteral("title"),
                                               language);
    }
    RecordBrowser *openNeed(const QString &id);
    int rowOf(const QString &recordId, const QString &field, const QString &language) const;

    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    GuiFixture::Ids m_ids;
};

void TestTranslationUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskTest"));
}

void TestTranslationUi::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    m_ids = GuiFixture::seed(*m_db->repository, 12);
    m_window = std::make_unique<MainWindow>(*m_db->repository);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTranslationUi::cleanup()
{
    m_window.reset();
    m_db.reset();
}

RecordBrowser *TestTranslationUi::openNeed(const QString &id)
{
    m_window->setCurrentArea(MainWindow::Area::Needs);
    m_window->needsTabs()->setCurrentIndex(0);
    RecordBrowser *needs = m_window->browser(QStringLiteral("needs"));
    if (!needs->selectRecord(id))
        return nullptr;
    return needs->form()->recordId() == id ? needs : nullptr;
}

int TestTranslationUi::rowOf(const QString &recordId, const QString &field, const QString &language) const
{
    const TranslationQueueModel *model = m_window->translationsArea()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TranslationQueueModel::RecordIdRole) == recordId
            && index.data(TranslationQueueModel::FieldRole) == field
            && index.data(TranslationQueueModel::LanguageRole) == language)
            return row;
    }
    return -1;
}

void TestTranslationUi::formTabsShowTheOtherLanguages()
{
    RecordBrowser *needs = openNeed(m_ids.needs.first());
    QVERIFY(needs);
    TranslationTabs *title = needs->form()->translationTabs(QStringLiteral("title"));
    QVERIFY(title);
    QVERIFY(needs->form()->translationTabs(QStringLiteral("description")));
    QVERIFY(!needs->form()->translationTabs(QStringLiteral("equipment")));
    // The need is written in English: French and Arabic tabs, no English one.
    QVERIFY(title->isTabVisible(QStringLiteral("fr")));
    QVERIFY(title->isTabVisible(QStringLiteral("ar")));
    QVERIFY(!title->isTabVisible(QStringLiteral("en")));
    QCOMPARE(title->infoText(QStringLiteral("fr")), TranslationTabs::tr("Not translated yet."));
    // "Written in" is the text_language field: each language in the UI language, with its own
    // name beside it (set apart for the reading direction).
    auto *writtenIn = qobject_cast<QComboBox *>(needs->form()->editor(QStringLiteral("text_language"))->editor());
    QVERIFY(writtenIn);
    QCOMPARE(needs->form()->label(QStringLiteral("text_language"))->text(),
             RecordForm::tr("%1 *").arg(RecordForm::tr("Written in")));
    QVERIFY(writtenIn->findText(QStringLiteral("English")) >= 0);
    QVERIFY(writtenIn->findText(QStringLiteral("French (\u2068Français\u2069)")) >= 0);
    QVERIFY(writtenIn->findText(QStringLiteral("Arabic (\u2068العربية\u2069)")) >= 0);
    // A new record has nothing to translate yet.
    needs->newRecord();
    QVERIFY(!title->isTabVisible(QStringLiteral("fr")));
}

void TestTranslationUi::formTranslationIsSavedAndUndoable()
{
    RecordBrowser *needs = openNeed(m_ids.needs.first());
    QVERIFY(needs);
    TranslationTabs *title = needs->form()->translationTabs(QStringLiteral("title"));
    const int outbox = m_db->repository->outboxSize();
    auto *french = qobject_cast<QLineEdit *>(title->editor(QStringLiteral("fr")));
    QVERIFY(french);
    QVERIFY(!title->saveButton(QStringLiteral("fr"))->isEnabled());
    french->setFocus();
    QTest::keyClicks(french, QStringLiteral("Formation sur l'equipement de laboratoire"));
    QVERIFY(needs->form()->hasUnsavedTranslations());
    QVERIFY(title->saveButton(QStringLiteral("fr"))->isEnabled());
    QVERIFY(!needs->form()->isModified()); // the record itself is unchanged

    QTest::mouseClick(title->saveButton(QStringLiteral("fr")), Qt::LeftButton);
    auto row = m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")));
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("text")).toString(), QStringLiteral("Formation sur l'equipement de laboratoire"));
    QCOMPARE(row->value(QStringLiteral("translated_by")).toString(), QStringLiteral("tester"));
    QCOMPARE(m_db->repository->outboxSize(), outbox + 1);
    QVERIFY(!needs->form()->hasUnsavedTranslations());
    QVERIFY(title->infoText(QStringLiteral("fr")).contains(QStringLiteral("tester")));

    // Undo takes the translation away (a tombstone with its own outbox entry), redo brings it back.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QVERIFY(!m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr"))));
    QCOMPARE(m_db->repository->outboxSize(), outbox + 2);
    QCOMPARE(title->text(QStringLiteral("fr")), QString());
    m_window->undoStack()->redo();
    row = m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")));
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("text")).toString(), QStringLiteral("Formation sur l'equipement de laboratoire"));
    QCOMPARE(title->text(QStringLiteral("fr")), QStringLiteral("Formation sur l'equipement de laboratoire"));

    // Ctrl+S saves the record and the translation tabs together.
    title->setText(QStringLiteral("ar"), QStringLiteral("تدريب على معدات المختبر"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    row = m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("ar")));
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("text")).toString(), QStringLiteral("تدريب على معدات المختبر"));
}

void TestTranslationUi::correctionUndoRestoresTheTranslator()
{
    TranslationStore store(*m_db->repository, m_db->clock);
    QVERIFY(store.setTranslation(Schema::needs(), m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr"),
                                 QStringLiteral("Premier jet"))
                    .ok());
    const QVariantMap before = *m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")));
    RecordBrowser *needs = openNeed(m_ids.needs.first());
    QVERIFY(needs);
    TranslationTabs *title = needs->form()->translationTabs(QStringLiteral("title"));
    QCOMPARE(title->text(QStringLiteral("fr")), QStringLiteral("Premier jet"));
    title->setText(QStringLiteral("fr"), QStringLiteral("Formation, lot 1"));
    QVERIFY(title->save(QStringLiteral("fr")));
    QCOMPARE(m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")))->value(QStringLiteral("text")).toString(),
             QStringLiteral("Formation, lot 1"));
    m_window->undoStack()->undo();
    const QVariantMap after = *m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")));
    for (const char *column : { "text", "translated_by", "translated_at", "source_text" })
        QCOMPARE(after.value(QLatin1String(column)), before.value(QLatin1String(column)));
    QCOMPARE(title->text(QStringLiteral("fr")), QStringLiteral("Premier jet"));
}

void TestTranslationUi::refusedTranslationStaysInline()
{
    // A need without a description: nothing to translate; the refusal shows in the tab.
    const QString id = m_ids.needs.at(1);
    QVERIFY(m_db->repository->update(Schema::needs(), id, { { QStringLiteral("description"), QString() } }).ok());
    RecordBrowser *needs = openNeed(id);
    QVERIFY(needs);
    TranslationTabs *description = needs->form()->translationTabs(QStringLiteral("description"));
    description->setText(QStringLiteral("fr"), QStringLiteral("Une description"));
    const int outbox = m_db->repository->outboxSize();
    QVERIFY(!description->save(QStringLiteral("fr")));
    QVERIFY(!description->errorText(QStringLiteral("fr")).isEmpty());
    QCOMPARE(description->text(QStringLiteral("fr")), QStringLiteral("Une description"));
    QCOMPARE(m_db->repository->outboxSize(), outbox);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestTranslationUi::outdatedMarkerAfterSourceChanges()
{
    TranslationStore store(*m_db->repository, m_db->clock);
    QVERIFY(store.setTranslation(Schema::needs(), m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr"),
                                 QStringLiteral("Formation, lot 1"))
                    .ok());
    RecordBrowser *needs = openNeed(m_ids.needs.first());
    QVERIFY(needs);
    TranslationTabs *title = needs->form()->translationTabs(QStringLiteral("title"));
    QVERIFY(!title->isOutdated(QStringLiteral("fr")));

    // The coordinator changes the English title in the form and saves.
    auto *source = qobject_cast<QLineEdit *>(needs->form()->editor(QStringLiteral("title"))->editor());
    source->selectAll();
    QTest::keyClicks(source, QStringLiteral("Training on the new centrifuges"));
    QVERIFY(needs->save());
    QVERIFY(title->isOutdated(QStringLiteral("fr")));
    const int index = int(TranslationStore::languages().indexOf(QStringLiteral("fr")));
    QVERIFY(title->tabs()->tabText(index).contains(TranslationStore::languageName(QStringLiteral("fr"))));
    QCOMPARE(title->tabs()->tabText(index),
             TranslationTabs::tr("%1 (outdated)").arg(TranslationStore::languageName(QStringLiteral("fr"))));
    // The queue lists it as outdated.
    m_window->setCurrentArea(MainWindow::Area::Translations);
    const int row = rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr"));
    QVERIFY(row >= 0);
    QCOMPARE(m_window->translationsArea()->model()->index(row, 0).data(TranslationQueueModel::StateRole).toString(),
             QStringLiteral("outdated"));
    // Saving a new translation clears the marker.
    title->setText(QStringLiteral("fr"), QStringLiteral("Formation sur les nouvelles centrifugeuses"));
    QVERIFY(title->save(QStringLiteral("fr")));
    QVERIFY(!title->isOutdated(QStringLiteral("fr")));
}

void TestTranslationUi::editorsFollowTheTextsDirection_data()
{
    QTest::addColumn<QString>("uiLanguage");
    QTest::newRow("English UI") << QStringLiteral("en");
    QTest::newRow("Arabic UI") << QStringLiteral("ar");
}

void TestTranslationUi::editorsFollowTheTextsDirection()
{
    QFETCH(QString, uiLanguage);
    QVERIFY(m_window->setLanguage(uiLanguage));
    QCoreApplication::sendPostedEvents();
    RecordBrowser *needs = openNeed(m_ids.needs.first());
    QVERIFY(needs);
    for (const char *field : { "title", "description" }) {
        TranslationTabs *tabs = needs->form()->translationTabs(QLatin1String(field));
        QCOMPARE(tabs->editor(QStringLiteral("ar"))->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(tabs->editor(QStringLiteral("fr"))->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(needs->form()->editor(QLatin1String(field))->editor()->layoutDirection(), Qt::LeftToRight);
    }
    // Choosing Arabic in "Written in" turns the source editors right to left at once.
    auto *writtenIn = qobject_cast<QComboBox *>(needs->form()->editor(QStringLiteral("text_language"))->editor());
    writtenIn->setCurrentIndex(writtenIn->findData(QStringLiteral("ar")));
    QCOMPARE(needs->form()->editor(QStringLiteral("title"))->editor()->layoutDirection(), Qt::RightToLeft);

    // The side-by-side editor: an Arabic source beside a French translation.
    QVERIFY(m_db->repository->update(Schema::needs(), m_ids.needs.at(2),
                                     { { QStringLiteral("text_language"), QStringLiteral("ar") },
                                       { QStringLiteral("title"), QStringLiteral("صيانة أجهزة المختبر") } })
                    .ok());
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    const int row = rowOf(m_ids.needs.at(2), QStringLiteral("title"), QStringLiteral("fr"));
    QVERIFY(row >= 0);
    area->selectRow(row);
    QCOMPARE(area->editor()->task().sourceLanguage, QStringLiteral("ar"));
    QCOMPARE(area->editor()->sourceEdit()->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(area->editor()->targetEdit()->layoutDirection(), Qt::LeftToRight);
    const int arabic = rowOf(m_ids.needs.at(3), QStringLiteral("title"), QStringLiteral("ar"));
    QVERIFY(arabic >= 0);
    area->selectRow(arabic);
    QCOMPARE(area->editor()->sourceEdit()->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(area->editor()->targetEdit()->layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
}

void TestTranslationUi::queueListsMissingFrenchTitle()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Translations);
    QCOMPARE(m_window->currentBrowser(), nullptr);
    TranslationsArea *area = m_window->translationsArea();
    QAbstractItemModelTester tester(area->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    area->setTable(QStringLiteral("needs"));
    area->setTargetLanguage(QStringLiteral("fr"));
    const int row = rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr"));
    QVERIFY(row >= 0);
    const QModelIndex index = area->model()->index(row, TranslationQueueModel::StateColumn);
    QCOMPARE(index.data(TranslationQueueModel::StateRole).toString(), QStringLiteral("missing"));
    QCOMPARE(area->model()->index(row, TranslationQueueModel::RecordColumn).data().toString(),
             m_db->repository->get(Schema::needs(), m_ids.needs.first())->value(QStringLiteral("title")).toString());
}

void TestTranslationUi::queueFiltersByLanguageAndRecordType()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    const int all = area->model()->totalCount();
    QVERIFY(all > 0);
    // Through the combos, as a translator would.
    QComboBox *language = area->languageFilter();
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    emit language->activated(language->currentIndex());
    QCOMPARE(area->model()->targetLanguage(), QStringLiteral("ar"));
    QVERIFY(area->model()->rowCount() > 0);
    for (int row = 0; row < area->model()->rowCount(); ++row)
        QCOMPARE(area->model()->index(row, 0).data(TranslationQueueModel::LanguageRole).toString(), QStringLiteral("ar"));
    const int arabic = area->model()->totalCount();
    QVERIFY(arabic < all);

    QComboBox *table = area->tableFilter();
    table->setCurrentIndex(table->findData(QStringLiteral("institutions")));
    emit table->activated(table->currentIndex());
    QVERIFY(area->model()->rowCount() > 0);
    for (int row = 0; row < area->model()->rowCount(); ++row)
        QCOMPARE(area->model()->index(row, 0).data(TranslationQueueModel::TableRole).toString(),
                 QStringLiteral("institutions"));
    QVERIFY(area->model()->totalCount() < arabic);
    table->setCurrentIndex(0);
    emit table->activated(0);
    language->setCurrentIndex(0);
    emit language->activated(0);
    QCOMPARE(area->model()->totalCount(), all);
}

void TestTranslationUi::translatingInTheEditorLeavesTheQueue()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    area->setTable(QStringLiteral("needs"));
    area->setTargetLanguage(QStringLiteral("fr"));
    const int total = area->model()->totalCount();
    const int row = rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr"));
    QVERIFY(row >= 0);
    area->view()->setFocus();
    area->selectRow(row);
    TranslationEditor *editor = area->editor();
    QCOMPARE(editor->task().recordId, m_ids.needs.first());
    QCOMPARE(editor->task().field, QStringLiteral("title"));
    QCOMPARE(editor->sourceEdit()->toPlainText(),
             m_db->repository->get(Schema::needs(), m_ids.needs.first())->value(QStringLiteral("title")).toString());
    QVERIFY(editor->sourceEdit()->isReadOnly());
    QCOMPARE(editor->history()->topLevelItemCount(), 0);

    editor->targetEdit()->setFocus();
    QTest::keyClicks(editor->targetEdit(), QStringLiteral("Formation sur l'equipement, lot 1"));
    const int outbox = m_db->repository->outboxSize();
    // Ctrl+Return saves and opens the next text.
    QTest::keyClick(editor->targetEdit(), Qt::Key_Return, Qt::ControlModifier);
    const auto stored = m_db->repository->get(TranslationStore::spec(), needTitleId(QStringLiteral("fr")));
    QVERIFY(stored);
    QCOMPARE(stored->value(QStringLiteral("text")).toString(), QStringLiteral("Formation sur l'equipement, lot 1"));
    QCOMPARE(stored->value(QStringLiteral("translated_by")).toString(), QStringLiteral("tester"));
    QCOMPARE(m_db->repository->outboxSize(), outbox + 1);
    QCOMPARE(rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr")), -1);
    QCOMPARE(area->model()->totalCount(), total - 1);
    // The next text of the queue is open, in the row the saved one had.
    QCOMPARE(area->view()->currentIndex().row(), row);
    QVERIFY(editor->task().isValid());
    QVERIFY(!(editor->task().recordId == m_ids.needs.first() && editor->task().field == QLatin1String("title")));
    QCOMPARE(editor->targetEdit()->toPlainText(), QString());

    // Who translated what: opening the need's Arabic title shows the French one and its translator.
    area->setTargetLanguage(QString());
    const int arabic = rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("ar"));
    QVERIFY(arabic >= 0);
    area->selectRow(arabic);
    QCOMPARE(editor->history()->topLevelItemCount(), 1);
    QCOMPARE(editor->history()->topLevelItem(0)->text(1), TranslationStore::languageName(QStringLiteral("fr")));
    QCOMPARE(editor->history()->topLevelItem(0)->text(2), QStringLiteral("Formation sur l'equipement, lot 1"));
    QCOMPARE(editor->history()->topLevelItem(0)->text(3), QStringLiteral("tester"));

    // Undo puts the text back in the queue.
    m_window->undoStack()->undo();
    QCOMPARE(editor->history()->topLevelItemCount(), 0);
    area->setTargetLanguage(QStringLiteral("fr"));
    QVERIFY(rowOf(m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("fr")) >= 0);
    QCOMPARE(area->model()->totalCount(), total);
}

void TestTranslationUi::saveKeepsTheEditorAndSkipMoves()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    area->setTargetLanguage(QStringLiteral("fr"));
    area->selectRow(0);
    const TranslationTask first = area->editor()->task();
    QVERIFY(first.isValid());
    area->skip();
    QCOMPARE(area->view()->currentIndex().row(), 1);
    QVERIFY(!(area->editor()->task().recordId == first.recordId && area->editor()->task().field == first.field));

    // An empty translation is refused inline.
    QVERIFY(!area->save());
    QVERIFY(!area->editor()->errorText().isEmpty());

    const TranslationTask second = area->editor()->task();
    area->editor()->targetEdit()->setPlainText(QStringLiteral("Texte traduit"));
    m_window->activateWindow();
    area->editor()->targetEdit()->setFocus();
    QTest::keyClick(area->editor()->targetEdit(), Qt::Key_S, Qt::ControlModifier); // File › Save
    QVERIFY(area->editor()->errorText().isEmpty());
    QCOMPARE(area->editor()->task().recordId, second.recordId);
    QCOMPARE(area->editor()->task().field, second.field);
    QVERIFY(!area->editor()->isModified());
    QCOMPARE(rowOf(second.recordId, second.field, QStringLiteral("fr")), -1);
    QCOMPARE(area->editor()->history()->topLevelItemCount(), 1);
}

void TestTranslationUi::statusBarCountsTexts()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    const int total = area->model()->totalCount();
    QCOMPARE(m_window->statusCountText(), TranslationsArea::tr("%Ln text(s) to translate", nullptr, total));
    TranslationStore store(*m_db->repository, m_db->clock);
    QVERIFY(store.setTranslation(Schema::needs(), m_ids.needs.first(), QStringLiteral("title"), QStringLiteral("ar"),
                                 QStringLiteral("تدريب"))
                    .ok());
    QCOMPARE(m_window->statusCountText(), TranslationsArea::tr("%Ln text(s) to translate", nullptr, total - 1));
    // Ctrl+5 is the area's shortcut.
    m_window->setCurrentArea(MainWindow::Area::Experts);
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Translations);
}

void TestTranslationUi::retranslatesOnLanguageChange()
{
    m_window->setCurrentArea(MainWindow::Area::Translations);
    TranslationsArea *area = m_window->translationsArea();
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en") }) {
        QVERIFY(m_window->setLanguage(language));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(area->languageFilter()->itemText(0), TranslationsArea::tr("All languages"));
        QCOMPARE(area->languageFilter()->itemText(2), TranslationStore::languageName(QStringLiteral("fr")));
        QCOMPARE(area->editor()->nextButton()->text(), TranslationEditor::tr("Save and &next"));
        QCOMPARE(m_window->statusCountText(),
                 TranslationsArea::tr("%Ln text(s) to translate", nullptr, area->model()->totalCount()));
        QCOMPARE(area->layoutDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    }
}

QTEST_MAIN(TestTranslationUi)
#include "tst_translation_ui.moc"
