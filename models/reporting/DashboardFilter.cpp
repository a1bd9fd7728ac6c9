#include "DashboardFilter.h"

#include <QList>

namespace ed {

DashboardFilter DashboardFilter::defaultRange(const QDate &today, int monthsBack, int monthsAhead)
{
    DashboardFilter filter;
    filter.today = today;
    const QDate thisMonth(today.year(), today.month(), 1);
    filter.from = thisMonth.addMonths(-qMax(0, monthsBack - 1));
    filter.to = thisMonth.addMonths(qMax(0, monthsAhead) + 1).addDays(-1);
    return filter;
}

QList<QDate> DashboardFilter::months() const
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    // Capped so that a mistyped year cannot build a chart of thousands of bars.
    for (QDate month(from.year(), from.month(), 1); month <= to && result.size() < 120; month = month.addMonths(1))
        result << month;
    return result;
}

bool DashboardFilter::operator==(const DashboardFilter &other) const
{
    return from == other.from && to == other.to && sector == other.sector && country == other.country
            && today == other.today;
}

} // namespace ed
