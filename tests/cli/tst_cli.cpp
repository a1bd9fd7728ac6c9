// End-to-end tests of expertdesk-cli: every case runs the built binary on a temporary database
// and checks its exit code, what it printed and, for refusals, that the database is unchanged.
#include "CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool containsId(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &record : records) {
        if (record.toObject().value(QStringLiteral("id")).toString() == id)
            return true;
    }
    return false;
}

// Sets PRAGMA user_version on a closed database, as a newer Expert Desk would have left it.
bool setUserVersion(const QString &path, int version)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli"));
        db.setDatabaseName(path);
        ok = db.open()
            && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli"));
    return ok;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli"));
    return version;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_institutionId, m_expertId, m_needId, m_missionId;

    CliResult cli(QStringList arguments, const QByteArray &input = {}) const
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db } + arguments, input);
    }
    QString add(const QString &type, const QByteArray &json) const
    {
        const CliResult result = cli(
            { QStringLiteral("add"), type, QStringLiteral("--json"), QString::fromUtf8(json) });
        if (result.exitCode != 0)
            qWarning() << "add" << type << "failed:" << result.errText();
        return result.exitCode == 0 ? result.outText() : QString();
    }
    QString expand(QString text) const
    {
        return text.replace(QLatin1String("{institution}"), m_institutionId)
            .replace(QLatin1String("{expert}"), m_expertId)
            .replace(QLatin1String("{need}"), m_needId)
            .replace(QLatin1String("{mission}"), m_missionId);
    }
    QByteArray stats() const
    {
        return cli({ QStringLiteral("stats"), QStringLiteral("--json") }).out;
    }

private slots:
    void initTestCase();
    void versionAndHelp();
    void addEachType_data();
    void addEachType();
    void addFromFileAndStdin();
    void roundTrip();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void paging();
    void statsCounts();
    void refusals_data();
    void refusals();
    void usageErrors_data();
    void usageErrors();
    void missingDatabase();
    void newerSchemaRefused();
    void demo();
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(EXPERTDESK_CLI)));
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const CliResult init = cli({ QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.errText()));
    QVERIFY(QFile::exists(m_db));
    QCOMPARE(cli({ QStringLiteral("init") }).exitCode, 0); // a second run changes nothing

    m_institutionId = add(QStringLiteral("institutions"),
        R"({"name": "Aga Khan University Hospital", "type": "hospital", "country": "PK", "city": "Karachi"})");
    m_expertId = add(QStringLiteral("expert"),
        R"({"name": "Amina Diallo", "nationality": "SN", "country": "SN", "email": "amina.diallo@example.org",
                         "sectors": ["BME"], "languages": [{"code": "fr", "level": 4}],
                         "skills": [{"name": "MRI maintenance", "level": 4, "years": 9}],
                         "equipment": [{"manufacturer": "Siemens", "model": "Magnetom Aera", "level": 4}]})");
    QVERIFY(!m_institutionId.isEmpty() && !m_expertId.isEmpty());
    m_needId = add(QStringLiteral("need"),
        expand(
            QStringLiteral(
                R"({"institution_id": "{institution}", "sector": "BME", "title": "MRI scanner maintenance training",
                "window_start": "2027-01-10", "window_end": "2027-02-10", "duration_days": 10})"))
            .toUtf8());
    QVERIFY(!m_needId.isEmpty());
    m_missionId = add(QStringLiteral("missions"),
        expand(
            QStringLiteral(
                R"({"need_id": "{need}", "expert_id": "{expert}", "start": "2027-01-12", "end": "2027-01-21"})"))
            .toUtf8());
    QVERIFY(!m_missionId.isEmpty());
}

void TestCli::versionAndHelp()
{
    const CliResult version = runCli({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.outText().startsWith(QLatin1String("expertdesk-cli ")));
    const CliResult help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *command : { "init", "list", "show", "add", "update", "delete", "stats" })
        QVERIFY2(help.outText().contains(QLatin1String("\n  ") + QLatin1String(command)), command);
    const CliResult listHelp = runCli({ QStringLiteral("list"), QStringLiteral("--help") });
    QCOMPARE(listHelp.exitCode, 0);
    QVERIFY(listHelp.outText().contains(QLatin1String("--search")));
}

