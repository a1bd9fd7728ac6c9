// `expertdesk-cli import` as a user runs it: the summary, exit codes, a mapping file, and an
// import killed with SIGKILL in the middle that a second run completes.
#include "CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestImportCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void summaryAndExitCodes();
    void mappingFile();
    void killedImportCompletesOnSecondRun();

private:
    QString writeExperts(const QString &name, int rows);
    QStringList records(const QString &db);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportCli::writeExperts(const QString &name, int rows)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("\xEF\xBB\xBFSubmission ID,Full Name,E-mail,Nationality,Country of Residence,Areas of Expertise\r\n");
    // Names that differ in their consonants (a name key drops vowels and doubled letters):
    // neighbouring positions draw from different letters, so no two names share a key.
    const QByteArray odd = "bcdfghjkl", even = "mnprstvxz"; // no q: a name key reads it as k
    for (int i = 0; i < rows; ++i) {
        const QByteArray key = QByteArray(1, odd.at(i % 9)) + 'a' + even.at(i / 9 % 9) + 'o'
            + odd.at(i / 81 % 9) + 'e' + even.at(i / 729 % 9);
        file.write(QByteArray::number(70000 + i) + ",Expert " + key + ",expert" + QByteArray::number(i)
            + "@example.org,Morocco,Morocco,\"Information Technology\nRenewable Energy\"\r\n");
    }
    return file.fileName();
}

QStringList TestImportCli::records(const QString &db)
{
    const CliResult list = runCli({ "list", "experts", "--db", db, "--json" });
    QStringList lines;
    for (const QJsonValue &expert : list.array())
        lines << expert["source"].toString() + ' ' + expert["email"].toString();
    lines.sort();
    return lines;
}

void TestImportCli::summaryAndExitCodes()
{
    const QString db = m_dir->filePath("cli.sqlite");
    QCOMPARE(runCli({ "init", "--db", db }).exitCode, 0);
    const CliResult run = runCli({ "import", "jotform-experts", FIXTURES "/experts_jotform.csv", "--db", db, "--json" });
    QCOMPARE(run.exitCode, 0); // some rows failed: still a success, the summary says so
    const QJsonObject summary = run.object();
    QCOMPARE(summary["imported"].toArray(), (QJsonArray { 2, 3 }));
    QCOMPARE(summary["failed"].toArray().size(), 4); // rows 4, 5 and twice 6
    QCOMPARE(summary["failed"].toArray().at(0)["row"].toInt(), 4);
    QCOMPARE(summary["failed"].toArray().at(0)["column"].toString(), "E-mail");
    QCOMPARE(summary["unmapped_columns"].toArray(), QJsonArray { "E-mail" });
    const CliResult text = runCli({ "import", "jotform-experts", FIXTURES "/experts_jotform.csv", "--db", db });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains("Row 4, E-mail: \"not-an-email\" is not an e-mail address."), qPrintable(text.outText()));
    QVERIFY(text.errText().contains("experts_jotform.csv"));
    // Nothing readable: a failure with the file named.
    const CliResult missing = runCli({ "import", "jotform-experts", m_dir->filePath("none.csv"), "--db", db });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains("none.csv"));
    QCOMPARE(runCli({ "import", "jotform-mystery", FIXTURES "/experts_jotform.csv", "--db", db }).exitCode, 2);
    // --dry-run in French: checked, reported in the user's language, nothing written.
    const QString fresh = m_dir->filePath("fresh.sqlite");
    QCOMPARE(runCli({ "init", "--db", fresh }).exitCode, 0);
    const CliResult dry = runCli({ "import", "jotform-needs", FIXTURES "/needs_jotform_fr.csv", "--db", fresh, "--dry-run", "--json" });
    QCOMPARE(dry.object()["imported"].toArray(), (QJsonArray { 2, 3 }));
    QCOMPARE(runCli({ "list", "needs", "--db", fresh, "--json" }).array().size(), 0);
}

