// bench_sync_client [ROWS] [--push-only] [--experts | --mixed]: initial pull of ROWS records over
// loopback (institutions; experts with their full-text index and lists; or a programme's mix of
// 40 % institutions, 30 % experts and 30 % needs), an incremental sync of 10 changes, and 50
// concurrent clients pushing 200 mutations each (nothing lost, p99 latency).
#include "../SyncTestKit.h"
#include "sync/SyncHttp.h"

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace ed::sync;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const QStringList options = app.arguments().mid(2);
    const bool experts = options.contains(QStringLiteral("--experts"));
    const bool mixed = options.contains(QStringLiteral("--mixed"));
    TestServerStore server;
    if (!server.start({ "--threads", "64" }))
        return 1;
    const QString token = server.token("amina");

    Replica writer;
    if (!writer.open(server.url(), "amina", token))
        return 1;
    {
        ed::RecordRepository::Batch batch(*writer.repository);
        const auto addExpert = [&writer](int i) {
            writer.add("experts",
                { { "name", QStringLiteral("Bench Expert %1").arg(i) }, { "nationality", "SN" }, { "country", "PK" },
                    { "email", QStringLiteral("bench%1@example.org").arg(i) }, { "sectors", QVariantList { "BME", "IT" } },
                    { "skills", QVariantList { QVariantMap { { "name", QStringLiteral("MRI maintenance %1").arg(i % 97) }, { "level", 3 }, { "years", 7 } } } },
                    { "languages", QVariantList { QVariantMap { { "code", "fr" }, { "level", 4 } } } } });
        };
        QString host; // --mixed: the institution the next needs belong to
        for (int i = 0; i < rows; ++i) {
            if (experts) {
                addExpert(i);
            } else if (!mixed || i % 10 >= 6 || host.isEmpty()) { // --mixed: 40 % institutions,
                host = writer.add("institutions", institution(QStringLiteral("Bench %1").arg(i)));
            } else if (i % 10 < 3) { // 30 % experts,
                addExpert(i);
            } else { // 30 % needs
                writer.add("needs",
                    { { "institution_id", host }, { "sector", "BME" }, { "title", QStringLiteral("MRI training %1").arg(i) },
                        { "description", "Service and calibration of a 1.5 T scanner; train two technicians." },
                        { "service_type", "maintenance" }, { "window_start", "2027-01-10" },
                        { "window_end", "2027-02-10" }, { "duration_days", 10 }, { "hotel", true } });
            }
        }
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
        const QString table = experts ? QStringLiteral("experts") : QStringLiteral("institutions");
        ids.exec(QStringLiteral("SELECT id FROM %1 LIMIT 10 OFFSET %2").arg(table).arg(round * 10));
        while (ids.next())
            reader.update(table, ids.value(0).toString(), { { experts ? "bio" : "notes", QStringLiteral("round %1").arg(round) } });
        timer.restart();
        const SyncReport report = reader.sync();
        incremental << timer.elapsed();
        if (round == 0)
            std::printf("incremental sync: %d requests, pushed %d, pulled %d\n", report.requests, report.pushed, report.pulled);
    }
    std::sort(incremental.begin(), incremental.end());
    std::printf("incremental sync of 10 changes: median %lld ms, max %lld ms\n", incremental.at(2), incremental.last());

    // Concurrent pushers, two ways. Every client starts from the server's current cursor, epoch
    // and digest time, as if it had already pulled the table (downloading 100 000 rows 50 times
    // over is the initial pull measured above, not push latency).
    //
    // 1. Push load (the goal): 50 clients each send their 200 edits as 4 push requests of 50, all
    //    at once, with the calls SyncClient::pushAll makes (outbox batch → POST → answers stored
    //    in the replica). Timed: each request including storing its answer. The clients' pulls are
    //    left out here because on this one 2-core box they would be 50 machines' work: each
    //    client downloading the other 49 clients' 9 800 rows (490 000 row writes in all) starves
    //    the server of CPU.
    // 2. Whole syncs (probe, pull, push, pull) of 50 clients, for comparison, as a user would run
    //    them, with the same 200 edits each.
    const auto settled = [&server] { return server.digest(); };
    constexpr int kClients = 50, kEach = 200, kPerSync = 50;
    const auto run = [&](bool pushOnly) {
        const QJsonObject state = settled();
        const qint64 before = state.value("last_change_seq").toInteger();
        const QString epoch = state.value("epoch").toString();
        QList<qint64> latencies, pushLatencies;
        QMutex lock;
        QList<QThread *> threads;
        std::atomic_int failures { 0 };
        std::atomic_int ready { 0 };
        std::atomic_bool go { false };
        for (int c = 0; c < kClients; ++c) {
            threads << QThread::create([&, c] {
                Replica client;
                client.open(server.url(), "amina", token);
                SyncStore store(*client.database, client.clock);
                store.setState(QStringLiteral("cursor"), QString::number(before));
                store.setState(QStringLiteral("epoch"), epoch);
                store.setState(QStringLiteral("last_digest_ms"), QString::number(client.clock.nowMs()));
                SyncHttp http;
                http.setBaseUrl(server.url());
                http.setTokens(token, {});
                http.setSchemaVersion(client.database->schemaVersion());
                QElapsedTimer pushTimer;
                QObject::connect(client.client.get(), &SyncClient::progress, [&](SyncPhase phase, int, int) {
                    if (phase == SyncPhase::Pull) {
                        pushTimer.start();
                    } else if (phase == SyncPhase::Push && pushTimer.isValid()) {
                        const qint64 ms = pushTimer.elapsed();
                        QMutexLocker locker(&lock);
                        pushLatencies << ms;
                    }
                });
                const auto edit = [&](int s) {
                    for (int i = 0; i < kPerSync; ++i)
                        client.add("institutions", institution(QStringLiteral("%1%2-%3-%4").arg(pushOnly ? "P" : "S").arg(c).arg(s).arg(i)));
                };
                if (pushOnly) // queued before the start: the timed part is the pushes alone
                    for (int s = 0; s < kEach / kPerSync; ++s)
                        edit(s);
                ++ready;
                while (!go)
                    QThread::msleep(1);
                if (pushOnly) {
                    QString error;
                    qint64 after = 0;
                    for (;;) {
                        const QList<Mutation> batch = store.outbox(after, kPerSync, &error);
                        if (batch.isEmpty())
                            break;
                        PushRequest request;
                        request.clientId = store.clientId();
                        request.schemaVersion = client.database->schemaVersion();
                        request.mutations = batch;
                        QElapsedTimer t;
                        t.start();
                        const HttpResult answer = http.post(QStringLiteral("/api/v1/sync/push"), request.toJson());
                        QList<MutationResult> results;
                        for (const QJsonValue &value : answer.body.value(QStringLiteral("results")).toArray())
                            results << MutationResult::fromJson(value.toObject());
                        SyncStore::PushTally tally;
                        if (answer.status != 200 || !store.applyPushResults(batch, results, &tally, &error)
                            || tally.applied != batch.size())
                            ++failures;
                        const qint64 ms = t.elapsed();
                        QMutexLocker locker(&lock);
                        pushLatencies << ms;
                        after = batch.constLast().clientSeq;
                    }
                    return;
                }
                for (int s = 0; s < kEach / kPerSync; ++s) {
                    edit(s);
                    QElapsedTimer t;
                    t.start();
                    if (!client.client->sync().ok())
                        ++failures;
                    const qint64 ms = t.elapsed();
                    QMutexLocker locker(&lock);
                    latencies << ms;
                }
            });
            threads.last()->start();
        }
        while (ready < kClients)
            QThread::msleep(5);
        go = true;
        QElapsedTimer timer;
        timer.start();
        for (QThread *t : threads) {
            while (!t->wait(10))
                QCoreApplication::processEvents();
            delete t;
        }
        const double total = timer.elapsed();
        std::sort(latencies.begin(), latencies.end());
        std::sort(pushLatencies.begin(), pushLatencies.end());
        const qint64 after = settled().value("last_change_seq").toInteger();
        const auto pct = [](const QList<qint64> &list, double p) { return list.isEmpty() ? -1 : list.at(std::min<int>(list.size() - 1, int(list.size() * p))); };
        std::printf("%s, 50 clients x 200 mutations: %.1f s, %lld changes on the server (expected %d), %d failures\n"
                    "  push request (%d): p50 %lld ms, p99 %lld ms, max %lld ms\n",
            pushOnly ? "push load" : "whole syncs", total / 1000.0, after - before, kClients * kEach, int(failures),
            int(pushLatencies.size()), pct(pushLatencies, 0.5), pct(pushLatencies, 0.99), pct(pushLatencies, 1.0));
        if (!pushOnly)
            std::printf("  whole sync (%d): p50 %lld ms, p99 %lld ms, max %lld ms\n", int(latencies.size()),
                pct(latencies, 0.5), pct(latencies, 0.99), pct(latencies, 1.0));
        return after - before == kClients * kEach && failures == 0;
    };
    const bool pushesOk = run(true);
    const bool syncsOk = options.contains(QStringLiteral("--push-only")) ? true : run(false);
    return pushesOk && syncsOk ? 0 : 2;
}
