#pragma once

#include "JotformRowParser.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ed {

class Database;

// One run of the importer as the log keeps it (import_runs): which file, when, how it ended and
// what became of its rows.
struct ImportRun
{
    enum class State { Running, Done, Cancelled, Failed };

    QString id;
    QString form; // "experts" or "needs"
    QString file;
    QDateTime started;
    QDateTime finished; // invalid while running, or when the process died mid-file
    State state = State::Running;
    int imported = 0;
    int updated = 0;
    int merged = 0;
    int review = 0;
    int skipped = 0;
    int failed = 0;
    int warnings = 0; // problems that did not stop their row
};

// The import log, read back: the runs newest first and each run's problems (row, column, reason)
// as they were reported. The reasons are kept as written at import time, in the language of the
// person who ran it: they quote the file's own values, and the log is local to this copy.
class ImportLog
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)
public:
    explicit ImportLog(const Database &database);

    QList<ImportRun> runs(QString *error = nullptr) const;
    QList<ImportProblem> problems(const QString &runId, QString *error = nullptr) const;

    // How a run ended, for a person. A run still marked running is one whose process stopped
    // without finishing the file (closed, killed) unless it is still going elsewhere.
    static QString stateText(ImportRun::State state);

    // The problems as a CSV table (row, column, problem, error or warning; headers in the
    // interface language) for whoever corrects the spreadsheet; the file is replaced only whole.
    static bool writeProblems(const QList<ImportProblem> &problems, const QString &path, QString *error);

private:
    const Database &m_database;
};

} // namespace ed
