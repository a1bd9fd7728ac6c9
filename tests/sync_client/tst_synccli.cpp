// `expertdesk-cli sync` as a process: output, failures, and a kill -9 in the middle of a sync.
#include "SyncTestKit.h"

#include <QRandomGenerator>

using namespace ed::sync;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = serverEnvironment();
    // The keychain is not what these tests are about: no session bus, password on stdin.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXPERTDESK_CLI), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void syncPrintsJson();
    void failuresExitNonZero();
    void killedMidSyncLosesNothing();

private:
    TestServerStore m_server;
};

void TestSyncCli::syncPrintsJson()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    a.add("institutions", institution("From The CLI"));
    const QString url = m_server.url().toString();
    const CliRun run = runCli({ "--db", a.path(), "sync", "--server", url, "--user", "amina", "--json" }, QByteArray(kPassword) + "\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value("pushed").toInt(), 1);
    QCOMPARE(report.value("failed").toInt(), 0);
    QCOMPARE(report.value("pending").toInt(), 0);
    const CliRun status = runCli({ "--db", a.path(), "sync", "status", "--json" });
    QCOMPARE(status.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(status.out).object().contains("last_synced_at"));
    const CliRun conflicts = runCli({ "--db", a.path(), "conflicts", "list", "--json" });
    QCOMPARE(conflicts.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(conflicts.out).isArray());
    const CliRun failed = runCli({ "--db", a.path(), "failed-changes", "list", "--json" });
    QCOMPARE(failed.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(failed.out).isArray());
}

void TestSyncCli::failuresExitNonZero()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    const QString url = m_server.url().toString();
    CliRun run = runCli({ "--db", a.path(), "sync", "--server", url, "--user", "amina" }, "wrong\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("password"));
    run = runCli({ "--db", a.path(), "sync", "--server", "http://127.0.0.1:1", "--user", "amina" }, "x\n");
    QCOMPARE(run.exitCode, 1);
    run = runCli({ "--db", a.path(), "sync", "--user", "amina" });
    QCOMPARE(run.exitCode, 2);
}

void TestSyncCli::killedMidSyncLosesNothing()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    QStringList ids;
    for (int i = 0; i < 1200; ++i)
        ids << a.add("institutions", institution(QStringLiteral("Killed %1").arg(i)));
    const qint64 before = m_server.digest().value("last_change_seq").toInteger();
    const QString url = m_server.url().toString();
    QRandomGenerator random(7);
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess process;
        QProcessEnvironment environment = serverEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(EXPERTDESK_CLI), { "--db", a.path(), "sync", "--server", url, "--user", "amina" });
        QVERIFY(process.waitForStarted());
        process.write(QByteArray(kPassword) + "\n");
        process.closeWriteChannel();
        QTest::qWait(20 + random.bounded(150));
        process.kill(); // SIGKILL: no cleanup, no rollback handler
        process.waitForFinished();
    }
    const CliRun finish = runCli({ "--db", a.path(), "sync", "--server", url, "--user", "amina", "--json" }, QByteArray(kPassword) + "\n");
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    QCOMPARE(a.outbox(), 0);
    // Every insert made exactly one change on the server: nothing lost, nothing doubled.
    QCOMPARE(m_server.digest().value("last_change_seq").toInteger(), before + 1200);
    Replica b;
    QVERIFY(b.open(m_server.url()));
    QVERIFY(b.sync().ok());
    for (const QString &id : std::as_const(ids))
        QVERIFY(!b.row("institutions", id).isEmpty());
    QCOMPARE(a.digest(), b.digest());
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
