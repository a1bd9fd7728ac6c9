// The client sync engine against the real expertdesk-server on a loopback port.
#include "SyncTestKit.h"

#include "sync/SyncBackoff.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

using namespace ed::sync;

class TestSyncClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void backoffDoublesToFiveMinutes();
    void roundTripBetweenTwoReplicas();
    void idleSyncCostsTwoRequests();
    void differentFieldsBothSurvive();
    void sameLowStakesFieldLastWriterWins();
    void sameCriticalFieldReachesConflictList();
    void deleteVersusEditIsConflict();
    void rejectedChangeIsKeptVisibleAndQueueMoves();
    void anotherAccountCannotPreemptACopysChanges();
    void droppedPushResponseCreatesNoDuplicate();
    void abortedPullResumesWithinOnePage();
    void unreadablePageFailsTheSyncAndChangesNothing();
    void syncsOverTls();
    void expiredTokenIsRefreshed();
    void unauthorizedAndUpgradeRequired();
    void restoredServerResnapshotsOnce();
    void digestMismatchResyncsTable();
    void digestNoticesDifferentContent();
    void pulledPagesKeepTheSearchIndex();
    void clockSkewIsReported();
    void fastAndCarefulPullPathsStoreTheSame();

private:
    TestServerStore m_server;
};

void TestSyncClient::initTestCase()
{
    QVERIFY(m_server.dir.isValid());
    QVERIFY2(m_server.start(), "the expertdesk-server did not start");
}

void TestSyncClient::backoffDoublesToFiveMinutes()
{
    double r = 0.5; // no spread
    SyncBackoff backoff([&r] { return r; });
    QList<qint64> delays;
    for (int i = 0; i < 11; ++i)
        delays << backoff.nextDelayMs();
    QCOMPARE(delays.mid(0, 5), (QList<qint64> { 1000, 2000, 4000, 8000, 16000 }));
    QCOMPARE(delays.last(), SyncBackoff::kMaximumMs);
    r = 0.0;
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 800); // -20 % jitter
    r = 0.999;
    QVERIFY(backoff.nextDelayMs() <= 2400);
}

void TestSyncClient::roundTripBetweenTwoReplicas()
{
    Replica a, b;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(b.open(m_server.url()));
    const QString id = a.add("institutions", institution("Round Trip Hospital"));
    QVERIFY(!id.isEmpty());
    SyncReport report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.applied, 1);
    QCOMPARE(a.outbox(), 0);
    QVERIFY(a.row("institutions", id).value("server_version").toLongLong() > 0);

    report = b.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(b.row("institutions", id).value("name").toString(), "Round Trip Hospital");
    QVERIFY(b.update("institutions", id, { { "city", "Lahore" } }));
    QVERIFY(b.sync().ok());
    QVERIFY(a.sync().ok());
    QCOMPARE(a.row("institutions", id).value("city").toString(), "Lahore");
    QCOMPARE(a.row("institutions", id).value("server_version"), b.row("institutions", id).value("server_version"));
    QVERIFY(b.remove("institutions", id));
    QVERIFY(b.sync().ok());
    QVERIFY(a.sync().ok());
    QVERIFY(a.row("institutions", id).value("deleted").toBool());
}

void TestSyncClient::idleSyncCostsTwoRequests()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    ed::sync::SyncClient::Options options;
    options.verifyDigest = true;
    a.client->setOptions(options);
    QVERIFY(a.sync().ok()); // first sync: pulls everything and checks the digest
    a.client->setOptions({});
    const SyncReport idle = a.sync();
    QVERIFY(idle.ok());
    QCOMPARE(idle.requests, 2);
    QCOMPARE(idle.pulled, 0);
}

void TestSyncClient::differentFieldsBothSurvive()
{
    Replica a, b;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(b.open(m_server.url(), "karim"));
    const QString id = a.add("institutions", institution("Two Fields"));
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QVERIFY(a.update("institutions", id, { { "city", "Quetta" } }));
    QVERIFY(b.update("institutions", id, { { "focal_phone", "+92 300 1234567" } }));
    QVERIFY(a.sync().ok());
    const SyncReport rb = b.sync();
    QVERIFY(rb.ok());
    QCOMPARE(rb.conflicts, 0);
    QVERIFY(a.sync().ok());
    for (Replica *r : { &a, &b }) {
        QCOMPARE(r->row("institutions", id).value("city").toString(), "Quetta");
        QCOMPARE(r->row("institutions", id).value("focal_phone").toString(), "+92 300 1234567");
    }
    QCOMPARE(a.dump(), b.dump());
}

