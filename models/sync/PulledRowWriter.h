#pragma once

#include "SyncProtocol.h"
#include "domain/Schema.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace ed::sync {

// Writes pulled rows that have no local edits to protect, straight from the server's stored JSON
// text: SQLite takes each field out with json_extract (in C), so no QVariant is made per field.
// It talks to SQLite's C API on the connection's own handle (QSqlDriver::handle()): for this
// statement QSqlQuery spent ~10 µs per row on its bindings against SQLite's 6 µs of work
// (bench_sync_client, docs/BENCHMARKS.md), and it cannot reuse a numbered parameter (?n, the
// fields text, is read once per field). A table with a full-text index has its rows indexed
// once per page, not by its triggers row by row (see fullTextIndex(), storage/Migrations.h).
// Results are those of SyncStore::upsertRow(): a missing or null field gets its default, a list
// column its JSON text ("[]" when absent), true and false become 1 and 0. Use from the
// connection's thread only.
class PulledRowWriter
{
public:
    explicit PulledRowWriter(QSqlDatabase db);
    ~PulledRowWriter();
    PulledRowWriter(const PulledRowWriter &) = delete;
    PulledRowWriter &operator=(const PulledRowWriter &) = delete;

    // False when the connection is not a Qt SQLite one: then the caller writes the rows itself.
    bool isValid() const { return m_db != nullptr; }
    // Rows of `spec`'s table, written in their order, inside the caller's transaction.
    bool write(const EntitySpec &spec, const QList<const PulledRow *> &rows, QString *error);

private:
    sqlite3_stmt *upsert(const EntitySpec &spec, QString *error);
    bool writeRow(sqlite3_stmt *upsert, int fieldCount, const PulledRow &row);
    // Runs a page-level statement with one text parameter.
    bool run(const QString &sql, const QByteArray &parameter, QString *error);

    QSqlDatabase m_connection; // keeps the handle alive
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements; // table or page-level SQL → prepared statement
};

} // namespace ed::sync
