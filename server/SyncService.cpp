#include "SyncService.h"

#include "ServerDatabase.h"
#include "domain/Clock.h"
#include "domain/Uuid.h"
#include "domain/Validation.h"
#include "storage/ReferenceData.h"
#include "storage/SqlTransaction.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

using namespace ed::sync;

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server::SyncService", text);
    }

    QJsonObject parseObject(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    // A JSON string literal, as QJsonDocument writes it in compact form (UTF-8, \" \\ and the
    // control characters escaped).
    void appendJsonString(QByteArray &out, const QString &text)
    {
        out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                    out += buffer;
                } else {
                    out += ch;
                }
            }
        }
        out += '"';
    }

    void appendJsonValue(QByteArray &out, const QVariant &value);
    void appendJsonValue(QByteArray &out, const QString &text) { appendJsonString(out, text); }

    // {"key":value,…} in the map's (sorted) key order, as QJsonDocument writes an object.
    template <typename Map>
    void appendJsonObject(QByteArray &out, const Map &map)
    {
        out += '{';
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it != map.cbegin())
                out += ',';
            appendJsonString(out, it.key());
            out += ':';
            appendJsonValue(out, it.value());
        }
        out += '}';
    }

    // A record's values as compact JSON, written directly: the detour through QJsonObject
    // (fromVariantMap, then toJson) was a fifth of a push's time under the writer lock. Keys come
    // sorted (QVariantMap), as QJsonDocument writes them; integral numbers without a fraction.
    void appendJsonValue(QByteArray &out, const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            out += "null";
            return;
        case QMetaType::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += QByteArray::number(value.toLongLong());
            return;
        case QMetaType::Double: {
            const double number = value.toDouble();
            if (!std::isfinite(number))
                out += "null"; // JSON has no NaN or infinity; QJsonDocument writes null too
            else if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
                out += QByteArray::number(qint64(number));
            else
                out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
            return;
        }
        case QMetaType::QVariantList:
        case QMetaType::QStringList: {
            out += '[';
            bool first = true;
            for (const QVariant &item : value.toList()) {
                if (!first)
                    out += ',';
                first = false;
                appendJsonValue(out, item);
            }
            out += ']';
            return;
        }
        case QMetaType::QVariantMap:
            appendJsonObject(out, value.toMap());
            return;
        default:
            if (value.isNull()) {
                out += "null";
                return;
            }
            appendJsonString(out, value.toString());
        }
    }

    QString compactMap(const QVariantMap &map)
    {
        QByteArray out;
        out.reserve(256);
        appendJsonValue(out, map);
        return QString::fromUtf8(out);
    }

    QString compactHlc(const QMap<QString, QString> &map)
    {
        QByteArray out;
        out.reserve(64 * map.size() + 2);
        appendJsonObject(out, map);
        return QString::fromUtf8(out);
    }

    // A mutation's answer as stored for de-duplication: what MutationResult::toJson gives, written
    // directly (under the writer lock, the QJsonObject detour was a twentieth of a push).
    QString compactResult(const MutationResult &result)
    {
        QByteArray out;
        out.reserve(160);
        out += "{\"change_seq\":" + QByteArray::number(result.changeSeq)
            + ",\"client_seq\":" + QByteArray::number(result.clientSeq);
        if (!result.conflictFields.isEmpty()) {
            out += ",\"conflict_fields\":";
            appendJsonValue(out, result.conflictFields);
        }
        if (!result.error.isEmpty()) {
            out += ",\"error\":";
            appendJsonString(out, result.error);
        }
        out += ",\"mutation_id\":";
        appendJsonString(out, result.mutationId);
        if (!result.reason.isEmpty()) {
            out += ",\"reason\":";
            appendJsonString(out, result.reason);
        }
        out += ",\"server_version\":" + QByteArray::number(result.serverVersion) + ",\"status\":";
        appendJsonString(out, statusName(result.status));
        out += '}';
        return QString::fromUtf8(out);
    }

    bool exec(QSqlQuery &query, QString *error)
    {
        if (query.exec())
            return true;
        *error = query.lastError().text();
        qCWarning(lcServer) << "query failed:" << *error << query.lastQuery().left(120);
        return false;
    }

    MutationResult rejection(const Mutation &m, const QString &reason, const char *code)
    {
        MutationResult r;
        r.mutationId = m.mutationId;
        r.clientSeq = m.clientSeq;
        r.status = MutationStatus::Rejected;
        r.reason = reason;
        r.error = QLatin1String(code);
        return r;
    }

    // A null QString binds as SQL NULL; the text columns are NOT NULL and "" means "none".
    QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

} // namespace

