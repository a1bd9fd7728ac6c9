#pragma once

#include "TextOutput.h"
#include "domain/FieldError.h"
#include "domain/Schema.h"
#include "storage/RecordQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace ed {
struct DashboardData;
class Translations;
class MatchingData;
struct MatchingWeights;
class RecordRepository;
class Workspace;
} // namespace ed

namespace ed::cli {

// One method per command of DESIGN.md §8. Each returns an ExitCode and has written its result
// to stdout and any problem to stderr. Arguments arrive parsed; values are checked here.
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(QString databasePath, bool jsonOutput);
    ~CliCommands();

    // Options each command takes besides the global ones (for parsing and --help).
    static void addOptions(const QString &command, QCommandLineParser *parser);

    int init(const QCommandLineParser &parser, const QStringList &arguments);
    int list(const QCommandLineParser &parser, const QStringList &arguments);
    int show(const QCommandLineParser &parser, const QStringList &arguments);
    int add(const QStringList &arguments, const QString &data, bool hasData);
    int update(const QCommandLineParser &parser, const QStringList &arguments);
    int remove(const QCommandLineParser &parser, const QStringList &arguments);
    int stats(const QCommandLineParser &parser, const QStringList &arguments);
    // MatchCommands.cpp
    int match(const QCommandLineParser &parser, const QStringList &arguments);
    int plan(const QCommandLineParser &parser, const QStringList &arguments);
    // SchedulingCommands.cpp
    int schedule(const QCommandLineParser &parser, const QStringList &arguments);
    int exportIcs(const QCommandLineParser &parser, const QStringList &arguments);
    int importIcs(const QCommandLineParser &parser, const QStringList &arguments);
    static void addSchedulingOptions(const QString &command, QCommandLineParser *parser);

    // ReportCommands.cpp
    int chart(const QCommandLineParser &parser, const QStringList &arguments);
    int report(const QCommandLineParser &parser, const QStringList &arguments);
    static void addReportOptions(const QString &command, QCommandLineParser *parser);

    // ImportCommands.cpp
    int importJotform(const QCommandLineParser &parser, const QStringList &arguments);
    static void addImportOptions(const QString &command, QCommandLineParser *parser);

    // SyncCommands.cpp
    int sync(const QCommandLineParser &parser, const QStringList &arguments);
    int syncLists(const QString &command, const QStringList &arguments);
    static void addSyncOptions(const QString &command, QCommandLineParser *parser);

    // ExportCommands.cpp: `export TYPE …` and `export directory`
    int exportRecords(const QCommandLineParser &parser, const QStringList &arguments);
    static void addExportOptions(const QString &command, QCommandLineParser *parser);

    static int usageError(const QString &message);
    static int failure(int exitCode, const QString &message);

private:
    int open(bool create);
    int syncStatus();
    RecordRepository &repository();
    const EntitySpec *entity(const QString &name) const;
    int readFilter(const QCommandLineParser &parser, const EntitySpec &spec, RecordFilter *filter) const;
    int exportDirectory(const QCommandLineParser &parser, const QString &out);
    int checkArguments(const QStringList &arguments, int expected, const QString &synopsis) const;
    int refused(const QString &summary, const WriteResult &result) const;
    int printRecord(const EntitySpec &spec, const QString &id);
    int generateDemo(const QCommandLineParser &parser);
    TextOutput text();
    int readWeights(const QCommandLineParser &parser, MatchingWeights *weights) const;
    int loadMatching(MatchingData *data);
    int prepareDashboard(const QCommandLineParser &parser, const QString &suffixes, QString *out,
        Qt::LayoutDirection *direction, DashboardData *data, std::unique_ptr<Translations> *language);

    QString m_path;
    bool m_json;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, QString> m_names; // "table/id" → code or name, for readable references
};

} // namespace ed::cli
