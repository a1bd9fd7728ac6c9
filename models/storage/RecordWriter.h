#pragma once

#include "SqliteStatement.h"
#include "domain/Schema.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include <map>
#include <memory>

namespace ed {

// The statements RecordRepository runs for every write, on SQLite's C API (SqliteStatement):
// the savepoint that makes a write all or nothing, an insert's row, the outbox entry and the
// stored clock. An import writes these once per row, and through QSqlQuery their bindings cost
// more than SQLite's work (docs/BENCHMARKS.md). Use from the connection's thread only.
class RecordWriter
{
public:
    explicit RecordWriter(const QSqlDatabase &db);
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    // SAVEPOINT record_write, then RELEASE it, or take everything since back.
    bool begin(QString *error);
    bool release(QString *error);
    void rollback();

    // The row of an insert: `values` by their column, in the map's order (RecordCodec::toSql's
    // stored form), then the id, the creation and update stamps and the field clock. A JSON
    // list is bound from `jsonLists`, the texts of the list fields in the order they come.
    bool insert(const EntitySpec &spec, const QVariantMap &values, const QList<QByteArrayView> &jsonLists,
        const QString &id, const QString &now, const QString &user, const QByteArray &fieldHlc, QString *error);
    bool outbox(const QString &mutationId, const QString &table, const QString &rowId, const QString &op,
        const QByteArray &changes, qint64 baseVersion, const QString &hlc, const QString &now, QString *error);
    bool storeHlc(const QString &hlc, QString *error);

private:
    SqliteStatement &statement(const QString &sql);
    // Cached by table and set of fields; null (and `sql` set) for a set that cannot be keyed.
    SqliteStatement *insertStatement(const EntitySpec &spec, const QVariantMap &values, QString *sql);

    sqlite3 *m_db;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
    // By table and the set of fields given (a bit per field of the spec): hashing the SQL text
    // cost more per row than binding it.
    std::map<std::pair<QString, quint64>, std::unique_ptr<SqliteStatement>> m_inserts;
};

} // namespace ed
