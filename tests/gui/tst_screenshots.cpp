#include "GuiFixture.h"

#include "FileWrittenNotice.h"
#include "MainWindow.h"
#include "dashboard/DashboardArea.h"
#include "RecordBrowser.h"
#include "io/DemoData.h"
#include "matching/MatchingArea.h"
#include "matching/MatchingBoard.h"
#include "matching/PlanDialog.h"
#include "itemmodels/RecordTableModel.h"
#include "itemmodels/TranslationQueueModel.h"
#include "storage/TranslationStore.h"
#include "translation/TranslationsArea.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ed;

namespace {

// The translation editor on a text written in Arabic when the queue has one (the case that
// shows whether both directions render), else on the first text.
void selectArabicSource(TranslationsArea *area)
{
    TranslationQueueModel *model = area->model();
    int row = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data(TranslationQueueModel::SourceLanguageRole).toString() == QLatin1String("ar")) {
            row = i;
            break;
        }
    }
    area->selectRow(row);
}

} // namespace

// Grabs the main window (1280×800, offscreen) in each area and language on a demo database. The PNGs go to
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
    // A fixed size for stable pictures; no family: fontconfig picks one with the script's
    // glyphs (Arabic falls back to Noto or DejaVu).
    QFont font = QApplication::font();
    font.setPointSize(9);
    QApplication::setFont(font);

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

    // Each main area in each language: {area}-{lang}.png, and the English ones also under
    // their historical names (experts.png, needs.png, missions.png) that the README links.
    // The translation editor's history needs something to show: translate the first queued
    // text into the language the queue does not ask for first.
    {
        TranslationQueueModel queue(*db.repository);
        if (queue.rowCount() > 0) {
            const QModelIndex first = queue.index(0, 0);
            const QString source = first.data(TranslationQueueModel::SourceLanguageRole).toString();
            const QString target = first.data(TranslationQueueModel::LanguageRole).toString();
            for (const QString &other : TranslationStore::languages()) {
                if (other == source || other == target)
                    continue;
                const QString text = other == QLatin1String("ar")
                        ? QStringLiteral("مهندس أول ذو خبرة طويلة في صيانة الأجهزة الطبية وتدريب الفنيين.")
                        : QStringLiteral("Ingénieur principal, longue expérience de la maintenance des équipements "
                                         "médicaux et de la formation des techniciens.");
                TranslationStore store(*db.repository, db.clock);
                store.setTranslation(*Schema::find(first.data(TranslationQueueModel::TableRole).toString()),
                                     first.data(TranslationQueueModel::RecordIdRole).toString(),
                                     first.data(TranslationQueueModel::FieldRole).toString(), other, text);
            }
        }
    }

    MainWindow window(*db.repository);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    struct Shot
    {
        MainWindow::Area area;
        int needsTab;
        QString name;
    };
    const QList<Shot> shots = {
        { MainWindow::Area::Experts, 0, QStringLiteral("experts") },
        { MainWindow::Area::Needs, 0, QStringLiteral("needs") },
        { MainWindow::Area::Needs, 1, QStringLiteral("institutions") },
        { MainWindow::Area::Missions, 0, QStringLiteral("missions") },
        { MainWindow::Area::Translations, 0, QStringLiteral("translations") },
        { MainWindow::Area::Matching, 0, QStringLiteral("matching") },
    };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar") }) {
        QVERIFY(window.setLanguage(language));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(window.layoutDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        for (const Shot &shot : shots) {
            window.setCurrentArea(shot.area);
            window.needsTabs()->setCurrentIndex(shot.needsTab);
            if (RecordBrowser *browser = window.currentBrowser())
                browser->view()->selectRow(1);
            else if (shot.area == MainWindow::Area::Translations)
                selectArabicSource(window.translationsArea());
            else if (shot.area == MainWindow::Area::Matching && !window.matchingArea()->board()->visibleNeedIds().isEmpty())
                QVERIFY(window.matchingArea()->board()->selectNeed(window.matchingArea()->board()->visibleNeedIds().constFirst()));
            QCoreApplication::processEvents();
            const QPixmap pixmap = window.grab();
            QCOMPARE(pixmap.size(), QSize(1280, 800));
            QStringList names = { QStringLiteral("%1-%2.png").arg(shot.name, language) };
            if (language == QLatin1String("en") && shot.name != QLatin1String("institutions")
                && shot.name != QLatin1String("translations") && shot.name != QLatin1String("matching"))
                names << shot.name + QLatin1String(".png");
            for (const QString &name : std::as_const(names)) {
                const QString file = QDir(dir).filePath(name);
                QVERIFY2(pixmap.save(file), qPrintable(file));
            }
        }
        // The plan dialog after a run: how many needs still want experts, the proposal with dates.
        {
            PlanDialog plan(window.matchingArea()->context(), *window.undoStack(), &window);
            plan.resize(900, 560);
            plan.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plan));
            QSignalSpy finished(&plan, &PlanDialog::planFinished);
            plan.proposeButton()->click();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.constFirst().constFirst().toBool(), true);
            QCoreApplication::processEvents();
            const QString planFile = QDir(dir).filePath(QStringLiteral("plan-%1.png").arg(language));
            QVERIFY2(plan.grab().save(planFile), qPrintable(planFile));
        }
        // A search that finds nothing says so, and how to widen it.
        {
            window.setCurrentArea(MainWindow::Area::Experts);
            RecordFilter nothing;
            nothing.search = QStringLiteral("zzqx");
            window.currentBrowser()->showFiltered(nothing);
            QCoreApplication::processEvents();
            QVERIFY(!window.currentBrowser()->emptyNoteText().isEmpty());
            const QString emptyFile = QDir(dir).filePath(QStringLiteral("experts-empty-%1.png").arg(language));
            QVERIFY2(window.grab().save(emptyFile), qPrintable(emptyFile));
            window.currentBrowser()->showFiltered(RecordFilter());
        }
        // Where an export went, with Open and Show in Folder.
        {
            QTemporaryDir out;
            const QString report = out.filePath(QStringLiteral("programme-report.pdf"));
            QFile file(report);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QMessageBox *box = FileWrittenNotice::show(&window, DashboardArea::tr("Export Programme Report"),
                                                       DashboardArea::tr("The programme report is ready to send."), report);
            QVERIFY(QTest::qWaitForWindowExposed(box));
            const QString noticeFile = QDir(dir).filePath(QStringLiteral("file-written-%1.png").arg(language));
            QVERIFY2(box->grab().save(noticeFile), qPrintable(noticeFile));
            box->close();
        }
        // The File menu, whose import and export entries have no area of their own.
        QMenu *fileMenu = window.menuBar()->actions().constFirst()->menu();
        QVERIFY(fileMenu);
        window.setCurrentArea(MainWindow::Area::Experts);
        fileMenu->popup(window.mapToGlobal(QPoint(language == QLatin1String("ar") ? 1200 : 10, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(fileMenu));
        const QString menuFile = QDir(dir).filePath(QStringLiteral("file-menu-%1.png").arg(language));
        QVERIFY2(fileMenu->grab().save(menuFile), qPrintable(menuFile));
        fileMenu->hide();
    }
    QVERIFY(window.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
