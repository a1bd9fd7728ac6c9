#include "MatchingFixture.h"
#include "matching/Availability.h"
#include "matching/MatchingPlanner.h"

#include <QSet>
#include <QTest>

using namespace ed;
using namespace MatchingFixture;

namespace {

// Exhaustive optimum: every expert goes to one open need (where eligible, within its places) or
// to none. Small instances only.
qint64 bruteForce(const MatchingData &data, const MatchScorer &scorer)
{
    std::vector<int> open;
    for (int i = 0; i < int(data.needs().size()); ++i) {
        if (data.needs()[size_t(i)].isOpen())
            open.push_back(i);
    }
    const int experts = int(data.experts().size());
    std::vector<std::vector<int>> points(size_t(experts), std::vector<int>(open.size(), -1));
    for (int e = 0; e < experts; ++e) {
        for (size_t n = 0; n < open.size(); ++n) {
            const MatchEvaluation ev = scorer.evaluate(open[n], e);
            if (ev.eligible())
                points[size_t(e)][n] = ev.points;
        }
    }
    std::vector<int> left(open.size());
    for (size_t n = 0; n < open.size(); ++n)
        left[n] = std::max(0, data.needs()[size_t(open[n])].expertsWanted
                                      - int(data.needs()[size_t(open[n])].assigned.size()));
    qint64 best = 0;
    std::function<void(int, qint64)> go = [&](int e, qint64 total) {
        if (e == experts) {
            best = std::max(best, total);
            return;
        }
        go(e + 1, total);
        for (size_t n = 0; n < open.size(); ++n) {
            if (left[n] > 0 && points[size_t(e)][n] >= 0) {
                --left[n];
                go(e + 1, total + points[size_t(e)][n]);
                ++left[n];
            }
        }
    };
    go(0, 0);
    return best;
}

} // namespace

class TestMatchingPlanner : public QObject
{
    Q_OBJECT
private slots:
    void planIsOptimal_data();
    void planIsOptimal();
    void cancelStops();
    void progressIsReported();
    void missionsCountTowardWanted();
    void datesAvoidTheExpertsDays();
};

void TestMatchingPlanner::planIsOptimal_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 200; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMatchingPlanner::planIsOptimal()
{
    QFETCH(quint32, seed);
    const int needs = 1 + int(seed % 6);
    const int experts = 1 + int((seed * 7919) % 7);
    const auto data = randomData(seed, needs, experts, 2);
    const CandidatePool pool(*data);
    const qint64 optimum = bruteForce(*data, pool.scorer());
    // Margin 0 keeps only q candidates per need, so the optimality check has to grow the lists.
    for (int margin : { 0, 1, 30 }) {
        PlanOptions options;
        options.margin = margin;
        const PlanResult plan = MatchingPlanner(pool).solve(options);
        QCOMPARE(int(plan.status), int(PlanResult::Status::Optimal));
        QCOMPARE(plan.totalPoints, optimum);
        QSet<QString> used;
        QHash<QString, int> perNeed;
        qint64 sum = 0;
        for (const PlanAssignment &a : plan.assignments) {
            QVERIFY2(!used.contains(a.expertId), "an expert took two missions");
            used.insert(a.expertId);
            const int need = data->needIndex(a.needId);
            QVERIFY(data->needs()[size_t(need)].isOpen());
            const NeedProfile &profile = data->needs()[size_t(need)];
            QVERIFY(++perNeed[a.needId] + int(profile.assigned.size()) <= profile.expertsWanted);
            const int expert = data->expertIndex(a.expertId);
            QVERIFY2(!profile.hasAssigned(expert), "an expert already on the need was proposed again");
            QVERIFY(a.start.isValid());
            QCOMPARE(a.end, a.start.addDays(profile.durationDays - 1));
            QVERIFY(int(a.start.toJulianDay()) >= profile.windowFirst);
            for (const BusyPeriod &busy : data->experts()[size_t(expert)].busy) {
                const bool overlaps = busy.first <= int(a.end.toJulianDay()) && busy.last >= int(a.start.toJulianDay());
                QVERIFY2(busy.needIndex == need || !overlaps, "a proposed mission overlaps the expert's other days");
            }
            const MatchEvaluation ev = pool.scorer().evaluate(need, expert);
            QVERIFY(ev.eligible());
            QCOMPARE(ev.points, a.points);
            sum += a.points;
        }
        QCOMPARE(sum, plan.totalPoints);
    }
}

