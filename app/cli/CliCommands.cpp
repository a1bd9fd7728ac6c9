#include "CliCommands.h"

#include "CliInput.h"
#include "Console.h"
#include "JsonOutput.h"
#include "TextOutput.h"
#include "domain/Validation.h"
#include "io/DemoData.h"
#include "storage/Workspace.h"

#include <QFileInfo>

#include <csignal>

namespace ed::cli {

namespace {

    const QString kProgram = QStringLiteral("expertdesk-cli");

    volatile std::sig_atomic_t g_interrupted = 0;

    void onInterrupt(int)
    {
        g_interrupted = 1;
    }

    QString typeList()
    {
        QStringList names;
        for (const EntitySpec *spec : Schema::all())
            names << spec->table;
        return names.join(QLatin1String(", "));
    }

    // A non-negative whole number from an option, or a usage message.
    bool parseCount(const QCommandLineParser &parser, const QString &option, qint64 max, int *out,
        QString *error)
    {
        bool ok = false;
        const QString text = parser.value(option);
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < 0 || value > max) {
            *error = QCoreApplication::translate(
                "CliCommands", "--%1 takes a whole number from 0 to %2, not \"%3\".")
                         .arg(option)
                         .arg(max)
                         .arg(text);
            return false;
        }
        *out = int(value);
        return true;
    }

} // namespace

CliCommands::CliCommands(QString databasePath, bool jsonOutput)
    : m_path(std::move(databasePath))
    , m_json(jsonOutput)
{
}

CliCommands::~CliCommands() = default;

void CliCommands::addOptions(const QString &command, QCommandLineParser *parser)
{
    addSchedulingOptions(command, parser);
    addSyncOptions(command, parser);
    addReportOptions(command, parser);
    addImportOptions(command, parser);
    addExportOptions(command, parser);
    if (command == QLatin1String("init")) {
        parser->addOption({ QStringLiteral("demo"),
            tr("Fill a new, empty database with N demo experts and the needs, missions and "
               "evaluations that go with them."),
            QStringLiteral("N") });
        parser->addOption({ QStringLiteral("seed"),
            tr("Seed of the demo data; the same seed gives the same data (default 2026)."),
            QStringLiteral("S") });
    } else if (command == QLatin1String("list")) {
        parser->addOption({ QStringLiteral("search"),
            tr("Only records matching all words of TEXT (names, skills, equipment, titles…)."),
            QStringLiteral("TEXT") });
        parser->addOption({ QStringLiteral("sector"),
            tr("Only records in the sector CODE, e.g. BME."), QStringLiteral("CODE") });
        parser->addOption({ QStringLiteral("country"),
            tr("Only records in the country ISO2, e.g. PK."), QStringLiteral("ISO2") });
        parser->addOption({ QStringLiteral("status"),
            tr("Only records with the status S, e.g. active or matching."), QStringLiteral("S") });
        parser->addOption(
            { QStringLiteral("limit"), tr("Print at most N records."), QStringLiteral("N") });
        parser->addOption(
            { QStringLiteral("offset"), tr("Skip the first N records."), QStringLiteral("N") });
    } else if (command == QLatin1String("add")) {
        parser->addOption({ QStringLiteral("json"),
            tr("The record: a JSON object, @FILE to read it from a file or - to read standard "
               "input. A second --json prints the stored record as JSON."),
            QStringLiteral("DATA") });
    } else if (command == QLatin1String("match") || command == QLatin1String("plan")) {
        if (command == QLatin1String("match")) {
            parser->addOption({ QStringLiteral("top"),
                tr("Show the K best candidates (default 10)."), QStringLiteral("K") });
            parser->addOption({ QStringLiteral("excluded"),
                tr("Also list the experts a hard filter excludes, with the reason.") });
        }
        parser->addOption({ QStringLiteral("weights"),
            tr("Points of the score parts, a JSON object such as {\"skills\": 40, \"fairness\": 0}; "
               "missing parts keep their default."),
            QStringLiteral("FILE.json") });
    } else if (command == QLatin1String("update")) {
        parser->addOption({ QStringLiteral("set"),
            tr("Change FIELD to VALUE; repeat for more fields. An empty VALUE clears the field."),
            QStringLiteral("FIELD=VALUE") });
    }
}

int CliCommands::usageError(const QString &message)
{
    return failure(ExitUsage, message);
}

int CliCommands::failure(int exitCode, const QString &message)
{
    Console::err(kProgram + QLatin1String(": ") + message);
    return exitCode;
}

