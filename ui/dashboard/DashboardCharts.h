#pragma once

#include "reporting/DashboardData.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ed {

class ReferenceData;

enum class ChartKind { NeedsBySector, ExpertsByCountry, MissionsByMonth, FulfilmentByCountry };

// A chart built from dashboard figures, with what a click on it means.
struct BuiltChart
{
    QChart *chart = nullptr; // owned by the caller (or the view it is given to)
    // Category index → sector code, ISO alpha-2 or "yyyy-MM", in the axis' order.
    QStringList categoryKeys;
    // Bar set index → mission status (stacked chart only).
    QStringList setKeys;
    QSize preferredSize; // a size at which every label can be read
};

// Builds the dashboard's Qt Charts for the screen, the PNG/PDF exports, the report and the CLI,
// so they all look the same. Qt Charts does not mirror itself under right-to-left: for RTL the
// category axis, value axis and legend are put on the other side and the value and time axes
// run from the right, here and nowhere else.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static QList<ChartKind> all();
    static QString id(ChartKind kind); // "needs-by-sector", for the CLI and file names
    static std::optional<ChartKind> fromId(const QString &id);
    static QString title(ChartKind kind);

    static BuiltChart build(ChartKind kind, const DashboardData &data, const ReferenceData &reference,
                            Qt::LayoutDirection direction);
    static QColor statusColour(const QString &missionStatus);
};

} // namespace ed