void TestSyncClient::sameLowStakesFieldLastWriterWins()
{
    Replica a, b;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(b.open(m_server.url(), "karim"));
    const QString id = a.add("institutions", institution("Low Stakes"));
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QVERIFY(a.update("institutions", id, { { "notes", "from a" } }));
    b.clock.advance(5000); // b writes later
    QVERIFY(b.update("institutions", id, { { "notes", "from b" } }));
    QVERIFY(b.sync().ok());
    const SyncReport ra = a.sync(); // a pushes the older value after b
    QVERIFY(ra.ok());
    QCOMPARE(ra.conflicts, 0);
    QVERIFY(b.sync().ok());
    QCOMPARE(a.row("institutions", id).value("notes").toString(), "from b");
    QCOMPARE(b.row("institutions", id).value("notes").toString(), "from b");
    QCOMPARE(a.dump(), b.dump());
}

void TestSyncClient::sameCriticalFieldReachesConflictList()
{
    Replica a, b;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(b.open(m_server.url(), "karim"));
    QVariantMap expert { { "name", "Amina Diallo" }, { "nationality", "SN" }, { "country", "SN" },
        { "email", "critical@example.org" }, { "sectors", QVariantList { "BME" } } };
    const QString id = a.add("experts", expert);
    QVERIFY(!id.isEmpty());
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QVERIFY(a.update("experts", id, { { "status", "inactive" } }));
    QVERIFY(b.update("experts", id, { { "status", "suspended" } }));
    QVERIFY(a.sync().ok());
    const SyncReport rb = b.sync();
    QVERIFY(rb.ok());
    QCOMPARE(rb.conflicts, 1);
    const QList<LocalConflict> conflicts = b.client->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, "status");
    QCOMPARE(conflicts.first().serverValue.toString(), "inactive");
    QCOMPARE(conflicts.first().clientValue.toString(), "suspended");
    // The server kept its value and every copy shows it until a person decides.
    QCOMPARE(b.row("experts", id).value("status").toString(), "inactive");
    QCOMPARE(b.client->status().openConflicts, 1);

    // The person picks "suspended": a normal update, then the server closes the conflict.
    QString error;
    QVERIFY2(SyncClient::chooseConflictValue(*b.repository, conflicts.first(), "suspended", &error), qPrintable(error));
    QVERIFY(b.sync().ok());
    QVERIFY(b.client->conflicts().isEmpty());
    QVERIFY(a.sync().ok());
    QCOMPARE(a.row("experts", id).value("status").toString(), "suspended");
    const QJsonArray open = m_server.process.get("/api/v1/conflicts", m_server.token()).json().value("conflicts").toArray();
    for (const QJsonValue &c : open)
        QVERIFY(c.toObject().value("row_id").toString() != id);
}

void TestSyncClient::deleteVersusEditIsConflict()
{
    Replica a, b;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(b.open(m_server.url(), "karim"));
    const QString id = a.add("institutions", institution("Delete Me"));
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QVERIFY(a.update("institutions", id, { { "city", "Multan" } }));
    QVERIFY(b.remove("institutions", id));
    QVERIFY(a.sync().ok());
    const SyncReport rb = b.sync();
    QVERIFY(rb.ok());
    QCOMPARE(rb.conflicts, 1);
    bool found = false;
    for (const LocalConflict &c : b.client->conflicts())
        found = found || (c.rowId == id && c.kind == "delete_edit");
    QVERIFY(found);
    // The server kept the edited row; b shows it again rather than diverging.
    QVERIFY(!b.row("institutions", id).value("deleted").toBool());
    QCOMPARE(b.row("institutions", id).value("city").toString(), "Multan");
}

