// "Tables stay smooth with 100,000 rows": times what a table view asks of RecordTableModel on a
// database of N experts — the row count, the first screen, jumps deep into the list (a dragged
// scroll bar), a sort change and a search — and reports the peak memory, which must stay far
// below a full-table load.
//
//   bench_tablemodel [EXPERTS=100000] [--keep FILE]   (with --keep, an existing file is reused)
#include "domain/Clock.h"
#include "domain/Schema.h"
#include "io/DemoData.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ed;

namespace {
QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

// Reads one screen (40 rows) of every column from `first`, as a view paints it.
void paintScreen(const RecordTableModel &model, int first)
{
    for (int row = first; row < qMin(first + 40, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column), Qt::DisplayRole);
    }
}
} // namespace

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
    const int experts = args.value(0, QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    const bool reuse = !keep.isEmpty() && QFile::exists(keep);

    QTextStream out(stdout);
    QString error;
    Database database(path);
    ReferenceData reference;
    if (database.open(&error) != Database::Status::Ok || !reference.load(database.connection(), &error)) {
        out << "cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    RecordRepository repository(database, reference, SystemClock::instance(), QStringLiteral("bench"));
    if (!reuse) {
        DemoOptions options;
        options.experts = experts;
        options.today = QDate(2026, 11, 22);
        if (!DemoData::generate(repository, options, {}, &error)) {
            out << "demo data failed: " << error << Qt::endl;
            return 1;
        }
    }
    out << "database: " << repository.count(Schema::experts()) << " experts; peak memory after generating "
        << peakMemory() << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    RecordTableModel model(repository, Schema::experts());
    const int rows = model.rowCount();
    out << "model + row count (" << rows << " rows): " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    paintScreen(model, 0);
    out << "first screen (40 rows × " << model.columnCount() << " columns): " << timer.elapsed() << " ms"
        << Qt::endl;

    QRandomGenerator random(7);
    qint64 worst = 0, sum = 0;
    const int jumps = 50;
    for (int i = 0; i < jumps; ++i) {
        QElapsedTimer jump;
        jump.start();
        paintScreen(model, int(random.bounded(qMax(1, rows - 40))));
        worst = qMax(worst, jump.elapsed());
        sum += jump.elapsed();
    }
    out << "screen after a jump deep into the list: mean " << double(sum) / jumps << " ms, worst " << worst
        << " ms (" << jumps << " jumps)" << Qt::endl;

    timer.restart();
    model.setSortField(QStringLiteral("country"), Qt::DescendingOrder);
    paintScreen(model, rows / 2);
    out << "sort by country, screen in the middle: " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    RecordFilter filter;
    filter.search = QStringLiteral("siemens");
    model.setFilter(filter);
    paintScreen(model, 0);
    out << "search \"siemens\" (" << model.rowCount() << " rows), first screen: " << timer.elapsed() << " ms"
        << Qt::endl;
    out << "peak memory: " << peakMemory() << Qt::endl;
    return 0;
}