int CliCommands::open(bool create)
{
    if (m_workspace)
        return ExitOk;
    if (!create && !QFileInfo::exists(m_path))
        return failure(ExitDatabase,
            tr("There is no database at %1. Create it first with: expertdesk-cli --db %1 init")
                .arg(m_path));
    auto workspace = std::make_unique<Workspace>();
    QString error;
    if (!workspace->open(m_path, &error))
        return failure(ExitDatabase, error);
    m_workspace = std::move(workspace);
    return ExitOk;
}

RecordRepository &CliCommands::repository()
{
    return m_workspace->repository();
}

const EntitySpec *CliCommands::entity(const QString &name) const
{
    const EntitySpec *spec = Schema::find(name.trimmed().toLower());
    if (!spec)
        usageError(tr("Unknown record type \"%1\". Use one of: %2 (the singular works too).")
                       .arg(name, typeList()));
    return spec;
}

int CliCommands::checkArguments(
    const QStringList &arguments, int expected, const QString &synopsis) const
{
    if (arguments.size() < expected)
        return usageError(tr("Missing arguments. Usage: expertdesk-cli %1 (types: %2).")
                              .arg(synopsis, typeList()));
    if (arguments.size() > expected)
        return usageError(tr("Unexpected argument \"%1\". Usage: expertdesk-cli %2")
                              .arg(arguments.at(expected), synopsis));
    return ExitOk;
}

int CliCommands::refused(const QString &summary, const WriteResult &result) const
{
    QStringList lines { kProgram + QLatin1String(": ") + summary };
    for (const FieldError &error : result.errors)
        lines << QLatin1String("  ") + error.toString();
    Console::err(lines.join(QLatin1Char('\n')));
    return ExitFailed;
}

TextOutput CliCommands::text()
{
    return TextOutput(m_workspace->reference(), [this](const QString &table, const QString &id) {
        const QString key = table + QLatin1Char('/') + id;
        auto it = m_names.constFind(key);
        if (it == m_names.constEnd()) {
            QString name;
            const EntitySpec *spec = Schema::find(table);
            if (const auto record = spec ? repository().get(*spec, id, true) : std::nullopt) {
                name = record->value(QStringLiteral("code")).toString();
                if (name.isEmpty())
                    name = record->value(QStringLiteral("name")).toString();
            }
            it = m_names.insert(key, name);
        }
        return *it;
    });
}

int CliCommands::printRecord(const EntitySpec &spec, const QString &id)
{
    const std::optional<QVariantMap> record = repository().get(spec, id);
    if (!record)
        return failure(ExitFailed,
            tr("No record in %1 has the id \"%2\". Find ids with: expertdesk-cli list %1")
                .arg(spec.table, id));
    if (m_json)
        Console::outRaw(JsonOutput::object(JsonOutput::recordMembers(spec, *record)));
    else
        Console::out(text().record(spec, *record));
    return ExitOk;
}

int CliCommands::init(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(
            tr("Unexpected argument \"%1\". Usage: expertdesk-cli init [--demo N] [--seed S]")
                .arg(arguments.constFirst()));
    if (parser.isSet(QStringLiteral("seed")) && !parser.isSet(QStringLiteral("demo")))
        return usageError(tr("--seed only applies to demo data; add --demo N."));
    const bool existed = QFileInfo::exists(m_path);
    if (const int code = open(true))
        return code;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (const int code = generateDemo(parser))
            return code;
    }
    const int schema = m_workspace->database().schemaVersion();
    if (m_json) {
        Console::outRaw(JsonOutput::object(
            { { QStringLiteral("database"), m_path }, { QStringLiteral("created"), !existed },
                { QStringLiteral("schema_version"), schema } }));
    } else {
        Console::out(existed ? tr("The database %1 is ready (schema %2).").arg(m_path).arg(schema)
                             : tr("Created the database %1 (schema %2).").arg(m_path).arg(schema));
    }
    return ExitOk;
}

