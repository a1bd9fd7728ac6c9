#pragma once

#include "TestDatabase.h"

#include "domain/Schema.h"
#include "io/DemoData.h"
#include "reporting/DashboardFilter.h"

#include <QSqlError>
#include <QSqlQuery>

// Demo data (300 experts, anchored on the test clock's day) shaped for the dashboard: needs get
// submission days spread over two years, since the generator stamps them all "now", and a few
// records of each kind are deleted, so the figures must skip tombstones.
namespace DashboardFixture {

inline const QDate kToday(2026, 11, 22);

inline bool exec(TestDatabase &t, const QString &sql)
{
    QSqlQuery query(t.database->connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

inline bool seed(TestDatabase &t, int experts = 300)
{
    ed::DemoOptions options;
    options.experts = experts;
    options.today = kToday;
    QString error;
    if (!ed::DemoData::generate(*t.repository, options, {}, &error)) {
        qWarning() << error;
        return false;
    }
    // Deterministic spread: rid walks the days back from the anchor (0…729 days).
    if (!exec(t, QStringLiteral("UPDATE needs SET created_at = strftime('%Y-%m-%dT08:00:00.000Z', "
                                "'2026-11-22', '-' || ((rid * 37) % 730) || ' days')")))
        return false;
    for (const char *table : { "experts", "needs", "missions", "evaluations" }) {
        if (!exec(t, QStringLiteral("UPDATE %1 SET deleted = 1 WHERE rid % 29 = 3").arg(QLatin1String(table))))
            return false;
    }
    return true;
}

inline ed::DashboardFilter defaultFilter()
{
    return ed::DashboardFilter::defaultRange(kToday);
}

} // namespace DashboardFixture
