#pragma once

#include "Database.h"
#include "RecordRepository.h"
#include "ReferenceData.h"

#include <memory>

namespace ed {

class Clock;

// Everything an executable needs to work on one local database: the connection, the reference
// data and the repository, opened in that order. The GUI and the CLI both start here.
class Workspace
{
public:
    Workspace();
    ~Workspace();

    // Opens (creating and migrating if needed) the database at `path`.
    bool open(const QString &path, QString *error, const Clock *clock = nullptr);

    Database &database() { return *m_database; }
    RecordRepository &repository() { return *m_repository; }
    const ReferenceData &reference() const { return m_reference; }

    // Organisation, name and version every executable sets first, so they all find the same
    // settings and default database (AppDataLocation).
    static void setApplicationIdentity();
    // <AppDataLocation>/expertdesk.sqlite; the folder is created if missing.
    static QString defaultDatabasePath();
    // The name stamped into created_by/updated_by: the OS login name until sync signs a user in.
    static QString localUserName();

private:
    std::unique_ptr<Database> m_database;
    ReferenceData m_reference;
    std::unique_ptr<RecordRepository> m_repository;
};

} // namespace ed