void TestSyncClient::anotherAccountCannotPreemptACopysChanges()
{
    // A translator reads this copy's client id (every copy sees it in field_hlc) and pushes junk
    // under it with the numbers the copy will use next. The copy's own changes must still reach
    // the server, with nothing left in its failed changes.
    QCOMPARE(runServerCli(m_server.backend, { "user", "add", "tariq", "--role", "translator" },
                 QByteArray(kPassword) + "\n"),
        0);
    Replica a;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(a.sync().ok());
    const QString clientId = ed::sync::SyncStore(*a.database, a.clock).clientId();
    QVERIFY(!clientId.isEmpty());
    QJsonArray junk;
    for (int seq = 1; seq <= 50; ++seq) {
        const QString row = QUuid::createUuid().toString(QUuid::WithoutBraces);
        junk.append(QJsonObject { { "mutation_id", QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { "client_seq", seq }, { "table_name", "institutions" }, { "row_id", row },
            { "op", "insert" }, { "changes", QJsonObject { { "name", QJsonObject { { "old", QJsonValue() }, { "new", "Junk" } } } } },
            { "base_version", 0 }, { "hlc", QStringLiteral("%1:00000:%2").arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0')).arg(clientId) } });
    }
    const HttpReply poisoned = m_server.process.post(QStringLiteral("/api/v1/sync/push"),
        { { "client_id", clientId }, { "schema_version", 1 }, { "mutations", junk } }, m_server.token("tariq"));
    QCOMPARE(poisoned.status, 200);
    QCOMPARE(poisoned.json()["results"].toArray().at(0)["status"].toString(), QString("rejected"));

    const QString id = a.add("institutions", institution("Real work"));
    const SyncReport report = a.sync();
    QVERIFY(report.ok());
    QCOMPARE(report.applied, 1);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(a.client->failedChanges().size(), 0);
    QVERIFY(a.row("institutions", id).value("server_version").toLongLong() > 0);
    // Another copy downloads it: it is on the server.
    Replica b;
    QVERIFY(b.open(m_server.url(), QStringLiteral("karim")));
    QVERIFY(b.sync().ok());
    QCOMPARE(b.row("institutions", id).value("name").toString(), QString("Real work"));
}

void TestSyncClient::rejectedChangeIsKeptVisibleAndQueueMoves()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(a.sync().ok());
    const QString good1 = a.add("institutions", institution("Before"));
    // An outbox entry the server refuses (a country that is not in its reference data).
    QSqlQuery bad(a.database->connection());
    QVERIFY(bad.exec("INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, base_version, hlc, created_at) "
                     "VALUES ('01900000-0000-7000-8000-00000000bad1', 'institutions', '01900000-0000-7000-8000-0000000000b1', "
                     "'insert', '{\"name\":{\"old\":null,\"new\":\"X\"},\"type\":{\"old\":null,\"new\":\"lab\"},"
                     "\"country\":{\"old\":null,\"new\":\"ZZ\"}}', 0, '1795334400000:00000:x', '2026-01-01')"));
    const QString good2 = a.add("institutions", institution("After"));
    const SyncReport report = a.sync();
    QVERIFY(report.ok());
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.applied, 2);
    QCOMPARE(a.outbox(), 0);
    const QList<FailedChange> failed = a.client->failedChanges();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().error, "invalid");
    QVERIFY(!failed.first().reason.isEmpty());
    QCOMPARE(a.client->status().failedChanges, 1);
    QVERIFY(a.row("institutions", good2).value("server_version").toLongLong() > 0);
    Q_UNUSED(good1);

    // The server words its refusal in the language the app runs in.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(bad.exec("INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, base_version, hlc, created_at) "
                     "VALUES ('01900000-0000-7000-8000-00000000bad2', 'institutions', '01900000-0000-7000-8000-0000000000b2', "
                     "'insert', '{\"name\":{\"old\":null,\"new\":\"Y\"},\"type\":{\"old\":null,\"new\":\"lab\"},"
                     "\"country\":{\"old\":null,\"new\":\"ZZ\"}}', 0, '1795334400001:00000:x', '2026-01-01')"));
    const SyncReport french = a.sync();
    QLocale::setDefault(before);
    QCOMPARE(french.rejected, 1);
    const QList<FailedChange> both = a.client->failedChanges();
    QCOMPARE(both.size(), 2);
    const auto second = std::find_if(both.cbegin(), both.cend(),
        [](const FailedChange &c) { return c.mutationId.endsWith(QLatin1String("bad2")); });
    QVERIFY(second != both.cend());
    QVERIFY2(second->reason.contains(QString::fromUtf8("n'est pas le code ISO")), qPrintable(second->reason));
}