void TestMatchingPlanner::cancelStops()
{
    const auto data = randomData(42, 6, 7, 2);
    const CandidatePool pool(*data);
    std::atomic_bool cancel { false };
    PlanOptions options;
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&](int, int) {
        ++calls;
        cancel = true; // the user presses Cancel after the first step
    };
    const PlanResult plan = MatchingPlanner(pool).solve(options);
    QCOMPARE(int(plan.status), int(PlanResult::Status::Cancelled));
    QCOMPARE(calls, 1);
    QVERIFY(plan.assignments.isEmpty());

    cancel = true;
    options.progress = nullptr;
    QCOMPARE(int(MatchingPlanner(pool).solve(options).status), int(PlanResult::Status::Cancelled));
}

void TestMatchingPlanner::progressIsReported()
{
    const auto data = randomData(9, 6, 7, 2);
    const CandidatePool pool(*data);
    PlanOptions options;
    QList<int> done;
    int total = -1;
    options.progress = [&](int d, int t) {
        done << d;
        total = t;
    };
    QCOMPARE(int(MatchingPlanner(pool).solve(options).status), int(PlanResult::Status::Optimal));
    QCOMPARE(done.size(), total);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
}

void TestMatchingPlanner::missionsCountTowardWanted()
{
    MatchingData data(today());
    addInstitutions(data);
    for (const char *id : { "e1", "e2", "e3" })
        data.addExpert(baseExpert(id));
    NeedRow one = baseNeed("n1"); // wants 1 and has a draft: fully staffed
    NeedRow two = baseNeed("n2"); // wants 2 and has one expert
    two.expertsWanted = 2;
    two.windowStart = "2027-03-01";
    two.windowEnd = "2027-03-31";
    data.addNeed(one);
    data.addNeed(two);
    data.addMission({ "m1", "n1", "e1", "2027-01-10", "2027-01-19", "draft" });
    data.addMission({ "m2", "n2", "e2", "2027-03-01", "2027-03-10", "confirmed" });
    data.addMission({ "m3", "n2", "e3", "2027-03-01", "2027-03-10", "cancelled" }); // does not count
    data.finalize();
    const CandidatePool pool(data);
    QCOMPARE(int(pool.scorer().evaluate(1, 1).exclusion), int(FilterReason::AlreadyOnNeed));

    const PlanResult plan = MatchingPlanner(pool).solve();
    QCOMPARE(int(plan.status), int(PlanResult::Status::Optimal));
    QCOMPARE(plan.openNeeds, 2);
    QCOMPARE(plan.needsWanting, 1);
    QCOMPARE(plan.placesWanted, 1);
    QCOMPARE(plan.assignments.size(), 1);
    QCOMPARE(plan.assignments.at(0).needId, QStringLiteral("n2"));
    // e2 is on n2 already; e1 and e3 are free in March and score alike: the lower id wins.
    QCOMPARE(plan.assignments.at(0).expertId, QStringLiteral("e1"));
    QCOMPARE(plan.assignments.at(0).start, QDate(2027, 3, 1));
    QCOMPARE(plan.assignments.at(0).end, QDate(2027, 3, 10));
}

void TestMatchingPlanner::datesAvoidTheExpertsDays()
{
    // Window 10 Jan – 10 Feb. Busy: a mission elsewhere 10–14 Jan, declared unavailable 18–20 Jan.
    auto firstDay = [](int durationDays, bool ownMission) {
        MatchingData data(today());
        addInstitutions(data);
        ExpertRow e = baseExpert("e1");
        e.unavailability = R"([{"start":"2027-01-18","end":"2027-01-20"}])";
        data.addExpert(e);
        NeedRow target = baseNeed("n1");
        target.durationDays = durationDays;
        data.addNeed(target);
        data.addNeed(baseNeed("n2"));
        data.addMission({ "m1", ownMission ? "n1" : "n2", "e1", "2027-01-10", "2027-01-14", "confirmed" });
        data.finalize();
        const int day = firstFreeDay(data.experts()[0], data.needs()[0], 0);
        return day ? QDate::fromJulianDay(day) : QDate();
    };
    QCOMPARE(firstDay(3, false), QDate(2027, 1, 15)); // 15–17 Jan fits exactly
    QCOMPARE(firstDay(4, false), QDate(2027, 1, 21)); // 15–17 is one day short
    QCOMPARE(firstDay(21, false), QDate(2027, 1, 21)); // 21 Jan – 10 Feb is 21 days
    QCOMPARE(firstDay(22, false), QDate());           // no run that long
    QCOMPARE(firstDay(3, true), QDate(2027, 1, 10));  // the need's own mission is not a conflict
}

QTEST_GUILESS_MAIN(TestMatchingPlanner)
#include "tst_matchingplanner.moc"
