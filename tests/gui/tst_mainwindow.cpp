#include "GuiFixture.h"

#include "EntityTexts.h"
#include "FieldEditor.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "SettingsDialog.h"
#include "ChoiceButton.h"
#include "WelcomeDialog.h"
#include "sync/ConflictsDialog.h"
#include "sync/SignInDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"
#include "itemmodels/RecordTableModel.h"

#include "storage/TranslationStore.h"
#include "translation/TranslationEditor.h"
#include "translation/TranslationTabs.h"
#include "translation/TranslationsArea.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ed;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editSaveUndoRedo();
    void undoShortcutInTheFieldAfterSave();
    void invalidEmailShowsInlineMessage();
    void newAndDeleteWithUndo();
    void areasAndStatusCount();
    void emptyListSaysWhy();
    void interactiveWidgetsHaveAccessibleNames_data();
    void interactiveWidgetsHaveAccessibleNames();

private:
    QLineEdit *lineEdit(RecordBrowser *browser, const char *field) const;
    QString stored(const QString &id, const char *field) const;

    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    GuiFixture::Ids m_ids;
};

void TestMainWindow::initTestCase()
{
    // QSettings must not touch the real user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskTest"));
}

void TestMainWindow::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    m_ids = GuiFixture::seed(*m_db->repository);
    m_window = std::make_unique<MainWindow>(*m_db->repository);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_db.reset();
}

QLineEdit *TestMainWindow::lineEdit(RecordBrowser *browser, const char *field) const
{
    FieldEditor *editor = browser->form()->editor(QLatin1String(field));
    return editor ? qobject_cast<QLineEdit *>(editor->editor()) : nullptr;
}

QString TestMainWindow::stored(const QString &id, const char *field) const
{
    return m_db->repository->get(Schema::experts(), id)->value(QLatin1String(field)).toString();
}

void TestMainWindow::editSaveUndoRedo()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    QCOMPARE(m_window->currentBrowser(), experts);
    experts->view()->setFocus();
    experts->view()->selectRow(2);
    const QString id = experts->model()->idAt(2);
    QCOMPARE(experts->currentId(), id);
    const QString oldCity = stored(id, "city");

    QLineEdit *city = lineEdit(experts, "city");
    QVERIFY(city);
    QCOMPARE(city->text(), oldCity);
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Tunis"));
    QVERIFY(experts->form()->isModified());
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QCOMPARE(stored(id, "city"), QStringLiteral("Tunis"));
    QVERIFY(!experts->form()->isModified());
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(stored(id, "city"), oldCity);
    QCOMPARE(city->text(), oldCity); // the form follows the database
    m_window->undoStack()->redo();
    QCOMPARE(stored(id, "city"), QStringLiteral("Tunis"));
    QCOMPARE(city->text(), QStringLiteral("Tunis"));

    // Undo also works from another area: the stack is shared.
    m_window->setCurrentArea(MainWindow::Area::Missions);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(stored(id, "city"), oldCity);
}

void TestMainWindow::undoShortcutInTheFieldAfterSave()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    experts->view()->selectRow(1);
    const QString id = experts->model()->idAt(1);
    const QString oldCity = stored(id, "city");
    QLineEdit *city = lineEdit(experts, "city");
    QVERIFY(city);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Rabat"));

    // Typing that is not saved is undone in the field itself (the field may group the
    // selection's removal and the typing as steps of its own).
    for (int step = 0; step < 3 && city->text() != oldCity; ++step)
        QTest::keySequence(city, QKeySequence::Undo);
    QCOMPARE(city->text(), oldCity);

    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Rabat"));
    QTest::keySequence(city, QKeySequence::Save);
    QCOMPARE(stored(id, "city"), QStringLiteral("Rabat"));
    QVERIFY(city->hasFocus());

    // Saved: Ctrl+Z with the cursor still in the field undoes the save.
    QTest::keySequence(city, QKeySequence::Undo);
    QCOMPARE(stored(id, "city"), oldCity);
    QCOMPARE(city->text(), oldCity);
    QTest::keySequence(city, QKeySequence::Redo);
    QCOMPARE(stored(id, "city"), QStringLiteral("Rabat"));
    QCOMPARE(city->text(), QStringLiteral("Rabat"));
}

void TestMainWindow::invalidEmailShowsInlineMessage()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    experts->view()->selectRow(0);
    const QString id = experts->currentId();
    const QString oldEmail = stored(id, "email");
    QLineEdit *email = lineEdit(experts, "email");
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    QVERIFY(!experts->save());

    QVERIFY(!experts->form()->errorText(QStringLiteral("email")).isEmpty());
    QVERIFY(experts->form()->errorText(QStringLiteral("name")).isEmpty());
    QCOMPARE(email->text(), QStringLiteral("not-an-email")); // nothing the user typed is lost
    QVERIFY(experts->form()->isModified());
    QCOMPARE(stored(id, "email"), oldEmail);
    QCOMPARE(m_window->undoStack()->count(), 0);

    // Correcting it clears the message on the next save.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("fixed@example.org"));
    QVERIFY(experts->save());
    QVERIFY(experts->form()->errorText(QStringLiteral("email")).isEmpty());
    QCOMPARE(stored(id, "email"), QStringLiteral("fixed@example.org"));
}

