#include "MatchingFixture.h"
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
        left[n] = data.needs()[size_t(open[n])].expertsWanted;
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
            QVERIFY(++perNeed[a.needId] <= data->needs()[size_t(need)].expertsWanted);
            const MatchEvaluation ev = pool.scorer().evaluate(need, data->expertIndex(a.expertId));
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

QTEST_GUILESS_MAIN(TestMatchingPlanner)
#include "tst_matchingplanner.moc"
