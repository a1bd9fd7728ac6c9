#include "MatchingFixture.h"
#include "TestDatabase.h"
#include "matching/CandidatePool.h"
#include "matching/MatchScorer.h"

#include <QJsonObject>
#include <QTest>

using namespace ed;
using namespace MatchingFixture;

Q_DECLARE_METATYPE(ed::FilterReason)

namespace {

QVariantMap object(const char *jsonText)
{
    return QJsonDocument::fromJson(QByteArray(jsonText)).object().toVariantMap();
}

QString text(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList ? json(v.toList()) : v.toString();
}

// One need ("n") and one expert ("x") made from the base rows bent by JSON patches, plus an
// "other" need that missions can belong to, and extra missions/ratings.
// Language and sector names for the explanations come from the reference data of a real
// database, opened for the whole suite (initTestCase) and closed before Qt shuts down.
std::unique_ptr<TestDatabase> g_database;
const ReferenceData &sharedReference()
{
    return g_database->reference;
}

struct Scenario
{
    std::unique_ptr<MatchingData> data;
    std::unique_ptr<MatchScorer> scorer;
    int need = -1, expert = -1;

    Scenario(const char *expertPatch, const char *needPatch, const char *missions = "[]",
             const QList<int> &ratings = {}, const QList<int> &otherRatings = {})
    {
        data = std::make_unique<MatchingData>(today());
        data->setReference(&sharedReference());
        addInstitutions(*data);
        ExpertRow e = baseExpert("x");
        const QVariantMap ep = object(expertPatch);
        for (auto it = ep.begin(); it != ep.end(); ++it) {
            const QString k = it.key();
            if (k == "status") e.status = text(*it);
            else if (k == "employer") e.employer = text(*it);
            else if (k == "country") e.country = text(*it);
            else if (k == "languages") e.languages = text(*it);
            else if (k == "sectors") e.sectors = text(*it);
            else if (k == "skills") e.skills = text(*it);
            else if (k == "equipment") e.equipment = text(*it);
            else if (k == "unavailability") e.unavailability = text(*it);
            else if (k == "max") e.maxMissionsPerYear = it->toInt();
            else qFatal("unknown expert patch key");
        }
        data->addExpert(e);
        data->addExpert(baseExpert("y"));
        NeedRow n = baseNeed("n");
        const QVariantMap np = object(needPatch);
        for (auto it = np.begin(); it != np.end(); ++it) {
            const QString k = it.key();
            if (k == "interpreter") n.interpreter = it->toBool();
            else if (k == "window_start") n.windowStart = text(*it);
            else if (k == "window_end") n.windowEnd = text(*it);
            else if (k == "duration") n.durationDays = it->toInt();
            else if (k == "host_languages") n.hostLanguages = text(*it);
            else if (k == "required_skills") n.requiredSkills = text(*it);
            else if (k == "manufacturer") n.manufacturer = text(*it);
            else if (k == "model") n.model = text(*it);
            else if (k == "sector") n.sector = text(*it);
            else if (k == "institution") n.institutionId = text(*it);
            else qFatal("unknown need patch key");
        }
        data->addNeed(n);
        NeedRow other = baseNeed("other");
        other.status = "scheduled";
        data->addNeed(other);
        int i = 0;
        for (const QVariant &m : QJsonDocument::fromJson(QByteArray(missions)).array().toVariantList()) {
            const QVariantList f = m.toList();
            data->addMission({ QStringLiteral("m%1").arg(i++), f.value(2, "other").toString(), "x", f.at(0).toString(),
                               f.at(1).toString(), f.value(3, "confirmed").toString() });
        }
        for (int r : ratings)
            data->addRating("x", r);
        for (int r : otherRatings)
            data->addRating("y", r);
        data->finalize();
        scorer = std::make_unique<MatchScorer>(*data);
        need = data->needIndex("n");
        expert = data->expertIndex("x");
    }
    MatchEvaluation evaluate() const { return scorer->evaluate(need, expert); }
};

} // namespace

