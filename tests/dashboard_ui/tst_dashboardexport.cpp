// Chart export (PNG, PDF), the programme report (PDF, A4, English and Arabic), the CLI's chart
// and report commands, and the screenshots of docs/screenshots.
#include "DashboardFixture.h"

#include "../cli/CliRunner.h"
#include "dashboard/DashboardArea.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/ProgrammeReport.h"
#include "i18n/Translations.h"
#include "reporting/DashboardAggregates.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace ed;

namespace {

int pdfPages(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = file.readAll();
    if (!pdf.startsWith("%PDF"))
        return -1;
    // "/Type /Page" objects, not the "/Type /Pages" tree.
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1))
        pages += pdf.mid(at + 11, 1) != "s";
    return pages;
}

// Distinct colours and the share of non-white pixels in the middle of the image (the plot).
void inspect(const QImage &image, int *colours, double *inked)
{
    QSet<QRgb> seen;
    int ink = 0, total = 0;
    const QRect plot(image.width() / 5, image.height() / 6, image.width() * 3 / 5, image.height() * 2 / 3);
    for (int y = plot.top(); y < plot.bottom(); y += 2) {
        for (int x = plot.left(); x < plot.right(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            seen.insert(pixel);
            ink += qGray(pixel) < 245;
            ++total;
        }
    }
    *colours = int(seen.size());
    *inked = double(ink) / total;
}

} // namespace

class TestDashboardExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartPng_data();
    void chartPng();
    void chartPdf();
    void chartSvg();
    void unknownFormat();
    void reportPdf_data();
    void reportPdf();
    void cli();
    void screenshots();

private:
    void setLanguage(const QString &language);

    TestDatabase m_db;
    QTemporaryDir m_out;
    std::unique_ptr<DashboardArea> m_area;
    Translations m_translations;
};

void TestDashboardExport::initTestCase()
{
    QVERIFY(m_db.open());
    QVERIFY(DashboardFixture::seed(m_db));
    m_area = std::make_unique<DashboardArea>(*m_db.repository);
    m_area->setFilter(DashboardFixture::defaultFilter());
}

void TestDashboardExport::setLanguage(const QString &language)
{
    QVERIFY(m_translations.setLanguage(language));
    QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    QCoreApplication::processEvents();
}

void TestDashboardExport::chartPng_data()
{
    QTest::addColumn<int>("kind");
    for (ChartKind kind : DashboardCharts::all())
        QTest::newRow(qPrintable(DashboardCharts::id(kind))) << int(kind);
}

void TestDashboardExport::chartPng()
{
    QFETCH(int, kind);
    const QString file = m_out.filePath(DashboardCharts::id(ChartKind(kind)) + ".png");
    QString error;
    QVERIFY2(m_area->exportChart(ChartKind(kind), file, &error), qPrintable(error));
    QImage image(file);
    QVERIFY(!image.isNull());
    const BuiltChart built = DashboardCharts::build(ChartKind(kind), m_area->data(), m_db.reference, Qt::LeftToRight);
    delete built.chart;
    QCOMPARE(image.size(), built.preferredSize * 2); // drawn at twice the pixels
    int colours = 0;
    double inked = 0;
    inspect(image, &colours, &inked);
    QVERIFY2(colours >= 20, qPrintable(QString::number(colours)));
    QVERIFY2(inked > 0.04, qPrintable(QString::number(inked)));
}

void TestDashboardExport::chartPdf()
{
    const QString file = m_out.filePath("missions.pdf");
    QString error;
    QVERIFY2(m_area->exportChart(ChartKind::MissionsByMonth, file, &error), qPrintable(error));
    QCOMPARE(pdfPages(file), 1);
}

void TestDashboardExport::chartSvg()
{
    const QString file = m_out.filePath("sectors.svg");
    QString error;
    QVERIFY2(m_area->exportChart(ChartKind::NeedsBySector, file, &error), qPrintable(error));
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    const qsizetype shapes = text.count("<path") + text.count("<rect") + text.count("<polygon") + text.count("<polyline");
    QVERIFY2(shapes > 19, qPrintable(QStringLiteral("a bar per sector is drawn; shapes: %1, text: %2").arg(shapes).arg(text.size())));
    QVERIFY(text.contains("Biomedical")); // a sector name on the category axis
}

void TestDashboardExport::unknownFormat()
{
    QString error;
    QVERIFY(!m_area->exportChart(ChartKind::NeedsBySector, m_out.filePath("chart.bmp"), &error));
    QVERIFY(error.contains("png") && error.contains("svg"));
}

void TestDashboardExport::reportPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
    QTest::newRow("ar") << "ar";
}

void TestDashboardExport::reportPdf()
{
    QFETCH(QString, language);
    setLanguage(language);
    const QString file = m_out.filePath("report-" + language + ".pdf");
    QString error;
    QVERIFY2(m_area->exportReport(file, &error), qPrintable(error));
    const int pages = pdfPages(file);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    ProgrammeReport report(m_area->data(), m_db.reference, m_area->layoutDirection());
    QCOMPARE(pages, report.pageCount());
    // The first page has ink: a title, the KPI table and a chart.
    int colours = 0;
    double inked = 0;
    inspect(report.pageImage(0, 600), &colours, &inked);
    QVERIFY(colours > 10);
    QVERIFY(inked > 0.03);
    setLanguage("en");
}

void TestDashboardExport::cli()
{
    // The CLI opens its own database file; TestDatabase's is already migrated and seeded.
    const QString db = m_db.path();
    const QString png = m_out.filePath("cli-sectors.png");
    CliResult result = runCli({ "--db", db, "chart", "needs-by-sector", "--out", png, "--lang", "ar", "--json" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(result.object().value("chart").toString(), QString("needs-by-sector"));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 1000);

    const QString pdf = m_out.filePath("cli-report.pdf");
    result = runCli({ "--db", db, "report", "--out", pdf, "--lang", "fr", "--json" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(pdfPages(pdf) >= 2);
    QCOMPARE(result.object().value("pages").toInt(), pdfPages(pdf));

    result = runCli({ "--db", db, "chart", "pie", "--out", png });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains("needs-by-sector"));
    result = runCli({ "--db", db, "report", "--out", m_out.filePath("report.docx") });
    QCOMPARE(result.exitCode, 2);
    result = runCli({ "--db", db, "report", "--out", pdf, "--lang", "de" });
    QCOMPARE(result.exitCode, 2);
}

void TestDashboardExport::screenshots()
{
    const QString dir = qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ar") }) {
        setLanguage(language);
        m_area->resize(1500, 1050);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        QCoreApplication::processEvents();
        const QImage shot = m_area->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(shot.save(dir + "/dashboard-" + language + ".png"));
            ProgrammeReport report(m_area->data(), m_db.reference, m_area->layoutDirection());
            report.setGenerated(QDateTime(DashboardFixture::kToday, QTime(9, 0)));
            QVERIFY(report.pageImage(0, 1240).save(dir + "/report-" + language + ".png"));
        }
    }
    setLanguage("en");
}

QTEST_MAIN(TestDashboardExport)
#include "tst_dashboardexport.moc"
