// File › Export List… as a coordinator uses it: the records the list shows (its search and its
// filters) in the file, headers in the interface language; the action only where a list is.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "exports/ExportRunner.h"
#include "itemmodels/RecordTableModel.h"

#include "ExportFixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;

class TestExportUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportFollowsSearchAndFilter();
    void headersInTheInterfaceLanguage();
    void actionOnlyWhereAListIs();
    void directoryFromTheApp();

private:
    // Types `text` in the list's search field and waits for the table to apply it.
    bool search(RecordBrowser *browser, const QString &text);
    QStringList namesShown(RecordBrowser *browser) const;
    // The rows of a CSV export, after checking it starts with the BOM Excel needs.
    static QList<QStringList> csvRows(const QString &path);

    QTemporaryDir m_config;
    QTemporaryDir m_out;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskTest"));
}

void TestExportUi::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    GuiFixture::seed(*m_db->repository);
    m_window = std::make_unique<MainWindow>(*m_db->repository);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExportUi::cleanup()
{
    m_window.reset();
    m_db.reset();
}

bool TestExportUi::search(RecordBrowser *browser, const QString &text)
{
    QSignalSpy reset(browser->model(), &QAbstractItemModel::modelReset);
    browser->searchField()->clear();
    QTest::keyClicks(browser->searchField(), text);
    return reset.wait(5000) && browser->model()->filter().search == text;
}

QStringList TestExportUi::namesShown(RecordBrowser *browser) const
{
    QStringList names;
    const int column = ExportFixture::fieldIndex(browser->spec(), QStringLiteral("name"));
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        names << browser->model()->index(row, column).data().toString();
    names.sort();
    return names;
}

QList<QStringList> TestExportUi::csvRows(const QString &path)
{
    const QByteArray bytes = ExportFixture::readAll(path);
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    bool crlf = false;
    return ExportFixture::parseCsv(QString::fromUtf8(bytes.mid(3)), &crlf);
}

void TestExportUi::exportFollowsSearchAndFilter()
{
    m_window->setCurrentArea(MainWindow::Area::Experts);
    RecordBrowser *experts = m_window->browser(QStringLiteral("experts"));
    // GuiFixture's expert i is named last[(i * 5) % 12] and lives in countries[(i + 1) % 12]:
    // "Khan" (last[1]) is experts 5 and 17, both living in Indonesia (countries[6]).
    QVERIFY(search(experts, QStringLiteral("Khan")));
    const QStringList shown = namesShown(experts);
    QCOMPARE(shown.size(), 2);

    const QString path = m_out.filePath(QStringLiteral("khan.csv"));
    const ExportResult result = m_window->exportCurrentList(ExportFormat::Csv, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 2);
    const QList<QStringList> rows = csvRows(path);
    QCOMPARE(rows.size(), 3); // the header and the two experts shown
    const int name = int(rows.at(0).indexOf(QStringLiteral("Name")));
    QVERIFY(name >= 0);
    QStringList written { rows.at(1).at(name), rows.at(2).at(name) };
    written.sort();
    QCOMPARE(written, shown);
    for (const QString &each : written)
        QVERIFY2(each.endsWith(QStringLiteral(" Khan")), qPrintable(each));

    // A country filter on top of the search narrows the file as it narrows the list.
    QComboBox *country = experts->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    QVERIFY(country);
    const auto exportedIn = [&](const QString &code) {
        QSignalSpy reset(experts->model(), &QAbstractItemModel::modelReset);
        country->setCurrentIndex(country->findData(code));
        if (reset.isEmpty() && !reset.wait(5000))
            return QJsonArray { QStringLiteral("the list was not filtered") };
        const QString json = m_out.filePath(code + QStringLiteral(".json"));
        if (!m_window->exportCurrentList(ExportFormat::Json, json).ok)
            return QJsonArray { QStringLiteral("the export failed") };
        return QJsonDocument::fromJson(ExportFixture::readAll(json)).array();
    };
    const QJsonArray indonesia = exportedIn(QStringLiteral("ID"));
    QCOMPARE(indonesia.size(), 2);
    for (const QJsonValue &record : indonesia) {
        QCOMPARE(record.toObject().value(QStringLiteral("country")).toString(), QStringLiteral("ID"));
        QVERIFY(record.toObject().value(QStringLiteral("name")).toString().endsWith(QStringLiteral(" Khan")));
    }
    QCOMPARE(exportedIn(QStringLiteral("PK")), QJsonArray()); // no Khan lives in Pakistan
    QCOMPARE(experts->model()->filter().search, QStringLiteral("Khan"));
}

void TestExportUi::headersInTheInterfaceLanguage()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("fr")));
    m_window->setCurrentArea(MainWindow::Area::Experts);
    const QString path = m_out.filePath(QStringLiteral("experts-fr.csv"));
    const ExportResult result = m_window->exportCurrentList(ExportFormat::Csv, path);
    QVERIFY(result.ok);
    QCOMPARE(result.rows, 24);
    const QStringList header = csvRows(path).value(0);
    QVERIFY2(header.contains(QStringLiteral("Nom")), qPrintable(header.join(u'|')));
    QVERIFY(header.contains(QStringLiteral("Courriel")));
    QVERIFY(!header.contains(QStringLiteral("E-mail")));
    QVERIFY(m_window->setLanguage(QStringLiteral("ar")));
    QVERIFY(m_window->exportCurrentList(ExportFormat::Csv, path).ok);
    QVERIFY(csvRows(path).value(0).contains(QStringLiteral("البريد الإلكتروني")));
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
}

void TestExportUi::actionOnlyWhereAListIs()
{
    QAction *action = m_window->exportAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    for (const auto area : { MainWindow::Area::Experts, MainWindow::Area::Needs, MainWindow::Area::Missions }) {
        m_window->setCurrentArea(area);
        QVERIFY(action->isEnabled());
    }
    m_window->setCurrentArea(MainWindow::Area::Needs);
    m_window->needsTabs()->setCurrentWidget(m_window->browser(QStringLiteral("institutions")));
    QVERIFY(action->isEnabled());
    const QString path = m_out.filePath(QStringLiteral("institutions.csv"));
    const ExportResult result = m_window->exportCurrentList(ExportFormat::Csv, path);
    QVERIFY(result.ok);
    QCOMPARE(result.rows, 8); // GuiFixture's eight institutions, not its needs
    for (const auto area : { MainWindow::Area::Matching, MainWindow::Area::Translations, MainWindow::Area::Dashboard }) {
        m_window->setCurrentArea(area);
        QVERIFY(!action->isEnabled());
        QVERIFY(!m_window->exportCurrentList(ExportFormat::Csv, m_out.filePath(QStringLiteral("none.csv"))).ok);
    }
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("none.csv"))));
}

void TestExportUi::directoryFromTheApp()
{
    // Only experts who gave consent are listed; the fixture's have none until one is given here.
    const QString id = m_window->browser(QStringLiteral("experts"))->model()->index(0, 0).data(RecordTableModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("consent_date"), QStringLiteral("2026-05-01") } }).ok());
    const QString folder = m_out.filePath(QStringLiteral("directory"));
    QVERIFY(QDir().mkpath(folder));
    const DirectoryResult result = ExportRunner::exportDirectory(m_window.get(), *m_db->repository, folder);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.experts, 1);
    const QJsonDocument listed = QJsonDocument::fromJson(ExportFixture::readAll(QDir(folder).filePath(QStringLiteral("directory.json"))));
    QVERIFY(!listed.isNull());
    QVERIFY(!ExportFixture::readAll(QDir(folder).filePath(QStringLiteral("directory.json"))).contains("@example.org"));
}

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
