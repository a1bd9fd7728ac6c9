#include "CliApplication.h"

#include "CliCommands.h"
#include "CliInput.h"
#include "Console.h"
#include "storage/Database.h"
#include "storage/Workspace.h"

namespace ed::cli {

const QList<CliApplication::Command> &CliApplication::commands()
{
    static const QList<Command> list = {
        { QStringLiteral("init"), QStringLiteral("init [--demo N] [--seed S]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Create the database or bring it up to date; --demo fills a new one with demo "
                "data.") },
        { QStringLiteral("list"),
            QStringLiteral("list TYPE [--search TEXT] [--sector CODE] [--country ISO2] [--status "
                           "S] [--limit N] [--offset N]"),
            QT_TRANSLATE_NOOP(
                "CliApplication", "List the records of a type, optionally filtered.") },
        { QStringLiteral("show"), QStringLiteral("show TYPE ID"),
            QT_TRANSLATE_NOOP("CliApplication", "Print one record.") },
        { QStringLiteral("add"), QStringLiteral("add TYPE --json DATA"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Add a record given as a JSON object (DATA, @FILE or - for standard input); prints "
                "its id.") },
        { QStringLiteral("update"), QStringLiteral("update TYPE ID --set FIELD=VALUE…"),
            QT_TRANSLATE_NOOP("CliApplication", "Change fields of a record.") },
        { QStringLiteral("delete"), QStringLiteral("delete TYPE ID"),
            QT_TRANSLATE_NOOP(
                "CliApplication", "Delete a record (it is kept as a tombstone for sync).") },
        { QStringLiteral("stats"), QStringLiteral("stats"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Count the records of every type and the changes waiting to sync.") },
        { QStringLiteral("match"),
            QStringLiteral("match NEED_ID [--top K] [--excluded] [--weights FILE.json]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Rank the experts for an open need, every part of the score explained.") },
        { QStringLiteral("plan"), QStringLiteral("plan [--weights FILE.json]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Propose the best assignment of experts to all open needs (nothing is written).") },
        { QStringLiteral("schedule"), QStringLiteral("schedule conflicts"),
            QT_TRANSLATE_NOOP("CliApplication",
                "List scheduling conflicts: double bookings, unavailable experts, dates outside "
                "the host's window, passports, missions starting on a weekend.") },
        { QStringLiteral("export-ics"), QStringLiteral("export-ics --out FILE"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Write every mission as an all-day event of an iCalendar (.ics) file.") },
        { QStringLiteral("export"),
            QStringLiteral("export TYPE --format csv|xlsx|json --out FILE [--search TEXT] [--sector CODE] "
                           "[--country ISO2] [--status S] | export directory --out DIR"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Write the records of a type, filtered as by list, to a CSV, Excel or JSON file; "
                "\"export directory\" writes the public expert directory (HTML pages and JSON).") },
        { QStringLiteral("import-ics"), QStringLiteral("import-ics EXPERT_ID FILE"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Add the events of an .ics file to an expert's unavailability periods.") },
        { QStringLiteral("import"),
            QStringLiteral("import jotform-experts|jotform-needs FILE [--mapping FILE.json] [--dry-run]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Bring in the submissions of a JotForm export (CSV or XLSX): new ones added, changed ones "
                "updated, duplicates merged or set aside for review, bad rows reported with their reason.") },
        { QStringLiteral("chart"),
            QStringLiteral("chart needs-by-sector|experts-by-country|missions-by-month|"
                           "fulfilment-by-country --out FILE.png [--lang ar|fr|en]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Draw a dashboard chart as a PNG image, an SVG drawing or a PDF page.") },
        { QStringLiteral("report"), QStringLiteral("report --out FILE.pdf [--lang ar|fr|en]"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Write the programme report (KPIs, charts, summary tables) as an A4 PDF.") },
        { QStringLiteral("sync"), QStringLiteral("sync --server URL --user NAME [--verify] | sync status"),
            QT_TRANSLATE_NOOP("CliApplication",
                "Send local changes to the server and receive everyone else's (password on standard "
                "input unless the keychain has a sign-in); \"sync status\" shows what is waiting.") },
        { QStringLiteral("conflicts"), QStringLiteral("conflicts list"),
            QT_TRANSLATE_NOOP("CliApplication", "List the sync conflicts waiting for a person to decide.") },
        { QStringLiteral("failed-changes"), QStringLiteral("failed-changes list"),
            QT_TRANSLATE_NOOP("CliApplication", "List the local changes the server refused, with its reason.") },
        { QStringLiteral("help"), QStringLiteral("help [COMMAND]"),
            QT_TRANSLATE_NOOP("CliApplication", "Explain the program or one command.") },
    };
    return list;
}

const CliApplication::Command *CliApplication::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliApplication::programName(QString helpText)
{
    // QCommandLineParser names the program by its full path; the docs and messages use its name.
    const QString path = QCoreApplication::arguments().constFirst();
    const qsizetype end = helpText.indexOf(QLatin1Char('\n'));
    const qsizetype at = helpText.indexOf(path);
    if (at >= 0 && (end < 0 || at < end))
        helpText.replace(at, path.size(), QStringLiteral("expertdesk-cli"));
    return helpText;
}

QString CliApplication::defaultDatabase()
{
    const QString fromEnvironment = qEnvironmentVariable("EXPERTDESK_DB");
    return fromEnvironment.isEmpty() ? Workspace::defaultDatabasePath() : fromEnvironment;
}

void CliApplication::addGlobalOptions(QCommandLineParser *parser)
{
    parser->addOption({ QStringLiteral("db"),
        tr("The database file; by default $EXPERTDESK_DB or else %1")
            .arg(Workspace::defaultDatabasePath()),
        QStringLiteral("FILE") });
    parser->addOption({ QStringLiteral("json"), tr("Print results as JSON.") });
    parser->addOption({ { QStringLiteral("h"), QStringLiteral("help") },
        tr("Explain the program or the command.") });
    parser->addOption({ QStringLiteral("version"), tr("Print the version.") });
}

QString CliApplication::generalHelp(QCommandLineParser &parser)
{
    QStringList lines { programName(parser.helpText().trimmed()), QString(), tr("Commands:") };
    for (const Command &command : commands())
        lines << QLatin1String("  ") + command.synopsis
              << QLatin1String("      ") + tr(command.summary);
    lines << QString()
          << tr("TYPE is experts, institutions, needs, missions or evaluations (the singular works "
                "too).")
          << tr("Run \"expertdesk-cli COMMAND --help\" for the options of a command; docs/cli.md "
                "has examples.");
    return lines.join(QLatin1Char('\n'));
}

QString CliApplication::commandHelp(const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(command.summary));
    addGlobalOptions(&parser);
    CliCommands::addOptions(command.name, &parser);
    parser.addPositionalArgument(command.name, QString(), command.synopsis);
    QString text = parser.helpText();
    text.truncate(text.indexOf(QLatin1String("\nArguments:"))); // the synopsis says it already
    QStringList lines { programName(text.trimmed()) };
    if (command.synopsis.contains(QLatin1String("TYPE")))
        lines << QString()
              << tr("TYPE is experts, institutions, needs, missions or evaluations (the singular "
                    "works too).");
    return lines.join(QLatin1Char('\n'));
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        tr("Expert Desk on the command line: manage experts, institutions, needs, missions and "
           "evaluations in the local database."));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(&global);
    global.addPositionalArgument(QStringLiteral("command"), tr("What to do; see the list below."),
        QStringLiteral("COMMAND [ARGUMENTS…]"));
    if (!global.parse(arguments))
        return CliCommands::usageError(
            tr("%1. Run \"expertdesk-cli --help\" for the options.").arg(global.errorText()));
    if (global.isSet(QStringLiteral("version"))) {
        Console::out(tr("expertdesk-cli %1 (database schema %2)")
                         .arg(QCoreApplication::applicationVersion())
                         .arg(Database::latestSchemaVersion()));
        return ExitOk;
    }
    QStringList rest = global.positionalArguments();
    if (rest.isEmpty()) {
        if (global.isSet(QStringLiteral("help"))) {
            Console::out(generalHelp(global));
            return ExitOk;
        }
        return CliCommands::usageError(
            tr("No command given. Run \"expertdesk-cli --help\" to see the commands."));
    }
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            Console::out(generalHelp(global));
            return ExitOk;
        }
        if (const Command *command = findCommand(rest.constFirst())) {
            Console::out(commandHelp(*command));
            return ExitOk;
        }
    }
    const Command *command = findCommand(name == QLatin1String("help") ? rest.constFirst() : name);
    if (!command) {
        QStringList names;
        for (const Command &c : commands())
            names << c.name;
        return CliCommands::usageError(
            tr("Unknown command \"%1\". The commands are: %2. Run \"expertdesk-cli --help\" for "
               "details.")
                .arg(name == QLatin1String("help") ? rest.constFirst() : name,
                    names.join(QLatin1String(", "))));
    }
    if (global.isSet(QStringLiteral("help"))) {
        Console::out(commandHelp(*command));
        return ExitOk;
    }

    // `add` takes its input with --json DATA, which the parser cannot tell from the output flag.
    bool jsonOutput = global.isSet(QStringLiteral("json"));
    QString data;
    bool hasData = false;
    if (command->name == QLatin1String("add"))
        rest = CliInput::takeJsonData(rest, &data, &hasData, &jsonOutput);

    QCommandLineParser parser;
    addGlobalOptions(&parser);
    if (command->name != QLatin1String("add"))
        CliCommands::addOptions(command->name, &parser);
    if (!parser.parse(QStringList { arguments.constFirst() } + rest))
        return CliCommands::usageError(tr("%1. Run \"expertdesk-cli %2 --help\" for its options.")
                                           .arg(parser.errorText(), command->name));
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(commandHelp(*command));
        return ExitOk;
    }
    jsonOutput = jsonOutput || parser.isSet(QStringLiteral("json"));
    const QString database = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
        : global.isSet(QStringLiteral("db"))                    ? global.value(QStringLiteral("db"))
                                                                : defaultDatabase();
    if (database.trimmed().isEmpty())
        return CliCommands::usageError(tr("--db needs a file name."));

    CliCommands commandsImpl(database, jsonOutput);
    const QStringList positional = parser.positionalArguments();
    if (command->name == QLatin1String("init"))
        return commandsImpl.init(parser, positional);
    if (command->name == QLatin1String("list"))
        return commandsImpl.list(parser, positional);
    if (command->name == QLatin1String("show"))
        return commandsImpl.show(parser, positional);
    if (command->name == QLatin1String("add"))
        return commandsImpl.add(positional, data, hasData);
    if (command->name == QLatin1String("update"))
        return commandsImpl.update(parser, positional);
    if (command->name == QLatin1String("delete"))
        return commandsImpl.remove(parser, positional);
    if (command->name == QLatin1String("stats"))
        return commandsImpl.stats(parser, positional);
    if (command->name == QLatin1String("match"))
        return commandsImpl.match(parser, positional);
    if (command->name == QLatin1String("plan"))
        return commandsImpl.plan(parser, positional);
    if (command->name == QLatin1String("schedule"))
        return commandsImpl.schedule(parser, positional);
    if (command->name == QLatin1String("export-ics"))
        return commandsImpl.exportIcs(parser, positional);
    if (command->name == QLatin1String("export"))
        return commandsImpl.exportRecords(parser, positional);
    if (command->name == QLatin1String("import-ics"))
        return commandsImpl.importIcs(parser, positional);
    if (command->name == QLatin1String("import"))
        return commandsImpl.importJotform(parser, positional);
    if (command->name == QLatin1String("chart"))
        return commandsImpl.chart(parser, positional);
    if (command->name == QLatin1String("report"))
        return commandsImpl.report(parser, positional);
    if (command->name == QLatin1String("sync"))
        return commandsImpl.sync(parser, positional);
    if (command->name == QLatin1String("conflicts") || command->name == QLatin1String("failed-changes"))
        return commandsImpl.syncLists(command->name, positional);
    Console::out(generalHelp(global)); // "help" with an argument that is not a command
    return ExitOk;
}

} // namespace ed::cli
