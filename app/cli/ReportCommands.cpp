// `chart KIND --out FILE.png|pdf` and `report --out FILE.pdf`: the dashboard's charts and the
// programme report without the GUI (docs/cli.md). Figures come from DashboardAggregates, the
// drawing from ui/dashboard, so a file made here looks like the one the dashboard exports.
#include "CliCommands.h"
#include "Console.h"
#include "JsonOutput.h"
#include "ReportCommands.h"
#include "dashboard/ChartRenderer.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/ProgrammeReport.h"
#include "i18n/Translations.h"
#include "reporting/DashboardAggregates.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QChart>
#include <QFileInfo>
#include <QLocale>

namespace ed::cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool drawing = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--db") {
            ++i; // its value is not the command
            continue;
        }
        if (argument.startsWith('-'))
            continue;
        drawing = argument == "chart" || argument == "report";
        break;
    }
    if (!drawing)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Offscreen unless the user chose a platform: works over SSH, in cron and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

void CliCommands::addReportOptions(const QString &command, QCommandLineParser *parser)
{
    if (command != QLatin1String("chart") && command != QLatin1String("report"))
        return;
    parser->addOption({ QStringLiteral("out"),
                        command == QLatin1String("chart") ? tr("Write the chart to FILE, a .png or .pdf file.")
                                                          : tr("Write the report to FILE, a .pdf file."),
                        QStringLiteral("FILE") });
    parser->addOption({ QStringLiteral("lang"),
                        tr("Language of the texts: en, fr or ar (right to left); by default the "
                           "environment's."),
                        QStringLiteral("LANG") });
    parser->addOption({ QStringLiteral("from"),
                        tr("First day of the period (default: the first day of the month 11 months ago)."),
                        QStringLiteral("DATE") });
    parser->addOption({ QStringLiteral("to"),
                        tr("Last day of the period (default: the last day of the month 6 months ahead)."),
                        QStringLiteral("DATE") });
    parser->addOption({ QStringLiteral("sector"), tr("Only the sector CODE, e.g. BME."), QStringLiteral("CODE") });
    parser->addOption({ QStringLiteral("country"), tr("Only the country ISO2, e.g. PK."), QStringLiteral("ISO2") });
}

int CliCommands::prepareDashboard(const QCommandLineParser &parser, const QString &suffixes, QString *out,
                                  Qt::LayoutDirection *direction, DashboardData *data,
                                  std::unique_ptr<Translations> *translations)
{
    *out = parser.value(QStringLiteral("out")).trimmed();
    if (out->isEmpty())
        return usageError(tr("--out FILE is required."));
    if (!suffixes.split(QLatin1Char(' ')).contains(QFileInfo(*out).suffix().toLower()))
        //: %1 is the file name, %2 the formats allowed, e.g. "png pdf"
        return usageError(tr("Cannot tell the format of %1 from its name; end it with one of: %2.")
                                  .arg(*out, suffixes));
    const QString language = parser.value(QStringLiteral("lang")).trimmed().toLower();
    if (!language.isEmpty()) {
        if (!Translations::languages().contains(language))
            return usageError(tr("--lang takes en, fr or ar, not \"%1\".").arg(language));
        // Installed after main()'s translators, so they are asked first; the caller keeps them
        // for the command's lifetime (removed before the application goes).
        *translations = std::make_unique<Translations>();
        (*translations)->setLanguage(language);
    }
    *direction = QLocale().textDirection();
    QApplication::setLayoutDirection(*direction);

    DashboardFilter filter = DashboardFilter::defaultRange(QDate::currentDate());
    for (const QString &option : { QStringLiteral("from"), QStringLiteral("to") }) {
        if (!parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date.isValid())
            return usageError(tr("--%1 takes a date such as 2026-11-22, not \"%2\".").arg(option, parser.value(option)));
        (option == QLatin1String("from") ? filter.from : filter.to) = date;
    }
    if (filter.to < filter.from)
        return usageError(tr("The period ends (--to) before it starts (--from)."));
    if (const int code = open(false))
        return code;
    const ReferenceData &reference = m_workspace->reference();
    filter.sector = parser.value(QStringLiteral("sector")).trimmed().toUpper();
    if (!filter.sector.isEmpty() && !reference.hasSector(filter.sector))
        return usageError(tr("\"%1\" is not a sector code (e.g. BME, IT, RE).").arg(filter.sector));
    filter.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
    if (!filter.country.isEmpty() && !reference.hasCountry(filter.country))
        return usageError(tr("\"%1\" is not the ISO code of a member state (e.g. PK, SN).").arg(filter.country));
    QString error;
    if (!DashboardAggregates(m_workspace->database(), reference).compute(filter, data, &error))
        return failure(ExitDatabase, error);
    return ExitOk;
}

int CliCommands::chart(const QCommandLineParser &parser, const QStringList &arguments)
{
    QStringList kinds;
    for (ChartKind kind : DashboardCharts::all())
        kinds << DashboardCharts::id(kind);
    const QString synopsis = QStringLiteral("chart %1 --out FILE.png").arg(kinds.join(QLatin1Char('|')));
    if (const int code = checkArguments(arguments, 1, synopsis))
        return code;
    const std::optional<ChartKind> kind = DashboardCharts::fromId(arguments.constFirst());
    if (!kind)
        return usageError(tr("Unknown chart \"%1\". The charts are: %2.").arg(arguments.constFirst(), kinds.join(QLatin1String(", "))));
    QString out;
    Qt::LayoutDirection direction;
    DashboardData data;
    std::unique_ptr<Translations> language;
    if (const int code = prepareDashboard(parser, QStringLiteral("png pdf"), &out, &direction, &data, &language))
        return code;
    const BuiltChart built = DashboardCharts::build(*kind, data, m_workspace->reference(), direction);
    std::unique_ptr<QChart> owned(built.chart);
    QString error;
    if (!ChartRenderer::save(owned.get(), built.preferredSize, out, &error))
        return failure(ExitFailed, error);
    if (m_json) {
        Console::outRaw(JsonOutput::object({ { QStringLiteral("file"), QFileInfo(out).absoluteFilePath() },
                                             { QStringLiteral("chart"), DashboardCharts::id(*kind) },
                                             { QStringLiteral("width"), built.preferredSize.width() },
                                             { QStringLiteral("height"), built.preferredSize.height() } }));
    } else {
        Console::out(QFileInfo(out).absoluteFilePath());
    }
    return ExitOk;
}

int CliCommands::report(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 0, QStringLiteral("report --out FILE.pdf")))
        return code;
    QString out;
    Qt::LayoutDirection direction;
    DashboardData data;
    std::unique_ptr<Translations> language;
    if (const int code = prepareDashboard(parser, QStringLiteral("pdf"), &out, &direction, &data, &language))
        return code;
    const ProgrammeReport report(data, m_workspace->reference(), direction);
    QString error;
    if (!report.writePdf(out, &error))
        return failure(ExitFailed, error);
    if (m_json) {
        Console::outRaw(JsonOutput::object({ { QStringLiteral("file"), QFileInfo(out).absoluteFilePath() },
                                             { QStringLiteral("pages"), report.pageCount() } }));
    } else {
        Console::out(QFileInfo(out).absoluteFilePath());
    }
    return ExitOk;
}

} // namespace ed::cli
