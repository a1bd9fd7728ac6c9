#pragma once

#include "SyncProtocol.h"
#include "domain/Schema.h"
#include "sync/Hlc.h"

#include <QMap>
#include <QSet>
#include <QVariantMap>

// The per-field three-way merge of DESIGN.md §4, as pure functions: the server runs it on every
// pushed mutation, and the client sync engine can run it to predict or replay an outcome.
namespace ed::sync {

// The server's copy of a row before the mutation. `values` hold normalised field values
// (Validation::normalize); `fieldHlc` maps a field to the HLC text of its last write.
struct ServerRow {
    bool exists = false;
    qint64 version = 0;
    bool deleted = false;
    QVariantMap values;
    QMap<QString, QString> fieldHlc;
};

struct MergeConflict {
    enum class Kind { Field, DeleteEdit };
    Kind kind = Kind::Field;
    QString field; // "deleted" for delete-vs-edit
    QVariant serverValue; // kept
    QVariant clientValue; // not applied; for delete-vs-edit the client's changes as a map
    QString serverHlc;
    QString clientHlc;
};

// A value that lost last-writer-wins; kept in field history so nobody's typing disappears.
struct FieldLoss {
    QString field;
    QVariant value;
    QString hlc; // the loser's HLC
    QString winnerHlc;
    bool clientLost = false;
};

struct MergeOutcome {
    MutationStatus status = MutationStatus::Applied;
    QString reason; // user-readable, for rejected and conflict
    QString error; // RejectCode when rejected
    bool rowChanged = false;
    ServerRow row; // what to store when rowChanged
    QVariantMap changed; // field (or "deleted") → new value, what the change log records
    QList<MergeConflict> conflicts;
    QList<FieldLoss> losses;
};

class SyncMerge {
public:
    // Critical fields never merge by last-writer-wins: FieldSpec::critical, every Reference,
    // every Date and every field named "status".
    static bool isCritical(const FieldSpec &field);
    // Equal after normalisation; empty text, null and an empty list are the same "no value".
    static bool sameValue(const QVariant &a, const QVariant &b);
    // An HLC more than maxAheadMs ahead of nowMs is pulled back to nowMs + maxAheadMs.
    static Hlc clamp(const Hlc &hlc, qint64 nowMs, qint64 maxAheadMs = kMaxHlcAheadMs);

    // `editorsSinceBase` are the client ids that changed the row after the mutation's
    // base_version (the server reads them from its change log). Only edits by someone other than
    // `clientId` count as concurrent: a client is never in conflict with its own earlier pushes.
    // The mutation's hlc must already be clamped. Reference targets and reference data
    // (countries, sectors) are checked by the caller, which has the database.
    static MergeOutcome merge(const EntitySpec &spec, const ServerRow &current,
        const Mutation &mutation, const QString &clientId, const QSet<QString> &editorsSinceBase);

    // Normalises every "old" and "new" value of a mutation against the schema. "deleted" must
    // be a boolean. Fails with a user-readable message naming the field.
    static bool normalizeChanges(const EntitySpec &spec, const Mutation &mutation,
        QMap<QString, FieldChange> *out, QString *error);
};

} // namespace ed::sync