void TestSyncClient::droppedPushResponseCreatesNoDuplicate()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.process.port()));
    Replica a, b;
    QVERIFY(a.open(proxy.url()));
    QVERIFY(b.open(m_server.url()));
    QVERIFY(a.sync().ok());
    const QString id = a.add("institutions", institution("Only Once"));
    QVERIFY(a.update("institutions", id, { { "notes", "counted once" } }));
    const qint64 before = m_server.digest().value("last_change_seq").toInteger();
    proxy.dropResponseTo = "/api/v1/sync/push";
    const SyncReport lost = a.sync();
    QVERIFY(!lost.ok());
    QCOMPARE(lost.failure, SyncFailure::Offline);
    QCOMPARE(a.outbox(), 2); // no answer, nothing removed
    QVERIFY(proxy.count("/api/v1/sync/push") >= 2); // and Qt's own resends were de-duplicated
    const qint64 afterLoss = m_server.digest().value("last_change_seq").toInteger();
    QCOMPARE(afterLoss, before + 2); // the server did apply them
    const SyncReport resent = a.sync();
    QVERIFY2(resent.ok(), qPrintable(resent.message));
    QCOMPARE(resent.pushed, 2);
    QCOMPARE(a.outbox(), 0);
    QCOMPARE(m_server.digest().value("last_change_seq").toInteger(), afterLoss); // de-duplicated
    QVERIFY(b.sync().ok());
    QCOMPARE(b.row("institutions", id).value("notes").toString(), "counted once");
    QCOMPARE(a.row("institutions", id).value("server_version"), b.row("institutions", id).value("server_version"));
}

void TestSyncClient::abortedPullResumesWithinOnePage()
{
    Replica writer;
    QVERIFY(writer.open(m_server.url()));
    for (int i = 0; i < 50; ++i)
        writer.add("institutions", institution(QStringLiteral("Paged %1").arg(i)));
    QVERIFY(writer.sync().ok());

    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.process.port()));
    Replica reader;
    QVERIFY(reader.open(proxy.url()));
    ed::sync::SyncClient::Options options;
    options.pullLimit = 10;
    reader.client->setOptions(options);
    const qint64 last = m_server.digest().value("last_change_seq").toInteger();
    const int pages = int((last + 9) / 10);
    proxy.dropResponseTo = "/api/v1/sync/pull";
    proxy.dropAfter = 2; // two pages arrive, the third is lost
    QVERIFY(!reader.sync().ok());
    ed::sync::SyncStore store(*reader.database, reader.clock);
    const qint64 cursor = store.cursor();
    QVERIFY(cursor > 0);
    const int before = proxy.count("/api/v1/sync/pull");
    QVERIFY(reader.sync().ok());
    const int resumed = proxy.count("/api/v1/sync/pull") - before;
    // Pages 3.. again: at most the lost page is fetched twice.
    QVERIFY2(resumed <= pages - 2 + 1, qPrintable(QStringLiteral("%1 pulls after resume, %2 pages").arg(resumed).arg(pages)));
    QCOMPARE(reader.digest(), writer.digest());
}

