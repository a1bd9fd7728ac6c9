#include "SyncTypes.h"

#include <QLocale>

namespace ed::sync {

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Probe:
        return QStringLiteral("probe");
    case SyncPhase::Pull:
        return QStringLiteral("pull");
    case SyncPhase::Push:
        return QStringLiteral("push");
    case SyncPhase::Snapshot:
        return QStringLiteral("snapshot");
    case SyncPhase::Digest:
        return QStringLiteral("digest");
    case SyncPhase::Conflicts:
        return QStringLiteral("conflicts");
    }
    return {};
}

QJsonObject SyncReport::toJson() const
{
    static const char *const failures[] = { "none", "offline", "unauthorized", "upgrade_required",
        "server", "cancelled", "local" };
    QJsonObject object { { QStringLiteral("ok"), ok() }, { QStringLiteral("pushed"), pushed },
        { QStringLiteral("applied"), applied }, { QStringLiteral("merged"), merged },
        { QStringLiteral("conflicts"), conflicts }, { QStringLiteral("failed"), rejected },
        { QStringLiteral("retry_later"), retryLater }, { QStringLiteral("pulled"), pulled },
        { QStringLiteral("resnapshot"), resnapshot },
        { QStringLiteral("digest_mismatch"), QJsonValue::fromVariant(digestMismatch) },
        { QStringLiteral("requests"), requests } };
    if (!ok()) {
        object.insert(QStringLiteral("error"), QLatin1String(failures[int(failure)]));
        object.insert(QStringLiteral("message"), message);
    }
    if (finishedAt.isValid())
        object.insert(QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs));
    return object;
}

QString SyncStatus::text() const
{
    if (syncing) {
        //: Status bar while syncing; %1 of %2 are changes or rows.
        return total > 0 ? tr("Syncing %1 of %2…").arg(done).arg(total) : tr("Syncing…");
    }
    if (!online)
        return lastError.isEmpty() ? tr("Offline") : tr("Offline: %1").arg(lastError);
    QStringList parts;
    if (clockSkewed())
        //: status bar, when this computer's clock is wrong by more than 5 minutes
        parts << tr("Check the clock");
    if (lastSyncedAt.isValid())
        parts << tr("Synced at %1")
                     .arg(QLocale().toString(lastSyncedAt.toLocalTime().time(), QLocale::ShortFormat));
    if (openConflicts > 0)
        parts << tr("%Ln conflict(s)", nullptr, openConflicts);
    if (failedChanges > 0)
        parts << tr("%Ln failed change(s)", nullptr, failedChanges);
    if (pendingChanges > 0)
        parts << tr("%Ln change(s) waiting", nullptr, pendingChanges);
    return parts.isEmpty() ? tr("Not synced yet") : parts.join(QStringLiteral(" · "));
}

QString SyncStatus::clockSkewText() const
{
    if (!clockSkewed())
        return {};
    const int minutes = qRound(qAbs(clockSkewMs) / 60000.0);
    return clockSkewMs > 0
            ? tr("This computer's clock is %Ln minute(s) behind the server's. Set the date and time "
                 "correctly: edits are ordered by time when two copies change the same field.",
                  nullptr, minutes)
            : tr("This computer's clock is %Ln minute(s) ahead of the server's. Set the date and time "
                 "correctly: edits are ordered by time when two copies change the same field.",
                  nullptr, minutes);
}

QJsonObject LocalConflict::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("table_name"), table },
        { QStringLiteral("row_id"), rowId }, { QStringLiteral("field"), field },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("server_value"), QJsonValue::fromVariant(serverValue) },
        { QStringLiteral("client_value"), QJsonValue::fromVariant(clientValue) },
        { QStringLiteral("server_hlc"), serverHlc }, { QStringLiteral("client_hlc"), clientHlc },
        { QStringLiteral("server_version"), serverVersion },
        { QStringLiteral("client_id"), clientId }, { QStringLiteral("user"), user },
        { QStringLiteral("created_at"), createdAt }, { QStringLiteral("resolving"), resolving } };
}

QJsonObject FailedChange::toJson() const
{
    return { { QStringLiteral("client_seq"), clientSeq },
        { QStringLiteral("mutation_id"), mutationId }, { QStringLiteral("table_name"), table },
        { QStringLiteral("row_id"), rowId }, { QStringLiteral("op"), op },
        { QStringLiteral("changes"), changes }, { QStringLiteral("error"), error },
        { QStringLiteral("reason"), reason }, { QStringLiteral("failed_at"), failedAt } };
}

} // namespace ed::sync
