#pragma once

#include "UserStore.h"
#include "domain/Schema.h"
#include "sync/SyncMerge.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ed {
class Clock;
class ReferenceData;
class StatementCache;
} // namespace ed

namespace ed::server {

class ServerDatabase;

// Push, pull and digest over the server store (DESIGN.md §4). A push request is applied under the
// store's write lock in ONE transaction; each mutation is merged with SyncMerge inside its own
// savepoint together with its change-log entry, conflicts, field history and de-duplication
// answer, so a repeat push can never apply twice and a mutation whose storage fails is undone
// alone (unremembered, change_seq not consumed) without rolling back the others.
class SyncService {
public:
    SyncService(ServerDatabase &database, const ReferenceData &reference, const Clock &clock);

    QList<sync::MutationResult> push(const sync::PushRequest &request, const Session &session);

    enum class PullStatus { Ok, Gone, Failed };
    // A pull page (api.md) written straight to its compact JSON text (the HTTP answer): the
    // stored `data` and `field_hlc` texts are copied as they are instead of being parsed and
    // serialised again, which is most of a page's cost.
    // Rows: the "format=rows" answer (api.md): one array per row, columns named once, and the
    // stored fields/field_hlc objects as JSON strings a client can hand to SQLite unparsed.
    enum class PullFormat { Changes, Rows };
    PullStatus pullJson(qint64 cursor, int limit, const QString &clientEpoch, QByteArray *out,
        QString *message, PullFormat format = PullFormat::Changes) const;
    bool digest(QJsonObject *out, QString *error) const;
    QJsonArray conflicts(bool openOnly, int limit) const;
    bool resolveConflict(const QString &id, const QString &user, QString *error);

    QString epoch() const;
    // After restoring a backup: every client must resnapshot (pull answers 410).
    bool resetEpoch(QString *error);

    // The table an API name refers to: only the Schema's tables (never a singular).
    static const EntitySpec *table(const QString &name);
    // Role policy: coordinators and admins write everything, managers nothing, translators only
    // translatable fields of existing rows and any row of a "translations" table.
    static bool mayWrite(const Session &session, const EntitySpec &spec,
        const sync::Mutation &mutation, QString *reason);

private:
    enum class Isolation { Request, Mutation }; // what a storage failure undoes
    enum class Attempt { Done, Failed, StorageFailed };
    // push() in one transaction; StorageFailed (Isolation::Request only): a mutation could not be
    // stored and the whole attempt was undone.
    Attempt pushAttempt(const sync::PushRequest &request, const Session &session,
        Isolation isolation, QList<sync::MutationResult> *results);
    PullStatus pullCheck(qint64 cursor, const QString &clientEpoch, QString *epoch, QString *message) const;
    // One mutation inside push()'s transaction; a change takes *lastSeq + 1 and advances it.
    // *failed is set when storage failed (the caller rolls the savepoint back and resets *lastSeq).
    // `remembered`: the de-dup answers read for the request (rememberedAnswers); null to look
    // this mutation up on its own.
    sync::MutationResult applyOne(StatementCache &sql, const sync::Mutation &mutation,
        const QString &clientId, const Session &session,
        const QHash<QString, QString> *remembered, qint64 *lastSeq, bool *failed);
    // The stored answers (by mutation id) to this account's and client's mutations within the
    // request's client_seq range; *complete is false when they were not read (a range too
    // wide). False on a database error.
    bool rememberedAnswers(StatementCache &sql, const sync::PushRequest &request,
        const Session &session, QHash<QString, QString> *answers, bool *complete) const;
    bool loadRow(
        StatementCache &sql, const EntitySpec &spec, const QString &id, sync::ServerRow *row) const;
    QString checkReferences(
        StatementCache &sql, const EntitySpec &spec, const QVariantMap &changed) const;

    ServerDatabase &m_database;
    const ReferenceData &m_reference;
    const Clock &m_clock;
};

// A value as JSON text, scalars included ("\"x\"", "3", "null", "[...]").
QString jsonValueText(const QVariant &value);
QJsonValue jsonValueFromText(const QString &text);

} // namespace ed::server
