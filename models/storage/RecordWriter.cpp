#include "RecordWriter.h"

#include "RecordQuery.h"

namespace ed {

RecordWriter::RecordWriter(const QSqlDatabase &db) : m_db(SqliteStatement::handle(db)) { }

SqliteStatement &RecordWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<SqliteStatement>(m_db, sql)).first;
    return *it->second;
}

bool RecordWriter::begin(QString *error)
{
    SqliteStatement &savepoint = statement(QStringLiteral("SAVEPOINT record_write"));
    if (savepoint.exec())
        return true;
    *error = savepoint.error();
    return false;
}

bool RecordWriter::release(QString *error)
{
    SqliteStatement &release = statement(QStringLiteral("RELEASE record_write"));
    if (release.exec())
        return true;
    *error = release.error();
    return false;
}

void RecordWriter::rollback()
{
    statement(QStringLiteral("ROLLBACK TO record_write")).exec();
    statement(QStringLiteral("RELEASE record_write")).exec();
}

SqliteStatement *RecordWriter::insertStatement(const EntitySpec &spec, const QVariantMap &values, QString *sql)
{
    quint64 mask = 0;
    bool known = spec.fields.size() <= 64;
    for (auto it = values.cbegin(); known && it != values.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        known = field != nullptr;
        if (field)
            mask |= quint64(1) << (field - spec.fields.constData());
    }
    const std::pair<QString, quint64> key(spec.table, mask);
    if (known) {
        if (auto it = m_inserts.find(key); it != m_inserts.end())
            return it->second.get();
    }
    QStringList columns, placeholders;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        columns << RecordQuery::quoted(it.key());
    columns << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("created_by")
            << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("field_hlc");
    for (int i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    *sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
               .arg(spec.table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
    if (!known)
        return nullptr;
    return m_inserts.emplace(key, std::make_unique<SqliteStatement>(m_db, *sql)).first->second.get();
}

bool RecordWriter::insert(const EntitySpec &spec, const QVariantMap &values, const QList<QByteArrayView> &jsonLists,
    const QString &id, const QString &now, const QString &user, const QByteArray &fieldHlc, QString *error)
{
    QString sql;
    SqliteStatement *cached = insertStatement(spec, values, &sql);
    std::unique_ptr<SqliteStatement> once;
    if (!cached)
        once = std::make_unique<SqliteStatement>(m_db, sql);
    SqliteStatement &row = cached ? *cached : *once;
    int index = 1;
    qsizetype list = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++index) {
        const FieldSpec *field = spec.field(it.key());
        if (field && field->kind == FieldKind::Json)
            row.bindText(index, jsonLists.value(list++));
        else if (field && field->kind == FieldKind::Bool && !it.value().isNull())
            row.bindInt(index, it.value().toBool() ? 1 : 0);
        else
            row.bind(index, it.value()); // RecordCodec::toSql leaves these as they are
    }
    row.bindText(index++, id);
    row.bindText(index++, now);
    row.bindText(index++, user);
    row.bindText(index++, now);
    row.bindText(index++, user);
    row.bindText(index, fieldHlc);
    if (row.exec())
        return true;
    *error = row.error();
    return false;
}

bool RecordWriter::outbox(const QString &mutationId, const QString &table, const QString &rowId, const QString &op,
    const QByteArray &changes, qint64 baseVersion, const QString &hlc, const QString &now, QString *error)
{
    SqliteStatement &entry = statement(QStringLiteral(
        "INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, base_version, hlc, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    entry.bindText(1, mutationId);
    entry.bindText(2, table);
    entry.bindText(3, rowId);
    entry.bindText(4, op);
    entry.bindText(5, changes);
    entry.bindInt(6, baseVersion);
    entry.bindText(7, hlc);
    entry.bindText(8, now);
    if (entry.exec())
        return true;
    *error = entry.error();
    return false;
}

bool RecordWriter::storeHlc(const QString &hlc, QString *error)
{
    SqliteStatement &state = statement(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('hlc', ?) "
                                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    state.bindText(1, hlc);
    if (state.exec())
        return true;
    *error = state.error();
    return false;
}

} // namespace ed
