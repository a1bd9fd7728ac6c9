#include "CliRunner.h"
#include "SchedulingFixture.h"

#include <QFile>
#include <QTest>

using namespace ed;

// The scheduling commands as a user runs them, on a database prepared through the repository.
class TestSchedulingCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lifecycleRefused();
    void lifecycleAccepted();
    void conflictsJson();
    void exportAndImportIcs();
    void usageErrors();

private:
    SchedulingFixture m_f;
    QString m_a, m_b;
};

void TestSchedulingCli::initTestCase()
{
    QVERIFY(m_f.open("SA"));
    m_a = m_f.mission("2027-01-11", "2027-01-14");
    m_b = m_f.mission("2027-01-14", "2027-01-20", "proposed"); // touches m_a on the 14th
    m_f.db.repository.reset(); // the CLI opens the file itself
    m_f.db.database.reset();
}

void TestSchedulingCli::lifecycleRefused()
{
    const CliResult r = runCli({ "--db", m_f.db.path(), "update", "missions", m_a, "--set", "status=completed" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains("cannot become Completed"), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains("Proposed") && r.errText().contains("Cancelled"), qPrintable(r.errText()));
    const CliResult cancel = runCli({ "--db", m_f.db.path(), "update", "missions", m_a, "--set", "status=cancelled" });
    QCOMPARE(cancel.exitCode, 1);
    QVERIFY2(cancel.errText().contains("cancel"), qPrintable(cancel.errText()));
    const CliResult show = runCli({ "--db", m_f.db.path(), "--json", "show", "missions", m_a });
    QCOMPARE(show.object().value("status").toString(), QString("draft"));
}

void TestSchedulingCli::lifecycleAccepted()
{
    const CliResult r = runCli({ "--db", m_f.db.path(), "update", "missions", m_b, "--set", "status=confirmed" });
    QCOMPARE(r.exitCode, 0);
    const CliResult log = runCli({ "--db", m_f.db.path(), "--json", "list", "mission_status_log" });
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.array().size(), 1);
    QCOMPARE(log.array().first().toObject().value("to_status").toString(), QString("confirmed"));
}

void TestSchedulingCli::conflictsJson()
{
    const CliResult r = runCli({ "--db", m_f.db.path(), "schedule", "conflicts", "--json" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.isJsonArray());
    const QJsonArray conflicts = r.array();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    QCOMPARE(c.value("kind").toString(), QString("double_booked"));
    QCOMPARE(c.value("mission_ids").toArray().size(), 2);
    QCOMPARE(c.value("expert_id").toString(), m_f.expert);
    QCOMPARE(c.value("start").toString(), QString("2027-01-14"));
    QCOMPARE(c.value("end").toString(), QString("2027-01-14"));
    QVERIFY(!c.value("description").toString().isEmpty());
    const CliResult text = runCli({ "--db", m_f.db.path(), "schedule", "conflicts" });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains("Double booking"), qPrintable(text.outText()));
}

void TestSchedulingCli::exportAndImportIcs()
{
    const QString out = m_f.db.dir.filePath("missions.ics");
    const CliResult r = runCli({ "--db", m_f.db.path(), "export-ics", "--out", out });
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    QVERIFY(ics.contains(m_a.toUtf8() + "@expertdesk.comstech.org"));

    const QString in = m_f.db.dir.filePath("away.ics");
    QFile away(in);
    QVERIFY(away.open(QIODevice::WriteOnly));
    away.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
               "DTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270112\r\nDTEND;VALUE=DATE:20270113\r\n"
               "SUMMARY:Thesis defence\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    away.close();
    const CliResult imported = runCli({ "--db", m_f.db.path(), "--json", "import-ics", m_f.expert, in });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.object().value("added").toInt(), 1);
    const CliResult again = runCli({ "--db", m_f.db.path(), "--json", "import-ics", m_f.expert, in });
    QCOMPARE(again.object().value("added").toInt(), 0);
    const CliResult conflicts = runCli({ "--db", m_f.db.path(), "schedule", "conflicts", "--json" });
    bool unavailable = false;
    for (const QJsonValue &v : conflicts.array())
        unavailable = unavailable || v.toObject().value("kind").toString() == QLatin1String("unavailable");
    QVERIFY(unavailable);
}

void TestSchedulingCli::usageErrors()
{
    QCOMPARE(runCli({ "--db", m_f.db.path(), "schedule" }).exitCode, 2);
    QCOMPARE(runCli({ "--db", m_f.db.path(), "schedule", "nonsense" }).exitCode, 2);
    QCOMPARE(runCli({ "--db", m_f.db.path(), "export-ics" }).exitCode, 2);
    QCOMPARE(runCli({ "--db", m_f.db.path(), "import-ics", m_f.expert }).exitCode, 2);
    const CliResult missing = runCli({ "--db", m_f.db.path(), "import-ics", m_f.expert, "/nonexistent.ics" });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.errText().isEmpty());
}

QTEST_GUILESS_MAIN(TestSchedulingCli)
#include "tst_schedulingcli.moc"
