// SyncStore: a fresh copy of the server's data after a 410 (epoch changed, cursor too old) or a
// digest mismatch, staged page by page and swapped in in one transaction.
#include "SyncStore.h"

#include "SyncMerge.h"
#include "SyncTransaction.h"
#include "domain/Clock.h"
#include "domain/Uuid.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/RecordCodec.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

bool SyncStore::clearSnapshot(QString *error)
{
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM sync_snapshot"));
    return exec(clear, error);
}

bool SyncStore::stageSnapshot(const PullResponse &page, QString *error)
{
    SyncTransaction transaction(m_database.connection());
    for (const RowChange &change : page.changes) {
        QSqlQuery &stage = prepared(QStringLiteral("INSERT OR REPLACE INTO sync_snapshot "
                                                   "(table_name, row_id, version, row_json) VALUES (?, ?, ?, ?)"));
        stage.addBindValue(change.table);
        stage.addBindValue(change.id);
        stage.addBindValue(change.version);
        stage.addBindValue(QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact)));
        if (!exec(stage, error))
            return false;
    }
    return transaction.commit();
}

bool SyncStore::enqueue(const Mutation &mutation, QString *error)
{
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, base_version, hlc, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonObject changes = mutation.toJson().value(QStringLiteral("changes")).toObject();
    for (const QVariant &value : { QVariant(mutation.mutationId), QVariant(mutation.table),
             QVariant(mutation.rowId), QVariant(opName(mutation.op)),
             QVariant(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))),
             QVariant(mutation.baseVersion), QVariant(mutation.hlc),
             QVariant(m_clock.now().toString(Qt::ISODateWithMs)) })
        insert.addBindValue(value);
    return exec(insert, error);
}

bool SyncStore::requeue(const EntitySpec &spec, const QString &id, const RowChange *server, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(spec.table));
    query.addBindValue(id);
    if (!exec(query, error) || !query.next())
        return false;
    const QVariantMap local = RecordCodec::fromSql(spec, query.record());
    query.finish();
    const bool deleted = local.value(QStringLiteral("deleted")).toBool();

    HlcClock clock(clientId(), Hlc::fromString(state(QStringLiteral("hlc"))));
    Mutation mutation;
    mutation.mutationId = uuidV7(m_clock.nowMs());
    mutation.table = spec.table;
    mutation.rowId = id;
    mutation.hlc = clock.tick(m_clock.nowMs()).toString();
    if (!server) {
        // The server lost the row: send it whole, as an insert. Pending edits of the row are
        // folded into it (they are in the local values), since an update of a row the server
        // does not have would be refused as incomplete.
        QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND row_id = ?"));
        drop.addBindValue(spec.table);
        drop.addBindValue(id);
        if (!exec(drop, error) || !updateFields(spec, id, {}, {}, 0, error))
            return false;
        if (deleted)
            return true; // a tombstone the server never needs
        mutation.op = MutationOp::Insert;
        for (const FieldSpec &field : spec.fields)
            if (!Validation::isEmpty(local.value(field.name)))
                mutation.changes.insert(field.name, { QVariant(), local.value(field.name) });
    } else {
        // This copy knows a newer state than the restored server: send the difference.
        const bool serverDeleted = server->deleted;
        if (deleted && !serverDeleted) {
            mutation.op = MutationOp::Delete;
            mutation.changes.insert(QStringLiteral("deleted"), { false, true });
        } else {
            mutation.op = MutationOp::Update;
            if (deleted != serverDeleted)
                mutation.changes.insert(QStringLiteral("deleted"), { serverDeleted, deleted });
            for (const FieldSpec &field : spec.fields) {
                const QVariant mine = local.value(field.name);
                const QVariant theirs = server->fields.value(field.name);
                if (!SyncMerge::sameValue(mine, theirs))
                    mutation.changes.insert(field.name, { theirs, mine });
            }
        }
        mutation.baseVersion = server->version;
        if (!updateFields(spec, id, {}, {}, server->version, error))
            return false;
        if (mutation.changes.isEmpty())
            return true;
    }
    qCInfo(lcSync) << "sending again" << spec.table << id << "the server lost";
    return enqueue(mutation, error) && setState(QStringLiteral("hlc"), clock.last().toString());
}

bool SyncStore::swapInSnapshot(const QSet<QString> &tables, const QString &epoch, qint64 cursor,
    int *requeued, QString *error)
{
    SyncTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    const bool anyOutbox = outboxCount() > 0;
    for (const EntitySpec *spec : Schema::all()) {
        if (!tables.contains(spec->table))
            continue;
        QSqlQuery staged(m_database.connection());
        staged.setForwardOnly(true);
        staged.prepare(QStringLiteral("SELECT row_json FROM sync_snapshot WHERE table_name = ?"));
        staged.addBindValue(spec->table);
        if (!exec(staged, error))
            return false;
        while (staged.next()) {
            const RowChange change
                = RowChange::fromJson(QJsonDocument::fromJson(staged.value(0).toString().toUtf8()).object());
            QSqlQuery &local = prepared(QStringLiteral("SELECT server_version FROM %1 WHERE id = ?").arg(spec->table));
            local.addBindValue(change.id);
            const qint64 localVersion = exec(local, error) && local.next() ? local.value(0).toLongLong() : -1;
            local.finish();
            const bool ok = localVersion > change.version
                ? requeue(*spec, change.id, &change, error)
                : applyRow(*spec, change, anyOutbox, error);
            if (!ok)
                return false;
            if (localVersion > change.version)
                ++*requeued;
        }
        staged.finish();
        QSqlQuery missing(m_database.connection());
        missing.prepare(QStringLiteral("SELECT id FROM %1 WHERE server_version > 0 AND id NOT IN "
                                       "(SELECT row_id FROM sync_snapshot WHERE table_name = ?)")
                            .arg(spec->table));
        missing.addBindValue(spec->table);
        QStringList ids;
        if (!exec(missing, error))
            return false;
        while (missing.next())
            ids << missing.value(0).toString();
        missing.finish();
        for (const QString &id : std::as_const(ids)) {
            if (!requeue(*spec, id, nullptr, error))
                return false;
            ++*requeued;
        }
    }
    if (!epoch.isEmpty()
        && (!setState(QStringLiteral("epoch"), epoch)
            || !setState(QStringLiteral("cursor"), QString::number(cursor))))
        return false;
    if (!clearSnapshot(error))
        return false;
    if (!transaction.commit()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    return true;
}

} // namespace ed::sync
