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

// A table's full-text index, normally kept by triggers. For writing many rows at once (a pulled
// page), the triggers stand aside while a row of fts_paused names the table, and these two
// statements take the rows out of the index before they are written and put them back after;
// ?1 is a JSON array of the rows' ids.
struct FullTextIndex
{
    QString table;
    QString unindexRows;
    QString indexRows;
};
// Null for a table without a full-text index.
const FullTextIndex *fullTextIndex(const QString &table);

// Runs the statements of one step in order; returns what went wrong (empty on success).
// Shared by the client's and the server's schema steps.
QString runMigrationStatements(QSqlDatabase &db, const QStringList &statements);

} // namespace ed
