// Matching benchmark (not a ctest): builds a synthetic database of 100,000 experts, 2,000 open
// needs and 20,000 missions, then times the snapshot load, top-10 suggestions and the plan.
// Usage: bench_matching [experts] [needs]
#include "matching/MatchingPlanner.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ed;

namespace {
QString json(const QVariantList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact));
}
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}
void exec(QSqlQuery &q)
{
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int expertCount = argc > 1 ? atoi(argv[1]) : 100000;
    const int needCount = argc > 2 ? atoi(argv[2]) : 2000;
    QTemporaryDir dir;
    Database database(dir.filePath("bench.sqlite"));
    QString error;
    if (database.open(&error) != Database::Status::Ok)
        qFatal("%s", qPrintable(error));
    QSqlDatabase db = database.connection();
    QRandomGenerator rng(2026);
    const QStringList countries = { "PK", "SN", "EG", "ID", "MA", "TR", "NG", "MY", "SA", "DZ", "BD", "UZ" };
    const QStringList sectors = { "BME", "MFG", "REN", "ENG", "AUTO", "AERO", "MAR", "MIN", "IT", "AGR",
                                  "URB", "ARC", "FOOD", "LIV", "OIL", "PHA", "TRA", "HVAC", "TEL" };
    const QStringList languages = { "en", "fr", "ar", "tr", "ur", "ms" };
    const QStringList makers = { "Siemens", "GE", "Philips", "Canon", "ABB", "Schneider", "Bosch", "Fanuc" };
    auto skill = [&rng] { return QStringLiteral("skill %1").arg(rng.bounded(300)); };
    auto pick = [&rng](const QStringList &l) { return l.at(int(rng.bounded(l.size()))); };
    const QString now = QStringLiteral("2026-11-22T08:00:00Z");

    QElapsedTimer timer;
    timer.start();
    {
        SqlTransaction tx(db);
        QSqlQuery q(db);
        q.prepare("INSERT INTO institutions (id, created_at, updated_at, name, type, country) VALUES (?, ?, ?, ?, 'hospital', ?)");
        for (int i = 0; i < 500; ++i) {
            q.addBindValue(QStringLiteral("i%1").arg(i));
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(QStringLiteral("Institution %1").arg(i));
            q.addBindValue(pick(countries));
            exec(q);
        }
        q.prepare("INSERT INTO experts (id, created_at, updated_at, name, nationality, country, email, employer, status, "
                  "languages, sectors, skills, equipment, unavailability, max_missions_per_year) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < expertCount; ++i) {
            QVariantList langs, secs, sks, eq, unav;
            langs << QVariantMap { { "code", pick(languages) }, { "level", 2 + int(rng.bounded(3)) } }
                  << QVariantMap { { "code", pick(languages) }, { "level", 1 + int(rng.bounded(4)) } };
            secs << pick(sectors) << pick(sectors);
            for (int k = 0; k < 5; ++k)
                sks << QVariantMap { { "name", skill() }, { "level", 1 + int(rng.bounded(4)) }, { "years", int(rng.bounded(20)) } };
            eq << QVariantMap { { "manufacturer", pick(makers) }, { "model", QStringLiteral("M%1").arg(rng.bounded(10)) },
                                { "level", 1 + int(rng.bounded(4)) } };
            if (rng.bounded(5) == 0) {
                const QDate d = QDate(2027, 1, 1).addDays(rng.bounded(300));
                unav << QVariantMap { { "start", d.toString(Qt::ISODate) }, { "end", d.addDays(rng.bounded(30)).toString(Qt::ISODate) } };
            }
            const QString country = pick(countries);
            for (const QVariant &v : QVariantList { QStringLiteral("x%1").arg(i, 6, 10, QLatin1Char('0')), now, now,
                                                    QStringLiteral("Expert %1").arg(i), country, country,
                                                    QStringLiteral("e%1@example.org").arg(i),
                                                    QStringLiteral("Institution %1").arg(rng.bounded(2000)),
                                                    rng.bounded(20) ? "active" : "inactive", json(langs), json(secs),
                                                    json(sks), json(eq), json(unav), 1 + int(rng.bounded(3)) })
                q.addBindValue(v);
            exec(q);
        }
        q.prepare("INSERT INTO needs (id, created_at, updated_at, institution_id, sector, title, service_type, "
                  "required_skills, equipment_manufacturer, equipment_model, experts_wanted, window_start, window_end, "
                  "duration_days, host_languages, interpreter, status) VALUES (?, ?, ?, ?, ?, ?, 'maintenance', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted')");
        for (int i = 0; i < needCount; ++i) {
            QVariantList req, host;
            for (int k = 0, n = 1 + int(rng.bounded(3)); k < n; ++k)
                req << QVariantMap { { "name", skill() }, { "level", 1 + int(rng.bounded(4)) }, { "mandatory", k == 0 && rng.bounded(10) < 7 } };
            host << pick(languages);
            const QDate d = QDate(2027, 1, 1).addDays(rng.bounded(330));
            for (const QVariant &v : QVariantList { QStringLiteral("n%1").arg(i), now, now, QStringLiteral("i%1").arg(rng.bounded(500)),
                                                    pick(sectors), QStringLiteral("Need %1").arg(i), json(req),
                                                    rng.bounded(2) ? pick(makers) : QString(), QStringLiteral("M%1").arg(rng.bounded(10)),
                                                    1 + int(rng.bounded(2)), d.toString(Qt::ISODate),
                                                    d.addDays(10 + rng.bounded(40)).toString(Qt::ISODate), 5 + int(rng.bounded(10)),
                                                    json(host), int(rng.bounded(4) == 0) })
                q.addBindValue(v);
            exec(q);
        }
        q.prepare("INSERT INTO missions (id, created_at, updated_at, need_id, expert_id, start, \"end\", status) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, 'completed')");
        for (int i = 0; i < expertCount / 5; ++i) {
            const QDate d = QDate(2026, 1, 1).addDays(rng.bounded(700));
            for (const QVariant &v : QVariantList { QStringLiteral("m%1").arg(i), now, now, QStringLiteral("old"),
                                                    QStringLiteral("x%1").arg(rng.bounded(expertCount), 6, 10, QLatin1Char('0')),
                                                    d.toString(Qt::ISODate), d.addDays(7).toString(Qt::ISODate) })
                q.addBindValue(v);
            exec(q);
        }
        tx.commit();
    }
    std::printf("build synthetic db: %lld ms (%d experts, %d needs)\n", timer.restart(), expertCount, needCount);

    MatchingData data(QDate(2026, 11, 22));
    if (!data.load(db, &error))
        qFatal("%s", qPrintable(error));
    std::printf("load snapshot: %lld ms, peak RSS %ld MB\n", timer.restart(), peakRssKb() / 1024);
    const CandidatePool pool(data);
    std::printf("candidate pool: %lld ms\n", timer.restart());

    QElapsedTimer one;
    qint64 worst = 0, total = 0;
    const int samples = std::min(200, needCount);
    for (int i = 0; i < samples; ++i) {
        one.start();
        const QList<Suggestion> top = pool.topK(data.needs()[size_t(i)].id, 10);
        const qint64 ns = one.nsecsElapsed();
        worst = std::max(worst, ns);
        total += ns;
    }
    std::printf("top-10 over %d needs: mean %.2f ms, worst %.2f ms\n", samples, total / 1e6 / samples, worst / 1e6);
    timer.restart();
    const PlanResult plan = MatchingPlanner(pool).solve();
    std::printf("plan: %lld ms, %lld assignments, total %.1f, %d rounds, %d arcs, peak RSS %ld MB\n", timer.elapsed(),
                qint64(plan.assignments.size()), plan.totalScore, plan.rounds, plan.arcs, peakRssKb() / 1024);
    return plan.status == PlanResult::Status::Optimal ? 0 : 1;
}