void TestCli::addEachType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("json");
    QTest::newRow("institution")
        << "institution"
        << R"({"name": "Université Cheikh Anta Diop", "type": "university", "country": "SN", "city": "Dakar"})";
    QTest::newRow("expert")
        << "experts"
        << R"({"name": "Omar Haddad", "name_ar": "عمر حداد", "nationality": "JO", "country": "AE",
                                   "email": "omar@example.org", "phone": "+971 4 123 4567", "sectors": ["RE", "IT"],
                                   "languages": [{"code": "ar", "level": 4}, {"code": "en", "level": 3}],
                                   "skills": [{"name": "Solar inverter repair", "level": 3, "years": 5}],
                                   "passport_expiry": "2030-05-01"})";
    QTest::newRow("need")
        << "needs"
        << R"({"institution_id": "{institution}", "sector": "BME", "title": "Ultrasound calibration",
                                 "service_type": "calibration", "window_start": "2027-03-01", "window_end": "2027-03-31",
                                 "duration_days": 5, "host_languages": ["fr", "ar"]})";
    QTest::newRow("mission")
        << "mission"
        << R"({"need_id": "{need}", "expert_id": "{expert}", "start": "2027-02-01", "end": "2027-02-05",
                                    "status": "proposed"})";
    QTest::newRow("evaluation")
        << "evaluations"
        << R"({"mission_id": "{mission}", "evaluator": "host", "rating_overall": 5, "people_trained": 12,
                                       "comments": "Scanner back in service."})";
}

void TestCli::addEachType()
{
    QFETCH(QString, type);
    QFETCH(QString, json);
    const QJsonObject input = QJsonDocument::fromJson(expand(json).toUtf8()).object();
    QVERIFY(!input.isEmpty());
    // A second --json asks for the stored record instead of the bare id.
    const CliResult added = cli({ QStringLiteral("add"), type, QStringLiteral("--json"),
        QString::fromUtf8(compact(input)), QStringLiteral("--json") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    QVERIFY(added.isJsonObject());
    const QJsonObject stored = added.object();
    const QString id = stored.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    for (auto it = input.constBegin(); it != input.constEnd(); ++it)
        QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key()));

    const CliResult shown = cli({ QStringLiteral("show"), type, id, QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.object(), stored);
    const CliResult listed = cli({ QStringLiteral("--json"), QStringLiteral("list"), type });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(containsId(listed.array(), id));
}

void TestCli::addFromFileAndStdin()
{
    const QString file = m_dir.filePath(QStringLiteral("institution.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"name": "Pakistan Engineering Council", "type": "company", "country": "PK"})");
    out.close();
    const CliResult fromFile = cli({ QStringLiteral("add"), QStringLiteral("institution"),
        QStringLiteral("--json"), QLatin1Char('@') + file });
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.errText()));
    const CliResult fromStdin = cli({ QStringLiteral("add"), QStringLiteral("institution"),
                                        QStringLiteral("--json"), QStringLiteral("-") },
        R"({"name": "Institut Pasteur de Dakar", "type": "research_institute", "country": "SN"})");
    QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.errText()));
    QVERIFY(fromStdin.outText() != fromFile.outText());
    const CliResult missing = cli({ QStringLiteral("add"), QStringLiteral("institution"),
        QStringLiteral("--json"), QStringLiteral("@/nonexistent/file.json") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(QLatin1String("/nonexistent/file.json")));
}

