// SyncStore: applying what the server sends (pull pages, answers to pushes) to local rows.
#include "SyncStore.h"

#include "PulledRowWriter.h"
#include "SyncTransaction.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/RecordCodec.h"
#include "storage/RecordQuery.h"
#include "sync/Hlc.h"

#include <QJsonDocument>

#include <algorithm>
#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

namespace {

    const QStringList kSystemColumns
        = { QStringLiteral("server_version"), QStringLiteral("deleted"),
              QStringLiteral("created_at"), QStringLiteral("created_by"),
              QStringLiteral("updated_at"), QStringLiteral("updated_by"),
              QStringLiteral("field_hlc") };

    QString hlcText(const QMap<QString, QString> &hlcs)
    {
        QJsonObject object;
        for (auto it = hlcs.cbegin(); it != hlcs.cend(); ++it)
            object.insert(it.key(), it.value());
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    QVariant sqlValue(const FieldSpec &field, const RowChange &change)
    {
        const auto it = change.fields.constFind(field.name);
        return storedForm(field, it == change.fields.cend() ? nullptr : &*it);
    }

} // namespace

QSet<QString> SyncStore::dirtyFields(const QString &table, const QString &id) const
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT changes FROM outbox WHERE table_name = ? AND row_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    QSet<QString> fields;
    if (exec(query, nullptr)) {
        while (query.next()) {
            const QJsonObject changes
                = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                fields.insert(it.key());
        }
    }
    query.finish();
    return fields;
}

bool SyncStore::loadDirty(DirtyMap *out, QString *error) const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT table_name, row_id, changes FROM outbox"));
    if (!exec(query, error))
        return false;
    while (query.next()) {
        QSet<QString> &fields = (*out)[query.value(0).toString()][query.value(1).toString()];
        const QJsonObject changes
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            fields.insert(it.key());
    }
    query.finish();
    return true;
}

bool SyncStore::upsertRow(const EntitySpec &spec, const RowChange &change, QString *error)
{
    // The statement text is built once per table (it was rebuilt for every pulled row).
    auto sql = m_upsertSql.constFind(spec.table);
    if (sql == m_upsertSql.cend()) {
        QStringList columns { QStringLiteral("id") };
        columns << kSystemColumns;
        for (const FieldSpec &field : spec.fields)
            columns << RecordQuery::quoted(field.name);
        QStringList updates;
        for (int i = 1; i < columns.size(); ++i)
            updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(i));
        sql = m_upsertSql.insert(spec.table,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                .arg(spec.table, columns.join(QLatin1String(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")),
                    updates.join(QLatin1String(", "))));
    }
    QSqlQuery &query = prepared(*sql);
    for (const QVariant &value : { QVariant(change.id), QVariant(change.version),
             QVariant(change.deleted ? 1 : 0), QVariant(change.createdAt),
             QVariant(change.createdBy), QVariant(change.updatedAt), QVariant(change.updatedBy),
             QVariant(hlcText(change.fieldHlc)) })
        query.addBindValue(value);
    for (const FieldSpec &field : spec.fields)
        query.addBindValue(sqlValue(field, change));
    return exec(query, error);
}

bool SyncStore::updateFields(const EntitySpec &spec, const QString &id, const QVariantMap &values,
    const QString &fieldHlc, qint64 serverVersion, QString *error)
{
    // Built per call: the column set depends on which fields are dirty, which is rare.
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("deleted")) {
            sets << QStringLiteral("deleted = ?");
            binds << (it->toBool() ? 1 : 0);
        } else if (const FieldSpec *field = spec.field(it.key())) {
            sets << RecordQuery::quoted(field->name) + QStringLiteral(" = ?");
            binds << RecordCodec::toSql(*field, *it);
        }
    }
    if (!fieldHlc.isEmpty()) {
        sets << QStringLiteral("field_hlc = ?");
        binds << fieldHlc;
    }
    if (serverVersion >= 0) {
        sets << QStringLiteral("server_version = ?");
        binds << serverVersion;
    }
    if (sets.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, sets.join(QLatin1String(", "))));
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(id);
    return exec(query, error);
}