int CliCommands::generateDemo(const QCommandLineParser &parser)
{
    QString error;
    int experts = 0;
    if (!parseCount(parser, QStringLiteral("demo"), 100000, &experts, &error) || experts == 0)
        return usageError(
            error.isEmpty() ? tr("--demo takes the number of demo experts, at least 1.") : error);
    DemoOptions options;
    options.experts = experts;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usageError(tr("--seed takes a whole number from 0 to 4294967295, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("seed"))));
    }
    // Demo rows mixed into real records could be mistaken for them and would sync to the server.
    int live = 0;
    for (const EntitySpec *spec : Schema::all())
        live += repository().count(*spec);
    if (live > 0)
        return failure(ExitFailed,
            tr("The database %1 already holds %n record(s); demo data only goes into an empty "
               "database. Give a new file with --db.",
                nullptr, live)
                .arg(m_path));

    g_interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    int lastPercent = -1;
    auto progress = [&](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            Console::progress(
                tr("Generating demo data… %1 of %2 (%3%)").arg(done).arg(total).arg(percent),
                false);
        }
        return g_interrupted == 0;
    };
    Console::progress(tr("Generating demo data…"), false);
    const bool ok = DemoData::generate(repository(), options, progress, &error);
    std::signal(SIGINT, previous);
    if (g_interrupted)
        return failure(ExitFailed, tr("Cancelled; no demo data was kept."));
    if (!ok)
        return failure(ExitFailed, tr("Could not generate the demo data: %1").arg(error));
    QStringList counts;
    for (const EntitySpec *spec : Schema::all())
        counts << QStringLiteral("%1 %2").arg(spec->table).arg(repository().count(*spec));
    Console::progress(tr("Generated demo data: %1.").arg(counts.join(QLatin1String(", "))), true);
    return ExitOk;
}

// The --search, --sector, --country and --status options of `list` and `export`, checked.
int CliCommands::readFilter(const QCommandLineParser &parser, const EntitySpec &spec, RecordFilter *filter) const
{
    QString error;
    filter->search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("sector"))) {
        filter->sector = parser.value(QStringLiteral("sector")).trimmed().toUpper();
        if (spec.sectorFilter.isEmpty())
            return usageError(tr(
                "%1 cannot be filtered by sector; --sector works for experts, needs and missions.")
                                  .arg(spec.table));
        if (!m_workspace->reference().hasSector(filter->sector))
            return usageError(
                tr("\"%1\" is not a sector code (e.g. BME, IT, RE).").arg(filter->sector));
    }
    if (parser.isSet(QStringLiteral("country"))) {
        filter->country = parser.value(QStringLiteral("country")).trimmed().toUpper();
        if (spec.countryFilter.isEmpty())
            return usageError(tr("%1 cannot be filtered by country; --country works for experts, "
                                 "institutions, needs and missions.")
                                  .arg(spec.table));
        if (!m_workspace->reference().hasCountry(filter->country))
            return usageError(
                tr("\"%1\" is not the ISO code of an OIC member state (e.g. PK, MA, SN).")
                    .arg(filter->country));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const FieldSpec *status = spec.field(QStringLiteral("status"));
        if (!status)
            return usageError(tr("%1 have no status; leave out --status.").arg(spec.table));
        QVariant value;
        if (!Validation::normalize(*status, parser.value(QStringLiteral("status")), &value, &error))
            return usageError(QStringLiteral("--status: ") + error);
        filter->status = value.toString();
    }
    return ExitOk;
}

int CliCommands::list(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 1,
            QStringLiteral("list TYPE [--search TEXT] [--sector CODE] [--country ISO2] [--status "
                           "S] [--limit N] [--offset N]")))
        return code;
    const EntitySpec *spec = entity(arguments.constFirst());
    if (!spec)
        return ExitUsage;
    QString error;
    int limit = -1, offset = 0;
    if (parser.isSet(QStringLiteral("limit"))
        && !parseCount(parser, QStringLiteral("limit"), 1000000, &limit, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("offset"))
        && !parseCount(parser, QStringLiteral("offset"), 100000000, &offset, &error))
        return usageError(error);
    if (const int code = open(false))
        return code;

    RecordFilter filter;
    if (const int code = readFilter(parser, *spec, &filter))
        return code;

    const QList<QVariantMap> records = repository().list(*spec, filter, {}, limit, offset);
    if (m_json) {
        QList<JsonOutput::Members> objects;
        for (const QVariantMap &record : records)
            objects << JsonOutput::recordMembers(*spec, record);
        Console::outRaw(JsonOutput::array(objects));
        return ExitOk;
    }
    const int total = repository().count(*spec, filter);
    if (records.isEmpty()) {
        Console::out(total > 0
                ? tr("No records at offset %1; there are %n in all.", nullptr, total).arg(offset)
                : tr("No records match."));
        return ExitOk;
    }
    Console::out(text().table(*spec, records));
    if (records.size() < total)
        Console::out(tr("Records %1–%2 of %n.", nullptr, total)
                         .arg(offset + 1)
                         .arg(offset + records.size()));
    else
        Console::out(tr("%n record(s).", nullptr, total));
    return ExitOk;
}

