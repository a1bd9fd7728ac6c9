#pragma once

#include "reporting/DashboardData.h"

#include <QCoreApplication>

namespace ed {

class ReferenceData;

// The words and numbers of the dashboard that the tiles, the report and the CLI share, so a
// minister's PDF says exactly what the screen says.
class DashboardTexts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTexts)
public:
    struct Kpi
    {
        QString label;
        QString value;
        QString explanation; // tooltip / footnote: what is counted
    };
    static QList<Kpi> kpis(const DashboardKpis &kpis);
    // "1 Dec 2025 – 31 May 2027 · Biomedical Engineering and Health · all countries"
    static QString filterSummary(const DashboardFilter &filter, const ReferenceData &reference);
    static QString percent(double share); // 0.425 → "42.5 %" in the UI language
};

} // namespace ed
