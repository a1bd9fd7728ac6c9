// End-to-end tests of `expertdesk-cli match` and `plan` on a small database built through the
// CLI itself: the ranking order, --excluded, the plan's total and one mission per expert.
#include "CliRunner.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliMatching : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_host, m_other;
    QString m_best, m_good, m_weak, m_inactive, m_noSkill;
    QString m_needA, m_needB, m_needReceived;

    CliResult cli(QStringList arguments) const
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db } + arguments);
    }
    QString add(const QString &type, const QString &json) const
    {
        const CliResult result = cli({ QStringLiteral("add"), type, QStringLiteral("--json"), json });
        if (result.exitCode != 0)
            qWarning() << "add" << type << "failed:" << result.errText();
        return result.exitCode == 0 ? result.outText() : QString();
    }
    QString expert(const QString &name, const QString &email, int skillLevel, const QString &status,
        const QString &equipment = QStringLiteral("[]")) const
    {
        return add(QStringLiteral("expert"),
            QStringLiteral(R"({"name": "%1", "nationality": "SN", "country": "SN", "email": "%2",
                "status": "%3", "sectors": ["BME"], "languages": [{"code": "en", "level": 4}],
                "skills": [{"name": "MRI maintenance", "level": %4, "years": 5}], "equipment": %5})")
                .arg(name, email, status)
                .arg(skillLevel)
                .arg(equipment));
    }
    QString need(const QString &title, const QString &status, int wanted) const
    {
        return add(QStringLiteral("need"),
            QStringLiteral(R"({"institution_id": "%1", "sector": "BME", "title": "%2", "status": "%3",
                "experts_wanted": %4, "window_start": "2030-01-10", "window_end": "2030-02-10",
                "duration_days": 10, "host_languages": ["en"], "equipment_manufacturer": "Siemens",
                "equipment_model": "Magnetom Aera",
                "required_skills": [{"name": "MRI maintenance", "level": 2, "mandatory": true}]})")
                .arg(m_host, title, status)
                .arg(wanted));
    }

private slots:
    void initTestCase();
    void matchOrder();
    void matchText();
    void matchExcluded();
    void matchErrors_data();
    void matchErrors();
    void planJson();
    void planText();
    void planWeights();
    void planCountsMissions(); // last: it adds missions
};

void TestCliMatching::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("match.sqlite"));
    QCOMPARE(cli({ QStringLiteral("init") }).exitCode, 0);
    m_host = add(QStringLiteral("institution"),
        QStringLiteral(R"({"name": "Aga Khan University Hospital", "type": "hospital", "country": "PK"})"));
    QVERIFY(!m_host.isEmpty());
    const QString siemens = QStringLiteral(
        R"([{"manufacturer": "Siemens", "model": "Magnetom Aera", "level": 4}])");
    m_best = expert(QStringLiteral("Amina Best"), QStringLiteral("a@example.org"), 4, QStringLiteral("active"), siemens);
    m_good = expert(QStringLiteral("Omar Good"), QStringLiteral("o@example.org"), 3, QStringLiteral("active"));
    m_weak = expert(QStringLiteral("Yusuf Weak"), QStringLiteral("y@example.org"), 1, QStringLiteral("active"));
    m_inactive = expert(QStringLiteral("Ines Inactive"), QStringLiteral("i@example.org"), 4, QStringLiteral("inactive"), siemens);
    m_noSkill = add(QStringLiteral("expert"),
        QStringLiteral(R"({"name": "Nadia Noskill", "nationality": "SN", "country": "SN", "email": "n@example.org",
            "sectors": ["IT"], "languages": [{"code": "en", "level": 4}]})"));
    for (const QString &id : { m_best, m_good, m_weak, m_inactive, m_noSkill })
        QVERIFY(!id.isEmpty());
    m_needA = need(QStringLiteral("MRI maintenance A"), QStringLiteral("accepted"), 2);
    m_needB = need(QStringLiteral("MRI maintenance B"), QStringLiteral("matching"), 1);
    m_needReceived = need(QStringLiteral("MRI maintenance C"), QStringLiteral("received"), 1);
    QVERIFY(!m_needA.isEmpty() && !m_needB.isEmpty() && !m_needReceived.isEmpty());
}

