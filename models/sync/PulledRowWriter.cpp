#include "PulledRowWriter.h"

#include "storage/Migrations.h"
#include "storage/RecordCodec.h"
#include "storage/RecordQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QStringList>

#include <sqlite3.h>

namespace ed::sync {

namespace {

    // The fields' defaults come first (?1..?fieldCount, bound once), then the row: its id, seven
    // system columns and the fields text.
    const char *const kSystemColumns[] = { "server_version", "deleted", "created_at", "created_by",
        "updated_at", "updated_by", "field_hlc" };
    constexpr int kRowParameters = 9;

    QString sqliteError(sqlite3 *db)
    {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }

    // SQLITE_STATIC: the text outlives the statement's step (reset follows right after).
    int bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
    {
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }

    int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
    {
        if (!value.isValid() || value.isNull())
            return sqlite3_bind_null(statement, index);
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::LongLong:
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(statement, index, value.toDouble());
        default: {
            const QString text = value.toString();
            return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        }
        }
    }

} // namespace

PulledRowWriter::PulledRowWriter(QSqlDatabase db) : m_connection(std::move(db))
{
    const QVariant handle = m_connection.driver() ? m_connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

PulledRowWriter::~PulledRowWriter()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

sqlite3_stmt *PulledRowWriter::upsert(const EntitySpec &spec, QString *error)
{
    if (sqlite3_stmt *cached = m_statements.value(spec.table))
        return cached;
    QStringList columns { QStringLiteral("id") };
    for (const char *column : kSystemColumns)
        columns << QLatin1String(column);
    const int fieldCount = int(spec.fields.size());
    QStringList values;
    for (int i = 1; i <= kRowParameters - 1; ++i)
        values << QStringLiteral("?%1").arg(fieldCount + i);
    const QString fields = QStringLiteral("?%1").arg(fieldCount + kRowParameters);
    for (int f = 0; f < fieldCount; ++f) {
        const FieldSpec &field = spec.fields.at(f);
        columns << RecordQuery::quoted(field.name);
        const QString path = QStringLiteral("'$.\"%1\"'").arg(field.name);
        values << (field.kind == FieldKind::Json
                ? QStringLiteral("CASE json_type(%1, %2) WHEN 'array' THEN json_extract(%1, %2) ELSE ?%3 END")
                : QStringLiteral("COALESCE(json_extract(%1, %2), ?%3)"))
                      .arg(fields, path)
                      .arg(f + 1);
    }
    QStringList updates;
    for (int i = 1; i < columns.size(); ++i)
        updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(i));
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                                   .arg(spec.table, columns.join(QLatin1String(", ")),
                                       values.join(QLatin1String(", ")), updates.join(QLatin1String(", ")))
                                   .toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        *error = sqliteError(m_db);
        sqlite3_finalize(prepared);
        return nullptr;
    }
    // Bindings survive sqlite3_reset(): the defaults are bound once.
    for (int f = 0; f < fieldCount; ++f) {
        const FieldSpec &field = spec.fields.at(f);
        if (bindValue(prepared, f + 1, RecordCodec::toSql(field, field.defaultValue)) != SQLITE_OK) {
            *error = sqliteError(m_db);
            sqlite3_finalize(prepared);
            return nullptr;
        }
    }
    m_statements.insert(spec.table, prepared);
    return prepared;
}

bool PulledRowWriter::run(const QString &sql, const QByteArray &parameter, QString *error)
{
    sqlite3_stmt *statement = m_statements.value(sql);
    if (!statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
            *error = sqliteError(m_db);
            sqlite3_finalize(statement);
            return false;
        }
        m_statements.insert(sql, statement);
    }
    const int status = bindText(statement, 1, parameter) == SQLITE_OK ? sqlite3_step(statement) : SQLITE_ERROR;
    if (status != SQLITE_DONE)
        *error = sqliteError(m_db);
    sqlite3_reset(statement);
    return status == SQLITE_DONE;
}

bool PulledRowWriter::write(const EntitySpec &spec, const QList<const PulledRow *> &rows, QString *error)
{
    sqlite3_stmt *statement = upsert(spec, error);
    if (!statement)
        return false;
    // A full-text index is taken off the page's rows before they change and put back after:
    // two statements for the page instead of the triggers' work row by row.
    const FullTextIndex *fts = fullTextIndex(spec.table);
    const QByteArray table = spec.table.toUtf8();
    QByteArray ids;
    if (fts) {
        QJsonArray list;
        for (const PulledRow *row : rows)
            list.append(QString::fromUtf8(row->id));
        ids = QJsonDocument(list).toJson(QJsonDocument::Compact);
        if (!run(fts->unindexRows, ids, error)
            || !run(QStringLiteral("INSERT INTO fts_paused (table_name) VALUES (?1)"), table, error))
            return false;
    }
    const int fieldCount = int(spec.fields.size());
    for (const PulledRow *row : rows) {
        if (!writeRow(statement, fieldCount, *row)) {
            *error = sqliteError(m_db);
            return false;
        }
    }
    return !fts
        || (run(fts->indexRows, ids, error)
            && run(QStringLiteral("DELETE FROM fts_paused WHERE table_name = ?1"), table, error));
}

bool PulledRowWriter::writeRow(sqlite3_stmt *upsert, int fieldCount, const PulledRow &row)
{
    static const QByteArray kNoFields = QByteArrayLiteral("{}");
    const int base = fieldCount;
    const bool bound = bindText(upsert, base + 1, row.id) == SQLITE_OK
        && sqlite3_bind_int64(upsert, base + 2, row.version) == SQLITE_OK
        && sqlite3_bind_int(upsert, base + 3, row.deleted ? 1 : 0) == SQLITE_OK
        && bindText(upsert, base + 4, row.createdAt) == SQLITE_OK
        && bindText(upsert, base + 5, row.createdBy) == SQLITE_OK
        && bindText(upsert, base + 6, row.updatedAt) == SQLITE_OK
        && bindText(upsert, base + 7, row.updatedBy) == SQLITE_OK
        && bindText(upsert, base + 8, row.fieldHlcJson.isEmpty() ? kNoFields : row.fieldHlcJson) == SQLITE_OK
        && bindText(upsert, base + 9, row.fieldsJson.isEmpty() ? kNoFields : row.fieldsJson) == SQLITE_OK;
    const int status = bound ? sqlite3_step(upsert) : SQLITE_ERROR;
    sqlite3_reset(upsert);
    return status == SQLITE_DONE;
}

} // namespace ed::sync
