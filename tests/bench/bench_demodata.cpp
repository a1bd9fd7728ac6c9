// Times demo data generation as `expertdesk-cli init --demo N` does it: a fresh database file,
// the system clock, every row through RecordRepository (validation + outbox) in one transaction.
//
//   bench_demodata [EXPERTS=100000] [SEED=2026] [--keep FILE]
#include "domain/Clock.h"
#include "domain/Schema.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <ctime>

using namespace ed;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    const int keepAt = int(args.indexOf(QStringLiteral("--keep")));
    if (keepAt >= 0 && keepAt + 1 < args.size()) {
        keep = args.at(keepAt + 1);
        args.remove(keepAt, 2);
    }
    DemoOptions options;
    options.experts = args.value(0, QStringLiteral("100000")).toInt();
    options.seed = args.value(1, QStringLiteral("2026")).toUInt();
    options.today = QDate(2026, 11, 22);

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    QTextStream out(stdout);
    QString error;
    QElapsedTimer total;
    total.start();
    Database database(path);
    ReferenceData reference;
    if (database.open(&error) != Database::Status::Ok || !reference.load(database.connection(), &error)) {
        out << "cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    const qint64 openMs = total.elapsed();
    RecordRepository repository(database, reference, SystemClock::instance(), QStringLiteral("bench"));

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // CPU time: less disturbed than wall time on a busy machine
    int lastTenth = 0;
    const bool ok = DemoData::generate(repository, options, [&](int done, int all) {
        const int tenth = all > 0 ? done * 10 / all : 0;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out << QStringLiteral("  %1 rows  %2 s  (%3 rows/s)")
                            .arg(done, 8)
                            .arg(timer.elapsed() / 1000.0, 6, 'f', 1)
                            .arg(qRound(done * 1000.0 / qMax<qint64>(1, timer.elapsed())), 6)
                << Qt::endl;
        }
        return true;
    }, &error);
    const qint64 generateMs = timer.elapsed();
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!ok) {
        out << "generation failed: " << error << Qt::endl;
        return 1;
    }

    int rows = 0;
    out << Qt::endl << "bench_demodata: " << options.experts << " experts, seed " << options.seed << Qt::endl;
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " threads, Qt " << qVersion() << Qt::endl;
    for (const EntitySpec *spec : Schema::all()) {
        const int n = repository.count(*spec);
        rows += n;
        out << QStringLiteral("  %1 %2").arg(spec->table, -12).arg(n, 8) << Qt::endl;
    }
    QSqlQuery checkpoint(database.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QStringLiteral("  open+migrate %1 ms; generate %2 rows in %3 s (CPU %7 s) = %4 rows/s; total %5 s; file %6 MB")
                    .arg(openMs)
                    .arg(rows)
                    .arg(generateMs / 1000.0, 0, 'f', 2)
                    .arg(qRound(rows * 1000.0 / qMax<qint64>(1, generateMs)))
                    .arg(total.elapsed() / 1000.0, 0, 'f', 2)
                    .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)
                    .arg(cpuSeconds, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
