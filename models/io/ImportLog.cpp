#include "ImportLog.h"

#include "CsvWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ed {

namespace {

ImportRun::State stateFrom(const QString &text)
{
    if (text == QLatin1String("done"))
        return ImportRun::State::Done;
    if (text == QLatin1String("cancelled"))
        return ImportRun::State::Cancelled;
    if (text == QLatin1String("failed"))
        return ImportRun::State::Failed;
    return ImportRun::State::Running;
}

void report(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
}

} // namespace

ImportLog::ImportLog(const Database &database)
    : m_database(database)
{
}

QList<ImportRun> ImportLog::runs(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT r.id, r.form, r.file, r.started_at, r.finished_at, r.state, r.imported, r.updated, r.merged, "
        "r.review, r.skipped, r.failed, "
        "(SELECT count(*) FROM import_problems p WHERE p.run_id = r.id AND p.fatal = 0) "
        "FROM import_runs r ORDER BY r.started_at DESC, r.rowid DESC")); // one clock tick: the last made first
    QList<ImportRun> runs;
    if (!query.exec()) {
        report(query, error);
        return runs;
    }
    while (query.next()) {
        ImportRun run;
        run.id = query.value(0).toString();
        run.form = query.value(1).toString();
        run.file = query.value(2).toString();
        run.started = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        run.finished = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        run.state = stateFrom(query.value(5).toString());
        int *counts[] = { &run.imported, &run.updated, &run.merged, &run.review, &run.skipped, &run.failed,
            &run.warnings };
        for (int i = 0; i < 7; ++i)
            *counts[i] = query.value(6 + i).toInt();
        runs << run;
    }
    return runs;
}

QList<ImportProblem> ImportLog::problems(const QString &runId, QString *error) const
{
    QSqlQuery query(m_database.connection());
    // rowid keeps a row's problems in the order they were reported.
    query.prepare(QStringLiteral("SELECT row, column_name, reason, fatal FROM import_problems WHERE run_id = ? "
                                 "ORDER BY row, rowid"));
    query.addBindValue(runId);
    QList<ImportProblem> problems;
    if (!query.exec()) {
        report(query, error);
        return problems;
    }
    while (query.next())
        problems << ImportProblem { query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt() != 0 };
    return problems;
}

QString ImportLog::stateText(ImportRun::State state)
{
    switch (state) {
    case ImportRun::State::Done:
        return tr("Finished");
    case ImportRun::State::Cancelled:
        return tr("Stopped by the user");
    case ImportRun::State::Failed:
        return tr("Failed");
    case ImportRun::State::Running:
        break;
    }
    //: an import whose program was closed or killed before the end of the file
    return tr("Did not finish");
}

bool ImportLog::writeProblems(const QList<ImportProblem> &problems, const QString &path, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&] {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    CsvWriter csv(&file);
    //: headers of the CSV file of an import's problems
    bool ok = csv.writeBom() && csv.writeRow(QStringList { tr("Row"), tr("Column"), tr("Problem"), tr("Kind") });
    for (qsizetype i = 0; ok && i < problems.size(); ++i) {
        const ImportProblem &problem = problems.at(i);
        //: kind of an import problem: an error kept the row out, a warning did not
        ok = csv.writeRow(QStringList { QString::number(problem.row), problem.column, problem.reason,
            problem.fatal ? tr("error") : tr("warning") });
    }
    if (!ok || !file.commit())
        return fail();
    return true;
}

} // namespace ed
