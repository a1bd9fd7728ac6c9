#pragma once

#include "SyncProtocol.h"
#include "domain/Schema.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace ed::sync {

// Writes pulled rows that have no local edits to protect, straight from the server's stored JSON
// text: SQLite takes each field out with json_extract (in C), so no QVariant is made per field.
// It talks to SQLite's C API on the connection's own handle (QSqlDriver::handle()): for this
// statement QSqlQuery spent ~10 µs per row on its bindings against SQLite's 6 µs of work
// (bench_sync_client, docs/BENCHMARKS.md), and it cannot reuse a numbered parameter (?n, the
// fields text, is read once per field). Rows of a table with a full-text index go 64 to a
// statement: SQLite 3.40's FTS5 writes its pending terms out at every statement that opens a
// statement journal (its xSavepoint), so one row per statement made one index segment per
// expert or need (experts 28 000 → 37 000 a second; larger batches were slower).
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
    // Rows of `spec`'s table, written in their order.
    bool write(const EntitySpec &spec, const QList<const PulledRow *> &rows, QString *error);

private:
    // Rows per statement, largest first; tables with a full-text index only.
    static constexpr std::array<int, 3> kBatchSizes { 64, 8, 1 };
    sqlite3_stmt *statement(const EntitySpec &spec, int rows, QString *error);
    bool writeBatch(sqlite3_stmt *upsert, int fieldCount, const PulledRow *const *rows, int count);

    QSqlDatabase m_connection; // keeps the handle alive
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements; // "table/rows" → prepared upsert, defaults bound
};

} // namespace ed::sync