QString jsonValueText(const QVariant &value)
{
    const QByteArray list = QJsonDocument(QJsonArray { QJsonValue::fromVariant(value) })
                                .toJson(QJsonDocument::Compact);
    return QString::fromUtf8(list.mid(1, list.size() - 2));
}

QJsonValue jsonValueFromText(const QString &text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]")).array().at(0);
}

SyncService::SyncService(
    ServerDatabase &database, const ReferenceData &reference, const Clock &clock)
    : m_database(database)
    , m_reference(reference)
    , m_clock(clock)
{
}

const EntitySpec *SyncService::table(const QString &name)
{
    for (const EntitySpec *spec : Schema::all()) {
        if (spec->table == name)
            return spec;
    }
    return nullptr;
}

bool SyncService::mayWrite(
    const Session &session, const EntitySpec &spec, const Mutation &mutation, QString *reason)
{
    switch (session.role) {
    case Role::Admin:
    case Role::Coordinator:
        return true;
    case Role::Manager:
        *reason = tr("Managers may read but not change records.");
        return false;
    case Role::Translator:
        break;
    }
    if (spec.table == QLatin1String("translations"))
        return true;
    if (mutation.op != MutationOp::Update) {
        *reason
            = tr("Translators may not add or delete %1 records.").arg(spec.displayName().toLower());
        return false;
    }
    for (auto it = mutation.changes.cbegin(); it != mutation.changes.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field || !field->translatable) {
            *reason = tr("Translators may only change translatable fields; %1 is not one.")
                          .arg(it.key());
            return false;
        }
    }
    return true;
}

QList<MutationResult> SyncService::push(const PushRequest &request, const Session &session)
{
    // One writer at a time (SQLite has one write lock; for PostgreSQL it keeps change_seq
    // committing in order, so pull never skips a change), and one transaction per request: every
    // mutation's effect and its de-dup answer commit together, or nothing of the request does.
    std::lock_guard<FairMutex> lock(m_database.writeLock());
    // First without savepoints (two statements a mutation, a tenth of the writer's time); if a
    // mutation's storage fails, which is rare, the request is undone and runs again with each
    // mutation in a savepoint of its own, so only that one is refused.
    QList<MutationResult> results;
    if (pushAttempt(request, session, Isolation::Request, &results) == Attempt::StorageFailed)
        pushAttempt(request, session, Isolation::Mutation, &results);
    return results;
}