class TestMatchScorer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        g_database = std::make_unique<TestDatabase>();
        QVERIFY(g_database->open());
    }
    void cleanupTestCase() { g_database.reset(); }
    void filters_data();
    void filters();
    void parts_data();
    void parts();
    void totalIsWeightedSum();
    void trackRecordShrinksTowardProgrammeMean();
    void reasonsAreReadable();
    void exclusionTextsNameTheCause();
    void weightsRoundTripThroughJson();
    void loadsFromDatabase();
};

void TestMatchScorer::filters_data()
{
    QTest::addColumn<QString>("expertPatch");
    QTest::addColumn<QString>("needPatch");
    QTest::addColumn<QString>("missions");
    QTest::addColumn<FilterReason>("expected");
    const auto F = [](const char *name, const char *e, const char *n, const char *m, FilterReason r) {
        QTest::newRow(name) << QString::fromUtf8(e) << QString::fromUtf8(n) << QString::fromUtf8(m) << r;
    };
    using R = FilterReason;
    F("eligible", "{}", "{}", "[]", R::None);
    F("inactive", R"({"status":"inactive"})", "{}", "[]", R::NotActive);
    F("suspended", R"({"status":"suspended"})", "{}", "[]", R::NotActive);
    F("employed by host, other case and spaces", R"({"employer":"  aga KHAN university   hospital"})", "{}", "[]", R::EmployedByHost);
    F("employer elsewhere", R"({"employer":"Aga Khan University"})", "{}", "[]", R::None);
    F("no shared language", R"({"languages":[{"code":"fr","level":4}]})", "{}", "[]", R::NoSharedLanguage);
    F("shared language only at level 1", R"({"languages":[{"code":"en","level":1}]})", "{}", "[]", R::NoSharedLanguage);
    F("shared language at level 2", R"({"languages":[{"code":"EN","level":2}]})", "{}", "[]", R::None);
    F("interpreter overrides language", R"({"languages":[{"code":"fr","level":4}]})", R"({"interpreter":true})", "[]", R::None);
    F("host names no language", R"({"languages":[]})", R"({"host_languages":[]})", "[]", R::None);
    F("mandatory skill, other case", R"({"skills":[{"name":"mri MAINTENANCE","level":1}]})", "{}", "[]", R::None);
    F("mandatory skill missing", R"({"skills":[],"equipment":[]})", "{}", "[]", R::MandatorySkillMissing);
    F("mandatory skill by exact equipment", R"({"skills":[]})", "{}", "[]", R::None);
    F("other model is not enough", R"({"skills":[],"equipment":[{"manufacturer":"Siemens","model":"Skyra","level":4}]})", "{}", "[]", R::MandatorySkillMissing);
    F("optional skill missing", R"({"skills":[]})", R"({"required_skills":[{"name":"Coil repair","level":2,"mandatory":false}]})", "[]", R::None);
    F("cap exactly reached", R"({"max":1})", "{}", R"([["2027-05-01","2027-05-05"]])", R::YearlyCapReached);
    F("cap one below", R"({"max":2})", "{}", R"([["2027-05-01","2027-05-05"]])", R::None);
    F("cap reached with two", R"({"max":2})", "{}", R"([["2027-05-01","2027-05-05"],["2027-07-01","2027-07-05"]])", R::YearlyCapReached);
    F("cap counts the need's year only", R"({"max":1})", "{}", R"([["2026-12-20","2027-01-02"]])", R::None);
    F("cap zero", R"({"max":0})", "{}", "[]", R::YearlyCapReached);
    F("cancelled mission does not count", R"({"max":1})", "{}", R"([["2027-01-10","2027-02-10","other","cancelled"]])", R::None);
    F("unavailable whole window", R"({"unavailability":[{"start":"2027-01-01","end":"2027-03-01"}]})", "{}", "[]", R::Unavailable);
    F("exactly duration left", R"({"unavailability":[{"start":"2027-01-10","end":"2027-01-31"}]})", "{}", "[]", R::None);
    F("one day short", R"({"unavailability":[{"start":"2027-01-10","end":"2027-02-01"}]})", "{}", "[]", R::Unavailable);
    F("touching mission before a one-day window", "{}", R"({"window_start":"2027-01-10","window_end":"2027-01-10","duration":1})", R"([["2027-01-05","2027-01-09"]])", R::None);
    F("mission ending on a one-day window", "{}", R"({"window_start":"2027-01-10","window_end":"2027-01-10","duration":1})", R"([["2027-01-05","2027-01-10"]])", R::OnAnotherMission);
    F("mission starting the day after", "{}", R"({"window_start":"2027-01-10","window_end":"2027-01-10","duration":1})", R"([["2027-01-11","2027-01-15"]])", R::None);
    F("free days but no run of 10", R"({"max":3})", "{}", R"([["2027-01-15","2027-01-20"],["2027-01-28","2027-02-03"]])", R::OnAnotherMission);
    F("runs of 7 fit a 7-day mission", R"({"max":3})", R"({"duration":7})", R"([["2027-01-15","2027-01-20"],["2027-01-28","2027-02-03"]])", R::None);
    F("mission, not unavailability, blocks", R"({"unavailability":[{"start":"2027-01-10","end":"2027-01-25"}]})", "{}", R"([["2027-01-28","2027-02-05"]])", R::OnAnotherMission);
    F("a mission for the same need: already on it", "{}", "{}", R"([["2027-01-10","2027-02-10","n"]])", R::AlreadyOnNeed);
    F("window shorter than duration must be free", "{}", R"({"window_start":"2027-01-10","window_end":"2027-01-12","duration":10})", R"([["2027-01-12","2027-01-12"]])", R::OnAnotherMission);
}