void TestSyncClient::unreadablePageFailsTheSyncAndChangesNothing()
{
    Replica writer;
    QVERIFY(writer.open(m_server.url()));
    for (int i = 0; i < 5; ++i)
        writer.add("institutions", institution(QStringLiteral("Garbled %1").arg(i)));
    QVERIFY(writer.sync().ok());

    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.process.port()));
    proxy.answerRewriteFrom = "\"columns\":[";
    proxy.answerRewriteTo = "\"columns\":{"; // no longer JSON
    Replica reader;
    QVERIFY(reader.open(proxy.url()));
    const SyncReport failed = reader.sync();
    QCOMPARE(failed.failure, SyncFailure::Server);
    QVERIFY2(failed.message.contains("cannot read"), qPrintable(failed.message));
    ed::sync::SyncStore store(*reader.database, reader.clock);
    QCOMPARE(store.cursor(), 0);
    QCOMPARE(reader.dump(), QString()); // nothing of the page was written

    proxy.answerRewriteFrom.clear();
    QVERIFY(reader.sync().ok());
    QCOMPARE(reader.digest(), writer.digest());
}

void TestSyncClient::syncsOverTls()
{
    // The server with --tls-cert/--tls-key (a self-signed certificate made here by openssl):
    // a copy that trusts it signs in and syncs; one that does not is refused before any data
    // leaves it, and keeps its edits.
    QTemporaryDir dir;
    const QString cert = dir.filePath("cert.pem"), key = dir.filePath("key.pem");
    QProcess openssl;
    openssl.start("openssl", { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                                 "-keyout", key, "-out", cert });
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });
    QSslConfiguration trusting = original;
    trusting.addCaCertificates(QSslCertificate::fromPath(cert));
    QSslConfiguration::setDefaultConfiguration(trusting);

    TestServerStore tls;
    QVERIFY(tls.start({ "--tls-cert", cert, "--tls-key", key }));
    QCOMPARE(tls.url().scheme(), QString("https"));
    Replica a, b;
    QVERIFY(a.open(tls.url()));
    QVERIFY(b.open(tls.url()));
    const QString id = a.add("institutions", institution(QStringLiteral("Over TLS")));
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QCOMPARE(b.row("institutions", id).value("name").toString(), QString("Over TLS"));

    const QString token = tls.token();
    QVERIFY(!token.isEmpty());
    QSslConfiguration::setDefaultConfiguration(original); // this certificate is not trusted now
    Replica stranger;
    QVERIFY(stranger.open(tls.url(), "amina", token));
    stranger.add("institutions", institution(QStringLiteral("Stays here")));
    const SyncReport refused = stranger.sync();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure, SyncFailure::Offline);
    QVERIFY2(refused.message.contains("does not trust the server's certificate"), qPrintable(refused.message));
    QCOMPARE(stranger.outbox(), 1);
}

void TestSyncClient::expiredTokenIsRefreshed()
{
    TestServerStore shortLived;
    QVERIFY(shortLived.start({ "--token-ttl", "1" }));
    Replica a;
    QVERIFY(a.open(shortLived.url()));
    for (int i = 0; i < 450; ++i)
        a.add("institutions", institution(QStringLiteral("Expiring %1").arg(i)));
    QTest::qWait(1500); // the access token is now expired: the first request gets 401
    const SyncReport report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.pushed, 450);
    QCOMPARE(a.outbox(), 0);
}

void TestSyncClient::unauthorizedAndUpgradeRequired()
{
    Replica a;
    QString error;
    a.database = std::make_unique<ed::Database>(a.path());
    QCOMPARE(a.database->open(&error), ed::Database::Status::Ok);
    SyncClient client(a.path(), &a.clock);
    client.setServer(m_server.url(), "amina");
    QVERIFY(!client.login("wrong password", &error));
    QVERIFY(error.contains("password"));
    SyncReport report = client.sync();
    QCOMPARE(report.failure, SyncFailure::Unauthorized);

    // A server that only knows an older schema answers 426 with its message.
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.process.port()));
    const QByteArray header = QByteArray(ed::sync::kSchemaVersionHeader) + ": ";
    const QByteArray mine = header + QByteArray::number(ed::Database::latestSchemaVersion());
    proxy.rewriteFrom = mine;
    proxy.rewriteTo = header + QByteArray::number(9).rightJustified(mine.size() - header.size(), '9');
    client.setServer(proxy.url(), "amina");
    QVERIFY(client.login(kPassword, &error));
    report = client.sync();
    QCOMPARE(report.failure, SyncFailure::UpgradeRequired);
    QVERIFY2(report.message.contains("schema"), qPrintable(report.message));
}

