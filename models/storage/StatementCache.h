#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ed {

// Prepared statements of one connection, prepared on first use and reused: for the short
// statements of sync (one row in, one row out) preparing costs as much as running them.
// Qt's SQL drivers keep no such cache themselves. Use from the connection's thread only.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) { }

    // The statement for sql, ready to bind (addBindValue restarts after each exec()). A statement
    // that fails to prepare is returned too, but not kept (the next call tries again); its exec()
    // then fails with the prepare error.
    QSqlQuery &prepared(const QString &sql);

    QSqlDatabase database() const { return m_db; }
    // Ends every statement's reading (before a commit), keeping them prepared.
    void finish();
    void clear() { m_statements.clear(); }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery m_failed;
};

} // namespace ed