void TestMatchScorer::filters()
{
    QFETCH(QString, expertPatch);
    QFETCH(QString, needPatch);
    QFETCH(QString, missions);
    QFETCH(FilterReason, expected);
    const Scenario s(expertPatch.toUtf8().constData(), needPatch.toUtf8().constData(), missions.toUtf8().constData());
    QCOMPARE(int(s.evaluate().exclusion), int(expected));
}

void TestMatchScorer::parts_data()
{
    QTest::addColumn<QString>("expertPatch");
    QTest::addColumn<QString>("needPatch");
    QTest::addColumn<QString>("missions");
    QTest::addColumn<int>("part");
    QTest::addColumn<double>("expected");
    const auto P = [](const char *name, const char *e, const char *n, const char *m, ScorePart part, double v) {
        QTest::newRow(name) << QString::fromUtf8(e) << QString::fromUtf8(n) << QString::fromUtf8(m) << int(part) << v;
    };
    using S = ScorePart;
    // Skills: Σ min(level, 2·required) / Σ required capped at 1; the named equipment asks level 2
    // and keeps 15 % of the part for the exact manufacturer/model.
    P("skills full with exact equipment", "{}", "{}", "[]", S::Skills, 1.0);
    P("skills under-qualified", R"({"skills":[{"name":"MRI maintenance","level":1}],"equipment":[{"manufacturer":"Siemens","model":"Magnetom Aera","level":2}]})", "{}", "[]", S::Skills, 0.85 * 3 / 4 + 0.15);
    P("other model counts half, no bonus", R"({"skills":[{"name":"MRI maintenance","level":1}],"equipment":[{"manufacturer":"SIEMENS","model":"Skyra","level":2}]})", "{}", "[]", S::Skills, 0.85 * 2 / 4);
    P("manufacturer-only need", "{}", R"({"model":""})", "[]", S::Skills, 1.0);
    P("no equipment named", "{}", R"({"manufacturer":"","model":"","required_skills":[{"name":"MRI maintenance","level":2,"mandatory":true},{"name":"Coil repair","level":4}]})", "[]", S::Skills, 4.0 / 6);
    P("overqualified capped", "{}", R"({"manufacturer":"","required_skills":[{"name":"MRI maintenance","level":1}]})", "[]", S::Skills, 1.0);
    P("nothing asked", R"({"skills":[]})", R"({"manufacturer":"","required_skills":[]})", "[]", S::Skills, 1.0);
    P("whole window free", "{}", "{}", "[]", S::Availability, 1.0);
    P("ten of 32 days taken", R"({"unavailability":[{"start":"2027-01-10","end":"2027-01-19"}]})", "{}", "[]", S::Availability, 22.0 / 32);
    P("overlapping periods count once", R"({"unavailability":[{"start":"2027-01-05","end":"2027-01-15"}]})", "{}", R"([["2027-01-12","2027-01-19"]])", S::Availability, 22.0 / 32);
    P("one-day window free", "{}", R"({"window_start":"2027-01-10","window_end":"2027-01-10","duration":1})", "[]", S::Availability, 1.0);
    P("no dates", "{}", R"({"window_start":"","window_end":""})", "[]", S::Availability, 1.0);
    P("speaks English 3/4", "{}", "{}", "[]", S::Language, 0.75);
    P("best shared level", R"({"languages":[{"code":"en","level":2},{"code":"ur","level":4}]})", "{}", "[]", S::Language, 1.0);
    P("interpreter, no shared", R"({"languages":[{"code":"fr","level":4}]})", R"({"interpreter":true})", "[]", S::Language, 1.0);
    P("interpreter, shared too", "{}", R"({"interpreter":true})", "[]", S::Language, 1.0);
    P("host names none", "{}", R"({"host_languages":[]})", "[]", S::Language, 0.5);
    P("primary sector", "{}", "{}", "[]", S::Sector, 1.0);
    P("secondary sector", "{}", R"({"sector":"IT"})", "[]", S::Sector, 0.5);
    P("other sector", "{}", R"({"sector":"HVAC"})", "[]", S::Sector, 0.0);
    P("same country", R"({"country":"PK"})", "{}", "[]", S::Logistics, 1.0);
    P("same OIC region", R"({"country":"AF"})", "{}", "[]", S::Logistics, 0.6);
    P("other OIC region", R"({"country":"SN"})", "{}", "[]", S::Logistics, 0.2);
    P("Arab group", R"({"country":"MA"})", R"({"institution":"inst-eg"})", "[]", S::Logistics, 0.6);
    P("no recent missions", "{}", "{}", "[]", S::Fairness, 1.0);
    P("one mission this year", "{}", "{}", R"([["2026-06-01","2026-06-05"]])", S::Fairness, 0.5);
    P("two missions this year", "{}", "{}", R"([["2026-06-01","2026-06-05"],["2026-11-22","2026-11-25"]])", S::Fairness, 1.0 / 3);
    P("mission just over a year ago", "{}", "{}", R"([["2025-11-22","2025-11-25"]])", S::Fairness, 1.0);
    P("cancelled mission is not recent", "{}", "{}", R"([["2026-06-01","2026-06-05","other","cancelled"]])", S::Fairness, 1.0);
}