void TestSyncClient::restoredServerResnapshotsOnce()
{
    TestServerStore server;
    QVERIFY(server.start());
    Replica a;
    QVERIFY(a.open(server.url()));
    const QString kept = a.add("institutions", institution("In The Backup"));
    const QString edited = a.add("institutions", institution("Edited After Backup"));
    QVERIFY(a.sync().ok());

    server.process.stop();
    const QString backup = server.dir.filePath("backup.sqlite");
    QVERIFY(QFile::copy(server.backend.sqlitePath, backup));
    if (QFile::exists(server.backend.sqlitePath + "-wal"))
        QVERIFY(QFile::copy(server.backend.sqlitePath + "-wal", backup + "-wal"));
    QVERIFY(server.process.start(server.backend));
    a.client->setServer(server.url(), "amina");
    QString error;
    QVERIFY(a.client->login(kPassword, &error));
    const QString lost = a.add("institutions", institution("Lost By The Restore"));
    QVERIFY(a.update("institutions", edited, { { "city", "Peshawar" } }));
    QVERIFY(a.sync().ok());
    const QString pending = a.add("institutions", institution("Never Synced"));

    // Restore the backup and declare it.
    server.process.stop();
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(server.backend.sqlitePath + suffix);
    QVERIFY(QFile::copy(backup, server.backend.sqlitePath));
    if (QFile::exists(backup + "-wal"))
        QVERIFY(QFile::copy(backup + "-wal", server.backend.sqlitePath + "-wal"));
    QCOMPARE(runServerCli(server.backend, { "epoch", "reset" }), 0);
    QVERIFY(server.process.start(server.backend));
    a.client->setServer(server.url(), "amina");
    QVERIFY(a.client->login(kPassword, &error));

    const SyncReport report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QVERIFY(report.resnapshot);
    QCOMPARE(a.outbox(), 0);
    QVERIFY(report.pulled >= 2); // the backup's rows came down in the snapshot
    const SyncReport again = a.sync();
    QVERIFY(again.ok());
    QVERIFY(!again.resnapshot); // once per 410, never a loop

    Replica b;
    QVERIFY(b.open(server.url()));
    QVERIFY(b.sync().ok());
    for (const QString &id : { kept, edited, lost, pending })
        QVERIFY2(!b.row("institutions", id).isEmpty(), qPrintable(id));
    QCOMPARE(b.row("institutions", edited).value("city").toString(), "Peshawar");
    QCOMPARE(a.digest(), b.digest());
}

void TestSyncClient::digestMismatchResyncsTable()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(a.sync().ok());
    // Damage the local copy behind the engine's back: a row's version and a lost row.
    QSqlQuery damage(a.database->connection());
    QVERIFY(damage.exec("UPDATE institutions SET server_version = 1 WHERE rid = (SELECT max(rid) FROM institutions)"));
    QVERIFY(damage.exec("DELETE FROM institutions WHERE rid = (SELECT min(rid) FROM institutions)"));
    ed::sync::SyncClient::Options options;
    options.verifyDigest = true;
    a.client->setOptions(options);
    const SyncReport report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.digestMismatch, QStringList { "institutions" });
    const QJsonObject server = m_server.digest().value("tables").toObject().value("institutions").toObject();
    QVERIFY(a.digest().value("institutions").endsWith(server.value("hash").toString()));
}

void TestSyncClient::digestNoticesDifferentContent()
{
    // Same ids and versions, a value changed behind the engine's back (as a copy that could not
    // store what the server kept): the digest tells them apart and the resync puts the
    // server's value back. An expert's lists, numbers and flags compare equal on both sides.
    Replica a;
    QVERIFY(a.open(m_server.url()));
    const QString expert = a.add("experts",
        { { "name", "Digest Content" }, { "nationality", "SN" }, { "country", "PK" },
            { "email", "digest.content@example.org" }, { "sectors", QVariantList { "BME", "IT" } },
            { "skills", QVariantList { QVariantMap { { "name", QString::fromUtf8("\u062e/\u00e9") }, { "level", 3 } } } } });
    const QString id = a.add("institutions", institution("Digest Content"));
    QVERIFY(a.sync().ok());
    ed::sync::SyncClient::Options options;
    options.verifyDigest = true;
    a.client->setOptions(options);
    SyncReport report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.digestMismatch, QStringList());

    QSqlQuery damage(a.database->connection());
    QVERIFY(damage.exec(QStringLiteral("UPDATE institutions SET name = 'Nul' WHERE id = '%1'").arg(id)));
    report = a.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.digestMismatch, QStringList { "institutions" });
    QCOMPARE(a.row("institutions", id).value("name").toString(), "Digest Content");
    QCOMPARE(a.row("experts", expert).value("name").toString(), "Digest Content");
    report = a.sync();
    QCOMPARE(report.digestMismatch, QStringList());
}

