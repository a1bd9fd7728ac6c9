#pragma once

#include "FairMutex.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ed {
class StatementCache;
}

namespace ed::server {

// The server's store: SQLite (one file) or PostgreSQL (a libpq connection string). Every
// worker thread of the HTTP pool gets its own QtSql connection, opened on first use, because a
// QSqlDatabase must only be used by the thread that opened it. Writes that take a change_seq are
// serialised by writeLock(), so change_seq commits in order and pull never skips a change;
// writers get the lock in the order they asked for it.
class ServerDatabase {
public:
    enum class Backend { Sqlite, Postgres };
    enum class Status { Ok, CannotOpen, TooNew, MigrationFailed };

    ServerDatabase(Backend backend, QString target);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Connects on the calling thread and brings the schema up to date.
    Status open(QString *error);
    // The calling thread's connection (opened if needed); check isOpen() on failure.
    QSqlDatabase connection() const;
    // The calling thread's prepared statements on that connection, kept from one request to
    // the next (a push prepared ten statements each time: a twentieth of its time).
    StatementCache &statements() const;
    Backend backend() const { return m_backend; }
    FairMutex &writeLock() { return m_writeLock; }

    static int latestSchemaVersion();
    int schemaVersion() const;

    // meta (key → value) on the calling thread's connection, inside any open transaction.
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value) const;

    // libpq "key=value ..." → QPSQL settings; unknown keys go to the connect options.
    static bool applyConnInfo(QSqlDatabase &db, const QString &connInfo, QString *error);

private:
    QSqlDatabase openConnection(QString *error) const;
    void checkpointLoop();

    Backend m_backend;
    QString m_target;
    FairMutex m_writeLock;
    // SQLite: the WAL checkpoints, off the write path (checkpointLoop).
    std::thread m_checkpointer;
    std::mutex m_stopMutex;
    std::condition_variable m_stopSignal;
    bool m_stopping = false;
};

} // namespace ed::server