void TestCliMatching::matchOrder()
{
    const CliResult result = cli({ QStringLiteral("match"), m_needA, QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QStringLiteral("need_id")).toString(), m_needA);
    QVERIFY(!object.contains(QStringLiteral("excluded")));
    const QJsonArray candidates = object.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 3); // inactive and no-skill experts are filtered out
    QStringList order;
    double previous = 101;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        order << candidate.value(QStringLiteral("expert_id")).toString();
        const double score = candidate.value(QStringLiteral("score")).toDouble();
        QVERIFY(score <= previous);
        previous = score;
        const QJsonObject parts = candidate.value(QStringLiteral("parts")).toObject();
        double sum = 0;
        for (const char *key : { "skills", "availability", "language", "track_record", "sector", "logistics", "fairness" }) {
            QVERIFY2(parts.contains(QLatin1String(key)), key);
            sum += parts.value(QLatin1String(key)).toDouble();
        }
        QVERIFY(qAbs(sum - score) < 0.01);
        QCOMPARE(candidate.value(QStringLiteral("reasons")).toArray().size(), 7);
        QVERIFY(!candidate.value(QStringLiteral("name")).toString().isEmpty());
    }
    QCOMPARE(order, (QStringList { m_best, m_good, m_weak }));
    QVERIFY(candidates.at(0).toObject().value(QStringLiteral("reasons")).toArray().at(0).toString().contains(
        QLatin1String("Magnetom Aera")));

    const CliResult top1 = cli({ QStringLiteral("match"), m_needA, QStringLiteral("--top"), QStringLiteral("1"), QStringLiteral("--json") });
    QCOMPARE(top1.exitCode, 0);
    QCOMPARE(top1.object().value(QStringLiteral("candidates")).toArray().size(), 1);
}

void TestCliMatching::matchText()
{
    const CliResult result = cli({ QStringLiteral("match"), m_needA });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QString text = result.outText();
    QVERIFY(text.contains(QLatin1String("Amina Best")));
    QVERIFY(text.indexOf(QLatin1String("Amina Best")) < text.indexOf(QLatin1String("Omar Good")));
    QVERIFY(text.contains(QLatin1String("Skills and equipment")));
}

void TestCliMatching::matchExcluded()
{
    const CliResult result = cli({ QStringLiteral("match"), m_needA, QStringLiteral("--excluded"), QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonArray excluded = result.object().value(QStringLiteral("excluded")).toArray();
    QCOMPARE(excluded.size(), 2);
    QHash<QString, QString> filters;
    for (const QJsonValue &value : excluded) {
        const QJsonObject e = value.toObject();
        QVERIFY(!e.value(QStringLiteral("reason")).toString().isEmpty());
        filters.insert(e.value(QStringLiteral("expert_id")).toString(), e.value(QStringLiteral("filter")).toString());
    }
    QCOMPARE(filters.value(m_inactive), QStringLiteral("not_active"));
    QCOMPARE(filters.value(m_noSkill), QStringLiteral("mandatory_skill_missing"));
    const CliResult text = cli({ QStringLiteral("match"), m_needA, QStringLiteral("--excluded") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QLatin1String("Not active on the roster.")));
}

void TestCliMatching::matchErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown need") << QStringList { "match", "no-such-need" } << 1 << "No need has the id";
    QTest::newRow("need not open") << QStringList { "match", "{received}" } << 1 << "only accepted needs";
    QTest::newRow("no need id") << QStringList { "match" } << 2 << "Name the need";
    QTest::newRow("bad top") << QStringList { "match", "{needA}", "--top", "zero" } << 2 << "--top";
    QTest::newRow("missing weights file") << QStringList { "plan", "--weights", "/nonexistent/w.json" } << 2
                                          << "Cannot read the weights file";
    QTest::newRow("plan argument") << QStringList { "plan", "extra" } << 2 << "Unexpected argument";
}

void TestCliMatching::matchErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("{received}"), m_needReceived);
    arguments.replaceInStrings(QStringLiteral("{needA}"), m_needA);
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(message), qPrintable(result.errText()));
}

