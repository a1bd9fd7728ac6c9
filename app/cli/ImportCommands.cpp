// import jotform-experts|jotform-needs FILE [--mapping F] [--dry-run] (docs/cli.md).
#include "CliCommands.h"
#include "Console.h"
#include "io/ImportMapping.h"
#include "io/ImportVocabulary.h"
#include "io/JotformImporter.h"
#include "io/TableReader.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ed::cli {

void CliCommands::addImportOptions(const QString &command, QCommandLineParser *parser)
{
    if (command != QLatin1String("import"))
        return;
    parser->addOption({ QStringLiteral("mapping"),
        tr("A JSON file that says which column feeds which field (docs/cli.md); it overrides the "
           "columns recognised by their headers."),
        QStringLiteral("FILE") });
    parser->addOption({ QStringLiteral("dry-run"), tr("Read and check every row, report, and write nothing.") });
}

int CliCommands::importJotform(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("expertdesk-cli import jotform-experts|jotform-needs FILE [--mapping F] [--dry-run]");
    if (arguments.size() != 2)
        return usageError(tr("Usage: %1").arg(synopsis));
    const QString form = ImportMapping::formOfCommand(arguments.at(0));
    if (form.isEmpty())
        return usageError(tr("\"%1\" is not a form to import; use jotform-experts or jotform-needs.").arg(arguments.at(0)));
    if (const int code = open(false))
        return code;

    QString error;
    QStringList headers;
    const std::unique_ptr<TableReader> reader = TableReader::openWithHeaders(arguments.at(1), &headers, &error);
    if (!reader)
        return failure(ExitFailed, error);
    const ImportVocabulary vocabulary(m_workspace->reference());
    ImportMapping mapping(form, headers, vocabulary);
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        if (!file.open(QIODevice::ReadOnly))
            return failure(ExitUsage, tr("Cannot read the mapping %1: %2.").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return failure(ExitUsage, tr("The mapping %1 is not a JSON object: %2.").arg(file.fileName(), parseError.errorString()));
        if (!mapping.apply(document.object(), vocabulary, &error))
            return failure(ExitUsage, error);
    }

    JotformImporter importer(repository(), vocabulary);
    JotformImporter::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.fileName = QFileInfo(arguments.at(1)).fileName();
    // Progress on standard error after every batch, as `init --demo` reports it.
    const auto progress = [&](int rows, qint64 position, qint64 size) {
        const int percent = size > 0 ? int(100 * qMin(position, size) / size) : 0;
        Console::progress(tr("Importing %1: %2 % (%n row(s))", nullptr, rows).arg(options.fileName).arg(percent), false);
        return true;
    };
    const ImportSummary summary = importer.run(*reader, mapping, options, progress);
    Console::progress(tr("Imported %1.").arg(options.fileName), true);

    const QStringList unmapped = mapping.unmappedColumns();
    if (m_json) {
        QJsonObject json = summary.toJson();
        json.insert(QStringLiteral("unmapped_columns"), QJsonArray::fromStringList(unmapped));
        Console::outRaw(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QStringList lines;
        lines << (options.dryRun ? tr("Checked %n row(s) of %1 (nothing was written):", nullptr, summary.rows)
                                 : tr("Read %n row(s) of %1:", nullptr, summary.rows))
                     .arg(options.fileName);
        lines << tr("  imported %n", nullptr, int(summary.imported.size()))
              << tr("  updated %n", nullptr, int(summary.updated.size()))
              << tr("  merged into an existing expert %n", nullptr, int(summary.merged.size()))
              << tr("  waiting for review as possible duplicates %n", nullptr, int(summary.review.size()))
              << tr("  already imported, unchanged %n", nullptr, int(summary.skipped.size()))
              << tr("  failed %n", nullptr, int(summary.failed.size()));
        if (summary.institutionsCreated > 0)
            lines << tr("  institutions created %n", nullptr, summary.institutionsCreated);
        for (const ImportProblem &problem : summary.problems)
            lines << (problem.fatal ? tr("Row %1, %2: %3") : tr("Row %1, %2 (warning): %3"))
                         .arg(problem.row)
                         .arg(problem.column.isEmpty() ? tr("whole row") : problem.column, problem.reason);
        if (!unmapped.isEmpty())
            lines << tr("Columns not imported (map them with --mapping): %1").arg(unmapped.join(QLatin1String(", ")));
        Console::out(lines.join(QLatin1Char('\n')));
    }
    if (!summary.error.isEmpty()) {
        // Nothing readable at all fails the command; a file that broke part-way keeps what came before.
        if (summary.rows == 0)
            return failure(ExitFailed, summary.error);
        Console::err(tr("The import stopped early: %1").arg(summary.error));
    }
    return ExitOk;
}

} // namespace ed::cli
