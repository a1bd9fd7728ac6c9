#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ed::sync {

// BEGIN IMMEDIATE rather than QSqlDatabase::transaction()'s deferred BEGIN: the sync engine
// reads then writes while the UI thread writes too, and a deferred transaction that must
// upgrade its lock fails at once with SQLITE_BUSY instead of waiting for the busy timeout.
class SyncTransaction {
public:
    explicit SyncTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~SyncTransaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    SyncTransaction(const SyncTransaction &) = delete;
    SyncTransaction &operator=(const SyncTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery commit(m_db);
        m_active = false;
        if (commit.exec(QStringLiteral("COMMIT")))
            return true;
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ed::sync
