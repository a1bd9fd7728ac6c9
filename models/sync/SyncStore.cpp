#include "SyncStore.h"

#include "PulledRowWriter.h"
#include "SyncTransaction.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

QString valueText(const QVariant &value)
{
    // Wrapped in an array so scalars survive QJsonDocument, which only holds arrays and objects.
    const QByteArray text = QJsonDocument(QJsonArray { QJsonValue::fromVariant(value) })
                                .toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QVariant valueFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonArray array
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]")).array();
    return array.isEmpty() ? QVariant() : array.first().toVariant();
}

SyncStore::SyncStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

SyncStore::~SyncStore() = default;

QSqlQuery &SyncStore::prepared(const QString &sql) const
{
    if (!m_statements)
        m_statements.emplace(m_database.connection());
    return m_statements->prepared(sql);
}

bool SyncStore::exec(QSqlQuery &query, QString *error) const
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcSync) << "statement failed:" << query.lastQuery().left(120)
                      << query.lastError().text();
    return false;
}

QString SyncStore::clientId() const
{
    return m_database.clientId();
}

QString SyncStore::state(const QString &key) const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    const QString value = query.exec() && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

bool SyncStore::setState(const QString &key, const QString &value)
{
    QSqlQuery &query = prepared(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query, nullptr);
}

QList<Mutation> SyncStore::outbox(qint64 afterSeq, int limit, QString *error)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT client_seq, mutation_id, table_name, row_id, op, changes, base_version, hlc "
        "FROM outbox WHERE client_seq > ? ORDER BY client_seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    QList<Mutation> list;
    QList<QVariantMap> unreadable;
    if (!exec(query, error))
        return list;
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < 8; ++i)
            row.insert(query.record().fieldName(i), query.value(i));
        Mutation mutation;
        QString problem;
        if (Mutation::fromOutboxRow(row, &mutation, &problem)) {
            list << mutation;
        } else {
            row.insert(QStringLiteral("reason"), problem);
            unreadable << row;
        }
    }
    query.finish();
    // An entry the protocol cannot express would block the queue for ever: park it, visibly.
    for (const QVariantMap &row : std::as_const(unreadable)) {
        SyncTransaction transaction(m_database.connection());
        QSqlQuery &park = prepared(QStringLiteral(
            "INSERT OR REPLACE INTO sync_failed_changes (client_seq, mutation_id, table_name, "
            "row_id, op, changes, base_version, hlc, error, reason, failed_at) "
            "SELECT client_seq, mutation_id, table_name, row_id, op, changes, base_version, hlc, "
            "'invalid', ?, ? FROM outbox WHERE client_seq = ?"));
        park.addBindValue(row.value(QStringLiteral("reason")));
        park.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
        park.addBindValue(row.value(QStringLiteral("client_seq")));
        QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM outbox WHERE client_seq = ?"));
        drop.addBindValue(row.value(QStringLiteral("client_seq")));
        if (exec(park, error) && exec(drop, error))
            transaction.commit();
    }
    return list;
}

int SyncStore::outboxCount() const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT count(*) FROM outbox"));
    const int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

