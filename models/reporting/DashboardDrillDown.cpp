#include "DashboardDrillDown.h"

namespace ed::DashboardDrillDown {

namespace {

// The period as trusted SQL with binds (RecordFilter::extraCondition never holds user text).
void restrict(RecordFilter *out, const QString &column, const QDate &from, const QDate &to)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions << column + QLatin1String(" >= ?");
        out->extraBinds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        conditions << column + QLatin1String(" < ?");
        out->extraBinds << to.addDays(1).toString(Qt::ISODate);
    }
    out->extraCondition = conditions.join(QLatin1String(" AND "));
}

} // namespace

RecordFilter needs(const DashboardFilter &filter, const QString &sector, const QString &country)
{
    RecordFilter out;
    out.sector = sector.isEmpty() ? filter.sector : sector;
    out.country = country.isEmpty() ? filter.country : country;
    restrict(&out, QStringLiteral("needs.created_at"), filter.from, filter.to);
    return out;
}

RecordFilter experts(const DashboardFilter &filter, const QString &country)
{
    RecordFilter out;
    out.sector = filter.sector;
    out.country = country.isEmpty() ? filter.country : country;
    return out;
}

RecordFilter missions(const DashboardFilter &filter, const QString &status, const QDate &month)
{
    RecordFilter out;
    out.sector = filter.sector;
    out.country = filter.country;
    out.status = status;
    const QDate first(month.year(), month.month(), 1);
    const QDate from = filter.from.isValid() ? qMax(first, filter.from) : first;
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate to = filter.to.isValid() ? qMin(last, filter.to) : last;
    restrict(&out, QStringLiteral("missions.start"), from, to);
    return out;
}

} // namespace ed::DashboardDrillDown
