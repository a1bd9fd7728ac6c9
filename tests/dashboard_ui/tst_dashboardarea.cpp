// The dashboard widget on demo data: tiles agree with the aggregates, a click on a bar or a cell
// asks for the right list, the charts mirror under right-to-left and retranslate.
#include "DashboardFixture.h"

#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardArea.h"
#include "i18n/Translations.h"
#include "reporting/DashboardAggregates.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace ed;

class TestDashboardArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tiles();
    void everyCountryListed();
    void clickSectorBar();
    void clickStackedBar();
    void clickMatrixCell();
    void rightToLeftAxes();
    void followsData();
    void retranslates();

private:
    // Clicks the middle of bar `category` of set `set` in a chart panel.
    void clickBar(ChartPanel *panel, int category, int set = 0);

    TestDatabase m_db;
    std::unique_ptr<DashboardArea> m_area;
};

void TestDashboardArea::initTestCase()
{
    QVERIFY(m_db.open());
    QVERIFY(DashboardFixture::seed(m_db));
    m_area = std::make_unique<DashboardArea>(*m_db.repository);
    m_area->setFilter(DashboardFixture::defaultFilter());
    m_area->resize(1400, 1000);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
}

void TestDashboardArea::cleanupTestCase()
{
    m_area.reset();
}

void TestDashboardArea::tiles()
{
    const DashboardKpis k = DashboardAggregates(*m_db.database, m_db.reference).kpis(DashboardFixture::defaultFilter());
    const QList<QLabel *> values = m_area->kpiValueLabels();
    QCOMPARE(values.size(), 5);
    QCOMPARE(values.at(0)->text(), QLocale().toString(k.openNeeds));
    QCOMPARE(values.at(1)->text(), QLocale().toString(k.activeExperts));
    QCOMPARE(values.at(2)->text(), QLocale().toString(k.missionsInPeriod));
    for (QLabel *label : values)
        QVERIFY(!label->accessibleName().isEmpty());
}

void TestDashboardArea::everyCountryListed()
{
    ChartPanel *panel = m_area->chartPanel(ChartKind::ExpertsByCountry);
    QCOMPARE(panel->built().categoryKeys.size(), 57);
    auto *axis = qobject_cast<QBarCategoryAxis *>(panel->view()->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->count(), 57);
    // Tall enough for every name to be drawn (about 20 px a bar), scrolled rather than squeezed.
    QVERIFY(panel->view()->height() >= 57 * 20);
    // The figures are there for a screen reader too, each country with its count.
    const QString description = panel->view()->accessibleDescription();
    DashboardData data;
    QString error;
    QVERIFY2(DashboardAggregates(*m_db.database, m_db.reference).compute(DashboardFixture::defaultFilter(), &data, &error),
             qPrintable(error));
    QVERIFY(!data.expertsByCountry.isEmpty());
    for (const KeyCount &entry : data.expertsByCountry) {
        const QString expected = m_db.reference.countryName(entry.key) + QLatin1String(": ") + QLocale().toString(entry.count);
        QVERIFY2(description.contains(expected), qPrintable(expected + QLatin1String(" not in ") + description));
    }
}

void TestDashboardArea::clickBar(ChartPanel *panel, int category, int set)
{
    QChart *chart = panel->view()->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    double below = 0; // stacked bars: the sets under this one
    for (int s = 0; s < set; ++s)
        below += series->barSets().at(s)->at(category);
    const double value = series->barSets().at(set)->at(category);
    QVERIFY2(value > 0, "the test needs a bar to click");
    const QPointF point = horizontal ? QPointF(below + value / 2, category) : QPointF(category, below + value / 2);
    const QPointF inChart = chart->mapToPosition(point, series);
    const QPoint inView = panel->view()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, inView);
}

void TestDashboardArea::clickSectorBar()
{
    ChartPanel *panel = m_area->chartPanel(ChartKind::NeedsBySector);
    const QStringList keys = panel->built().categoryKeys;
    QCOMPARE(keys.size(), 19);
    const int top = int(keys.size()) - 1; // the largest, drawn on top
    QSignalSpy spy(m_area.get(), &DashboardArea::drillDown);
    clickBar(panel, top);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("needs"));
    const RecordFilter filter = spy.at(0).at(1).value<RecordFilter>();
    QCOMPARE(filter.sector, keys.at(top));
    QVERIFY(filter.country.isEmpty());
    // The list behind the bar has as many needs as the bar is long.
    const int bar = m_area->data().needsBySector.at(
            int(std::find_if(m_area->data().needsBySector.cbegin(), m_area->data().needsBySector.cend(),
                             [&](const KeyCount &k) { return k.key == keys.at(top); })
                - m_area->data().needsBySector.cbegin())).count;
    QCOMPARE(m_db.repository->count(Schema::needs(), filter), bar);
}