void TestCli::roundTrip()
{
    const QString id = add(QStringLiteral("expert"),
        R"({"name": "Karim Benali", "nationality": "MA", "country": "MA", "email": "karim@example.org", "sectors": ["AUTO"]})");
    QVERIFY(!id.isEmpty());
    const CliResult updated = cli({ QStringLiteral("update"), QStringLiteral("expert"), id,
        QStringLiteral("--set"), QStringLiteral("city=Rabat"), QStringLiteral("--set"),
        QStringLiteral("phone=+212 537 123456"), QStringLiteral("--set"),
        QStringLiteral("years_experience=12") });
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.errText()));
    QJsonObject shown
        = cli({ QStringLiteral("show"), QStringLiteral("experts"), id, QStringLiteral("--json") })
              .object();
    QCOMPARE(shown.value(QStringLiteral("city")).toString(), QStringLiteral("Rabat"));
    QCOMPARE(shown.value(QStringLiteral("phone")).toString(), QStringLiteral("+212 537 123456"));
    QCOMPARE(shown.value(QStringLiteral("years_experience")).toInt(), 12);
    QCOMPARE(
        shown.value(QStringLiteral("sectors")).toArray(), QJsonArray { QStringLiteral("AUTO") });

    // An empty value clears a field; --json prints the record after the change.
    const CliResult cleared = cli({ QStringLiteral("update"), QStringLiteral("expert"), id,
        QStringLiteral("--set"), QStringLiteral("city="), QStringLiteral("--json") });
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY(cleared.object().value(QStringLiteral("city")).isNull());

    const QByteArray before = stats();
    const CliResult deleted = cli({ QStringLiteral("delete"), QStringLiteral("expert"), id });
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.errText()));
    QVERIFY(stats() != before);
    const CliResult gone = cli({ QStringLiteral("show"), QStringLiteral("expert"), id });
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.errText().contains(id));
    QVERIFY(!containsId(
        cli({ QStringLiteral("list"), QStringLiteral("experts"), QStringLiteral("--json") })
            .array(),
        id));
    QCOMPARE(cli({ QStringLiteral("delete"), QStringLiteral("expert"), id }).exitCode, 1);
}

void TestCli::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("skill") << "MRI maintenance" << true;
    QTest::newRow("skill prefix") << "mainten" << true;
    QTest::newRow("equipment manufacturer") << "Siemens" << true;
    QTest::newRow("equipment model") << "magnetom" << true;
    QTest::newRow("name") << "Diallo" << true;
    QTest::newRow("no match") << "Philips" << false;
    QTest::newRow("FTS syntax is plain text") << "\"MRI* (" << true;
    QTest::newRow("all words must match") << "MRI Philips" << false;
}

void TestCli::search()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    const CliResult result = cli({ QStringLiteral("list"), QStringLiteral("experts"),
        QStringLiteral("--search"), text, QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.isJsonArray());
    QCOMPARE(containsId(result.array(), m_expertId), found);
}

void TestCli::filters_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("found");
    const QString sector = QStringLiteral("--sector"), country = QStringLiteral("--country"),
                  status = QStringLiteral("--status");
    QTest::newRow("expert sector")
        << "experts" << QStringList { sector, "BME" } << "{expert}" << true;
    QTest::newRow("expert other sector")
        << "experts" << QStringList { sector, "IT" } << "{expert}" << false;
    QTest::newRow("expert sector lower case")
        << "experts" << QStringList { sector, "bme" } << "{expert}" << true;
    QTest::newRow("expert country")
        << "experts" << QStringList { country, "SN" } << "{expert}" << true;
    QTest::newRow("expert other country")
        << "experts" << QStringList { country, "PK" } << "{expert}" << false;
    QTest::newRow("expert both") << "experts" << QStringList { sector, "BME", country, "SN" }
                                 << "{expert}" << true;
    QTest::newRow("expert status")
        << "experts" << QStringList { status, "active" } << "{expert}" << true;
    QTest::newRow("expert other status")
        << "experts" << QStringList { status, "suspended" } << "{expert}" << false;
    QTest::newRow("need by host country")
        << "needs" << QStringList { country, "PK" } << "{need}" << true;
    QTest::newRow("need other country")
        << "needs" << QStringList { country, "SN" } << "{need}" << false;
    QTest::newRow("need sector") << "needs" << QStringList { sector, "BME" } << "{need}" << true;
    QTest::newRow("mission by need sector")
        << "missions" << QStringList { sector, "BME" } << "{mission}" << true;
    QTest::newRow("mission other sector")
        << "missions" << QStringList { sector, "IT" } << "{mission}" << false;
    QTest::newRow("institution country")
        << "institutions" << QStringList { country, "PK" } << "{institution}" << true;
}