int CliCommands::show(const QCommandLineParser &, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 2, QStringLiteral("show TYPE ID")))
        return code;
    const EntitySpec *spec = entity(arguments.constFirst());
    if (!spec)
        return ExitUsage;
    if (const int code = open(false))
        return code;
    return printRecord(*spec, arguments.at(1).trimmed());
}

int CliCommands::add(const QStringList &arguments, const QString &data, bool hasData)
{
    if (const int code = checkArguments(arguments, 1, QStringLiteral("add TYPE --json DATA")))
        return code;
    const EntitySpec *spec = entity(arguments.constFirst());
    if (!spec)
        return ExitUsage;
    if (!hasData)
        return usageError(tr("Give the record with --json DATA: a JSON object, @FILE or - for "
                             "standard input. The keys are: %1.")
                              .arg(spec->fieldNames().join(QLatin1String(", "))));
    QVariantMap values;
    QString error;
    if (!CliInput::readJsonObject(data, &values, &error))
        return usageError(error);
    if (const int code = open(false))
        return code;
    const QString summary = tr("The record was not added; nothing was changed:");
    const FieldErrors shapeErrors = CliInput::checkShapes(*spec, values);
    if (!shapeErrors.isEmpty())
        return refused(summary, { {}, shapeErrors });
    const WriteResult result = repository().insert(*spec, values);
    if (!result.ok())
        return refused(summary, result);
    if (m_json)
        return printRecord(*spec, result.id);
    Console::out(result.id);
    return ExitOk;
}

int CliCommands::update(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code
        = checkArguments(arguments, 2, QStringLiteral("update TYPE ID --set FIELD=VALUE…")))
        return code;
    const EntitySpec *spec = entity(arguments.constFirst());
    if (!spec)
        return ExitUsage;
    const QStringList pairs = parser.values(QStringLiteral("set"));
    if (pairs.isEmpty())
        return usageError(tr("Say what to change with --set FIELD=VALUE. The fields are: %1.")
                              .arg(spec->fieldNames().join(QLatin1String(", "))));
    QVariantMap changes;
    QString error;
    if (!CliInput::parseAssignments(pairs, &changes, &error))
        return usageError(error);
    if (const int code = open(false))
        return code;
    const QString id = arguments.at(1).trimmed();
    const int outboxBefore = repository().outboxSize();
    const WriteResult result = repository().update(*spec, id, changes);
    if (!result.ok())
        return refused(tr("The record was not updated; nothing was changed:"), result);
    if (m_json)
        return printRecord(*spec, id);
    Console::out(repository().outboxSize() == outboxBefore
            ? tr("Nothing to change: %1 already has these values.").arg(id)
            : tr("Updated %1.").arg(id));
    return ExitOk;
}

int CliCommands::remove(const QCommandLineParser &, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 2, QStringLiteral("delete TYPE ID")))
        return code;
    const EntitySpec *spec = entity(arguments.constFirst());
    if (!spec)
        return ExitUsage;
    if (const int code = open(false))
        return code;
    const QString id = arguments.at(1).trimmed();
    // The repository treats deleting a deleted row as done; a person asking for it has a wrong id.
    if (!repository().get(*spec, id))
        return failure(ExitFailed,
            tr("No record in %1 has the id \"%2\". Find ids with: expertdesk-cli list %1")
                .arg(spec->table, id));
    const WriteResult result = repository().remove(*spec, id);
    if (!result.ok())
        return refused(tr("The record was not deleted:"), result);
    if (m_json)
        Console::outRaw(JsonOutput::object(
            { { QStringLiteral("id"), id }, { QStringLiteral("deleted"), true } }));
    else
        Console::out(
            tr("Deleted %1. It is kept as a tombstone so that the deletion reaches other replicas.")
                .arg(id));
    return ExitOk;
}

int CliCommands::stats(const QCommandLineParser &, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 0, QStringLiteral("stats")))
        return code;
    if (const int code = open(false))
        return code;
    JsonOutput::Members members;
    for (const EntitySpec *spec : Schema::all())
        members.append({ spec->table, repository().count(*spec) });
    members.append({ QStringLiteral("outbox"), repository().outboxSize() });
    members.append({ QStringLiteral("schema_version"), m_workspace->database().schemaVersion() });
    if (m_json) {
        Console::outRaw(JsonOutput::object(members));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const auto &member : std::as_const(members))
        rows << QStringList { member.first, QString::number(member.second.toInteger()) };
    //: header of `stats`: what is counted (experts, outbox…) and the count
    Console::out(TextOutput::renderTable({ tr("Table"), tr("Rows") }, rows));
    Console::out(tr("Database: %1").arg(m_path));
    return ExitOk;
}

} // namespace ed::cli