bool SyncStore::applyRow(const EntitySpec &spec, const RowChange &change, bool anyOutbox,
    QString *error, const DirtyMap *dirtyMap)
{
    const QSet<QString> dirty = !anyOutbox ? QSet<QString>()
        : dirtyMap ? dirtyMap->value(spec.table).value(change.id)
                   : dirtyFields(spec.table, change.id);
    if (dirty.isEmpty()) {
        if (!upsertRow(spec, change, error))
            return false;
        if (!anyOutbox)
            return true; // no outbox, no shadows: the common case of a big pull stays one statement
        QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM sync_shadow WHERE table_name = ? AND row_id = ?"));
        drop.addBindValue(spec.table);
        drop.addBindValue(change.id);
        return exec(drop, error);
    }
    // Unpushed local edits win locally until the server has answered them; keep the server's
    // copy so the answer can put it back if the server did not take them (conflict, lost LWW).
    QSqlQuery &shadow = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO sync_shadow (table_name, row_id, version, row_json) VALUES (?, ?, ?, ?)"));
    shadow.addBindValue(spec.table);
    shadow.addBindValue(change.id);
    shadow.addBindValue(change.version);
    shadow.addBindValue(QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact)));
    if (!exec(shadow, error))
        return false;
    QSqlQuery &local = prepared(QStringLiteral("SELECT field_hlc FROM %1 WHERE id = ?").arg(spec.table));
    local.addBindValue(change.id);
    QJsonObject hlcs;
    if (exec(local, error) && local.next())
        hlcs = QJsonDocument::fromJson(local.value(0).toString().toUtf8()).object();
    local.finish();
    QVariantMap values;
    for (const FieldSpec &field : spec.fields) {
        if (dirty.contains(field.name))
            continue;
        values.insert(field.name, change.fields.value(field.name));
        if (change.fieldHlc.contains(field.name))
            hlcs.insert(field.name, change.fieldHlc.value(field.name));
    }
    if (!dirty.contains(QStringLiteral("deleted")))
        values.insert(QStringLiteral("deleted"), change.deleted);
    return updateFields(spec, change.id, values,
        QString::fromUtf8(QJsonDocument(hlcs).toJson(QJsonDocument::Compact)), change.version, error);
}

