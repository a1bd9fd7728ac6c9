// `schedule conflicts`, `export-ics` and `import-ics`: models/scheduling on the command line.
#include "CliCommands.h"

#include "Console.h"
#include "scheduling/ConflictDetector.h"
#include "scheduling/IcsExport.h"
#include "scheduling/IcsImport.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ed::cli {

void CliCommands::addSchedulingOptions(const QString &command, QCommandLineParser *parser)
{
    if (command == QLatin1String("export-ics"))
        parser->addOption({ QStringLiteral("out"), tr("The .ics file to write."), QStringLiteral("FILE") });
}

int CliCommands::schedule(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.constFirst() != QLatin1String("conflicts"))
        return usageError(arguments.isEmpty()
                ? tr("Say what to schedule. Usage: expertdesk-cli schedule conflicts [--json]")
                : tr("Unknown schedule report \"%1\". Usage: expertdesk-cli schedule conflicts [--json]")
                          .arg(arguments.join(QLatin1Char(' '))));
    if (const int code = open(false))
        return code;
    SchedulingData data;
    QString error;
    if (!data.load(m_workspace->database().connection(), &error))
        return failure(ExitDatabase, error);
    const QList<Conflict> conflicts = ConflictDetector::detect(data);

    if (m_json) {
        QJsonArray array;
        for (const Conflict &c : conflicts) {
            array.append(QJsonObject { { QStringLiteral("kind"), c.kindKey() },
                                       { QStringLiteral("mission_ids"), QJsonArray::fromStringList(c.missionIds) },
                                       { QStringLiteral("expert_id"), c.expertId },
                                       { QStringLiteral("start"), c.start.toString(Qt::ISODate) },
                                       { QStringLiteral("end"), c.end.toString(Qt::ISODate) },
                                       { QStringLiteral("description"), c.description } });
        }
        Console::outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Conflict &c : conflicts)
        Console::out(QStringLiteral("%1\t%2").arg(Conflict::kindName(c.kind), c.description));
    Console::err(tr("%n conflict(s) in %1 mission(s).", nullptr, int(conflicts.size()))
                         .arg(QLocale().toString(data.missions.size())));
    return ExitOk;
}

int CliCommands::exportIcs(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("Unexpected argument \"%1\". Usage: expertdesk-cli export-ics --out FILE")
                                  .arg(arguments.constFirst()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return usageError(tr("Name the file to write with --out FILE.ics."));
    if (const int code = open(false))
        return code;
    SchedulingData data;
    QString error;
    if (!data.load(m_workspace->database().connection(), &error))
        return failure(ExitDatabase, error);
    if (!IcsExport::write(data, out, QDateTime::currentDateTimeUtc(), &m_workspace->reference(), &error))
        return failure(ExitFailed, error);
    if (m_json)
        Console::outRaw(QJsonDocument(QJsonObject { { QStringLiteral("file"), out },
                                                    { QStringLiteral("events"), int(data.missions.size()) } })
                                .toJson(QJsonDocument::Compact) + '\n');
    else
        Console::out(tr("Wrote %n event(s) to %1.", nullptr, int(data.missions.size())).arg(out));
    return ExitOk;
}

int CliCommands::importIcs(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usageError(tr("Usage: expertdesk-cli import-ics EXPERT_ID FILE"));
    if (const int code = open(false))
        return code;
    int added = 0;
    QString error;
    if (!IcsImport::importUnavailability(repository(), arguments.at(0).trimmed(), arguments.at(1), &added, &error))
        return failure(ExitFailed, error);
    if (m_json)
        Console::outRaw(QJsonDocument(QJsonObject { { QStringLiteral("expert_id"), arguments.at(0).trimmed() },
                                                    { QStringLiteral("added"), added } })
                                .toJson(QJsonDocument::Compact) + '\n');
    else
        Console::out(tr("Added %n unavailability period(s).", nullptr, added));
    return ExitOk;
}

} // namespace ed::cli