SyncService::Attempt SyncService::pushAttempt(const PushRequest &request, const Session &session,
    Isolation isolation, QList<MutationResult> *results)
{
    results->clear();
    results->reserve(request.mutations.size());
    const auto failAll = [&](const QString &reason) {
        results->clear();
        for (const Mutation &mutation : request.mutations)
            *results << rejection(mutation, reason, RejectCode::Internal);
        return Attempt::Failed;
    };
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failAll(tr("The server database is unavailable; try again later."));
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return failAll(tr("The server database is unavailable; try again later."));
    // change_seq is read once and stored once per request (same transaction): a mutation that is
    // rolled back to its savepoint gives its number back, so the sequence stays gap-free.
    bool seqOk = false;
    const qint64 firstSeq = m_database.meta(QStringLiteral("last_change_seq")).toLongLong(&seqOk);
    if (!seqOk)
        return failAll(tr("The server database is unavailable; try again later."));
    qint64 lastSeq = firstSeq;
    // The thread's statements, prepared once and kept; their reading ends before the commit
    // or rollback, whichever way this attempt leaves.
    StatementCache &sql = m_database.statements();
    QSqlQuery plain(db);
    const auto finishStatements = qScopeGuard([&sql, &plain] {
        sql.finish();
        plain.finish();
    });
    // Savepoints are prepared once on SQLite; PostgreSQL cannot PREPARE them, so there they run
    // as plain statements.
    const bool prepareSavepoints = m_database.backend() == ServerDatabase::Backend::Sqlite;
    QSqlQuery *failedStatement = &plain;
    const auto run = [&](const QString &statement) {
        QSqlQuery &query = prepareSavepoints ? sql.prepared(statement) : plain;
        failedStatement = &query;
        return prepareSavepoints ? query.exec() : query.exec(statement);
    };
    QHash<QString, QString> remembered;
    bool rememberedAll = false;
    if (!rememberedAnswers(sql, request, session, &remembered, &rememberedAll))
        return failAll(tr("The server database is unavailable; try again later."));
    QSet<QString> mutationsSeen; // a mutation repeated in one request is answered by the first
    const bool isolated = isolation == Isolation::Mutation;
    for (const Mutation &mutation : request.mutations) {
        // Isolated, each mutation in its own savepoint: a storage failure undoes only that
        // mutation (its change_seq included, so the sequence stays gap-free) and leaves it
        // unremembered.
        bool failed = false;
        MutationResult result;
        if (isolated && !run(QStringLiteral("SAVEPOINT ed_mutation"))) {
            qCWarning(lcServer) << "savepoint failed:" << failedStatement->lastError().text();
            result = rejection(mutation,
                tr("The server could not store the change; try again later."),
                RejectCode::Internal);
        } else {
            const qint64 seqBefore = lastSeq;
            const bool repeated = mutationsSeen.contains(mutation.mutationId);
            mutationsSeen.insert(mutation.mutationId);
            result = applyOne(sql, mutation, request.clientId, session,
                rememberedAll && !repeated ? &remembered : nullptr, &lastSeq, &failed);
            if (failed && !isolated)
                return Attempt::StorageFailed; // the transaction rolls back on the way out
            if (failed)
                lastSeq = seqBefore;
            const bool undone = failed && !run(QStringLiteral("ROLLBACK TO SAVEPOINT ed_mutation"));
            if (isolated && (undone || !run(QStringLiteral("RELEASE SAVEPOINT ed_mutation")))) {
                // The request transaction is in an unknown state: give nothing back as stored.
                qCWarning(lcServer) << "savepoint release failed:" << failedStatement->lastError().text();
                return failAll(tr("The server could not store the change; try again later."));
            }
        }
        *results << result;
    }
    sql.finish(); // statements end before the transaction does
    plain.finish();
    if (lastSeq != firstSeq
        && !m_database.setMeta(QStringLiteral("last_change_seq"), QString::number(lastSeq)))
        return failAll(tr("The server could not store the change; try again later."));
    if (!transaction.commit()) {
        qCWarning(lcServer) << "push commit failed:" << db.lastError().text();
        db.rollback();
        return failAll(tr("The server could not store the change; try again later."));
    }
    return Attempt::Done;
}

bool SyncService::rememberedAnswers(StatementCache &sql, const PushRequest &request,
    const Session &session, QHash<QString, QString> *answers, bool *complete) const
{
    // One range query for the request instead of one per mutation. Clients number their
    // changes one by one, so the range is about the request's size; a request spread wider
    // (never sent by Expert Desk) is looked up mutation by mutation instead.
    *complete = false;
    if (request.mutations.isEmpty())
        return true;
    qint64 low = request.mutations.constFirst().clientSeq, high = low;
    for (const Mutation &mutation : request.mutations) {
        low = std::min(low, mutation.clientSeq);
        high = std::max(high, mutation.clientSeq);
    }
    if (high - low > 2 * request.mutations.size() + 64)
        return true;
    *complete = true;
    QSqlQuery &query = sql.prepared(QStringLiteral(
        "SELECT mutation_id, response FROM dedup "
        "WHERE user_name = ? AND client_id = ? AND client_seq BETWEEN ? AND ?"));
    query.addBindValue(session.user);
    query.addBindValue(request.clientId);
    query.addBindValue(low);
    query.addBindValue(high);
    QString error;
    if (!exec(query, &error))
        return false;
    while (query.next())
        answers->insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return true;
}

