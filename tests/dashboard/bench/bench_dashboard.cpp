// Dashboard benchmark (not a ctest): a synthetic replica of 100,000 experts with the demo
// data's proportions (1 institution per 10 experts, 1 need per 5, ~0.9 mission per need,
// ~1.2 evaluations per evaluated mission), then the time of a full dashboard refresh
// (DashboardAggregates::compute): the first one (statements prepared, cache cold) and the
// median of 20 after it, unfiltered and with a sector and a country filter.
// Usage: bench_dashboard [experts]
#include "reporting/DashboardAggregates.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ed;

namespace {
void exec(QSqlQuery &q)
{
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

double medianMs(const DashboardAggregates &aggregates, const DashboardFilter &filter, double *firstMs)
{
    QList<double> runs;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        DashboardData data;
        QString error;
        if (!aggregates.compute(filter, &data, &error))
            qFatal("%s", qPrintable(error));
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i == 0 && firstMs)
            *firstMs = ms;
        else
            runs << ms;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int expertCount = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    Database database(dir.filePath("bench.sqlite"));
    QString error;
    if (database.open(&error) != Database::Status::Ok)
        qFatal("%s", qPrintable(error));
    ReferenceData reference;
    if (!reference.load(database.connection(), &error))
        qFatal("%s", qPrintable(error));
    QSqlDatabase db = database.connection();
    QRandomGenerator rng(2026);
    QStringList countries, sectors;
    for (const auto &c : reference.countries())
        countries << c.code;
    for (const auto &s : reference.sectors())
        sectors << s.code;
    const QStringList needStatuses = { "received", "screening", "accepted", "matching", "matched",
                                       "scheduled", "fulfilled", "closed", "rejected", "withdrawn" };
    const QStringList missionStatuses = { "draft", "proposed", "confirmed", "travel_booked", "in_progress",
                                          "completed", "evaluated", "postponed", "cancelled" };
    auto pick = [&rng](const QStringList &l) { return l.at(int(rng.bounded(l.size()))); };
    const QDate today(2026, 11, 22);
    auto day = [&](int from, int to) { return today.addDays(from + int(rng.bounded(to - from))).toString(Qt::ISODate); };
    const QString now = "2026-11-22T08:00:00.000Z";
    const int institutionCount = expertCount / 10, needCount = expertCount / 5;

    QElapsedTimer timer;
    timer.start();
    {
        SqlTransaction tx(db);
        QSqlQuery q(db);
        q.prepare("INSERT INTO institutions (id, created_at, updated_at, name, type, country) VALUES (?, ?, ?, ?, 'hospital', ?)");
        QStringList institutionCountry;
        for (int i = 0; i < institutionCount; ++i) {
            institutionCountry << pick(countries);
            for (const QVariant &v : QVariantList { QString("i%1").arg(i), now, now, QString("Institution %1").arg(i),
                                                    institutionCountry.last() })
                q.addBindValue(v);
            exec(q);
        }
        q.prepare("INSERT INTO experts (id, created_at, updated_at, name, nationality, country, email, status, sectors) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < expertCount; ++i) {
            const QString country = pick(countries);
            const QString secs = QString("[\"%1\",\"%2\"]").arg(pick(sectors), pick(sectors));
            for (const QVariant &v : QVariantList { QString("x%1").arg(i), now, now, QString("Expert %1").arg(i), country,
                                                    country, QString("e%1@example.org").arg(i),
                                                    rng.bounded(10) < 8 ? "active" : "inactive", secs })
                q.addBindValue(v);
            exec(q);
        }
        QSqlQuery m(db), e(db);
        q.prepare("INSERT INTO needs (id, created_at, updated_at, institution_id, sector, title, service_type, status) "
                  "VALUES (?, ?, ?, ?, ?, 'Need', 'training', ?)");
        m.prepare("INSERT INTO missions (id, created_at, updated_at, need_id, expert_id, institution_id, start, \"end\", "
                  "status, airfare_amount, airfare_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD')");
        e.prepare("INSERT INTO evaluations (id, created_at, updated_at, mission_id, evaluator, rating_overall) "
                  "VALUES (?, ?, ?, ?, 'host', ?)");
        int missions = 0, evaluations = 0;
        for (int i = 0; i < needCount; ++i) {
            const int institution = int(rng.bounded(institutionCount));
            const QString created = day(-700, 0) + "T08:00:00.000Z";
            for (const QVariant &v : QVariantList { QString("n%1").arg(i), created, now, QString("i%1").arg(institution),
                                                    pick(sectors), pick(needStatuses) })
                q.addBindValue(v);
            exec(q);
            if (rng.bounded(10) < 9) {
                const QString status = pick(missionStatuses);
                const QString start = day(-365, 365);
                for (const QVariant &v : QVariantList { QString("m%1").arg(missions), now, now, QString("n%1").arg(i),
                                                        QString("x%1").arg(rng.bounded(expertCount)),
                                                        QString("i%1").arg(institution), start, start, status,
                                                        double(rng.bounded(180, 1600)) })
                    m.addBindValue(v);
                exec(m);
                if (status == "evaluated") {
                    for (int k = 0; k < 2; ++k) {
                        for (const QVariant &v : QVariantList { QString("e%1").arg(evaluations++), now, now,
                                                                QString("m%1").arg(missions), 1 + int(rng.bounded(5)) })
                            e.addBindValue(v);
                        exec(e);
                    }
                }
                ++missions;
            }
        }
        if (!tx.commit())
            qFatal("commit failed");
        std::printf("data: %d experts, %d institutions, %d needs, %d missions, %d evaluations in %.1f s\n",
                    expertCount, institutionCount, needCount, missions, evaluations, timer.elapsed() / 1000.0);
    }
    QSqlQuery analyze(db);
    analyze.exec("ANALYZE");

    DashboardAggregates aggregates(database, reference);
    DashboardFilter filter = DashboardFilter::defaultRange(today);
    double first = 0;
    const double all = medianMs(aggregates, filter, &first);
    std::printf("refresh, default range (18 months), first: %.1f ms\n", first);
    std::printf("refresh, default range (18 months), median of 20: %.1f ms\n", all);
    // Where the time goes, one figure at a time (median of 5).
    auto part = [&](const char *name, auto &&call) {
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            call();
            runs << t.nsecsElapsed() / 1e6;
        }
        std::sort(runs.begin(), runs.end());
        std::printf("  %-22s %6.1f ms\n", name, runs.at(2));
    };
    part("needs by sector", [&] { aggregates.needsBySector(filter); });
    part("experts by country", [&] { aggregates.expertsByCountry(filter); });
    part("missions by month", [&] { aggregates.missionsByMonth(filter); });
    part("fulfilment by country", [&] { aggregates.fulfilmentByCountry(filter); });
    part("sector x country", [&] { aggregates.sectorCountryMatrix(filter); });
    part("KPIs", [&] { aggregates.kpis(filter); });
    filter.sector = "BME";
    part("experts by country BME", [&] { aggregates.expertsByCountry(filter); });
    part("KPIs BME", [&] { aggregates.kpis(filter); });
    std::printf("refresh, sector BME, median of 20: %.1f ms\n", medianMs(aggregates, filter, nullptr));
    filter.sector.clear();
    filter.country = "PK";
    std::printf("refresh, country PK, median of 20: %.1f ms\n", medianMs(aggregates, filter, nullptr));
    return 0;
}
