#include "SyncMerge.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace ed::sync {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::sync::SyncMerge", text);
    }

    const QString kDeleted = QStringLiteral("deleted");

    MergeOutcome rejected(const QString &reason, const char *code = RejectCode::Invalid)
    {
        MergeOutcome outcome;
        outcome.status = MutationStatus::Rejected;
        outcome.reason = reason;
        outcome.error = QLatin1String(code);
        return outcome;
    }

    bool boolValue(const QVariant &value, bool *out)
    {
        if (value.typeId() == QMetaType::Bool) {
            *out = value.toBool();
            return true;
        }
        if (!value.isValid() || value.isNull()) {
            *out = false;
            return true;
        }
        return false;
    }

    QVariantMap changesAsMap(const QMap<QString, FieldChange> &changes)
    {
        QVariantMap map;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            map.insert(it.key(), it->newValue);
        return map;
    }

    QString recordErrors(const FieldErrors &errors)
    {
        QStringList lines;
        for (const FieldError &error : errors)
            lines << error.toString();
        return lines.join(QLatin1Char('\n'));
    }

} // namespace

bool SyncMerge::isCritical(const FieldSpec &field)
{
    return field.critical || field.kind == FieldKind::Reference || field.kind == FieldKind::Date
        || field.name == QLatin1String("status");
}

bool SyncMerge::sameValue(const QVariant &a, const QVariant &b)
{
    const bool emptyA = Validation::isEmpty(a), emptyB = Validation::isEmpty(b);
    if (emptyA || emptyB)
        return emptyA && emptyB;
    // Through JSON, so 3 (qlonglong) and 3.0 (a JSON number) and equal lists compare equal.
    return QJsonValue::fromVariant(a) == QJsonValue::fromVariant(b);
}

Hlc SyncMerge::clamp(const Hlc &hlc, qint64 nowMs, qint64 maxAheadMs)
{
    if (hlc.wallMs <= nowMs + maxAheadMs)
        return hlc;
    return { nowMs + maxAheadMs, hlc.counter, hlc.node };
}

bool SyncMerge::normalizeChanges(const EntitySpec &spec, const Mutation &mutation,
    QMap<QString, FieldChange> *out, QString *error)
{
    out->clear();
    for (auto it = mutation.changes.cbegin(); it != mutation.changes.cend(); ++it) {
        if (it.key() == kDeleted) {
            bool oldValue = false, newValue = false;
            if (!boolValue(it->oldValue, &oldValue) || !boolValue(it->newValue, &newValue)) {
                *error = tr("deleted: must be true or false.");
                return false;
            }
            out->insert(kDeleted, { oldValue, newValue });
            continue;
        }
        const FieldSpec *field = spec.field(it.key());
        if (!field) {
            *error = tr("%1 has no field \"%2\".").arg(spec.displayName(), it.key());
            return false;
        }
        FieldChange clean;
        QString message;
        if (!Validation::normalize(*field, it->newValue, &clean.newValue, &message)) {
            *error = QStringLiteral("%1: %2").arg(field->name, message);
            return false;
        }
        // The old value is only compared, never stored; a client's stale old value that no
        // longer validates (a shrunk range) is treated as "unknown" rather than refused.
        if (!Validation::normalize(*field, it->oldValue, &clean.oldValue, &message))
            clean.oldValue = it->oldValue;
        out->insert(field->name, clean);
    }
    return true;
}