void TestCli::filters()
{
    QFETCH(QString, type);
    QFETCH(QStringList, options);
    QFETCH(QString, id);
    QFETCH(bool, found);
    const CliResult result
        = cli(QStringList { QStringLiteral("list"), type, QStringLiteral("--json") } + options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(containsId(result.array(), expand(id)), found);
}

void TestCli::paging()
{
    const QJsonArray all
        = cli({ QStringLiteral("list"), QStringLiteral("experts"), QStringLiteral("--json") })
              .array();
    QVERIFY(all.size() >= 2);
    const QJsonArray first
        = cli({ QStringLiteral("list"), QStringLiteral("experts"), QStringLiteral("--json"),
                  QStringLiteral("--limit"), QStringLiteral("1") })
              .array();
    const QJsonArray second
        = cli({ QStringLiteral("list"), QStringLiteral("experts"), QStringLiteral("--json"),
                  QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--offset"),
                  QStringLiteral("1") })
              .array();
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(first.at(0), all.at(0));
    QCOMPARE(second.at(0), all.at(1));
}

void TestCli::statsCounts()
{
    const CliResult result = cli({ QStringLiteral("stats"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject counts = result.object();
    for (const char *type : { "experts", "institutions", "needs", "missions", "evaluations" }) {
        const QString key = QLatin1String(type);
        QVERIFY2(counts.value(key).isDouble(), type);
        const QJsonArray listed
            = cli({ QStringLiteral("list"), key, QStringLiteral("--json") }).array();
        QCOMPARE(counts.value(key).toInt(), int(listed.size()));
        QVERIFY(counts.value(key).toInt() >= 1);
    }
    QVERIFY(counts.value(QStringLiteral("outbox")).toInt() > 0);
    const CliResult text = cli({ QStringLiteral("stats") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QLatin1String("experts")));
}

void TestCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // what stderr must name
    const QString add = QStringLiteral("add"), json = QStringLiteral("--json");
    const QString expert = QStringLiteral(
        R"({"name": "Test Expert", "nationality": "SN", "country": "SN", "email": "t@example.org", "sectors": ["BME"], %1})");
    auto expertWith = [&](const char *extra) { return expert.arg(QLatin1String(extra)); };

    QTest::newRow("invalid email") << QStringList { add, "expert", json,
        expertWith(R"("gender": "female")").replace("t@example.org", "not-an-email") }
                                   << 1 << R"(email: "not-an-email" is not an e-mail address.)";
    QTest::newRow("bad phone") << QStringList { add, "expert", json,
        expertWith(R"("phone": "call me")") }
                               << 1 << "phone:";
    QTest::newRow("end before start") << QStringList {
        add, "mission", json,
        R"({"need_id": "{need}", "expert_id": "{expert}", "start": "2027-03-10", "end": "2027-03-01"})"
    } << 1 << "end:";
    QTest::newRow("bad date") << QStringList {
        add, "mission", json,
        R"({"need_id": "{need}", "expert_id": "{expert}", "start": "10/03/2027", "end": "2027-03-11"})"
    } << 1 << "start:";
    QTest::newRow("unknown country") << QStringList { add, "expert", json,
        expertWith(R"("gender": "male")").replace("\"country\": \"SN\"", "\"country\": \"FR\"") }
                                     << 1 << "country:";
    QTest::newRow("unknown sector") << QStringList { add, "need", json,
        R"({"institution_id": "{institution}", "sector": "XYZ", "title": "T"})" }
                                    << 1 << "sector:";
    QTest::newRow("unknown sector in list") << QStringList { add, "expert", json,
        expertWith(R"("gender": "male")").replace("[\"BME\"]", "[\"BME\", \"NOPE\"]") }
                                            << 1 << "sectors:";
    QTest::newRow("missing required field") << QStringList { add, "expert", json,
        R"({"name": "No Mail", "nationality": "SN", "country": "SN", "sectors": ["BME"]})" }
                                            << 1 << "email:";
    QTest::newRow("unknown field")
        << QStringList { add, "expert", json, expertWith(R"("shoe_size": 42)") } << 1
        << "shoe_size:";
    QTest::newRow("unknown reference") << QStringList {
        add, "mission", json,
        R"({"need_id": "nope", "expert_id": "{expert}", "start": "2027-03-01", "end": "2027-03-02"})"
    } << 1 << "need_id:";
    QTest::newRow("list for a scalar")
        << QStringList { add, "expert", json, expertWith(R"("city": ["Dakar"])") } << 1 << "city:";
    QTest::newRow("malformed JSON")
        << QStringList { add, "expert", json, R"({"name": "Broken",)" } << 2 << "JSON";
    QTest::newRow("JSON not an object")
        << QStringList { add, "expert", json, R"(["a"])" } << 2 << "object";
    QTest::newRow("unknown id on update") << QStringList { "update", "expert", "no-such-id",
        "--set", "city=Dakar" } << 1 << "no-such-id";
    QTest::newRow("bad value on update")
        << QStringList { "update", "expert", "{expert}", "--set", "email=nobody" } << 1 << "email:";
    QTest::newRow("end before start on update") << QStringList { "update", "mission", "{mission}",
        "--set", "end=2026-01-01" } << 1 << "end:";
    QTest::newRow("unknown field on update")
        << QStringList { "update", "need", "{need}", "--set", "colour=blue" } << 1 << "colour:";
    QTest::newRow("unknown id on delete")
        << QStringList { "delete", "need", "no-such-id" } << 1 << "no-such-id";
    QTest::newRow("unknown id on show")
        << QStringList { "show", "mission", "no-such-id" } << 1 << "no-such-id";
    QTest::newRow("unknown type") << QStringList { add, "frogs", json, "{}" } << 2 << "frogs";
}

void TestCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    for (QString &argument : arguments)
        argument = expand(argument);
    const QByteArray before = stats();
    QVERIFY(QJsonDocument::fromJson(before).object().value(QStringLiteral("outbox")).toInt() > 0);
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.errText().contains(named), qPrintable(result.errText()));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(stats(), before);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no command") << QStringList {} << "--help";
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << "frobnicate";
    QTest::newRow("unknown option") << QStringList { "list", "experts", "--colour" } << "colour";
    QTest::newRow("list without type") << QStringList { "list" } << "list TYPE";
    QTest::newRow("show without id") << QStringList { "show", "expert" } << "show TYPE ID";
    QTest::newRow("extra argument") << QStringList { "stats", "now" } << "now";
    QTest::newRow("add without data") << QStringList { "add", "expert" } << "--json DATA";
    QTest::newRow("update without --set")
        << QStringList { "update", "expert", "{expert}" } << "--set";
    QTest::newRow("--set without =")
        << QStringList { "update", "expert", "{expert}", "--set", "city" } << "FIELD=VALUE";
    QTest::newRow("negative limit")
        << QStringList { "list", "experts", "--limit", "-3" } << "--limit";
    QTest::newRow("unknown sector filter")
        << QStringList { "list", "experts", "--sector", "XYZ" } << "XYZ";
    QTest::newRow("unknown country filter")
        << QStringList { "list", "needs", "--country", "FR" } << "FR";
    QTest::newRow("unknown status filter")
        << QStringList { "list", "needs", "--status", "lost" } << "lost";
    QTest::newRow("sector filter on institutions")
        << QStringList { "list", "institutions", "--sector", "BME" } << "--sector";
    QTest::newRow("demo without a number") << QStringList { "init", "--demo", "many" } << "--demo";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    for (QString &argument : arguments)
        argument = expand(argument);
    const QByteArray before = stats();
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(named), qPrintable(result.errText()));
    QCOMPARE(stats(), before);
}