void TestMatchScorer::parts()
{
    QFETCH(QString, expertPatch);
    QFETCH(QString, needPatch);
    QFETCH(QString, missions);
    QFETCH(int, part);
    QFETCH(double, expected);
    const Scenario s(expertPatch.toUtf8().constData(), needPatch.toUtf8().constData(), missions.toUtf8().constData());
    const MatchEvaluation e = s.evaluate();
    QVERIFY(e.eligible());
    QVERIFY2(qAbs(e.parts[size_t(part)] - expected) < 1e-9,
             qPrintable(QStringLiteral("got %1, want %2").arg(e.parts[size_t(part)]).arg(expected)));
}

void TestMatchScorer::totalIsWeightedSum()
{
    const Scenario s(R"({"languages":[{"code":"en","level":2}],"country":"AF"})", R"({"sector":"IT"})");
    const MatchEvaluation e = s.evaluate();
    const MatchingWeights w;
    double expected = 0;
    for (int i = 0; i < kScorePartCount; ++i)
        expected += w.weight(ScorePart(i)) * e.parts[size_t(i)];
    QVERIFY(qAbs(e.score() - expected) < 0.001);
    QVERIFY(e.score() > 0 && e.score() < 100);

    // Weights are normalised: doubling all of them changes nothing.
    MatchingWeights doubled;
    for (double *x : { &doubled.skills, &doubled.availability, &doubled.language, &doubled.trackRecord,
                       &doubled.sector, &doubled.logistics, &doubled.fairness })
        *x *= 2;
    QCOMPARE(MatchScorer(*s.data, doubled).evaluate(s.need, s.expert).points, e.points);
}

