#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace ed {

// One numbered step of the schema. Steps are append-only: never edit one that has shipped;
// add the next. Each runs inside the transaction that also records its version.
struct Migration
{
    int version;
    QStringList statements;
    std::function<bool(QSqlDatabase &, QString *error)> afterStatements;
};

const QList<Migration> &migrations();

// Runs the statements of one step in order; returns what went wrong (empty on success).
// Shared by the client's and the server's schema steps.
QString runMigrationStatements(QSqlDatabase &db, const QStringList &statements);

} // namespace ed