void TestDashboardArea::clickStackedBar()
{
    ChartPanel *panel = m_area->chartPanel(ChartKind::MissionsByMonth);
    auto *series = qobject_cast<QAbstractBarSeries *>(panel->view()->chart()->series().constFirst());
    // The busiest month, its first non-empty status.
    int month = 0, best = -1;
    for (int c = 0; c < panel->built().categoryKeys.size(); ++c) {
        int total = 0;
        for (QBarSet *set : series->barSets())
            total += int(set->at(c));
        if (total > best) {
            best = total;
            month = c;
        }
    }
    int set = 0;
    while (series->barSets().at(set)->at(month) == 0)
        ++set;
    QSignalSpy spy(m_area.get(), &DashboardArea::drillDown);
    clickBar(panel, month, set);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("missions"));
    const RecordFilter filter = spy.at(0).at(1).value<RecordFilter>();
    QCOMPARE(filter.status, panel->built().setKeys.at(set));
    QCOMPARE(m_db.repository->count(Schema::missions(), filter), int(series->barSets().at(set)->at(month)));
}

void TestDashboardArea::clickMatrixCell()
{
    QTableView *view = m_area->matrixView();
    QAbstractItemModel *model = view->model();
    QVERIFY(model->columnCount() > 0);
    // The first non-empty cell of the busiest country.
    int row = 0;
    while (model->index(row, 0).data(Qt::UserRole + 1).toInt() == 0)
        ++row;
    view->scrollTo(model->index(row, 0));
    QSignalSpy spy(m_area.get(), &DashboardArea::drillDown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(row, 0)).center());
    QCOMPARE(spy.count(), 1);
    const RecordFilter filter = spy.at(0).at(1).value<RecordFilter>();
    QCOMPARE(m_db.repository->count(Schema::needs(), filter), model->index(row, 0).data(Qt::UserRole + 1).toInt());
    QVERIFY(!filter.sector.isEmpty());
    QVERIFY(!filter.country.isEmpty());
}

void TestDashboardArea::rightToLeftAxes()
{
    for (const Qt::LayoutDirection direction : { Qt::RightToLeft, Qt::LeftToRight }) {
        const bool rtl = direction == Qt::RightToLeft;
        QApplication::setLayoutDirection(direction); // as the language switcher does
        QCoreApplication::processEvents();
        QChart *bars = m_area->chartPanel(ChartKind::NeedsBySector)->view()->chart();
        QAbstractAxis *names = bars->axes(Qt::Vertical).constFirst();
        auto *values = qobject_cast<QValueAxis *>(bars->axes(Qt::Horizontal).constFirst());
        QCOMPARE(names->alignment(), rtl ? Qt::AlignRight : Qt::AlignLeft);
        QCOMPARE(values->isReverse(), rtl);
        // The names take room on their side: the plot area leans away from it.
        const QRectF plot = bars->plotArea();
        const double left = plot.left(), right = bars->size().width() - plot.right();
        QVERIFY2(rtl ? right > left : left > right, qPrintable(QString("left %1 right %2").arg(left).arg(right)));

        ChartPanel *monthly = m_area->chartPanel(ChartKind::MissionsByMonth);
        QChart *stacked = monthly->view()->chart();
        QCOMPARE(stacked->axes(Qt::Vertical).constFirst()->alignment(), rtl ? Qt::AlignRight : Qt::AlignLeft);
        QCOMPARE(stacked->legend()->alignment(), rtl ? Qt::AlignLeft : Qt::AlignRight);
        // Time runs with the reading direction: the oldest month on the right in Arabic.
        const QStringList months = monthly->built().categoryKeys;
        QCOMPARE(months.first() < months.last(), !rtl);
    }
}

void TestDashboardArea::followsData()
{
    const int before = m_area->data().kpis.activeExperts;
    QVariantMap expert = TestRecords::expert();
    expert.insert(QStringLiteral("email"), QStringLiteral("new.expert@example.org"));
    QVERIFY(m_db.repository->insert(Schema::experts(), expert).ok());
    // Debounced: not at once, but soon after.
    QCOMPARE(m_area->data().kpis.activeExperts, before);
    QTRY_COMPARE(m_area->data().kpis.activeExperts, before + 1);
}

void TestDashboardArea::retranslates()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("ar")));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    QChart *chart = m_area->chartPanel(ChartKind::NeedsBySector)->view()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(axis->categories().contains(m_db.reference.sectorName(QStringLiteral("BME"), QStringLiteral("ar"))));
    QCOMPARE(axis->alignment(), Qt::AlignRight);
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCoreApplication::processEvents();
    axis = qobject_cast<QBarCategoryAxis *>(m_area->chartPanel(ChartKind::NeedsBySector)->view()->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis->categories().contains(m_db.reference.sectorName(QStringLiteral("BME"), QStringLiteral("en"))));
}

QTEST_MAIN(TestDashboardArea)
#include "tst_dashboardarea.moc"
