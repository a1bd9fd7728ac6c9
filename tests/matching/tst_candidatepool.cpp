#include "MatchingFixture.h"
#include "matching/CandidatePool.h"

#include <QTest>

#include <algorithm>

using namespace ed;
using namespace MatchingFixture;

class TestCandidatePool : public QObject
{
    Q_OBJECT
private slots:
    void topKEqualsFullRanking_data();
    void topKEqualsFullRanking();
    void tiesBreakByExpertId();
    void excludedCarryReasons();
    void unknownNeedGivesNothing();
};

void TestCandidatePool::topKEqualsFullRanking_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("k");
    for (quint32 seed = 1; seed <= 30; ++seed) {
        for (int k : { 1, 3, 10, 1000 })
            QTest::addRow("seed %u k %d", seed, k) << seed << k;
    }
}

// The inverted index and the early stop must give exactly what scoring everybody gives.
void TestCandidatePool::topKEqualsFullRanking()
{
    QFETCH(quint32, seed);
    QFETCH(int, k);
    const auto data = randomData(seed, 8, 300, 2);
    const CandidatePool pool(*data);
    for (int need = 0; need < int(data->needs().size()); ++need) {
        std::vector<std::tuple<int, QString, int>> all; // (-points, id, index)
        for (int e = 0; e < int(data->experts().size()); ++e) {
            const MatchEvaluation ev = pool.scorer().evaluate(need, e);
            if (ev.eligible())
                all.emplace_back(-ev.points, data->experts()[size_t(e)].id, e);
        }
        std::sort(all.begin(), all.end());
        const QList<Suggestion> top = pool.topK(data->needs()[size_t(need)].id, k);
        QCOMPARE(top.size(), std::min<qsizetype>(k, qsizetype(all.size())));
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top[i].expertId, std::get<1>(all[size_t(i)]));
            QCOMPARE(top[i].score, double(-std::get<0>(all[size_t(i)])) / MatchScorer::kScale);
        }
    }
}

void TestCandidatePool::tiesBreakByExpertId()
{
    MatchingData data(today());
    addInstitutions(data);
    for (const char *id : { "e3", "e1", "e2", "e0" }) {
        ExpertRow e = baseExpert(QString::fromLatin1(id));
        if (QByteArray(id) == "e0")
            e.languages = R"([{"code":"en","level":4}])"; // better than the three clones
        data.addExpert(e);
    }
    data.addNeed(baseNeed("n"));
    data.finalize();
    const QList<Suggestion> top = CandidatePool(data).topK("n", 10);
    QStringList ids;
    for (const Suggestion &s : top)
        ids << s.expertId;
    QCOMPARE(ids, QStringList({ "e0", "e1", "e2", "e3" }));
    QVERIFY(top[0].score > top[1].score);
    QCOMPARE(top[1].score, top[3].score);
    QCOMPARE(top[0].parts.size(), kScorePartCount);
}

void TestCandidatePool::excludedCarryReasons()
{
    MatchingData data(today());
    addInstitutions(data);
    data.addExpert(baseExpert("ok"));
    ExpertRow inactive = baseExpert("inactive");
    inactive.status = "inactive";
    data.addExpert(inactive);
    ExpertRow host = baseExpert("host");
    host.employer = "Aga Khan University Hospital";
    data.addExpert(host);
    data.addNeed(baseNeed("n"));
    data.finalize();
    QList<Exclusion> excluded;
    const QList<Suggestion> top = CandidatePool(data).topK("n", 10, &excluded);
    QCOMPARE(top.size(), 1);
    QCOMPARE(excluded.size(), 2);
    QCOMPARE(excluded[0].expertId, QStringLiteral("host"));
    QCOMPARE(int(excluded[0].reason), int(FilterReason::EmployedByHost));
    QVERIFY(excluded[0].explanation.contains("Aga Khan University Hospital"));
    QCOMPARE(int(excluded[1].reason), int(FilterReason::NotActive));
}

void TestCandidatePool::unknownNeedGivesNothing()
{
    const auto data = randomData(7, 2, 20, 1);
    QVERIFY(CandidatePool(*data).topK("no-such-need", 5).isEmpty());
}

QTEST_GUILESS_MAIN(TestCandidatePool)
#include "tst_candidatepool.moc"