void TestMainWindow::newAndDeleteWithUndo()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    const int before = experts->model()->rowCount();
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(experts->form()->isNew());
    QTest::keyClicks(lineEdit(experts, "name"), QStringLiteral("Aaliyah Test"));
    QTest::keyClicks(lineEdit(experts, "email"), QStringLiteral("aaliyah@example.org"));
    for (const char *field : { "nationality", "country" }) {
        auto *combo = qobject_cast<QComboBox *>(experts->form()->editor(QLatin1String(field))->editor());
        combo->setCurrentIndex(combo->findData(QStringLiteral("MA")));
    }
    QVERIFY(!experts->save()); // a sector is needed, though the schema does not flag it required
    QVERIFY(!experts->form()->errorText(QStringLiteral("sectors")).isEmpty());
    QCOMPARE(lineEdit(experts, "name")->text(), QStringLiteral("Aaliyah Test"));
    experts->form()->editor(QStringLiteral("sectors"))->setValue(QVariantList { QStringLiteral("IT") });
    const bool saved = experts->save();
    QStringList errors;
    for (const FieldSpec &field : Schema::experts().fields)
        if (!experts->form()->errorText(field.name).isEmpty())
            errors << field.name + QLatin1String(": ") + experts->form()->errorText(field.name);
    QVERIFY2(saved, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(experts->model()->rowCount(), before + 1);
    const QString id = experts->currentId();
    QCOMPARE(stored(id, "country"), QStringLiteral("MA"));
    QCOMPARE(experts->view()->currentIndex().row(), experts->model()->rowOf(id));

    QVERIFY(experts->deleteCurrent(false));
    QCOMPARE(experts->model()->rowCount(), before);
    QVERIFY(!m_db->repository->get(Schema::experts(), id));
    m_window->undoStack()->undo(); // restore
    QVERIFY(m_db->repository->get(Schema::experts(), id));
    QCOMPARE(experts->model()->rowCount(), before + 1);
    m_window->undoStack()->undo(); // un-insert
    QCOMPARE(experts->model()->rowCount(), before);
    m_window->undoStack()->redo();
    QCOMPARE(experts->model()->rowCount(), before + 1);
    QCOMPARE(stored(id, "name"), QStringLiteral("Aaliyah Test"));
}

void TestMainWindow::areasAndStatusCount()
{
    QVERIFY(m_window->statusCountText().contains(QString::number(m_ids.experts.size())));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Needs);
    QCOMPARE(m_window->currentBrowser()->spec().table, QStringLiteral("needs"));
    QVERIFY(m_window->statusCountText().contains(QString::number(m_ids.needs.size())));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Missions);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), m_window->currentBrowser()->searchField());

    // Typing in the search box filters after a short pause, in SQL.
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    m_window->setCurrentArea(MainWindow::Area::Experts);
    QTest::keyClicks(experts->searchField(), QStringLiteral("amina"));
    QTRY_VERIFY(experts->model()->rowCount() < m_ids.experts.size());
    QVERIFY(experts->model()->rowCount() > 0);
}

void TestMainWindow::emptyListSaysWhy()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    QVERIFY(experts->model()->rowCount() > 0);
    QCOMPARE(experts->emptyNoteText(), QString());
    RecordFilter filter;
    filter.search = QStringLiteral("zzqx");
    experts->showFiltered(filter);
    QCOMPARE(experts->model()->rowCount(), 0);
    QVERIFY2(experts->emptyNoteText().startsWith(QStringLiteral("No expert matches “zzqx”.")), qPrintable(experts->emptyNoteText()));
    QVERIFY(experts->emptyNoteText().contains(QLatin1String("fewer or shorter words")));
    filter.search = QStringLiteral("amina");
    filter.status = QStringLiteral("suspended"); // no expert of the fixture has it
    experts->showFiltered(filter);
    QCOMPARE(experts->model()->rowCount(), 0);
    QVERIFY2(experts->emptyNoteText().contains(QStringLiteral("set the filters back to “All”")), qPrintable(experts->emptyNoteText()));
    experts->showFiltered(RecordFilter());
    QVERIFY(experts->model()->rowCount() > 0);
    QCOMPARE(experts->emptyNoteText(), QString());
}

