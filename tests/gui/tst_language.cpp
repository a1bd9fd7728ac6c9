#include "GuiFixture.h"

#include "EntityTexts.h"
#include "FieldEditor.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OptionalDateEdit.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "SettingsDialog.h"
#include "itemmodels/RecordFormatter.h"
#include "itemmodels/RecordTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ed;

// Switching the UI language at run time (View › Language, Edit › Preferences…). The French and
// Arabic catalogues of Expert Desk may still be empty: our own strings are checked against
// what tr() gives now (so the test passes before and after translation), while country names
// (reference data), digits and the layout direction (locale) and Qt's own buttons (qtbase)
// must really change.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchRetranslatesOpenWindow();
    void selectionAndUnsavedEditSurvive();
    void languageMenuAndPreferences();
    void identifiersStayLeftToRight();

private:
    void switchTo(const QString &language);
    QMenu *menu(int index) const;
    QString cell(RecordBrowser *browser, int row, const char *field) const;

    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    GuiFixture::Ids m_ids;
};

namespace {
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskTest"));
}

void TestLanguage::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    m_ids = GuiFixture::seed(*m_db->repository);
    m_window = std::make_unique<MainWindow>(*m_db->repository);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    switchTo(QStringLiteral("en"));
}

void TestLanguage::cleanup()
{
    switchTo(QStringLiteral("en"));
    m_window.reset();
    m_db.reset();
}

void TestLanguage::switchTo(const QString &language)
{
    QVERIFY(m_window->setLanguage(language));
    // LanguageChange is posted to the windows, then sent on to every child.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QMenu *TestLanguage::menu(int index) const
{
    return m_window->menuBar()->actions().at(index)->menu();
}

QString TestLanguage::cell(RecordBrowser *browser, int row, const char *field) const
{
    const int column = int(browser->model()->columns().indexOf(QLatin1String(field)));
    return browser->model()->index(row, column).data().toString();
}

void TestLanguage::switchRetranslatesOpenWindow()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    const int nationality = int(experts->model()->columns().indexOf(QStringLiteral("nationality")));
    const ReferenceData &reference = m_db->repository->reference();
    // A row whose country is written differently in the three languages ("Bangladesh" is not).
    int row = 0;
    QString code;
    for (; row < experts->model()->rowCount(); ++row) {
        code = experts->model()->index(row, nationality).data(Qt::EditRole).toString();
        if (reference.countryName(code, QStringLiteral("fr")) != reference.countryName(code, QStringLiteral("en")))
            break;
    }
    QVERIFY(row < experts->model()->rowCount());
    const QString english = reference.countryName(code, QStringLiteral("en"));
    QCOMPARE(cell(experts, row, "nationality"), english);
    QCOMPARE(menu(0)->title(), QStringLiteral("&File"));
    const QString englishCount = m_window->statusCountText();
    QVERIFY(englishCount.contains(QStringLiteral("24")));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

    QSignalSpy headers(experts->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(experts->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(experts->model(), &QAbstractItemModel::modelReset);

    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("ar") }) {
        switchTo(language);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), language);
        // Our strings, whatever the catalogue holds today (the translation once it has one).
        QCOMPARE(menu(0)->title(), translated("ed::MainWindow", "&File"));
        QCOMPARE(menu(1)->title(), translated("ed::MainWindow", "&Edit"));
        QCOMPARE(menu(2)->title(), translated("ed::MainWindow", "&View"));
        QCOMPARE(m_window->windowTitle(), translated("ed::MainWindow", "Expert Desk"));
        QCOMPARE(experts->form()->label(QStringLiteral("name"))->text(),
                 translated("ed::RecordForm", "%1 *").arg(translated("Field", "Name")));
        QCOMPARE(experts->model()->headerData(nationality, Qt::Horizontal).toString(), translated("Field", "Nationality"));
        QCOMPARE(experts->searchField()->placeholderText(), EntityTexts::searchPlaceholder(QStringLiteral("experts")));
        QCOMPARE(m_window->needsTabs()->tabText(1), EntityTexts::title(QStringLiteral("institutions")));
        QCOMPARE(m_window->statusCountText(), EntityTexts::count(QStringLiteral("experts"), 24));
        // Reference data is translated already: the cell and the filter change language.
        const QString translated = reference.countryName(code, language);
        QVERIFY(translated != english);
        QCOMPARE(cell(experts, row, "nationality"), translated);
        auto *countryFilter = experts->findChild<QComboBox *>(QStringLiteral("countryFilter"));
        QVERIFY(countryFilter->findText(translated) > 0);
        QCOMPARE(countryFilter->findText(english), -1);
    }
    // Arabic: right to left, and the count in Arabic-Indic digits.
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(experts->view()->layoutDirection(), Qt::RightToLeft);
    QVERIFY2(m_window->statusCountText().contains(QStringLiteral("٢٤")), qPrintable(m_window->statusCountText()));
    QVERIFY(m_window->statusCountText() != englishCount);
    QVERIFY(headers.count() >= 2);
    QVERIFY(cells.count() >= 2);
    QCOMPARE(resets.count(), 0); // a reset would lose the selection

    switchTo(QStringLiteral("en"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(menu(0)->title(), QStringLiteral("&File"));
    QCOMPARE(cell(experts, row, "nationality"), english);
    QCOMPARE(m_window->statusCountText(), englishCount);
    QCOMPARE(experts->form()->label(QStringLiteral("name"))->text(), QStringLiteral("Name *"));
}

void TestLanguage::selectionAndUnsavedEditSurvive()
{
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    experts->view()->selectRow(3);
    const QString id = experts->currentId();
    QCOMPARE(id, experts->model()->idAt(3));
    auto *city = qobject_cast<QLineEdit *>(experts->form()->editor(QStringLiteral("city"))->editor());
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Rabat"));
    auto *gender = qobject_cast<QComboBox *>(experts->form()->editor(QStringLiteral("gender"))->editor());
    gender->setCurrentIndex(gender->findData(QStringLiteral("female")));
    auto *countryFilter = experts->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    const QString filterCountry = experts->model()->index(3, experts->model()->columns().indexOf(QStringLiteral("country")))
                                          .data(Qt::EditRole)
                                          .toString();
    countryFilter->setCurrentIndex(countryFilter->findData(filterCountry));
    QVERIFY(experts->form()->isModified());
    const int rows = experts->model()->rowCount();
    QVERIFY(rows < 24);

    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en") }) {
        switchTo(language);
        QCOMPARE(experts->currentId(), id);
        const QModelIndexList selected = experts->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(RecordTableModel::IdRole).toString(), id);
        QCOMPARE(city->text(), QStringLiteral("Rabat"));
        QCOMPARE(gender->currentData().toString(), QStringLiteral("female"));
        QCOMPARE(gender->currentText(), translated("Enum", "Female"));
        QVERIFY(experts->form()->isModified());
        QCOMPARE(countryFilter->currentData().toString(), filterCountry);
        QCOMPARE(countryFilter->currentText(), m_db->repository->reference().countryName(filterCountry, language));
        QCOMPARE(experts->model()->rowCount(), rows);
    }
    QVERIFY(experts->save());
    QCOMPARE(m_db->repository->get(Schema::experts(), id)->value(QStringLiteral("city")).toString(),
             QStringLiteral("Rabat"));
}

