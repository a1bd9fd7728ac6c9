#include "StatementCache.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ed {

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            qWarning().noquote() << "cannot prepare" << sql.left(120) << query.lastError().text();
        it = m_statements.insert(sql, query);
    }
    return *it;
}

} // namespace ed
