// `sync`, `sync status`, `conflicts list`, `failed-changes list`: models/sync on the command line.
#include "CliCommands.h"

#include "Console.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "sync/CredentialStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ed::cli {

namespace {

    QString readPasswordLine()
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QString line = QString::fromUtf8(in.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }

    void printJson(const QJsonValue &value)
    {
        Console::outRaw(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }

} // namespace

void CliCommands::addSyncOptions(const QString &command, QCommandLineParser *parser)
{
    if (command != QLatin1String("sync"))
        return;
    parser->addOption({ QStringLiteral("server"), tr("The server's address, e.g. https://desk.example.org:8787."), QStringLiteral("URL") });
    parser->addOption({ QStringLiteral("user"), tr("The user name to sign in with."), QStringLiteral("NAME") });
    parser->addOption({ QStringLiteral("verify"), tr("Also compare the digests of every table with the server's.") });
}

int CliCommands::sync(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("status"))
        return syncStatus();
    if (!arguments.isEmpty())
        return usageError(tr("Unknown sync command \"%1\". Usage: expertdesk-cli sync --server URL --user NAME | sync status")
                              .arg(arguments.join(QLatin1Char(' '))));
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
    const QString user = parser.value(QStringLiteral("user"));
    if (!url.isValid() || parser.value(QStringLiteral("server")).isEmpty() || user.isEmpty())
        return usageError(tr("Give the server and the user: expertdesk-cli sync --server URL --user NAME (password on standard input)."));
    if (!QFileInfo::exists(m_path))
        return failure(ExitDatabase, tr("There is no database at %1. Create it first with: expertdesk-cli --db %1 init").arg(m_path));

    sync::CredentialStore credentials;
    sync::SyncClient client(m_path);
    client.setServer(url, user);
    client.setCredentialStore(&credentials);
    sync::SyncClient::Options options;
    options.verifyDigest = parser.isSet(QStringLiteral("verify"));
    client.setOptions(options);
    QObject::connect(&client, &sync::SyncClient::keychainUnavailable, [](const QString &message) { Console::err(message); });
    if (!m_json)
        QObject::connect(&client, &sync::SyncClient::progress, [](sync::SyncPhase phase, int done, int total) {
            Console::progress(total > 0 ? tr("%1: %2 of %3…").arg(sync::phaseName(phase)).arg(done).arg(total)
                                        : tr("%1: %2…").arg(sync::phaseName(phase)).arg(done),
                false);
        });

    // The keychain's token first; the password only when there is none or it no longer works.
    bool fromKeychain = client.restoreSession();
    sync::SyncReport report;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!fromKeychain) {
            const QString password = readPasswordLine();
            if (password.isEmpty())
                return failure(ExitFailed, tr("Give the password of %1 on standard input.").arg(user));
            QString error;
            if (!client.login(password, &error))
                return failure(ExitFailed, error);
        }
        report = client.sync();
        if (report.failure != sync::SyncFailure::Unauthorized || !fromKeychain)
            break;
        fromKeychain = false; // the stored sign-in expired: ask for the password once
    }
    if (!m_json)
        Console::progress(QString(), true);
    if (!report.ok())
        return failure(ExitFailed, report.message);
    const sync::SyncStatus status = client.status();
    if (m_json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("server"), url.toString());
        object.insert(QStringLiteral("user"), user);
        object.insert(QStringLiteral("pending"), status.pendingChanges);
        object.insert(QStringLiteral("open_conflicts"), status.openConflicts);
        object.insert(QStringLiteral("failed_changes"), status.failedChanges);
        printJson(object);
    } else {
        Console::out(tr("Pushed %1 change(s): %2 applied, %3 merged, %4 in conflict, %5 failed.")
                         .arg(report.pushed).arg(report.applied).arg(report.merged).arg(report.conflicts).arg(report.rejected));
        Console::out(tr("Pulled %1 row(s).").arg(report.pulled));
        if (report.resnapshot)
            Console::out(tr("The server's data had been restored: a fresh copy was downloaded and your changes sent again."));
        Console::out(status.text());
    }
    return ExitOk;
}

int CliCommands::syncStatus()
{
    if (!QFileInfo::exists(m_path))
        return failure(ExitDatabase, tr("There is no database at %1. Create it first with: expertdesk-cli --db %1 init").arg(m_path));
    sync::SyncClient client(m_path);
    const sync::SyncStatus status = client.status();
    if (!status.lastError.isEmpty() && !status.lastSyncedAt.isValid() && status.pendingChanges == 0)
        return failure(ExitDatabase, status.lastError);
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("last_synced_at"), status.lastSyncedAt.isValid()
                                        ? QJsonValue(status.lastSyncedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
            { QStringLiteral("pending"), status.pendingChanges },
            { QStringLiteral("open_conflicts"), status.openConflicts },
            { QStringLiteral("failed_changes"), status.failedChanges } });
    } else {
        Console::out(status.text());
    }
    return ExitOk;
}

int CliCommands::syncLists(const QString &command, const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.constFirst() != QLatin1String("list"))
        return usageError(tr("Usage: expertdesk-cli %1 list [--json]").arg(command));
    if (!QFileInfo::exists(m_path))
        return failure(ExitDatabase, tr("There is no database at %1. Create it first with: expertdesk-cli --db %1 init").arg(m_path));
    sync::SyncClient client(m_path);
    QJsonArray array;
    QStringList lines;
    if (command == QLatin1String("conflicts")) {
        for (const sync::LocalConflict &c : client.conflicts()) {
            array.append(c.toJson());
            lines << tr("%1  %2/%3  %4: server %5, yours %6%7")
                         .arg(c.id, c.table, c.rowId, c.field,
                             sync::valueText(c.serverValue), sync::valueText(c.clientValue),
                             c.resolving ? tr(" (resolving)") : QString());
        }
    } else {
        for (const sync::FailedChange &f : client.failedChanges()) {
            array.append(f.toJson());
            lines << tr("#%1  %2 %3/%4: %5").arg(f.clientSeq).arg(f.op, f.table, f.rowId, f.reason);
        }
    }
    if (m_json)
        printJson(array);
    else if (lines.isEmpty())
        Console::err(command == QLatin1String("conflicts") ? tr("No open conflicts.") : tr("No failed changes."));
    else
        for (const QString &line : std::as_const(lines))
            Console::out(line);
    return ExitOk;
}

} // namespace ed::cli