void TestLanguage::languageMenuAndPreferences()
{
    QMenu *view = menu(2);
    QMenu *languages = nullptr;
    for (QAction *action : view->actions())
        if (action->menu())
            languages = action->menu();
    QVERIFY(languages);
    QCOMPARE(languages->title(), translated("ed::MainWindow", "&Language"));
    QStringList names;
    for (QAction *action : languages->actions()) {
        QVERIFY(action->isCheckable());
        QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
        names << action->text();
    }
    QCOMPARE(names, QStringList({ "&English", "&Français", "&العربية" }));
    QVERIFY(languages->actions().at(0)->isChecked());

    languages->actions().at(1)->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_window->languageSwitcher()->language(), QStringLiteral("fr"));
    QVERIFY(languages->actions().at(1)->isChecked());
    QVERIFY(!languages->actions().at(0)->isChecked());
    // The names stay in their own language whatever the UI language.
    QCOMPARE(languages->actions().at(2)->text(), QStringLiteral("&العربية"));

    // Preferences: Qt's own buttons come translated from qtbase.
    SettingsDialog dialog(m_window->languageSwitcher()->language(), m_window.get());
    QCOMPARE(dialog.language(), QStringLiteral("fr"));
    QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
    const QString frenchCancel = dialog.buttons()->button(QDialogButtonBox::Cancel)->text();
    dialog.setLanguage(QStringLiteral("ar"));
    QVERIFY(m_window->setLanguage(dialog.language()));
    QCoreApplication::sendPostedEvents();
    // Whatever wording qtbase_ar.qm uses, it is Qt's Arabic and no longer the French.
    QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Cancel)->text(), translated("QPlatformTheme", "Cancel"));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Cancel)->text() != frenchCancel);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Cancel)->text() != QStringLiteral("Cancel"));
    QCOMPARE(dialog.windowTitle(), translated("ed::SettingsDialog", "Preferences"));
    QVERIFY(languages->actions().at(2)->isChecked());
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
}

void TestLanguage::identifiersStayLeftToRight()
{
    switchTo(QStringLiteral("ar"));
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    RecordForm *form = experts->form();
    auto directionOf = [form](const char *field) { return form->editor(QLatin1String(field))->editor()->layoutDirection(); };
    QCOMPARE(directionOf("email"), Qt::LeftToRight);
    QCOMPARE(directionOf("phone"), Qt::LeftToRight);
    QCOMPARE(directionOf("passport_expiry"), Qt::LeftToRight); // the QDateEdit
    QCOMPARE(directionOf("name"), Qt::RightToLeft);
    QCOMPARE(directionOf("name_ar"), Qt::RightToLeft);

    // A date reads day, month, year left to right, in the locale's digits.
    form->editor(QStringLiteral("passport_expiry"))->setValue(QStringLiteral("2026-02-10"));
    auto *date = qobject_cast<QDateEdit *>(form->editor(QStringLiteral("passport_expiry"))->editor());
    QCOMPARE(date->text(), QLocale().toString(QDate(2026, 2, 10), RecordFormatter::dateFormat()));
    QVERIFY(!date->text().contains(QChar(0x200F)));
    QCOMPARE(form->editor(QStringLiteral("passport_expiry"))->value().toString(), QStringLiteral("2026-02-10"));
    RecordBrowser *missions = m_window->browser(QStringLiteral("missions"));
    const QString start = cell(missions, 0, "start");
    QVERIFY2(start.startsWith(QChar(0x2066)) && start.endsWith(QChar(0x2069)), qPrintable(start));
    QCOMPARE(missions->model()->index(0, 0).data(Qt::EditRole).toString().isEmpty(), false);

    // Arabic script stays right to left in the English UI too.
    switchTo(QStringLiteral("en"));
    QCOMPARE(directionOf("name_ar"), Qt::RightToLeft);
    QCOMPARE(directionOf("name"), Qt::LeftToRight);
    QCOMPARE(date->text(), QStringLiteral("10/02/2026"));
    QVERIFY(!cell(missions, 0, "start").contains(QChar(0x2066)));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