void TestCliMatching::planJson()
{
    const CliResult result = cli({ QStringLiteral("plan"), QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonObject object = result.object();
    const QJsonArray assignments = object.value(QStringLiteral("assignments")).toArray();
    // Need A wants 2 and need B wants 1; three eligible experts: all three are used.
    QCOMPARE(assignments.size(), 3);
    double sum = 0;
    QSet<QString> experts;
    QHash<QString, int> perNeed;
    for (const QJsonValue &value : assignments) {
        const QJsonObject a = value.toObject();
        const QString expertId = a.value(QStringLiteral("expert_id")).toString();
        QVERIFY2(!experts.contains(expertId), "an expert got two missions in one plan");
        experts.insert(expertId);
        ++perNeed[a.value(QStringLiteral("need_id")).toString()];
        sum += a.value(QStringLiteral("score")).toDouble();
    }
    QVERIFY(qAbs(sum - object.value(QStringLiteral("total_score")).toDouble()) < 1e-6);
    QCOMPARE(perNeed.value(m_needA), 2);
    QCOMPARE(perNeed.value(m_needB), 1);
    QVERIFY(!perNeed.contains(m_needReceived));
    QVERIFY(!experts.contains(m_inactive) && !experts.contains(m_noSkill));
}

void TestCliMatching::planText()
{
    const CliResult result = cli({ QStringLiteral("plan") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.outText().contains(QLatin1String("MRI maintenance A")));
    QVERIFY(result.outText().contains(QLatin1String("total score")));
}

void TestCliMatching::planWeights()
{
    const QString path = m_dir.filePath(QStringLiteral("weights.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"skills": 0, "availability": 0, "language": 0, "track_record": 0, "sector": 0, "logistics": 0, "fairness": 5})");
    file.close();
    const CliResult result = cli({ QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--weights"), path });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(result.object().value(QStringLiteral("weights")).toObject().value(QStringLiteral("skills")).toDouble(), 0.0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"skills": -3})");
    file.close();
    const CliResult bad = cli({ QStringLiteral("plan"), QStringLiteral("--weights"), path });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains(QLatin1String("weights")));
}


void TestCliMatching::planCountsMissions()
{
    // Both needs run 2030-01-10 … 2030-02-10 for 10 days. Need B (wants 1) gets Amina as a draft;
    // need A (wants 2) already has Omar.
    auto mission = [this](const QString &needId, const QString &expertId) {
        return add(QStringLiteral("mission"),
                   QStringLiteral(R"({"need_id": "%1", "expert_id": "%2", "start": "2030-01-10", "end": "2030-01-19", "status": "draft"})")
                           .arg(needId, expertId));
    };
    QVERIFY(!mission(m_needB, m_best).isEmpty());
    QVERIFY(!mission(m_needA, m_good).isEmpty());

    const CliResult result = cli({ QStringLiteral("plan"), QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QStringLiteral("open_needs")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("needs_wanting")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("places_wanted")).toInt(), 1);
    const QJsonArray assignments = object.value(QStringLiteral("assignments")).toArray();
    // B is fully staffed; A wants one more, not Omar again; Amina is free for A from the 20th.
    QCOMPARE(assignments.size(), 1);
    const QJsonObject a = assignments.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("need_id")).toString(), m_needA);
    QCOMPARE(a.value(QStringLiteral("expert_id")).toString(), m_best);
    QCOMPARE(a.value(QStringLiteral("start")).toString(), QStringLiteral("2030-01-20"));
    QCOMPARE(a.value(QStringLiteral("end")).toString(), QStringLiteral("2030-01-29"));

    const CliResult excluded = cli({ QStringLiteral("match"), m_needA, QStringLiteral("--excluded"), QStringLiteral("--json") });
    QCOMPARE(excluded.exitCode, 0);
    QString goodFilter;
    for (const QJsonValue &value : excluded.object().value(QStringLiteral("excluded")).toArray()) {
        if (value.toObject().value(QStringLiteral("expert_id")).toString() == m_good)
            goodFilter = value.toObject().value(QStringLiteral("filter")).toString();
    }
    QCOMPARE(goodFilter, QStringLiteral("already_on_need"));

    const CliResult text = cli({ QStringLiteral("plan") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QLatin1String("1 of 2 open needs still want experts; together 1 more.")),
             qPrintable(text.outText()));
}

QTEST_GUILESS_MAIN(TestCliMatching)
#include "tst_cli_matching.moc"
