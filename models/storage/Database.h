#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ed {

// The local SQLite replica: opens one connection per thread (SQLite connections must not be
// shared across threads), sets WAL and applies the numbered migrations in Migrations.cpp.
class Database
{
public:
    enum class Status { Ok, CannotOpen, TooNew, MigrationFailed };

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the calling thread's connection and brings the schema up to date.
    Status open(QString *error);
    // The calling thread's connection; open() must have succeeded on some thread first.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    static int latestSchemaVersion();
    int schemaVersion() const;
    // The stable id of this replica (created on first open), used by sync and the HLC.
    QString clientId() const;

private:
    QString connectionName() const;
    QSqlDatabase openConnection(QString *error) const;

    QString m_path;
};

} // namespace ed