void TestMatchScorer::trackRecordShrinksTowardProgrammeMean()
{
    const Scenario none("{}", "{}");
    QCOMPARE(none.evaluate().parts[size_t(ScorePart::TrackRecord)], (4.0 - 1) / 4); // default mean
    const Scenario s("{}", "{}", "[]", { 5, 5 }, { 2 });
    const double mean = 12.0 / 3;
    const double shrunk = (MatchScorer::kPriorEvaluations * mean + 10) / (MatchScorer::kPriorEvaluations + 2);
    QVERIFY(qAbs(s.evaluate().parts[size_t(ScorePart::TrackRecord)] - (shrunk - 1) / 4) < 1e-9);
    // More good evaluations move the part further from the mean.
    const Scenario more("{}", "{}", "[]", { 5, 5, 5, 5, 5, 5 }, { 2 });
    QVERIFY(more.evaluate().parts[size_t(ScorePart::TrackRecord)] > s.evaluate().parts[size_t(ScorePart::TrackRecord)]);
}

void TestMatchScorer::reasonsAreReadable()
{
    const Scenario s("{}", "{}", R"([["2027-01-10","2027-01-12"]])");
    const QList<PartExplanation> parts = s.scorer->explain(s.need, s.expert);
    QCOMPARE(parts.size(), kScorePartCount);
    QCOMPARE(parts[int(ScorePart::Language)].reason, QStringLiteral("speaks English 3/4"));
    QVERIFY(parts[int(ScorePart::Skills)].details.contains("has serviced Siemens Magnetom Aera (level 4/4)"));
    QCOMPARE(parts[int(ScorePart::Availability)].reason, QStringLiteral("free 91 % of the window")); // 29/32
    QCOMPARE(parts[int(ScorePart::Sector)].reason, QStringLiteral("Biomedical Engineering and Health is the primary sector"));
    double sum = 0;
    for (const PartExplanation &p : parts) {
        QVERIFY2(!p.reason.isEmpty(), qPrintable(MatchScorer::partName(p.part)));
        sum += p.points;
    }
    QVERIFY(qAbs(sum - s.evaluate().score()) < 0.001);

    // Numbers follow the locale's digits, as everywhere else on screen (not "٩١" beside "3").
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    const QList<PartExplanation> arabic = s.scorer->explain(s.need, s.expert);
    QLocale::setDefault(before);
    QCOMPARE(arabic[int(ScorePart::Availability)].reason, QStringLiteral("free ٩١ % of the window"));
    QVERIFY2(arabic[int(ScorePart::Language)].reason.contains(QStringLiteral("٣")), qPrintable(arabic[int(ScorePart::Language)].reason));
}

