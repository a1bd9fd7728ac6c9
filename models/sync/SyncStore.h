#pragma once

#include "SyncProtocol.h"
#include "SyncTypes.h"
#include "domain/Schema.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace ed {
class Clock;
class Database;
struct Hlc;
} // namespace ed

namespace ed::sync {

class PulledRowWriter;

// The sync engine's side of the local database (its own connection, DESIGN.md §4): reads the
// outbox, records the server's answers, applies pulled rows without touching fields that have
// unpushed edits, and swaps a downloaded snapshot in. Every public write is one transaction.
class SyncStore {
    Q_DECLARE_TR_FUNCTIONS(ed::sync::SyncStore)

public:
    SyncStore(Database &database, const Clock &clock);
    ~SyncStore();

    QString clientId() const;
    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);
    qint64 cursor() const { return state(QStringLiteral("cursor")).toLongLong(); }
    QString epoch() const { return state(QStringLiteral("epoch")); }

    // Outbox entries after `afterSeq`, oldest first. Unreadable entries go to failed changes.
    QList<Mutation> outbox(qint64 afterSeq, int limit, QString *error);
    int outboxCount() const;

    struct PushTally {
        int applied = 0, merged = 0, conflicts = 0, rejected = 0, retryLater = 0;
    };
    // One transaction: answered entries leave the outbox, rejected ones go to failed changes,
    // rows get their server version, and rows pulled while dirty get the server's state.
    bool applyPushResults(const QList<Mutation> &sent, const QList<MutationResult> &results,
        PushTally *tally, QString *error);

    // One transaction: the page's rows and the cursor (and epoch) after it.
    bool applyPullPage(const PullResponse &page, QString *error);

    QHash<QString, TableDigest> localDigest() const;

    // A snapshot is staged page by page, then swapped in in one transaction: rows of `tables`
    // take the server's state, except where the local copy knows a newer state than the server
    // (the server was restored from a backup): those go back to the outbox, as do rows the
    // server no longer has. `epoch`/`cursor` are stored when not empty (full resnapshot).
    bool clearSnapshot(QString *error);
    bool stageSnapshot(const PullResponse &page, QString *error);
    bool swapInSnapshot(const QSet<QString> &tables, const QString &epoch, qint64 cursor,
        int *requeued, QString *error);

    bool replaceConflicts(const QList<LocalConflict> &open, QString *error);
    QList<LocalConflict> conflicts() const;
    // Conflicts the person decided whose update has been pushed: the server may close them.
    QStringList conflictsReadyToClose() const;
    bool removeConflict(const QString &id);
    static bool markResolving(QSqlDatabase db, const QString &id, QString *error);
    QList<FailedChange> failedChanges() const;
    int failedCount() const;
    // The person has dealt with a refused change (re-entered what was needed): it leaves the list.
    bool dismissFailedChange(qint64 clientSeq, QString *error);
    int conflictCount() const;

private:
    QSqlQuery &prepared(const QString &sql) const;
    bool exec(QSqlQuery &query, QString *error) const;
    QSet<QString> dirtyFields(const QString &table, const QString &id) const;
    // Every row with outbox entries (table → row id → dirty fields), read with one query.
    using DirtyMap = QHash<QString, QHash<QString, QSet<QString>>>;
    bool loadDirty(DirtyMap *out, QString *error) const;
    // `dirty` given: the page's lookup (loadDirty) instead of one query per row.
    bool applyRow(const EntitySpec &spec, const RowChange &change, bool anyOutbox, QString *error,
        const DirtyMap *dirty = nullptr);
    bool upsertRow(const EntitySpec &spec, const RowChange &change, QString *error);
    bool updateFields(const EntitySpec &spec, const QString &id, const QVariantMap &values,
        const QString &fieldHlc, qint64 serverVersion, QString *error);
    bool afterAnswer(const QString &table, const QString &id, const MutationResult &result,
        QString *error);
    bool revert(const Mutation &mutation, QString *error);
    bool requeue(const EntitySpec &spec, const QString &id, const RowChange *server,
        QString *error);
    bool enqueue(const Mutation &mutation, QString *error);
    bool observe(const QList<RowChange> &changes, QString *error);
    bool observe(const Hlc &newest, QString *error);


    Database &m_database;
    const Clock &m_clock;
    // Made on first use, in the thread that syncs (the connection is that thread's).
    mutable std::optional<StatementCache> m_statements;
    mutable QHash<QString, QString> m_upsertSql; // table → its pulled-row upsert
    std::unique_ptr<PulledRowWriter> m_rowWriter; // made on the first pulled page, in its thread
};

// A JSON value (scalar, list or map) as text and back, for columns that hold "any value".
QString valueText(const QVariant &value);
QVariant valueFromText(const QString &text);

} // namespace ed::sync
