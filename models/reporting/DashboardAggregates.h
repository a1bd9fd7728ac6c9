#pragma once

#include "DashboardData.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

namespace ed {

class Database;
class ReferenceData;

// The dashboard's figures, each one GROUP BY query over the local replica with bound values:
// no table is loaded into memory, so a refresh stays fast with 100,000 experts
// (tests/dashboard/bench). Definitions managers rely on (docs/cli.md repeats them):
//
// * live: deleted = 0. Every figure counts live rows only.
// * received: live needs submitted (created_at) in the date range, whatever their status —
//   rejected and withdrawn included, since they were received too.
// * fulfilled: of those, the needs with status "fulfilled", and the "closed" ones that have at
//   least one live mission "completed" or "evaluated" (closed after being served, as opposed to
//   closed without anyone going).
// * open needs: live needs in received…scheduled, whenever submitted (a stock, not a flow).
// * active experts: live experts with roster status "active".
// * missions this year: live missions starting in today's calendar year, not cancelled.
// * mean evaluation: mean rating_overall of live evaluations of live missions starting in range.
// * airfare: sum of airfare_amount of live, not cancelled missions starting in range, per
//   currency (a missing currency is the schema's default, USD).
// * experts by country: country of residence (the roster's country filter, so a drill-down
//   lists the same experts).
class DashboardAggregates
{
public:
    DashboardAggregates(Database &database, const ReferenceData &reference);

    // All of the figures for one filter; false with a message if a query failed.
    bool compute(const DashboardFilter &filter, DashboardData *out, QString *error) const;

    QList<KeyCount> needsBySector(const DashboardFilter &filter, QString *error = nullptr) const;
    QList<KeyCount> expertsByCountry(const DashboardFilter &filter, QString *error = nullptr) const;
    QHash<QString, QList<int>> missionsByMonth(const DashboardFilter &filter, QString *error = nullptr) const;
    QList<Fulfilment> fulfilmentByCountry(const DashboardFilter &filter, QString *error = nullptr) const;
    QHash<QPair<QString, QString>, int> sectorCountryMatrix(const DashboardFilter &filter,
                                                            QString *error = nullptr) const;
    DashboardKpis kpis(const DashboardFilter &filter, QString *error = nullptr) const;

    // Need statuses that count as open, and the mission statuses in schema order.
    static const QStringList &openNeedStatuses();
    static QStringList missionStatuses();

private:
    // Executes the cached statement for `sql`; the caller reads it, then finish()es it so no read
    // transaction stays open between refreshes (WAL would keep growing behind it).
    QSqlQuery *run(const QString &sql, const QVariantList &binds, QString *error) const;

    Database &m_database;
    const ReferenceData &m_reference;
    // Prepared once per SQL text (a handful: one per figure and filter combination).
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace ed