void TestMatchScorer::exclusionTextsNameTheCause()
{
    const Scenario s(R"({"languages":[{"code":"fr","level":4}]})", "{}");
    QCOMPARE(s.scorer->exclusionText(s.evaluate().exclusion, s.need, s.expert),
             QStringLiteral("Speaks none of the host's languages (%1) at working level, and no interpreter is provided.")
                     .arg(QLocale().createSeparatedList({ "English", "Urdu" })));
    const Scenario m(R"({"skills":[],"equipment":[]})", "{}");
    QCOMPARE(m.scorer->exclusionText(m.evaluate().exclusion, m.need, m.expert),
             QStringLiteral("Lacks the mandatory skill “MRI maintenance”."));
}

void TestMatchScorer::weightsRoundTripThroughJson()
{
    MatchingWeights w;
    w.skills = 50;
    w.fairness = 0;
    bool ok = false;
    QCOMPARE(MatchingWeights::fromJson(w.toJson(), &ok), w);
    QVERIFY(ok);
    QCOMPARE(w.toJson().value("track_record").toDouble(), 15.0);
    QString error;
    MatchingWeights::fromJson(QJsonObject { { "skills", -1 } }, &ok, &error);
    QVERIFY(!ok);
    QVERIFY(error.contains("skills"));
    QJsonObject zero;
    for (const QString &k : w.toJson().keys())
        zero.insert(k, 0);
    MatchingWeights::fromJson(zero, &ok);
    QVERIFY(!ok);
}

void TestMatchScorer::loadsFromDatabase()
{
    TestDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    RecordRepository &repo = *t.repository;
    const WriteResult institution = repo.insert(Schema::institutions(), TestRecords::institution());
    QVERIFY(institution.ok());
    QVariantMap expert = TestRecords::expert();
    expert["languages"] = QVariantList { QVariantMap { { "code", "en" }, { "level", 3 } } };
    const WriteResult e = repo.insert(Schema::experts(), expert);
    QVERIFY(e.ok());
    QVariantMap need = TestRecords::need(institution.id);
    need["status"] = "accepted";
    need["host_languages"] = QVariantList { "en" };
    need["required_skills"] = QVariantList { QVariantMap { { "name", "mri maintenance" }, { "level", 2 }, { "mandatory", true } } };
    const WriteResult n = repo.insert(Schema::needs(), need);
    QVERIFY(n.ok());
    QVariantMap earlier = TestRecords::need(institution.id); // the need of the expert's past mission
    earlier["status"] = "closed";
    const WriteResult past = repo.insert(Schema::needs(), earlier);
    QVERIFY2(past.ok(), qPrintable(past.message()));
    const WriteResult old = repo.insert(Schema::missions(), { { "need_id", past.id }, { "expert_id", e.id },
                                                             { "start", "2026-03-01" }, { "end", "2026-03-05" },
                                                             { "status", "completed" } });
    QVERIFY(old.ok());
    QVERIFY(repo.insert(Schema::evaluations(), { { "mission_id", old.id }, { "evaluator", "host" }, { "rating_overall", 5 } }).ok());
    QVERIFY(repo.insert(Schema::evaluations(), { { "mission_id", old.id }, { "evaluator", "expert" }, { "rating_overall", 1 } }).ok());

    MatchingData data(t.clock.today());
    QVERIFY2(data.load(t.database->connection(), &error), qPrintable(error));
    QCOMPARE(int(data.experts().size()), 1);
    const ExpertProfile &x = data.experts().front();
    QCOMPARE(x.ratingCount, 1); // the expert's own evaluation is left out
    QCOMPARE(x.recentMissions, 1);
    const NeedProfile &open = data.needs()[size_t(data.needIndex(n.id))];
    QCOMPARE(open.windowLast - open.windowFirst + 1, 32);
    CandidatePool pool(data);
    const QList<Suggestion> top = pool.topK(n.id, 5);
    QCOMPARE(top.size(), 1);
    QCOMPARE(top.front().expertId, e.id);
}

QTEST_GUILESS_MAIN(TestMatchScorer)
#include "tst_matchscorer.moc"
