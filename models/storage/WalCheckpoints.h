#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ed {

// While it lives, the connection copies its write-ahead log into the database every `pages`
// pages rather than SQLite's 1000 (4 MB); at its end the old setting is back and what the log
// holds is copied (a passive checkpoint: readers are not waited for). For bulk writes: an
// import's batch of 500 rows dirties more than 1000 pages, so each commit was followed by a
// checkpoint and its two fsyncs, and index pages changed by every batch were copied every time.
// The log may grow to `pages` plus one transaction meanwhile (Database cuts it back to 64 MB when
// it next starts over). Committed transactions are as safe in the log as in the database: a
// process killed meanwhile loses nothing it committed, and fsyncs still precede every checkpoint.
class WalCheckpoints
{
public:
    WalCheckpoints(QSqlDatabase db, int pages) : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next())
            m_previous = query.value(0).toInt();
        if (m_previous >= 0)
            query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
    }
    ~WalCheckpoints()
    {
        if (m_previous < 0)
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previous));
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    WalCheckpoints(const WalCheckpoints &) = delete;
    WalCheckpoints &operator=(const WalCheckpoints &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1;
};

} // namespace ed