void TestMainWindow::interactiveWidgetsHaveAccessibleNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestMainWindow::interactiveWidgetsHaveAccessibleNames()
{
    QFETCH(QString, language);
    // Switched at run time: the names must follow the language, not stay as first set.
    QVERIFY(m_window->setLanguage(language));
    QCoreApplication::sendPostedEvents();
    auto *settings = new SettingsDialog(language, m_window.get()); // Edit › Preferences…
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    QCOMPARE(settings->languageCombo()->accessibleName(),
             QCoreApplication::translate("ed::SettingsDialog", "User interface language"));

    // Names are today's translations (equal to the English until the catalogue has them).
    for (RecordBrowser *browser : m_window->findChildren<RecordBrowser *>()) {
        QCOMPARE(browser->searchField()->accessibleName(), EntityTexts::searchPlaceholder(browser->spec().table));
        QCOMPARE(browser->view()->accessibleName(), EntityTexts::title(browser->spec().table));
        for (const FieldSpec &field : browser->spec().fields) {
            QCOMPARE(browser->form()->editor(field.name)->editor()->accessibleName(), field.displayName());
            // The language tabs under a translatable field: "Title in French" and so on.
            if (TranslationTabs *tabs = browser->form()->translationTabs(field.name)) {
                QCOMPARE(tabs->tabs()->accessibleName(),
                         TranslationTabs::tr("Translations of %1").arg(field.displayName()));
                for (const QString &code : TranslationStore::languages()) {
                    const QString name = TranslationStore::languageName(code);
                    QCOMPARE(tabs->editor(code)->accessibleName(),
                             TranslationTabs::tr("%1 in %2").arg(field.displayName(), name));
                    QCOMPARE(tabs->saveButton(code)->accessibleName(),
                             TranslationTabs::tr("Save the %1 translation of %2").arg(name, field.displayName()));
                }
            }
        }
    }
    // The Translations area (Ctrl+5).
    TranslationsArea *translations = m_window->translationsArea();
    QCOMPARE(translations->view()->accessibleName(), TranslationsArea::tr("Texts to translate"));
    QCOMPARE(translations->languageFilter()->accessibleName(), TranslationsArea::tr("Language to translate into"));
    QCOMPARE(translations->tableFilter()->accessibleName(), TranslationsArea::tr("Kind of record to translate"));
    QCOMPARE(translations->editor()->sourceEdit()->accessibleName(), TranslationEditor::tr("Source text"));
    QCOMPARE(translations->editor()->targetEdit()->accessibleName(), TranslationEditor::tr("Translation"));
    QCOMPARE(translations->editor()->saveButton()->accessibleName(), TranslationEditor::tr("Save the translation"));
    QCOMPARE(translations->editor()->skipButton()->accessibleName(),
             TranslationEditor::tr("Skip to the next text without saving"));
    QCOMPARE(translations->editor()->nextButton()->accessibleName(),
             TranslationEditor::tr("Save the translation and go to the next text"));
    QCOMPARE(translations->editor()->history()->accessibleName(), TranslationEditor::tr("Translations of this record"));

    // Sync: the status-bar indicator, File › Sign in…, the conflicts view, the first-run welcome.
    QCOMPARE(m_window->syncIndicator()->accessibleName(), SyncIndicator::tr("Sync status"));
    auto *signIn = new SignInDialog(*m_window->syncController(), m_window.get());
    signIn->show();
    QCOMPARE(signIn->serverField()->accessibleName(), SignInDialog::tr("Server address"));
    QCOMPARE(signIn->passwordField()->accessibleName(), SignInDialog::tr("Password"));
    QCOMPARE(signIn->signInButton()->accessibleName(), SignInDialog::tr("Sign in"));
    ConflictsDialog *conflicts = m_window->showConflicts();
    QCOMPARE(conflicts->keepMineButton()->accessibleName(), ConflictsDialog::tr("Keep my value"));
    QCOMPARE(conflicts->conflictList()->accessibleName(), ConflictsDialog::tr("Conflicts"));
    auto *welcome = new WelcomeDialog(m_window.get());
    welcome->show();
    QCOMPARE(welcome->demoButton()->accessibleName(), WelcomeDialog::tr("Load demo data"));

    QStringList unnamed;
    QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    widgets << settings->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!interactive || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of compound Qt widgets (a spin box's line edit, a combo's popup) are named by their owner.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
            || widget->inherits("QComboBoxPrivateContainer") || widget->parentWidget()->inherits("QComboBoxPrivateContainer"))
            continue;
        bool insideCalendar = false; // the date popup's calendar is Qt's own compound widget
        for (QWidget *w = widget; w && !insideCalendar; w = w->parentWidget())
            insideCalendar = w->inherits("QCalendarWidget");
        if (insideCalendar)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).isEmpty())
            unnamed << QStringLiteral("%1 %2 in %3").arg(QLatin1String(widget->metaObject()->className()),
                                                          widget->objectName(),
                                                          QLatin1String(widget->parentWidget()->metaObject()->className()));
    }
    if (!unnamed.isEmpty())
        qWarning().noquote() << unnamed.join(QLatin1Char('\n'));
    delete settings;
    delete signIn;
    delete welcome;
    conflicts->close();
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
    QVERIFY(unnamed.isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