void TestImportCli::mappingFile()
{
    const QString db = m_dir->filePath("mapping.sqlite");
    QCOMPARE(runCli({ "init", "--db", db }).exitCode, 0);
    QFile csv(m_dir->filePath("odd.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Who,Contact,From,Lives in,Does\r\nOmar Farouk,omar@example.org,Pakistan,Pakistan,Oil and Gas\r\n");
    csv.close();
    const CliResult unmapped = runCli({ "import", "jotform-experts", csv.fileName(), "--db", db, "--json" });
    QCOMPARE(unmapped.object()["failed"].toArray().size() > 0, true); // no name, e-mail… recognised
    QCOMPARE(unmapped.object()["unmapped_columns"].toArray().size(), 5);
    QFile mapping(m_dir->filePath("mapping.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"form": "jotform-experts", "columns": {"Who": "name", "Contact": "email", "From": "nationality",
        "Lives in": "country", "Does": "sectors"}})");
    mapping.close();
    const CliResult mapped = runCli({ "import", "jotform-experts", csv.fileName(), "--db", db, "--mapping", mapping.fileName(), "--json" });
    QCOMPARE(mapped.exitCode, 0);
    QCOMPARE(mapped.object()["imported"].toArray(), QJsonArray { 2 });
    QCOMPARE(mapped.object()["unmapped_columns"].toArray().size(), 0);
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"columns": {"Who": "shoe_size"}})");
    mapping.close();
    const CliResult bad = runCli({ "import", "jotform-experts", csv.fileName(), "--db", db, "--mapping", mapping.fileName() });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains("shoe_size"));
}

void TestImportCli::killedImportCompletesOnSecondRun()
{
    const QString path = writeExperts("big.csv", 6000);
    const QString killed = m_dir->filePath("killed.sqlite"), whole = m_dir->filePath("whole.sqlite");
    QCOMPARE(runCli({ "init", "--db", killed }).exitCode, 0);
    QCOMPARE(runCli({ "init", "--db", whole }).exitCode, 0);

    QProcess process;
    process.setReadChannel(QProcess::StandardError); // what waitForReadyRead() waits for
    process.start(QStringLiteral(EXPERTDESK_CLI), { "import", "jotform-experts", path, "--db", killed });
    QVERIFY(process.waitForStarted());
    // The first progress line comes after the first batch is committed: kill it there.
    QByteArray err;
    while (!err.contains("Importing") && process.state() == QProcess::Running && process.waitForReadyRead(60000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("Importing"), err.constData());
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished());

    // The kill landed mid-import: the run is still "running" and holds part of the rows.
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase("QSQLITE", "check");
        connection.setDatabaseName(killed);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        QVERIFY(query.exec("PRAGMA integrity_check") && query.next());
        QCOMPARE(query.value(0).toString(), "ok");
        QVERIFY(query.exec("SELECT state, imported FROM import_runs") && query.next());
        QCOMPARE(query.value(0).toString(), "running");
        QVERIFY(query.value(1).toInt() > 0);
        QVERIFY(query.value(1).toInt() < 6000);
        QVERIFY(query.exec("SELECT count(*) FROM experts") && query.next());
        const int kept = query.value(0).toInt();
        QVERIFY(kept > 0 && kept < 6000);
        QCOMPARE(kept % 500, 0); // whole batches only
    }
    QSqlDatabase::removeDatabase("check");

    const CliResult rerun = runCli({ "import", "jotform-experts", path, "--db", killed, "--json" });
    QCOMPARE(rerun.exitCode, 0);
    QVERIFY(rerun.object()["skipped"].toArray().size() > 0);
    QCOMPARE(runCli({ "import", "jotform-experts", path, "--db", whole, "--json" }).object()["imported"].toArray().size(), 6000);
    const QStringList afterRerun = records(killed);
    QCOMPARE(afterRerun.size(), 6000);
    QCOMPARE(afterRerun, records(whole));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
