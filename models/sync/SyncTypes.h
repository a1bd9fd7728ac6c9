#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// What the client sync engine reports to its callers (GUI, CLI, tests). Pure data.
namespace ed::sync {

enum class SyncPhase { Probe, Pull, Push, Snapshot, Digest, Conflicts };
QString phaseName(SyncPhase phase);

// Why a sync stopped early. Offline and Server failures are retried with backoff; the others
// need a person (sign in again, install a newer version) or were asked for (cancel).
enum class SyncFailure { None, Offline, Unauthorized, UpgradeRequired, Server, Cancelled, Local };

struct SyncReport {
    int pushed = 0; // outbox entries sent and answered
    int applied = 0;
    int merged = 0;
    int conflicts = 0;
    int rejected = 0; // moved to the failed changes
    int retryLater = 0; // rejected/internal: kept in the outbox
    int pulled = 0; // rows received
    bool resnapshot = false; // a 410 made the client download a fresh copy
    QStringList digestMismatch; // tables resynced because their digest differed
    int requests = 0;
    SyncFailure failure = SyncFailure::None;
    QString message; // user-readable, set when failure != None
    QDateTime finishedAt;

    bool ok() const { return failure == SyncFailure::None; }
    QJsonObject toJson() const;
};

struct SyncStatus {
    Q_DECLARE_TR_FUNCTIONS(ed::sync::SyncStatus)

public:
    bool online = false;
    bool syncing = false;
    int done = 0;
    int total = 0;
    QDateTime lastSyncedAt;
    int pendingChanges = 0;
    int openConflicts = 0;
    int failedChanges = 0;
    // Server clock minus this computer's, from the last pull (0: not known yet).
    qint64 clockSkewMs = 0;
    QString lastError;

    // DESIGN §4: beyond this the person is told to set the computer's clock.
    static constexpr qint64 kClockSkewWarningMs = 5 * 60 * 1000;
    bool clockSkewed() const { return qAbs(clockSkewMs) > kClockSkewWarningMs; }
    // "This computer's clock is 12 minutes behind the server's…", or empty.
    QString clockSkewText() const;

    // One line for a status bar: "Offline", "Syncing 3 of 7…", "Synced at 10:42", …
    QString text() const;
};

// A server conflict as the side-by-side view shows it (GET /api/v1/conflicts).
struct LocalConflict {
    QString id, table, rowId, field, kind; // kind: "field" or "delete_edit"
    QVariant serverValue, clientValue;
    QString serverHlc, clientHlc, clientId, user, createdAt;
    qint64 serverVersion = 0;
    bool resolving = false; // the person chose; waiting for the next sync to tell the server
    QJsonObject toJson() const;
};

// An outbox entry the server refused (rejected: invalid, forbidden, unknown_table).
struct FailedChange {
    qint64 clientSeq = 0;
    QString mutationId, table, rowId, op, error, reason, failedAt;
    QJsonObject changes;
    QJsonObject toJson() const;
};

} // namespace ed::sync

Q_DECLARE_METATYPE(ed::sync::SyncReport)
Q_DECLARE_METATYPE(ed::sync::SyncStatus)
