#include "DashboardAggregates.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ed {

Q_LOGGING_CATEGORY(lcDashboard, "expertdesk.reporting")

namespace {

// The FROM clause, conditions and positional binds of one aggregate. Conditions are constants
// of this file; every value the user chose is bound, never pasted into the SQL.
struct SqlScope
{
    QString from;
    QStringList where;
    QVariantList binds;

    void require(const QString &condition, const QVariant &value = {})
    {
        where << condition;
        if (value.isValid())
            binds << value;
    }
    // A date or timestamp column in [from, to]: "< to + 1 day" also takes the timestamps of
    // `to` ("2026-11-22T08:00:00.000Z" sorts after "2026-11-22").
    void requireRange(const QString &column, const QDate &from, const QDate &to)
    {
        if (from.isValid())
            require(column + QLatin1String(" >= ?"), from.toString(Qt::ISODate));
        if (to.isValid())
            require(column + QLatin1String(" < ?"), to.addDays(1).toString(Qt::ISODate));
    }
    QString sql(const QString &select, const QString &tail = {}) const
    {
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 %4")
                .arg(select, from, where.join(QLatin1String(" AND ")), tail);
    }
};

// Live needs, with their institution as `i` (the need's country). `dated`: submitted in range.
SqlScope needsScope(const DashboardFilter &filter, bool dated)
{
    SqlScope scope;
    scope.from = QStringLiteral("needs LEFT JOIN institutions AS i ON i.id = needs.institution_id");
    scope.require(QStringLiteral("needs.deleted = 0"));
    if (dated)
        scope.requireRange(QStringLiteral("needs.created_at"), filter.from, filter.to);
    if (!filter.sector.isEmpty())
        scope.require(QStringLiteral("needs.sector = ?"), filter.sector);
    if (!filter.country.isEmpty())
        scope.require(QStringLiteral("i.country = ?"), filter.country);
    return scope;
}

// Live missions, with the host institution as `i`; the sector is the need's. The country is the
// mission's own host institution, as in the missions list's country filter.
SqlScope missionsScope(const DashboardFilter &filter, bool dated)
{
    SqlScope scope;
    scope.from = QStringLiteral("missions LEFT JOIN institutions AS i ON i.id = missions.institution_id");
    scope.require(QStringLiteral("missions.deleted = 0"));
    if (dated)
        scope.requireRange(QStringLiteral("missions.start"), filter.from, filter.to);
    if (!filter.sector.isEmpty()) {
        scope.from += QLatin1String(" JOIN needs AS n ON n.id = missions.need_id");
        scope.require(QStringLiteral("n.sector = ?"), filter.sector);
    }
    if (!filter.country.isEmpty())
        scope.require(QStringLiteral("i.country = ?"), filter.country);
    return scope;
}

SqlScope expertsScope(const DashboardFilter &filter)
{
    SqlScope scope;
    // Counts come from the covering index experts_live_country (migration 5). With a sector
    // (in the row's JSON) and no country every row is read anyway, and a plain scan beats
    // fetching 100,000 rows one by one through that index, which the planner would pick
    // (tests/dashboard/bench: 130 ms → 25 ms).
    const bool scan = !filter.sector.isEmpty() && filter.country.isEmpty();
    scope.from = scan ? QStringLiteral("experts NOT INDEXED") : QStringLiteral("experts");
    scope.require(QStringLiteral("experts.deleted = 0"));
    // The quoted code inside the JSON array (codes never contain quotes): a substring test
    // costs a fraction of json_each over every row, and the answer is the same.
    if (!filter.sector.isEmpty())
        scope.require(QStringLiteral("instr(experts.sectors, '\"' || ? || '\"') > 0"), filter.sector);
    if (!filter.country.isEmpty())
        scope.require(QStringLiteral("experts.country = ?"), filter.country);
    return scope;
}

QList<KeyCount> complete(const QList<ReferenceData::Entry> &entries, const QHash<QString, int> &counts)
{
    QList<KeyCount> result;
    result.reserve(entries.size());
    for (const ReferenceData::Entry &entry : entries)
        result.append({ entry.code, counts.value(entry.code) });
    return result;
}

} // namespace

DashboardAggregates::DashboardAggregates(Database &database, const ReferenceData &reference)
    : m_database(database), m_reference(reference)
{
}