MergeOutcome SyncMerge::merge(const EntitySpec &spec, const ServerRow &current,
    const Mutation &mutation, const QString &clientId, const QSet<QString> &editorsSinceBase)
{
    QMap<QString, FieldChange> changes;
    QString error;
    if (!normalizeChanges(spec, mutation, &changes, &error))
        return rejected(error);

    const bool wantsDelete = mutation.op == MutationOp::Delete
        || (changes.contains(kDeleted) && changes.value(kDeleted).newValue.toBool());
    const bool wantsRestore = mutation.op != MutationOp::Delete && changes.contains(kDeleted)
        && !changes.value(kDeleted).newValue.toBool();
    changes.remove(kDeleted);

    QSet<QString> others = editorsSinceBase;
    others.remove(clientId);
    const bool concurrent = !others.isEmpty();

    MergeOutcome outcome;
    outcome.row = current;

    // A row the server has never seen. An update (or an insert) creates it from the "new"
    // values: the client's base is lost or was never pushed, and its new values are the best
    // state anyone has. It must then be a complete, valid record like any insert.
    if (!current.exists) {
        outcome.row.exists = true;
        outcome.row.version = 0;
        outcome.rowChanged = true;
        if (wantsDelete) {
            outcome.row.deleted = true;
            outcome.row.fieldHlc.insert(kDeleted, mutation.hlc);
            outcome.changed.insert(kDeleted, true);
            return outcome;
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            outcome.row.values.insert(it.key(), it->newValue);
            outcome.row.fieldHlc.insert(it.key(), mutation.hlc);
            outcome.changed.insert(it.key(), it->newValue);
        }
        for (const FieldSpec &field : spec.fields) {
            if (!outcome.row.values.contains(field.name) && field.defaultValue.isValid()) {
                outcome.row.values.insert(field.name, field.defaultValue);
                outcome.changed.insert(field.name, field.defaultValue);
            }
        }
        const FieldErrors errors = Validation::checkRecord(spec, outcome.row.values);
        if (!errors.isEmpty())
            return rejected(recordErrors(errors));
        return outcome;
    }

    if (current.deleted) {
        if (wantsDelete)
            return outcome; // already a tombstone: nothing to do
        if (!wantsRestore) {
            // Delete vs edit: the server keeps the tombstone; a person decides.
            MergeConflict conflict;
            conflict.kind = MergeConflict::Kind::DeleteEdit;
            conflict.field = kDeleted;
            conflict.serverValue = true;
            conflict.clientValue = changesAsMap(changes);
            conflict.serverHlc = current.fieldHlc.value(kDeleted);
            conflict.clientHlc = mutation.hlc;
            outcome.conflicts << conflict;
            outcome.status = MutationStatus::Conflict;
            outcome.reason = tr("This record was deleted on the server while you edited it; "
                                "your changes are kept as a conflict for someone to resolve.");
            return outcome;
        }
        outcome.row.deleted = false;
        outcome.row.fieldHlc.insert(kDeleted, mutation.hlc);
        outcome.changed.insert(kDeleted, false);
        outcome.rowChanged = true;
    } else if (wantsDelete) {
        if (concurrent) {
            MergeConflict conflict;
            conflict.kind = MergeConflict::Kind::DeleteEdit;
            conflict.field = kDeleted;
            conflict.serverValue = false;
            conflict.clientValue = true;
            conflict.serverHlc = current.fieldHlc.value(kDeleted);
            conflict.clientHlc = mutation.hlc;
            outcome.conflicts << conflict;
            outcome.status = MutationStatus::Conflict;
            outcome.reason
                = tr("Someone else changed this record after you last synced it, so it "
                     "was not deleted; the deletion is kept as a conflict for someone to resolve.");
            return outcome;
        }
        outcome.row.deleted = true;
        outcome.row.fieldHlc.insert(kDeleted, mutation.hlc);
        outcome.changed.insert(kDeleted, true);
        outcome.rowChanged = true;
        return outcome;
    }

    const Hlc clientHlc = Hlc::fromString(mutation.hlc);
    QStringList conflictFields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        const QVariant serverValue = current.values.value(it.key());
        if (sameValue(serverValue, it->newValue))
            continue; // both sides agree
        // Three-way against the client's base: the server changed this field since the base
        // only if someone else wrote it and its value is no longer the client's "old".
        const bool serverChanged = concurrent && !sameValue(serverValue, it->oldValue);
        const QString serverHlcText = current.fieldHlc.value(it.key());
        if (!serverChanged) {
            outcome.row.values.insert(it.key(), it->newValue);
            outcome.row.fieldHlc.insert(it.key(), mutation.hlc);
            outcome.changed.insert(it.key(), it->newValue);
            continue;
        }
        if (isCritical(*field)) {
            MergeConflict conflict;
            conflict.field = it.key();
            conflict.serverValue = serverValue;
            conflict.clientValue = it->newValue;
            conflict.serverHlc = serverHlcText;
            conflict.clientHlc = mutation.hlc;
            outcome.conflicts << conflict;
            conflictFields << field->displayName();
            continue;
        }
        // Low-stakes: last writer wins by HLC; the node (client id) breaks a tie.
        const Hlc serverHlc = Hlc::fromString(serverHlcText);
        if (serverHlc < clientHlc) {
            outcome.losses << FieldLoss { it.key(), serverValue, serverHlcText, mutation.hlc,
                false };
            outcome.row.values.insert(it.key(), it->newValue);
            outcome.row.fieldHlc.insert(it.key(), mutation.hlc);
            outcome.changed.insert(it.key(), it->newValue);
        } else {
            outcome.losses << FieldLoss { it.key(), it->newValue, mutation.hlc, serverHlcText,
                true };
        }
    }

    if (!outcome.changed.isEmpty()) {
        const FieldErrors errors = Validation::checkRecord(spec, outcome.row.values);
        if (!errors.isEmpty())
            return rejected(recordErrors(errors));
        outcome.rowChanged = true;
    }
    if (!outcome.conflicts.isEmpty()) {
        outcome.status = MutationStatus::Conflict;
        outcome.reason = tr("Someone else changed %1 at the same time; the server kept their value "
                            "and recorded a conflict for someone to resolve.")
                             .arg(conflictFields.join(QLatin1String(", ")));
    } else if (concurrent || !outcome.losses.isEmpty()) {
        outcome.status = MutationStatus::Merged;
    }
    return outcome;
}

} // namespace ed::sync