void TestSyncClient::pulledPagesKeepTheSearchIndex()
{
    // 75 experts between institutions in one page, then updates of some of them: the fast copy
    // (full-text triggers paused, the page indexed at once) stores what the careful one does,
    // its index finds every expert by new name and skill and none by an old name, and the
    // triggers work again for edits made after the pull.
    Replica a, fast, careful;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(fast.open(m_server.url()));
    QVERIFY(careful.open(m_server.url()));
    QStringList experts;
    for (int i = 0; i < 75; ++i) {
        experts << a.add("experts",
            { { "name", QStringLiteral("Batch Expert%1").arg(i) }, { "nationality", "SN" }, { "country", "PK" },
                { "email", QStringLiteral("batch%1@example.org").arg(i) }, { "sectors", QVariantList { "IT" } },
                { "skills", QVariantList { QVariantMap { { "name", QStringLiteral("skill%1").arg(i) }, { "level", 3 } } } } });
        if (i % 10 == 0)
            a.add("institutions", ::institution(QStringLiteral("Between %1").arg(i)));
    }
    QVERIFY(a.sync().ok());
    careful.add("institutions", ::institution(QStringLiteral("Keeps the careful path")));
    QVERIFY(fast.sync().ok());
    for (int i = 0; i < 75; i += 7)
        QVERIFY(a.update("experts", experts.at(i), { { "name", QStringLiteral("Renamed Expert%1").arg(i) } }));
    QVERIFY(a.sync().ok());
    QVERIFY(fast.sync().ok());
    QVERIFY(careful.sync().ok());
    QVERIFY(fast.sync().ok()); // the careful copy's own row

    QCOMPARE(fast.dump(), careful.dump());
    QCOMPARE(fast.digest(), careful.digest());
    const auto matches = [](Replica &r, const QString &words) {
        QSqlQuery q(r.database->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM experts_fts WHERE experts_fts MATCH ?"));
        q.addBindValue(words);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    for (int i = 0; i < 75; ++i) {
        const QString name = QStringLiteral("%1 Expert%2").arg(i % 7 == 0 ? "Renamed" : "Batch").arg(i);
        QCOMPARE(matches(fast, QStringLiteral("\"%1\"").arg(name)), 1);
        QCOMPARE(matches(fast, QStringLiteral("skill%1").arg(i)), 1);
    }
    QCOMPARE(matches(fast, QStringLiteral("Renamed")), 11);
    QCOMPARE(matches(fast, QStringLiteral("Batch")), 64);
    QCOMPARE(matches(careful, QStringLiteral("Renamed")), 11);
    QCOMPARE(matches(careful, QStringLiteral("Batch")), 64);

    QSqlQuery paused(fast.database->connection());
    QVERIFY(paused.exec(QStringLiteral("SELECT count(*) FROM fts_paused")) && paused.next());
    QCOMPARE(paused.value(0).toInt(), 0);
    QVERIFY(fast.update("experts", experts.at(1), { { "name", QStringLiteral("Edited Locally") } }));
    QCOMPARE(matches(fast, QStringLiteral("\"Edited Locally\"")), 1);
    QCOMPARE(matches(fast, QStringLiteral("\"Batch Expert1\"")), 0);
}

void TestSyncClient::clockSkewIsReported()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    // This computer's clock 10 minutes behind the server's: the status bar says so.
    a.clock.set(QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000);
    QVERIFY(a.sync().ok());
    ed::sync::SyncStatus status = a.client->status();
    QVERIFY2(qAbs(status.clockSkewMs - 10 * 60 * 1000) < 60 * 1000, qPrintable(QString::number(status.clockSkewMs)));
    QVERIFY(status.clockSkewed());
    QVERIFY(status.text().contains(QLatin1String("Check the clock")));
    QVERIFY2(status.clockSkewText().contains(QLatin1String("clock is 10 minute")), qPrintable(status.clockSkewText()));
    QVERIFY(status.clockSkewText().contains(QLatin1String("behind")));
    // Ahead by 6 minutes.
    a.clock.set(QDateTime::currentMSecsSinceEpoch() + 6 * 60 * 1000);
    QVERIFY(a.sync().ok());
    status = a.client->status();
    QVERIFY(status.clockSkewText().contains(QLatin1String("clock is 6 minute")));
    QVERIFY(status.clockSkewText().contains(QLatin1String("ahead")));
    // Put right: the warning goes.
    a.clock.set(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(a.sync().ok());
    status = a.client->status();
    QVERIFY(!status.clockSkewed());
    QVERIFY(status.clockSkewText().isEmpty());
    QVERIFY(!status.text().contains(QLatin1String("clock")));
}

void TestSyncClient::fastAndCarefulPullPathsStoreTheSame()
{
    // A copy with nothing to push takes pulled rows straight from the server's JSON text
    // (SyncStore::upsertPulledRow, in SQL); a copy with local edits waiting goes field by field.
    // Both must store the same columns: lists, booleans, numbers, defaults of absent fields.
    Replica a, fast, careful;
    QVERIFY(a.open(m_server.url()));
    QVERIFY(fast.open(m_server.url()));
    QVERIFY(careful.open(m_server.url()));
    const QString expert = a.add("experts",
        { { "name", "Amina Diallo" }, { "nationality", "SN" }, { "country", "SN" },
            { "email", "paths@example.org" }, { "sectors", QVariantList { "BME", "IT" } },
            { "skills", QVariantList { QVariantMap { { "name", "MRI \"maintenance\" ✓" }, { "level", 4 }, { "years", 9 } } } },
            { "languages", QVariantList { QVariantMap { { "code", "fr" }, { "level", 4 } } } } });
    const QString institution = a.add("institutions", ::institution(QStringLiteral("Hôpital Principal")));
    const QString need = a.add("needs",
        { { "institution_id", institution }, { "sector", "BME" }, { "title", "MRI training" },
            { "service_type", "maintenance" }, { "window_start", "2027-01-10" },
            { "window_end", "2027-02-10" }, { "duration_days", 10 }, { "hotel", true },
            { "meals", false } });
    QVERIFY(!expert.isEmpty() && !institution.isEmpty() && !need.isEmpty());
    QVERIFY(a.remove("institutions", a.add("institutions", ::institution(QStringLiteral("Gone")))));
    QVERIFY(a.sync().ok());

    careful.add("institutions", ::institution(QStringLiteral("Waiting to be pushed")));
    QVERIFY(careful.outbox() > 0);
    QVERIFY(fast.sync().ok());
    QVERIFY(careful.sync().ok());
    QVERIFY(fast.sync().ok()); // and the careful copy's own row, now through the fast path
    const QStringList fastRows = fast.dump().split(QLatin1Char('\n'));
    const QStringList carefulRows = careful.dump().split(QLatin1Char('\n'));
    QCOMPARE(fastRows.size(), carefulRows.size());
    for (int i = 0; i < fastRows.size(); ++i)
        QCOMPARE(fastRows.at(i), carefulRows.at(i));
    QVERIFY(fast.dump().contains(QLatin1String("hotel=1")));
    QVERIFY(fast.dump().contains(QLatin1String("meals=0")));
    QVERIFY(fast.dump().contains(QLatin1String("priority=normal"))); // a default
    QVERIFY(fast.dump().contains(QStringLiteral("MRI \\\"maintenance\\\" ✓")));
    QCOMPARE(fast.row("experts", expert).value("sectors").toList(), (QVariantList { "BME", "IT" }));
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
