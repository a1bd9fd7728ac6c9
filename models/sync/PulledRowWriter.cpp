#include "PulledRowWriter.h"

#include "storage/RecordCodec.h"
#include "storage/RecordQuery.h"

#include <QSqlDriver>
#include <QStringList>

#include <sqlite3.h>

namespace ed::sync {

namespace {

    // The system columns in the order of their parameters ?2..?8 (?1 is the id, ?9 the fields).
    const char *const kSystemColumns[] = { "server_version", "deleted", "created_at", "created_by",
        "updated_at", "updated_by", "field_hlc" };
    constexpr int kFieldsParameter = 9;

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

sqlite3_stmt *PulledRowWriter::statement(const EntitySpec &spec, QString *error)
{
    if (sqlite3_stmt *cached = m_statements.value(spec.table))
        return cached;
    QStringList columns { QStringLiteral("id") };
    for (const char *column : kSystemColumns)
        columns << QLatin1String(column);
    QStringList values;
    for (int i = 1; i <= columns.size(); ++i)
        values << QStringLiteral("?%1").arg(i);
    QVariantList defaults;
    int parameter = kFieldsParameter + 1;
    for (const FieldSpec &field : spec.fields) {
        columns << RecordQuery::quoted(field.name);
        const QString path = QStringLiteral("'$.\"%1\"'").arg(field.name);
        values << (field.kind == FieldKind::Json
                ? QStringLiteral("CASE json_type(?9, %1) WHEN 'array' THEN json_extract(?9, %1) ELSE ?%2 END")
                : QStringLiteral("COALESCE(json_extract(?9, %1), ?%2)"))
                          .arg(path)
                          .arg(parameter++);
        defaults << RecordCodec::toSql(field, field.defaultValue);
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
    for (int i = 0; i < defaults.size(); ++i) {
        if (bindValue(prepared, kFieldsParameter + 1 + i, defaults.at(i)) != SQLITE_OK) {
            *error = sqliteError(m_db);
            sqlite3_finalize(prepared);
            return nullptr;
        }
    }
    m_statements.insert(spec.table, prepared);
    return prepared;
}

bool PulledRowWriter::write(const EntitySpec &spec, const PulledRow &row, QString *error)
{
    sqlite3_stmt *upsert = statement(spec, error);
    if (!upsert)
        return false;
    static const QByteArray kNoFields = QByteArrayLiteral("{}");
    const bool bound = bindText(upsert, 1, row.id) == SQLITE_OK
        && sqlite3_bind_int64(upsert, 2, row.version) == SQLITE_OK
        && sqlite3_bind_int(upsert, 3, row.deleted ? 1 : 0) == SQLITE_OK
        && bindText(upsert, 4, row.createdAt) == SQLITE_OK
        && bindText(upsert, 5, row.createdBy) == SQLITE_OK
        && bindText(upsert, 6, row.updatedAt) == SQLITE_OK
        && bindText(upsert, 7, row.updatedBy) == SQLITE_OK
        && bindText(upsert, 8, row.fieldHlcJson.isEmpty() ? kNoFields : row.fieldHlcJson) == SQLITE_OK
        && bindText(upsert, kFieldsParameter, row.fieldsJson.isEmpty() ? kNoFields : row.fieldsJson) == SQLITE_OK;
    const int status = bound ? sqlite3_step(upsert) : SQLITE_ERROR;
    if (status != SQLITE_DONE)
        *error = sqliteError(m_db);
    sqlite3_reset(upsert);
    return status == SQLITE_DONE;
}

} // namespace ed::sync