bool SyncStore::applyPushResults(const QList<Mutation> &sent, const QList<MutationResult> &results,
    PushTally *tally, QString *error)
{
    QHash<qint64, MutationResult> byseq;
    for (const MutationResult &result : results)
        byseq.insert(result.clientSeq, result);
    SyncTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    // The last answer for each row decides its server version once nothing is pending for it.
    QList<QPair<const Mutation *, MutationResult>> answered;
    for (const Mutation &mutation : sent) {
        const auto found = byseq.constFind(mutation.clientSeq);
        if (found == byseq.cend()) {
            ++tally->retryLater; // no answer for it: it stays and goes again next time
            continue;
        }
        const MutationResult &result = *found;
        if (result.status == MutationStatus::Rejected
            && result.error == QLatin1String(RejectCode::Internal)) {
            ++tally->retryLater; // the server could not store it: not remembered, so resend
            continue;
        }
        if (result.status == MutationStatus::Rejected) {
            QSqlQuery &park = prepared(QStringLiteral(
                "INSERT OR REPLACE INTO sync_failed_changes (client_seq, mutation_id, table_name, "
                "row_id, op, changes, base_version, hlc, error, reason, failed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QJsonObject changes = mutation.toJson().value(QStringLiteral("changes")).toObject();
            for (const QVariant &value : { QVariant(mutation.clientSeq), QVariant(mutation.mutationId),
                     QVariant(mutation.table), QVariant(mutation.rowId), QVariant(opName(mutation.op)),
                     QVariant(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))),
                     QVariant(mutation.baseVersion), QVariant(mutation.hlc), QVariant(result.error),
                     QVariant(result.reason), QVariant(m_clock.now().toString(Qt::ISODateWithMs)) })
                park.addBindValue(value);
            if (!exec(park, error))
                return false;
            ++tally->rejected;
        } else if (result.status == MutationStatus::Conflict) {
            ++tally->conflicts;
        } else if (result.status == MutationStatus::Merged) {
            ++tally->merged;
        } else {
            ++tally->applied;
        }
        QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM outbox WHERE client_seq = ?"));
        drop.addBindValue(mutation.clientSeq);
        if (!exec(drop, error))
            return false;
        if (result.status == MutationStatus::Rejected && !revert(mutation, error))
            return false;
        answered << qMakePair(&mutation, result);
    }
    QSet<QString> done;
    for (auto it = answered.crbegin(); it != answered.crend(); ++it) {
        const QString key = it->first->table + QLatin1Char('/') + it->first->rowId;
        if (done.contains(key))
            continue;
        done.insert(key);
        if (!afterAnswer(it->first->table, it->first->rowId, it->second, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    return true;
}

bool SyncStore::replaceConflicts(const QList<LocalConflict> &open, QString *error)
{
    SyncTransaction transaction(m_database.connection());
    QStringList keep;
    for (const LocalConflict &c : open) {
        QSqlQuery &upsert = prepared(QStringLiteral(
            "INSERT INTO sync_conflicts (id, table_name, row_id, field, kind, server_value, "
            "client_value, server_hlc, client_hlc, server_version, client_id, user_name, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
            "UPDATE SET server_value = excluded.server_value, "
            "server_version = excluded.server_version"));
        for (const QVariant &value : { QVariant(c.id), QVariant(c.table), QVariant(c.rowId),
                 QVariant(c.field), QVariant(c.kind), QVariant(valueText(c.serverValue)),
                 QVariant(valueText(c.clientValue)), QVariant(c.serverHlc), QVariant(c.clientHlc),
                 QVariant(c.serverVersion), QVariant(c.clientId), QVariant(c.user),
                 QVariant(c.createdAt) })
            upsert.addBindValue(value);
        if (!exec(upsert, error))
            return false;
        keep << c.id;
    }
    // Conflicts closed elsewhere (another coordinator) disappear from the list.
    QSqlQuery &ids = prepared(QStringLiteral("SELECT id FROM sync_conflicts"));
    QStringList closed;
    if (exec(ids, error)) {
        while (ids.next())
            if (!keep.contains(ids.value(0).toString()))
                closed << ids.value(0).toString();
    }
    ids.finish();
    for (const QString &id : std::as_const(closed))
        if (!removeConflict(id))
            return false;
    return transaction.commit();
}

QList<LocalConflict> SyncStore::conflicts() const
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT id, table_name, row_id, field, kind, server_value, client_value, server_hlc, "
        "client_hlc, server_version, client_id, user_name, created_at, resolving "
        "FROM sync_conflicts ORDER BY created_at, id"));
    QList<LocalConflict> list;
    if (!exec(query, nullptr))
        return list;
    while (query.next()) {
        LocalConflict c;
        c.id = query.value(0).toString();
        c.table = query.value(1).toString();
        c.rowId = query.value(2).toString();
        c.field = query.value(3).toString();
        c.kind = query.value(4).toString();
        c.serverValue = valueFromText(query.value(5).toString());
        c.clientValue = valueFromText(query.value(6).toString());
        c.serverHlc = query.value(7).toString();
        c.clientHlc = query.value(8).toString();
        c.serverVersion = query.value(9).toLongLong();
        c.clientId = query.value(10).toString();
        c.user = query.value(11).toString();
        c.createdAt = query.value(12).toString();
        c.resolving = query.value(13).toInt() != 0;
        list << c;
    }
    query.finish();
    return list;
}

QStringList SyncStore::conflictsReadyToClose() const
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT c.id FROM sync_conflicts c WHERE c.resolving = 1 AND NOT EXISTS (SELECT 1 FROM "
        "outbox o WHERE o.table_name = c.table_name AND o.row_id = c.row_id)"));
    QStringList ids;
    if (exec(query, nullptr))
        while (query.next())
            ids << query.value(0).toString();
    query.finish();
    return ids;
}

bool SyncStore::removeConflict(const QString &id)
{
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, nullptr);
}

bool SyncStore::markResolving(QSqlDatabase db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sync_conflicts SET resolving = 1 WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("There is no open conflict with the id %1; sync to refresh the list.").arg(id);
        return false;
    }
    return true;
}

QList<FailedChange> SyncStore::failedChanges() const
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT client_seq, mutation_id, table_name, row_id, op, changes, error, reason, "
        "failed_at FROM sync_failed_changes ORDER BY client_seq"));
    QList<FailedChange> list;
    if (!exec(query, nullptr))
        return list;
    while (query.next()) {
        FailedChange f;
        f.clientSeq = query.value(0).toLongLong();
        f.mutationId = query.value(1).toString();
        f.table = query.value(2).toString();
        f.rowId = query.value(3).toString();
        f.op = query.value(4).toString();
        f.changes = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        f.error = query.value(6).toString();
        f.reason = query.value(7).toString();
        f.failedAt = query.value(8).toString();
        list << f;
    }
    query.finish();
    return list;
}

bool SyncStore::dismissFailedChange(qint64 clientSeq, QString *error)
{
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM sync_failed_changes WHERE client_seq = ?"));
    query.addBindValue(clientSeq);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() == 0) {
        *error = tr("This failed change is no longer listed; close and reopen the list.");
        return false;
    }
    return true;
}

int SyncStore::failedCount() const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT count(*) FROM sync_failed_changes"));
    const int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

int SyncStore::conflictCount() const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT count(*) FROM sync_conflicts"));
    const int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

} // namespace ed::sync
