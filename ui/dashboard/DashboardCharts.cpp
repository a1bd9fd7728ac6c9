#include "DashboardCharts.h"

#include "domain/Schema.h"
#include "storage/ReferenceData.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCollator>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ed {

namespace {

struct Bar
{
    QString key;
    QString label;
    double value;
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    // Mirroring is done by hand below; a chart that half-followed the application's direction
    // would flip some parts twice.
    chart->setLayoutDirection(Qt::LeftToRight);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

// Horizontal bars, largest on top; names on the category axis at the start side of the reading
// direction, values growing away from it.
BuiltChart horizontalBars(const QString &title, QList<Bar> bars, const QString &valueTitle, bool percent,
                          const QColor &colour, Qt::LayoutDirection direction)
{
    const QCollator collator;
    std::stable_sort(bars.begin(), bars.end(), [&collator](const Bar &a, const Bar &b) {
        return a.value != b.value ? a.value > b.value : collator.compare(a.label, b.label) < 0;
    });
    std::reverse(bars.begin(), bars.end()); // Qt Charts draws category 0 at the bottom
    BuiltChart built;
    built.chart = newChart(title);
    auto *set = new QBarSet(valueTitle);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    QStringList categories;
    double max = 0;
    for (const Bar &bar : std::as_const(bars)) {
        *set << bar.value;
        categories << bar.label;
        built.categoryKeys << bar.key;
        max = qMax(max, bar.value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    set->setLabelColor(Qt::white);
    built.chart->addSeries(series);

    const bool rtl = direction == Qt::RightToLeft;
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    // Qt Charts elides names to "…" long before space runs out; a name must be readable.
    categoryAxis->setTruncateLabels(false);
    built.chart->addAxis(categoryAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, percent ? 100 : qMax(1.0, max));
    if (!percent)
        valueAxis->applyNiceNumbers();
    // With localized numbers Qt Charts only knows f/e/g conversions; "%d" would print nothing.
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(valueTitle);
    valueAxis->setReverse(rtl); // bars grow from the right in Arabic
    built.chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    built.chart->legend()->hide();
    built.preferredSize = QSize(720, qMax(320, 90 + 22 * int(bars.size())));
    return built;
}

} // namespace

QList<ChartKind> DashboardCharts::all()
{
    return { ChartKind::NeedsBySector, ChartKind::ExpertsByCountry, ChartKind::MissionsByMonth,
             ChartKind::FulfilmentByCountry };
}

QString DashboardCharts::id(ChartKind kind)
{
    switch (kind) {
    case ChartKind::NeedsBySector: return QStringLiteral("needs-by-sector");
    case ChartKind::ExpertsByCountry: return QStringLiteral("experts-by-country");
    case ChartKind::MissionsByMonth: return QStringLiteral("missions-by-month");
    case ChartKind::FulfilmentByCountry: return QStringLiteral("fulfilment-by-country");
    }
    return {};
}

std::optional<ChartKind> DashboardCharts::fromId(const QString &id)
{
    for (ChartKind kind : all()) {
        if (DashboardCharts::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString DashboardCharts::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::NeedsBySector: return tr("Needs by sector");
    case ChartKind::ExpertsByCountry: return tr("Experts by country of residence");
    case ChartKind::MissionsByMonth: return tr("Missions per month by status");
    case ChartKind::FulfilmentByCountry: return tr("Needs fulfilled by country");
    }
    return {};
}

QColor DashboardCharts::statusColour(const QString &status)
{
    // Cold to warm along the mission's life; postponed and cancelled stand out.
    static const QHash<QString, QColor> colours = {
        { QStringLiteral("draft"), QColor(0xb0, 0xb7, 0xbf) },
        { QStringLiteral("proposed"), QColor(0x9e, 0xc5, 0xe8) },
        { QStringLiteral("confirmed"), QColor(0x4a, 0x90, 0xd9) },
        { QStringLiteral("travel_booked"), QColor(0x1f, 0x5f, 0xa8) },
        { QStringLiteral("in_progress"), QColor(0x8e, 0x5c, 0xc2) },
        { QStringLiteral("completed"), QColor(0x4c, 0xaf, 0x50) },
        { QStringLiteral("evaluated"), QColor(0x1b, 0x6e, 0x3a) },
        { QStringLiteral("postponed"), QColor(0xf2, 0xa9, 0x00) },
        { QStringLiteral("cancelled"), QColor(0xd3, 0x2f, 0x2f) },
    };
    return colours.value(status, Qt::gray);
}

BuiltChart DashboardCharts::build(ChartKind kind, const DashboardData &data, const ReferenceData &reference,
                                  Qt::LayoutDirection direction)
{
    QList<Bar> bars;
    switch (kind) {
    case ChartKind::NeedsBySector:
        for (const KeyCount &entry : data.needsBySector)
            bars.append({ entry.key, reference.sectorName(entry.key), double(entry.count) });
        //: value axis of the needs-by-sector chart
        return horizontalBars(title(kind), bars, tr("Needs submitted"), false, QColor(0x1f, 0x6f, 0xb2), direction);
    case ChartKind::ExpertsByCountry: {
        for (const KeyCount &entry : data.expertsByCountry)
            bars.append({ entry.key, reference.countryName(entry.key), double(entry.count) });
        //: value axis of the experts-by-country chart
        BuiltChart built = horizontalBars(title(kind), bars, tr("Experts on the roster"), false,
                                          QColor(0x2e, 0x7d, 0x32), direction);
        return built;
    }
    case ChartKind::FulfilmentByCountry:
        // Only countries that received needs: "no needs" is not "0 % fulfilled".
        // Each country says n of N: 100 % of one need is not 100 % of twenty.
        for (const Fulfilment &entry : data.fulfilmentByCountry) {
            if (!entry.hasRate())
                continue;
            const QLocale locale;
            //: a country in the fulfilment chart: %1 its name, %2 needs fulfilled of %3 received
            const QString label = tr("%1 (%2 of %3)").arg(reference.countryName(entry.country),
                                                        locale.toString(entry.fulfilled), locale.toString(entry.received));
            bars.append({ entry.country, label, qRound(entry.rate() * 1000) / 10.0 });
        }
        //: value axis: share of the needs received that were fulfilled
        return horizontalBars(title(kind), bars, tr("Fulfilled (% of needs received)"), true,
                              QColor(0xc2, 0x6a, 0x00), direction);
    case ChartKind::MissionsByMonth:
        break;
    }

    // Missions per month, stacked by status; time runs with the reading direction.
    const bool rtl = direction == Qt::RightToLeft;
    BuiltChart built;
    built.chart = newChart(title(kind));
    QList<int> order;
    for (int i = 0; i < data.months.size(); ++i)
        order << (rtl ? int(data.months.size()) - 1 - i : i);
    QStringList categories;
    const QLocale locale;
    for (int i : std::as_const(order)) {
        categories << locale.toString(data.months.at(i), QStringLiteral("MMM yy"));
        built.categoryKeys << data.months.at(i).toString(QStringLiteral("yyyy-MM"));
    }
    auto *series = new QStackedBarSeries;
    const FieldSpec *statusField = Schema::missions().field(QStringLiteral("status"));
    int max = 0;
    QList<int> totals(data.months.size(), 0);
    for (const QString &status : data.missionStatuses) {
        const QList<int> counts = data.missionsByMonth.value(status);
        if (std::all_of(counts.cbegin(), counts.cend(), [](int c) { return c == 0; }))
            continue; // a status nobody is in only crowds the legend
        auto *set = new QBarSet(statusField->enumLabel(status));
        set->setColor(statusColour(status));
        set->setBorderColor(statusColour(status).darker(120));
        for (int i : std::as_const(order)) {
            *set << counts.value(i);
            totals[i] += counts.value(i);
        }
        series->append(set);
        built.setKeys << status;
    }
    for (int total : std::as_const(totals))
        max = qMax(max, total);
    series->setBarWidth(0.7);
    built.chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLabelsAngle(-90);
    categoryAxis->setTruncateLabels(false);
    built.chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, qMax(1, max));
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    //: value axis of the missions-per-month chart
    valueAxis->setTitleText(tr("Missions"));
    built.chart->addAxis(valueAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    built.chart->legend()->setVisible(true);
    built.chart->legend()->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);
    built.preferredSize = QSize(820, 420);
    return built;
}

} // namespace ed
