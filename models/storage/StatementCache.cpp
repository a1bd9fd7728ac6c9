#include "StatementCache.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ed {

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        qWarning().noquote() << "cannot prepare" << sql.left(120) << query.lastError().text();
        m_failed = std::move(query);
        return m_failed;
    }
    return *m_statements.emplace(sql, std::move(query));
}

void StatementCache::finish()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
}

} // namespace ed
