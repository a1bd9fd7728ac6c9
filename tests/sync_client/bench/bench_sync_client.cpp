// bench_sync_client [ROWS]: initial pull of ROWS records over loopback, an incremental sync of 10
// changes, and 50 concurrent clients pushing 200 mutations each (nothing lost, p99 latency).
#include "../SyncTestKit.h"

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace ed::sync;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    TestServerStore server;
    if (!server.start({ "--threads", "16" }))
        return 1;
    const QString token = server.token("amina");

    Replica writer;
    if (!writer.open(server.url(), "amina", token))
        return 1;
    {
        ed::RecordRepository::Batch batch(*writer.repository);
        for (int i = 0; i < rows; ++i)
            writer.add("institutions", institution(QStringLiteral("Bench %1").arg(i)));
        batch.commit();
    }
    QElapsedTimer timer;
    timer.start();
    SyncReport pushed = writer.sync();
    std::printf("seed push: %d rows in %.1f s (%s)\n", pushed.pushed, timer.elapsed() / 1000.0, pushed.ok() ? "ok" : qPrintable(pushed.message));

    Replica reader;
    reader.open(server.url(), "amina", token);
    timer.restart();
    const SyncReport pulled = reader.sync();
    const double pullMs = timer.elapsed();
    std::printf("initial pull: %d records in %.0f ms = %.0f records/s (%d requests)\n", pulled.pulled, pullMs,
        pulled.pulled / (pullMs / 1000.0), pulled.requests);

    QList<qint64> incremental;
    for (int round = 0; round < 5; ++round) {
        QSqlQuery ids(reader.database->connection());
        ids.exec(QStringLiteral("SELECT id FROM institutions LIMIT 10 OFFSET %1").arg(round * 10));
        while (ids.next())
            reader.update("institutions", ids.value(0).toString(), { { "notes", QStringLiteral("round %1").arg(round) } });
        timer.restart();
        reader.sync();
        incremental << timer.elapsed();
    }
    std::sort(incremental.begin(), incremental.end());
    std::printf("incremental sync of 10 changes: median %lld ms, max %lld ms\n", incremental.at(2), incremental.last());

    const qint64 before = server.digest().value("last_change_seq").toInteger();
    constexpr int kClients = 50, kEach = 200, kPerSync = 50;
    QList<qint64> latencies;
    QMutex lock;
    QList<QThread *> threads;
    std::atomic_int failures { 0 };
    for (int c = 0; c < kClients; ++c) {
        threads << QThread::create([&, c] {
            Replica client;
            client.open(server.url(), "amina", token);
            for (int s = 0; s < kEach / kPerSync; ++s) {
                for (int i = 0; i < kPerSync; ++i)
                    client.add("institutions", institution(QStringLiteral("C%1-%2-%3").arg(c).arg(s).arg(i)));
                QElapsedTimer t;
                t.start();
                if (!client.client->sync().ok())
                    ++failures;
                QMutexLocker locker(&lock);
                latencies << t.elapsed();
            }
        });
        threads.last()->start();
    }
    timer.restart();
    for (QThread *t : threads) {
        while (!t->wait(10))
            QCoreApplication::processEvents();
        delete t;
    }
    const double total = timer.elapsed();
    std::sort(latencies.begin(), latencies.end());
    const qint64 after = server.digest().value("last_change_seq").toInteger();
    std::printf("50 clients x 200 mutations: %.1f s, %lld changes on the server (expected %d), %d failed syncs; "
                "sync latency p50 %lld ms, p99 %lld ms\n",
        total / 1000.0, after - before, kClients * kEach, int(failures), latencies.at(latencies.size() / 2),
        latencies.at(int(latencies.size() * 0.99)));
    return after - before == kClients * kEach ? 0 : 2;
}