bool SyncService::loadRow(
    StatementCache &sql, const EntitySpec &spec, const QString &id, ServerRow *row) const
{
    QSqlQuery &query = sql.prepared(QStringLiteral("SELECT version, deleted, data, field_hlc "
                                                   "FROM records WHERE table_name = ? AND id = ?"));
    query.addBindValue(spec.table);
    query.addBindValue(id);
    if (!query.exec())
        return false;
    *row = {};
    if (!query.next())
        return true;
    row->exists = true;
    row->version = query.value(0).toLongLong();
    row->deleted = query.value(1).toInt() != 0;
    const QVariantMap data = parseObject(query.value(2).toString()).toVariantMap();
    const QJsonObject hlcs = parseObject(query.value(3).toString());
    query.finish();
    // Stored values were normalised on the way in; normalising again gives them their typed
    // form (JSON numbers come back as doubles) so comparisons are exact.
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        QVariant value = it.value();
        QString ignored;
        if (field)
            Validation::normalize(*field, it.value(), &value, &ignored);
        row->values.insert(it.key(), value);
    }
    for (auto it = hlcs.constBegin(); it != hlcs.constEnd(); ++it)
        row->fieldHlc.insert(it.key(), it.value().toString());
    return true;
}

QString SyncService::checkReferences(
    StatementCache &sql, const EntitySpec &spec, const QVariantMap &changed) const
{
    QStringList problems;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field || Validation::isEmpty(it.value()))
            continue;
        const QString text = it.value().toString();
        if (field->kind == FieldKind::Country && !m_reference.hasCountry(text)) {
            problems << tr(
                "%1: \"%2\" is not the ISO code of an OIC member state (e.g. PK, MA, SN).")
                            .arg(field->name, text);
        } else if (field->kind == FieldKind::Sector && !m_reference.hasSector(text)) {
            problems
                << tr("%1: \"%2\" is not a sector code (e.g. BME, IT, RE).").arg(field->name, text);
        } else if (field->shape == JsonShape::SectorCodes) {
            for (const QVariant &code : it.value().toList()) {
                if (!m_reference.hasSector(code.toString()))
                    problems << tr("%1: \"%2\" is not a sector code (e.g. BME, IT, RE).")
                                    .arg(field->name, code.toString());
            }
        } else if (field->kind == FieldKind::Reference) {
            const EntitySpec *target = table(field->refTable);
            QSqlQuery &query = sql.prepared(
                QStringLiteral("SELECT deleted FROM records WHERE table_name = ? AND id = ?"));
            query.addBindValue(field->refTable);
            query.addBindValue(text);
            const bool live = target && query.exec() && query.next() && query.value(0).toInt() == 0;
            query.finish();
            if (!live) {
                problems << tr(
                    "%1: no %2 has the id \"%3\" on the server (push it first, or it was deleted).")
                                .arg(field->name,
                                    target ? target->displayName().toLower() : field->refTable,
                                    text);
            }
        }
    }
    return problems.join(QLatin1Char('\n'));
}

