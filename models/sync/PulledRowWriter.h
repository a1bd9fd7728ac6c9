#pragma once

#include "SyncProtocol.h"
#include "domain/Schema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace ed::sync {

// Writes pulled rows that have no local edits to protect, straight from the server's stored JSON
// text: SQLite takes each field out with json_extract (in C), so no QVariant is made per field.
// It talks to SQLite's C API on the connection's own handle (QSqlDriver::handle()): for this
// statement QSqlQuery spent ~10 µs per row on its bindings against SQLite's 6 µs of work
// (bench_sync_client, docs/BENCHMARKS.md), and it cannot reuse a numbered parameter (?9 is the
// fields text, read once per field). Results are those of SyncStore::upsertRow(): a missing or
// null field gets its default, a list column its JSON text ("[]" when absent), true and false
// become 1 and 0. Use from the connection's thread only.
class PulledRowWriter
{
public:
    explicit PulledRowWriter(QSqlDatabase db);
    ~PulledRowWriter();
    PulledRowWriter(const PulledRowWriter &) = delete;
    PulledRowWriter &operator=(const PulledRowWriter &) = delete;

    // False when the connection is not a Qt SQLite one: then the caller writes the rows itself.
    bool isValid() const { return m_db != nullptr; }
    bool write(const EntitySpec &spec, const PulledRow &row, QString *error);

private:
    sqlite3_stmt *statement(const EntitySpec &spec, QString *error);

    QSqlDatabase m_connection; // keeps the handle alive
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements; // table → prepared upsert, defaults bound
};

} // namespace ed::sync