bool SyncStore::afterAnswer(const QString &table, const QString &id, const MutationResult &result, QString *error)
{
    const EntitySpec *spec = Schema::find(table);
    if (!spec || spec->table != table || !dirtyFields(table, id).isEmpty())
        return true; // newer local edits are still pending: their answer will settle the row
    QSqlQuery &shadow = prepared(QStringLiteral("SELECT version, row_json FROM sync_shadow WHERE table_name = ? AND row_id = ?"));
    shadow.addBindValue(table);
    shadow.addBindValue(id);
    qint64 shadowVersion = -1;
    QString json;
    if (exec(shadow, error) && shadow.next()) {
        shadowVersion = shadow.value(0).toLongLong();
        json = shadow.value(1).toString();
    }
    shadow.finish();
    if (shadowVersion >= 0 && result.changeSeq == 0 && shadowVersion >= result.serverVersion) {
        // The server changed nothing, so the copy pulled while we were dirty is its state.
        const RowChange change = RowChange::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        return applyRow(*spec, change, true, error);
    }
    if (shadowVersion >= 0) {
        QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM sync_shadow WHERE table_name = ? AND row_id = ?"));
        drop.addBindValue(table);
        drop.addBindValue(id);
        if (!exec(drop, error))
            return false;
    }
    if (result.serverVersion <= 0)
        return true;
    QSqlQuery &version = prepared(QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ? AND server_version < ?").arg(table));
    version.addBindValue(result.serverVersion);
    version.addBindValue(id);
    version.addBindValue(result.serverVersion);
    return exec(version, error);
}

bool SyncStore::revert(const Mutation &mutation, QString *error)
{
    // A refused edit would leave this copy different from every other one for ever; it is kept in
    // the failed changes, so the row goes back to what it was before it.
    const EntitySpec *spec = Schema::find(mutation.table);
    if (!spec || spec->table != mutation.table || mutation.op == MutationOp::Insert)
        return true;
    const QSet<QString> later = dirtyFields(mutation.table, mutation.rowId);
    QVariantMap values;
    for (auto it = mutation.changes.cbegin(); it != mutation.changes.cend(); ++it)
        if (!later.contains(it.key()))
            values.insert(it.key(), it->oldValue);
    return updateFields(*spec, mutation.rowId, values, {}, -1, error);
}

bool SyncStore::observe(const QList<RowChange> &changes, QString *error)
{
    Hlc newest;
    for (const RowChange &change : changes)
        for (const QString &text : change.fieldHlc) {
            const Hlc hlc = Hlc::fromString(text);
            if (newest < hlc)
                newest = hlc;
        }
    return observe(newest, error);
}

bool SyncStore::observe(const Hlc &newest, QString *error)
{
    if (newest.isNull())
        return true;
    HlcClock clock(clientId(), Hlc::fromString(state(QStringLiteral("hlc"))));
    clock.observe(newest, m_clock.nowMs());
    if (!setState(QStringLiteral("hlc"), clock.last().toString())) {
        *error = tr("Cannot store the clock of this copy.");
        return false;
    }
    return true;
}

bool SyncStore::applyPullPage(const PullResponse &page, QString *error)
{
    SyncTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    // Read inside the transaction: an edit made meanwhile by the UI is either before it or after.
    const bool anyOutbox = outboxCount() > 0;
    // One read of the outbox for the page instead of one query per pulled row.
    DirtyMap dirty;
    if (anyOutbox && !loadDirty(&dirty, error))
        return false;
    for (const RowChange &change : page.changes) {
        const EntitySpec *spec = Schema::find(change.table);
        if (!spec || spec->table != change.table) {
            qCWarning(lcSync) << "pulled a row of an unknown table" << change.table;
            continue;
        }
        if (!applyRow(*spec, change, anyOutbox, error, &dirty))
            return false;
    }
    // With local edits waiting, each row goes the careful way (dirty fields, shadows); without,
    // a table's rows go to SQLite together (PulledRowWriter). A page holds each row once, so
    // grouping by table keeps every row's outcome.
    if (!anyOutbox && !m_rowWriter)
        m_rowWriter = std::make_unique<PulledRowWriter>(m_database.connection());
    const bool together = !anyOutbox && m_rowWriter->isValid();
    QList<QPair<const EntitySpec *, QList<const PulledRow *>>> byTable;
    for (const PulledRow &row : page.rows) {
        const EntitySpec *spec = Schema::find(row.table);
        if (!spec || spec->table != row.table) {
            qCWarning(lcSync) << "pulled a row of an unknown table" << row.table;
            continue;
        }
        if (!together) {
            if (!applyRow(*spec, row.toChange(), anyOutbox, error, &dirty))
                return false;
            continue;
        }
        auto group = std::find_if(byTable.begin(), byTable.end(), [spec](const auto &g) { return g.first == spec; });
        if (group == byTable.end())
            group = byTable.insert(byTable.end(), { spec, {} });
        group->second.append(&row);
    }
    for (const auto &[spec, rows] : std::as_const(byTable)) {
        if (!m_rowWriter->write(*spec, rows, error))
            return false;
    }
    if (!page.newestRowHlc.isEmpty() && !observe(Hlc::fromString(page.newestRowHlc), error))
        return false;
    if (!observe(page.changes, error)
        || !setState(QStringLiteral("cursor"), QString::number(page.nextCursor))
        || (!page.epoch.isEmpty() && !setState(QStringLiteral("epoch"), page.epoch)))
        return false;
    if (!transaction.commit()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    return true;
}

QHash<QString, TableDigest> SyncStore::localDigest() const
{
    QHash<QString, TableDigest> digests;
    for (const EntitySpec *spec : Schema::all()) {
        QStringList columns { QStringLiteral("id"), QStringLiteral("server_version"), QStringLiteral("deleted") };
        for (const FieldSpec &field : spec->fields)
            columns << RecordQuery::quoted(field.name);
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE server_version > 0")
                          .arg(columns.join(QLatin1String(", ")), spec->table));
        TableDigest digest;
        QList<DigestRow> rows;
        if (query.exec()) {
            QVariantList stored;
            while (query.next()) {
                DigestRow row { query.value(0).toString(), query.value(1).toLongLong(),
                    query.value(2).toInt() != 0, {} };
                if (!row.deleted) {
                    ++digest.live;
                    stored.clear();
                    for (qsizetype f = 0; f < spec->fields.size(); ++f)
                        stored << query.value(int(f) + 3);
                    row.content = digestContent(*spec, stored);
                }
                rows << std::move(row);
            }
        } else {
            // An unreadable table cannot match the server's digest: it is resynced.
            digest.hash = QStringLiteral("unreadable: ") + query.lastError().text();
            digests.insert(spec->table, digest);
            continue;
        }
        digest.rows = rows.size();
        digest.hash = digestHash(rows);
        digests.insert(spec->table, digest);
    }
    return digests;
}

} // namespace ed::sync