void TestCli::missingDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
    const CliResult result = runCli(
        { QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("experts") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errText().contains(QLatin1String("init")), qPrintable(result.errText()));
    QVERIFY(!QFile::exists(path));
}

void TestCli::newerSchemaRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), path, QStringLiteral("init") }).exitCode, 0);
    QVERIFY(setUserVersion(path, 999));
    for (const QStringList &arguments :
        { QStringList { QStringLiteral("stats") }, QStringList { QStringLiteral("init") },
            QStringList { QStringLiteral("list"), QStringLiteral("experts") } }) {
        const CliResult result = runCli(QStringList { QStringLiteral("--db"), path } + arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.errText().contains(QLatin1String("newer")), qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(userVersion(path), 999);
}

void TestCli::demo()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult result
        = runCli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo"),
            QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7") });
    if (result.exitCode != 0 && result.errText().contains(QLatin1String("not available")))
        QSKIP("DemoData::generate is not implemented yet");
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.errText().contains(QLatin1String("demo data"))); // the progress line
    const QJsonObject counts = runCli(
        { QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json") })
                                   .object();
    QCOMPARE(counts.value(QStringLiteral("experts")).toInt(), 200);
    for (const char *type : { "institutions", "needs", "missions", "evaluations" })
        QVERIFY2(counts.value(QLatin1String(type)).toInt() > 0, type);

    // Demo data never goes into a database that holds records.
    const CliResult again = runCli({ QStringLiteral("--db"), path, QStringLiteral("init"),
        QStringLiteral("--demo"), QStringLiteral("10") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.errText().contains(QLatin1String("empty database")));
    QCOMPARE(
        runCli({ QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json") })
            .object(),
        counts);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
