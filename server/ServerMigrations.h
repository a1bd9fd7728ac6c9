#pragma once

#include <QList>
#include <QStringList>

namespace ed::server {

// One numbered step of the server schema. Append-only, like models/storage/Migrations.cpp; the
// statements are plain SQL that SQLite and PostgreSQL both accept.
struct ServerMigration {
    int version;
    QStringList statements;
};

const QList<ServerMigration> &serverMigrations();

} // namespace ed::server