const QStringList &DashboardAggregates::openNeedStatuses()
{
    static const QStringList statuses = { QStringLiteral("received"), QStringLiteral("screening"),
                                          QStringLiteral("accepted"), QStringLiteral("matching"),
                                          QStringLiteral("matched"), QStringLiteral("scheduled") };
    return statuses;
}

QStringList DashboardAggregates::missionStatuses()
{
    QStringList keys;
    for (const EnumValue &value : Schema::missions().field(QStringLiteral("status"))->values)
        keys << value.key;
    return keys;
}

QSqlQuery *DashboardAggregates::run(const QString &sql, const QVariantList &binds, QString *error) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcDashboard) << "cannot prepare" << sql << query.lastError().text();
            if (error)
                *error = query.lastError().text();
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, binds.at(i));
    if (!query->exec()) {
        qCWarning(lcDashboard) << "query failed" << sql << query->lastError().text();
        if (error)
            *error = query->lastError().text();
        query->finish();
        return nullptr;
    }
    return query;
}

QList<KeyCount> DashboardAggregates::needsBySector(const DashboardFilter &filter, QString *error) const
{
    const SqlScope scope = needsScope(filter, true);
    QHash<QString, int> counts;
    if (QSqlQuery *q = run(scope.sql(QStringLiteral("needs.sector, COUNT(*)"), QStringLiteral("GROUP BY needs.sector")),
                           scope.binds, error)) {
        while (q->next())
            counts.insert(q->value(0).toString(), q->value(1).toInt());
        q->finish();
    }
    return complete(m_reference.sectors(), counts);
}

QList<KeyCount> DashboardAggregates::expertsByCountry(const DashboardFilter &filter, QString *error) const
{
    const SqlScope scope = expertsScope(filter);
    QHash<QString, int> counts;
    if (QSqlQuery *q = run(scope.sql(QStringLiteral("experts.country, COUNT(*)"),
                                     QStringLiteral("GROUP BY experts.country")),
                           scope.binds, error)) {
        while (q->next())
            counts.insert(q->value(0).toString(), q->value(1).toInt());
        q->finish();
    }
    return complete(m_reference.countries(), counts);
}

QHash<QString, QList<int>> DashboardAggregates::missionsByMonth(const DashboardFilter &filter, QString *error) const
{
    const QList<QDate> months = filter.months();
    QHash<QString, int> monthIndex;
    for (int i = 0; i < months.size(); ++i)
        monthIndex.insert(months.at(i).toString(QStringLiteral("yyyy-MM")), i);
    QHash<QString, QList<int>> result;
    for (const QString &status : missionStatuses())
        result.insert(status, QList<int>(months.size(), 0));
    const SqlScope scope = missionsScope(filter, true);
    QSqlQuery *q = run(scope.sql(QStringLiteral("substr(missions.start, 1, 7), missions.status, COUNT(*)"),
                                 QStringLiteral("GROUP BY 1, 2")),
                       scope.binds, error);
    if (!q)
        return result;
    while (q->next()) {
        const auto month = monthIndex.constFind(q->value(0).toString());
        auto counts = result.find(q->value(1).toString());
        if (month != monthIndex.cend() && counts != result.end())
            (*counts)[*month] += q->value(2).toInt();
    }
    q->finish();
    return result;
}

QList<Fulfilment> DashboardAggregates::fulfilmentByCountry(const DashboardFilter &filter, QString *error) const
{
    const SqlScope scope = needsScope(filter, true);
    // "closed" counts as fulfilled only when someone actually went (see the header).
    const QString fulfilled = QStringLiteral(
            "SUM(CASE WHEN needs.status = 'fulfilled' OR (needs.status = 'closed' AND EXISTS ("
            "SELECT 1 FROM missions AS m WHERE m.need_id = needs.id AND m.deleted = 0 "
            "AND m.status IN ('completed', 'evaluated'))) THEN 1 ELSE 0 END)");
    QHash<QString, QPair<int, int>> counts;
    if (QSqlQuery *q = run(scope.sql(QStringLiteral("i.country, COUNT(*), ") + fulfilled,
                                     QStringLiteral("GROUP BY i.country")),
                           scope.binds, error)) {
        while (q->next())
            counts.insert(q->value(0).toString(), { q->value(1).toInt(), q->value(2).toInt() });
        q->finish();
    }
    QList<Fulfilment> result;
    for (const ReferenceData::Entry &country : m_reference.countries()) {
        const QPair<int, int> c = counts.value(country.code);
        result.append({ country.code, c.first, c.second });
    }
    return result;
}

