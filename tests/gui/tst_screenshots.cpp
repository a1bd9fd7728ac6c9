#include "GuiFixture.h"

#include "MainWindow.h"
#include "RecordBrowser.h"
#include "io/DemoData.h"
#include "itemmodels/RecordTableModel.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ed;

// Grabs the main window (1280×800, offscreen) in each area on a demo database. The PNGs go to
// $EXPERTDESK_SCREENSHOT_DIR when set (docs/screenshots), otherwise to a temporary folder, so
// the test also proves that every area renders.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void grabAreas();

private:
    QTemporaryDir m_config;
};

void TestScreenshots::grabAreas()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    TestDatabase db;
    QVERIFY(db.open());
    DemoOptions options;
    options.experts = 120;
    QString error;
    if (!DemoData::generate(*db.repository, options, {}, &error) || db.repository->count(Schema::experts()) == 0)
        GuiFixture::seed(*db.repository); // demo data not available yet: the small fixture instead

    QTemporaryDir fallback;
    const QString dir = qEnvironmentVariableIsSet("EXPERTDESK_SCREENSHOT_DIR")
            ? qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR")
            : fallback.path();
    QVERIFY(QDir().mkpath(dir));

    auto grabAll = [&](const QString &suffix) {
        MainWindow window(*db.repository);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPair<MainWindow::Area, QString>> areas = {
            { MainWindow::Area::Experts, QStringLiteral("experts") },
            { MainWindow::Area::Needs, QStringLiteral("needs") },
            { MainWindow::Area::Missions, QStringLiteral("missions") },
        };
        for (const auto &area : areas) {
            window.setCurrentArea(area.first);
            RecordBrowser *browser = window.currentBrowser();
            browser->view()->selectRow(1);
            QCoreApplication::processEvents();
            const QString file = QDir(dir).filePath(area.second + suffix + QLatin1String(".png"));
            const QPixmap pixmap = window.grab();
            QCOMPARE(pixmap.size(), QSize(1280, 800));
            QVERIFY2(pixmap.save(file), qPrintable(file));
        }
    };
    grabAll(QString());
    // Arabic mirrors the whole window; the Experts area shows whether layouts follow.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    if (qEnvironmentVariableIsSet("EXPERTDESK_SCREENSHOT_RTL"))
        grabAll(QStringLiteral("-rtl"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