MutationResult SyncService::applyOne(StatementCache &sql, const Mutation &input,
    const QString &clientId, const Session &session, const QHash<QString, QString> *remembered,
    qint64 *lastSeq, bool *failed)
{
    // Runs inside push()'s transaction and a savepoint; every Internal answer sets *failed so
    // push() rolls this mutation back (nothing of it, not even its de-dup answer, is kept).
    const auto internal = [&](const Mutation &m, const QString &reason) {
        *failed = true;
        return rejection(m, reason, RejectCode::Internal);
    };
    QString error;

    // A repeat is the same mutation from the same account and copy: another account's answer
    // under this client id and number is never given back (it could not pre-empt the change).
    if (remembered) {
        const auto answer = remembered->constFind(input.mutationId);
        if (answer != remembered->cend())
            return MutationResult::fromJson(parseObject(*answer));
    } else {
        QSqlQuery &seen = sql.prepared(QStringLiteral(
            "SELECT response FROM dedup WHERE user_name = ? AND client_id = ? AND client_seq = ? "
            "AND mutation_id = ?"));
        seen.addBindValue(session.user);
        seen.addBindValue(clientId);
        seen.addBindValue(input.clientSeq);
        seen.addBindValue(input.mutationId);
        if (!exec(seen, &error))
            return internal(input, tr("The server database is unavailable; try again later."));
        if (seen.next()) {
            const QString answer = seen.value(0).toString();
            seen.finish();
            return MutationResult::fromJson(parseObject(answer));
        }
        seen.finish();
    }

    const qint64 now = m_clock.nowMs();
    const QString nowText = m_clock.now().toString(Qt::ISODateWithMs);
    Mutation mutation = input;
    MutationResult result;
    result.mutationId = mutation.mutationId;
    result.clientSeq = mutation.clientSeq;

    const EntitySpec *spec = table(mutation.table);
    const Hlc hlc = Hlc::fromString(mutation.hlc);
    QString reason;
    ServerRow current;
    if (!spec) {
        result = rejection(mutation, tr("There is no table \"%1\" to sync.").arg(mutation.table),
            RejectCode::UnknownTable);
    } else if (!mayWrite(session, *spec, mutation, &reason)) {
        result = rejection(mutation, reason, RejectCode::Forbidden);
    } else if (hlc.isNull() || hlc.node.isEmpty()) {
        result = rejection(mutation, tr("hlc must look like 0001795334400000:00000:client-id."),
            RejectCode::Invalid);
    } else if (!loadRow(sql, *spec, mutation.rowId, &current)) {
        return internal(mutation, tr("The server database is unavailable; try again later."));
    } else {
        mutation.hlc = SyncMerge::clamp(hlc, now).toString();
        // Who else wrote the row since the client's base (none for a row the server never had).
        QSet<QString> editors;
        if (current.exists) {
            QSqlQuery &since = sql.prepared(QStringLiteral("SELECT DISTINCT client_id FROM changes "
                                                           "WHERE table_name = ? AND row_id = ? "
                                                           "AND change_seq > ?"));
            since.addBindValue(spec->table);
            since.addBindValue(mutation.rowId);
            since.addBindValue(mutation.baseVersion);
            if (!exec(since, &error))
                return internal(mutation, tr("The server database is unavailable; try again later."));
            while (since.next())
                editors.insert(since.value(0).toString());
            since.finish();
        }

        MergeOutcome outcome = SyncMerge::merge(*spec, current, mutation, clientId, editors);
        if (outcome.status != MutationStatus::Rejected && outcome.rowChanged) {
            const QString problems = checkReferences(sql, *spec, outcome.changed);
            if (!problems.isEmpty()) {
                outcome.status = MutationStatus::Rejected;
                outcome.reason = problems;
                outcome.error = QLatin1String(RejectCode::Invalid);
            }
        }
        result.status = outcome.status;
        result.reason = outcome.reason;
        result.error = outcome.error;
        result.serverVersion = current.version;
        if (outcome.status != MutationStatus::Rejected) {
            qint64 seq = 0;
            if (outcome.rowChanged) {
                seq = *lastSeq + 1;
                const ServerRow &row = outcome.row;
                QSqlQuery &write = sql.prepared(QStringLiteral(
                    "INSERT INTO records (table_name, id, version, deleted, data, field_hlc, "
                    "created_at, "
                    "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (table_name, id) DO UPDATE SET version = excluded.version, "
                    "deleted = excluded.deleted, data = excluded.data, field_hlc = "
                    "excluded.field_hlc, "
                    "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
                for (const QVariant &value : { QVariant(spec->table), QVariant(mutation.rowId),
                         QVariant(seq), QVariant(row.deleted ? 1 : 0),
                         QVariant(compactMap(row.values)),
                         QVariant(compactHlc(row.fieldHlc)), QVariant(nowText),
                         QVariant(session.user), QVariant(nowText), QVariant(session.user) })
                    write.addBindValue(value);
                // Each statement runs right after its values are bound: a kept statement left
                // with bound values would refuse its next use (parameter count mismatch).
                if (!exec(write, &error))
                    return internal(mutation,
                        tr("The server could not store the change; try again later."));
                QString op = QStringLiteral("update");
                if (!current.exists)
                    op = row.deleted ? QStringLiteral("delete") : QStringLiteral("insert");
                else if (row.deleted != current.deleted)
                    op = row.deleted ? QStringLiteral("delete") : QStringLiteral("restore");
                QSqlQuery &change = sql.prepared(QStringLiteral("INSERT INTO changes (change_seq, table_name, "
                                              "row_id, version, op, fields, hlc, "
                                              "client_id, user_name, deleted, created_at) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &value : { QVariant(seq), QVariant(spec->table),
                         QVariant(mutation.rowId), QVariant(seq), QVariant(op),
                         QVariant(compactMap(outcome.changed)),
                         QVariant(mutation.hlc), QVariant(clientId), QVariant(session.user),
                         QVariant(row.deleted ? 1 : 0), QVariant(nowText) })
                    change.addBindValue(value);
                if (!exec(change, &error))
                    return internal(mutation,
                        tr("The server could not store the change; try again later."));
                result.serverVersion = seq;
                result.changeSeq = seq;
            }
            QSqlQuery &conflict = sql.prepared(QStringLiteral("INSERT INTO conflicts (id, table_name, row_id, field, "
                                            "kind, server_value, client_value, "
                                            "server_hlc, client_hlc, server_version, client_id, "
                                            "user_name, mutation_id, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const MergeConflict &c : std::as_const(outcome.conflicts)) {
                for (const QVariant &value : { QVariant(uuidV7(now)), QVariant(spec->table),
                         QVariant(mutation.rowId), QVariant(c.field),
                         QVariant(c.kind == MergeConflict::Kind::DeleteEdit
                                 ? QStringLiteral("delete_edit")
                                 : QStringLiteral("field")),
                         QVariant(jsonValueText(c.serverValue)),
                         QVariant(jsonValueText(c.clientValue)), text(c.serverHlc),
                         text(c.clientHlc), QVariant(result.serverVersion), QVariant(clientId),
                         QVariant(session.user), QVariant(mutation.mutationId), QVariant(nowText) })
                    conflict.addBindValue(value);
                if (!exec(conflict, &error))
                    return internal(mutation,
                        tr("The server could not store the change; try again later."));
                result.conflictFields << c.field;
            }
            QSqlQuery &history = sql.prepared(QStringLiteral(
                "INSERT INTO field_history (id, table_name, row_id, field, value, hlc, "
                "replaced_by_hlc, "
                "client_id, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const FieldLoss &loss : std::as_const(outcome.losses)) {
                // The loser's writer: this client when it lost, else the node of the server's HLC.
                const QString writer = loss.clientLost ? clientId : Hlc::fromString(loss.hlc).node;
                for (const QVariant &value :
                    { QVariant(uuidV7(now)), QVariant(spec->table), QVariant(mutation.rowId),
                        QVariant(loss.field), QVariant(jsonValueText(loss.value)), text(loss.hlc),
                        text(loss.winnerHlc), text(writer),
                        text(loss.clientLost ? session.user : QString()), QVariant(nowText) })
                    history.addBindValue(value);
                if (!exec(history, &error))
                    return internal(mutation,
                        tr("The server could not store the change; try again later."));
            }
        }
    }

    QSqlQuery &remember = sql.prepared(QStringLiteral(
        "INSERT INTO dedup (user_name, client_id, client_seq, mutation_id, response, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(session.user), QVariant(clientId), QVariant(mutation.clientSeq),
             QVariant(mutation.mutationId), QVariant(compactResult(result)), QVariant(nowText) })
        remember.addBindValue(value);
    if (!exec(remember, &error))
        return internal(mutation, tr("The server could not store the change; try again later."));
    qCDebug(lcServer) << "mutation" << mutation.mutationId << statusName(result.status)
                      << result.changeSeq;
    if (result.changeSeq > 0)
        *lastSeq = result.changeSeq;
    return result;
}

SyncService::PullStatus SyncService::pullCheck(
    qint64 cursor, const QString &clientEpoch, QString *epochOut, QString *message) const
{
    const QString epoch = m_database.meta(QStringLiteral("epoch"));
    const qint64 horizon = m_database.meta(QStringLiteral("tombstone_horizon")).toLongLong();
    const qint64 last = m_database.meta(QStringLiteral("last_change_seq")).toLongLong();
    if (epoch.isEmpty()) {
        *message = tr("The server database is unavailable; try again later.");
        return PullStatus::Failed;
    }
    if (!clientEpoch.isEmpty() && clientEpoch != epoch) {
        *message = tr("The server's data was restored or replaced since this copy last synced; "
                      "download a fresh copy and send your changes again.");
        return PullStatus::Gone;
    }
    if ((cursor > 0 && cursor < horizon) || cursor > last) {
        *message
            = tr("This copy last synced before changes the server no longer keeps (cursor %1); "
                 "download a fresh copy and send your changes again.")
                  .arg(cursor);
        return PullStatus::Gone;
    }
    *epochOut = epoch;
    return PullStatus::Ok;
}

namespace {

    // A stored JSON object column (always written by compactMap() or compactHlc()); anything else becomes {}.
    void appendJsonObject(QByteArray &out, const QVariant &value)
    {
        const QByteArray text = value.toString().toUtf8().trimmed();
        if (text.startsWith('{') && text.endsWith('}'))
            out += text;
        else
            out += "{}";
    }

} // namespace

SyncService::PullStatus SyncService::pullJson(qint64 cursor, int limit,
    const QString &clientEpoch, QByteArray *out, QString *message, PullFormat format) const
{
    QString epoch;
    const PullStatus status = pullCheck(cursor, clientEpoch, &epoch, message);
    if (status != PullStatus::Ok)
        return status;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT table_name, id, version, deleted, data, field_hlc, created_at, "
                       "created_by, updated_at, updated_by FROM records WHERE version > ? "
                       "ORDER BY version LIMIT ?"));
    query.addBindValue(cursor);
    query.addBindValue(limit + 1);
    QString error;
    if (!exec(query, &error)) {
        *message = tr("The server database is unavailable; try again later.");
        return PullStatus::Failed;
    }
    // Keys in the order QJsonDocument writes them (sorted), so the answer is the same text as
    // PullResponse::toJson() would give.
    QByteArray &o = *out;
    o.clear();
    o.reserve(limit * 400 + 256);
    const bool rows = format == PullFormat::Rows;
    o += rows ? QByteArrayLiteral("{\"columns\":[\"table_name\",\"id\",\"version\",\"deleted\","
                                  "\"created_at\",\"created_by\",\"updated_at\",\"updated_by\","
                                  "\"field_hlc\",\"fields\"],\"rows\":[")
              : QByteArrayLiteral("{\"changes\":[");
    qint64 nextCursor = cursor;
    bool hasMore = false;
    int count = 0;
    while (query.next()) {
        if (count == limit) {
            hasMore = true;
            break;
        }
        if (count++ > 0)
            o += ',';
        const qint64 version = query.value(2).toLongLong();
        nextCursor = version;
        if (rows) {
            o += '[';
            appendJsonString(o, query.value(0).toString());
            o += ',';
            appendJsonString(o, query.value(1).toString());
            o += ',';
            o += QByteArray::number(version);
            o += query.value(3).toInt() != 0 ? ",true" : ",false";
            for (const int column : { 6, 7, 8, 9 }) {
                o += ',';
                appendJsonString(o, query.value(column).toString());
            }
            for (const int column : { 5, 4 }) { // field_hlc, fields: the stored text, as strings
                QByteArray object;
                appendJsonObject(object, query.value(column));
                o += ',';
                appendJsonString(o, QString::fromUtf8(object));
            }
            o += ']';
            continue;
        }
        o += "{\"created_at\":";
        appendJsonString(o, query.value(6).toString());
        o += ",\"created_by\":";
        appendJsonString(o, query.value(7).toString());
        o += query.value(3).toInt() != 0 ? ",\"deleted\":true,\"field_hlc\":" : ",\"deleted\":false,\"field_hlc\":";
        appendJsonObject(o, query.value(5));
        o += ",\"fields\":";
        appendJsonObject(o, query.value(4));
        o += ",\"id\":";
        appendJsonString(o, query.value(1).toString());
        o += ",\"table_name\":";
        appendJsonString(o, query.value(0).toString());
        o += ",\"updated_at\":";
        appendJsonString(o, query.value(8).toString());
        o += ",\"updated_by\":";
        appendJsonString(o, query.value(9).toString());
        o += ",\"version\":";
        o += QByteArray::number(version);
        o += '}';
    }
    o += "],\"epoch\":";
    appendJsonString(o, epoch);
    o += hasMore ? ",\"has_more\":true" : ",\"has_more\":false";
    o += ",\"next_cursor\":";
    o += QByteArray::number(nextCursor);
    o += ",\"server_time\":";
    appendJsonString(o, m_clock.now().toString(Qt::ISODateWithMs));
    o += '}';
    return PullStatus::Ok;
}

bool SyncService::digest(QJsonObject *out, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT table_name, id, version, deleted, data FROM records"));
    if (!exec(query, error))
        return false;
    // The content of a live row is hashed in the form a copy stores it (storedForm()), so the
    // digest compares what each side holds, not only which versions.
    QHash<QString, QList<DigestRow>> rows;
    QHash<QString, qint64> live;
    QVariantList stored;
    while (query.next()) {
        const QString tableName = query.value(0).toString();
        DigestRow row { query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toInt() != 0, {} };
        if (!row.deleted) {
            ++live[tableName];
            if (const EntitySpec *spec = Schema::find(tableName)) {
                const QJsonObject data
                    = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
                stored.clear();
                for (const FieldSpec &field : spec->fields) {
                    const auto it = data.constFind(field.name);
                    const QVariant value = it == data.constEnd() ? QVariant() : it->toVariant();
                    stored << storedForm(field, it == data.constEnd() ? nullptr : &value);
                }
                row.content = digestContent(*spec, stored);
            }
        }
        rows[tableName] << std::move(row);
    }
    QJsonObject tables;
    for (const EntitySpec *spec : Schema::all()) {
        const auto list = rows.value(spec->table);
        tables.insert(spec->table,
            QJsonObject { { QStringLiteral("rows"), qint64(list.size()) },
                { QStringLiteral("live"), live.value(spec->table) },
                { QStringLiteral("hash"), digestHash(list) } });
    }
    *out = { { QStringLiteral("tables"), tables },
        { QStringLiteral("last_change_seq"),
            m_database.meta(QStringLiteral("last_change_seq")).toLongLong() },
        { QStringLiteral("epoch"), epoch() } };
    return true;
}

QJsonArray SyncService::conflicts(bool openOnly, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, table_name, row_id, field, kind, server_value, client_value, "
                       "server_hlc, client_hlc, server_version, client_id, user_name, mutation_id, "
                       "created_at, resolved_at, resolved_by FROM conflicts %1 "
                       "ORDER BY created_at, id LIMIT ?")
            .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString()));
    query.addBindValue(limit);
    QJsonArray list;
    QString error;
    if (!exec(query, &error))
        return list;
    while (query.next()) {
        list.append(QJsonObject {
            { QStringLiteral("id"), query.value(0).toString() },
            { QStringLiteral("table_name"), query.value(1).toString() },
            { QStringLiteral("row_id"), query.value(2).toString() },
            { QStringLiteral("field"), query.value(3).toString() },
            { QStringLiteral("kind"), query.value(4).toString() },
            { QStringLiteral("server_value"), jsonValueFromText(query.value(5).toString()) },
            { QStringLiteral("client_value"), jsonValueFromText(query.value(6).toString()) },
            { QStringLiteral("server_hlc"), query.value(7).toString() },
            { QStringLiteral("client_hlc"), query.value(8).toString() },
            { QStringLiteral("server_version"), query.value(9).toLongLong() },
            { QStringLiteral("client_id"), query.value(10).toString() },
            { QStringLiteral("user"), query.value(11).toString() },
            { QStringLiteral("mutation_id"), query.value(12).toString() },
            { QStringLiteral("created_at"), query.value(13).toString() },
            { QStringLiteral("resolved_at"),
                query.value(14).isNull() ? QJsonValue() : query.value(14).toString() },
            { QStringLiteral("resolved_by"),
                query.value(15).isNull() ? QJsonValue() : query.value(15).toString() },
        });
    }
    return list;
}

bool SyncService::resolveConflict(const QString &id, const QString &user, QString *error)
{
    std::lock_guard<FairMutex> lock(m_database.writeLock());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conflicts SET resolved_at = ?, resolved_by = ? "
                                 "WHERE id = ? AND resolved_at IS NULL"));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(user);
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("There is no open conflict with the id \"%1\".").arg(id);
        return false;
    }
    return true;
}

QString SyncService::epoch() const
{
    return m_database.meta(QStringLiteral("epoch"));
}

bool SyncService::resetEpoch(QString *error)
{
    std::lock_guard<FairMutex> lock(m_database.writeLock());
    if (!m_database.setMeta(QStringLiteral("epoch"), uuidV7(m_clock.nowMs()))) {
        *error = tr("Cannot store the new epoch.");
        return false;
    }
    return true;
}

} // namespace ed::server