QHash<QPair<QString, QString>, int> DashboardAggregates::sectorCountryMatrix(const DashboardFilter &filter,
                                                                             QString *error) const
{
    const SqlScope scope = needsScope(filter, true);
    QHash<QPair<QString, QString>, int> cells;
    if (QSqlQuery *q = run(scope.sql(QStringLiteral("needs.sector, i.country, COUNT(*)"),
                                     QStringLiteral("GROUP BY needs.sector, i.country")),
                           scope.binds, error)) {
        while (q->next()) {
            if (!q->value(1).isNull())
                cells.insert({ q->value(0).toString(), q->value(1).toString() }, q->value(2).toInt());
        }
        q->finish();
    }
    return cells;
}

DashboardKpis DashboardAggregates::kpis(const DashboardFilter &filter, QString *error) const
{
    DashboardKpis k;
    auto single = [this, error](const SqlScope &scope, const QString &select, auto &&read) {
        if (QSqlQuery *q = run(scope.sql(select), scope.binds, error)) {
            if (q->next())
                read(*q);
            q->finish();
        }
    };
    SqlScope open = needsScope(filter, false);
    open.require(QStringLiteral("needs.status IN ('received', 'screening', 'accepted', 'matching', "
                                "'matched', 'scheduled')"));
    single(open, QStringLiteral("COUNT(*)"), [&k](QSqlQuery &q) { k.openNeeds = q.value(0).toInt(); });

    SqlScope active = expertsScope(filter);
    active.require(QStringLiteral("experts.status = 'active'"));
    single(active, QStringLiteral("COUNT(*)"), [&k](QSqlQuery &q) { k.activeExperts = q.value(0).toInt(); });

    // The period the dashboard shows, as the evaluations and airfare below (it was the calendar
    // year while the range ran to another year).
    SqlScope inPeriod = missionsScope(filter, true);
    inPeriod.require(QStringLiteral("missions.status <> 'cancelled'"));
    single(inPeriod, QStringLiteral("COUNT(*)"), [&k](QSqlQuery &q) { k.missionsInPeriod = q.value(0).toInt(); });

    SqlScope rated = missionsScope(filter, true);
    rated.from += QLatin1String(" JOIN evaluations AS e ON e.mission_id = missions.id");
    rated.require(QStringLiteral("e.deleted = 0"));
    single(rated, QStringLiteral("AVG(e.rating_overall), COUNT(*)"), [&k](QSqlQuery &q) {
        k.ratingCount = q.value(1).toInt();
        if (k.ratingCount > 0)
            k.meanRating = q.value(0).toDouble();
    });

    SqlScope fares = missionsScope(filter, true);
    fares.require(QStringLiteral("missions.status <> 'cancelled'"));
    fares.require(QStringLiteral("missions.airfare_amount IS NOT NULL"));
    const QString currency = QStringLiteral("COALESCE(NULLIF(missions.airfare_currency, ''), 'USD')");
    if (QSqlQuery *q = run(fares.sql(currency + QLatin1String(", SUM(missions.airfare_amount)"),
                                     QStringLiteral("GROUP BY 1 ORDER BY 1")),
                           fares.binds, error)) {
        while (q->next())
            k.airfare.append({ q->value(0).toString(), q->value(1).toDouble() });
        q->finish();
    }
    return k;
}

bool DashboardAggregates::compute(const DashboardFilter &filter, DashboardData *out, QString *error) const
{
    QString message;
    DashboardData data;
    data.filter = filter;
    data.needsBySector = needsBySector(filter, &message);
    data.expertsByCountry = expertsByCountry(filter, &message);
    data.months = filter.months();
    data.missionStatuses = missionStatuses();
    data.missionsByMonth = missionsByMonth(filter, &message);
    data.fulfilmentByCountry = fulfilmentByCountry(filter, &message);
    data.matrix = sectorCountryMatrix(filter, &message);
    data.kpis = kpis(filter, &message);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    *out = std::move(data);
    return true;
}

} // namespace ed
