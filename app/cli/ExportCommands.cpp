// `export TYPE --format csv|xlsx|json --out FILE` and `export directory --out DIR`: models/io on
// the command line.
#include "CliCommands.h"

#include "Console.h"
#include "io/ExpertDirectory.h"
#include "io/RecordExport.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace ed::cli {

namespace {
    const QString kSynopsis = QStringLiteral("export TYPE --format csv|xlsx|json --out FILE "
                                             "[--search TEXT] [--sector CODE] [--country ISO2] "
                                             "[--status S] | export directory --out DIR");

    volatile std::sig_atomic_t g_exportInterrupted = 0;

    void onExportInterrupt(int)
    {
        g_exportInterrupted = 1;
    }

    // Ctrl+C cancels the export cleanly (no half-written file) instead of killing the process.
    class InterruptGuard {
    public:
        InterruptGuard()
        {
            g_exportInterrupted = 0;
            m_previous = std::signal(SIGINT, onExportInterrupt);
        }
        ~InterruptGuard() { std::signal(SIGINT, m_previous); }

    private:
        void (*m_previous)(int) = nullptr;
    };
} // namespace

void CliCommands::addExportOptions(const QString &command, QCommandLineParser *parser)
{
    if (command != QLatin1String("export"))
        return;
    parser->addOption({ QStringLiteral("format"),
        tr("csv (UTF-8, opens in Excel), xlsx (an Excel workbook) or json (the records as \"show "
           "--json\" prints them)."),
        QStringLiteral("FORMAT") });
    parser->addOption({ QStringLiteral("out"),
        tr("The file to write; for \"export directory\", the folder."), QStringLiteral("FILE") });
    parser->addOption({ QStringLiteral("search"),
        tr("Only records matching all words of TEXT (names, skills, equipment, titles…)."),
        QStringLiteral("TEXT") });
    parser->addOption({ QStringLiteral("sector"), tr("Only records in the sector CODE, e.g. BME."),
        QStringLiteral("CODE") });
    parser->addOption({ QStringLiteral("country"), tr("Only records in the country ISO2, e.g. PK."),
        QStringLiteral("ISO2") });
    parser->addOption({ QStringLiteral("status"),
        tr("Only records with the status S, e.g. active or matching."), QStringLiteral("S") });
}

int CliCommands::exportRecords(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("Say what to export. Usage: expertdesk-cli %1").arg(kSynopsis));
    if (arguments.size() > 1)
        return usageError(tr("Unexpected argument \"%1\". Usage: expertdesk-cli %2")
                              .arg(arguments.at(1), kSynopsis));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return usageError(
            tr("Name what to write with --out FILE (a folder for \"export directory\")."));
    const QString type = arguments.constFirst().trimmed().toLower();
    if (type == QLatin1String("directory"))
        return exportDirectory(parser, out);

    const EntitySpec *spec = Schema::find(type);
    if (!spec || !RecordExport::entities().contains(spec)) {
        QStringList names;
        for (const EntitySpec *exportable : RecordExport::entities())
            names << exportable->table;
        return usageError(
            tr("Cannot export \"%1\". Export one of: %2, or the public expert directory "
               "with \"export directory --out DIR\".")
                .arg(arguments.constFirst(), names.join(QLatin1String(", "))));
    }
    ExportFormat format = ExportFormat::Csv;
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(tr("Choose the file format with --format csv, xlsx or json."));
    if (!RecordExport::parseFormat(parser.value(QStringLiteral("format")), &format))
        return usageError(tr("Unknown format \"%1\"; use csv, xlsx or json.")
                              .arg(parser.value(QStringLiteral("format"))));
    if (const int code = open(false))
        return code;
    RecordFilter filter;
    if (const int code = readFilter(parser, *spec, &filter))
        return code;

    const InterruptGuard guard;
    const ExportResult result
        = RecordExport::write(repository(), *spec, filter, format, out, [](int done, int total) {
              Console::progress(tr("Exporting… %1 of %2").arg(done).arg(total), false);
              return g_exportInterrupted == 0;
          });
    if (result.cancelled)
        return failure(ExitFailed, tr("Cancelled; %1 was not written.").arg(out));
    if (!result.ok)
        return failure(ExitFailed, result.error);
    Console::progress(tr("Exported %n record(s) to %1.", nullptr, result.rows).arg(out), true);
    if (m_json)
        Console::outRaw(
            QJsonDocument(
                QJsonObject { { QStringLiteral("type"), spec->table },
                    { QStringLiteral("format"), RecordExport::formatName(format) },
                    { QStringLiteral("out"), out }, { QStringLiteral("rows"), result.rows } })
                .toJson(QJsonDocument::Compact)
            + '\n');
    return ExitOk;
}

int CliCommands::exportDirectory(const QCommandLineParser &parser, const QString &out)
{
    for (const QString &option : { QStringLiteral("format"), QStringLiteral("search"),
             QStringLiteral("sector"), QStringLiteral("country"), QStringLiteral("status") }) {
        if (parser.isSet(option))
            return usageError(
                tr("--%1 does not apply to the directory: it always lists every active "
                   "expert who gave consent, as JSON and HTML.")
                    .arg(option));
    }
    if (const int code = open(false))
        return code;
    const InterruptGuard guard;
    const DirectoryResult result
        = ExpertDirectory::write(repository(), out, QDate::currentDate(), [](int done, int total) {
              Console::progress(tr("Exporting… %1 of %2").arg(done).arg(total), false);
              return g_exportInterrupted == 0;
          });
    if (result.cancelled)
        return failure(ExitFailed, tr("Cancelled; the directory in %1 was not changed.").arg(out));
    if (!result.ok)
        return failure(ExitFailed, result.error);
    Console::progress(
        tr("Wrote the public directory of %n expert(s) to %1.", nullptr, result.experts).arg(out),
        true);
    if (m_json)
        Console::outRaw(
            QJsonDocument(
                QJsonObject { { QStringLiteral("type"), QStringLiteral("directory") },
                    { QStringLiteral("format"), QStringLiteral("html+json") },
                    { QStringLiteral("out"), out }, { QStringLiteral("rows"), result.experts },
                    { QStringLiteral("files"), QJsonArray::fromStringList(result.files) } })
                .toJson(QJsonDocument::Compact)
            + '\n');
    return ExitOk;
}

} // namespace ed::cli
