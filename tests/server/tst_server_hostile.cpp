// The built expertdesk-server against peers that do not play by the rules: chunked floods,
// broken lengths, header floods, idle and silent connections, password guessing, log forgery.
// Each case was a failure found by trying the server as an attacker with an ordinary account.
#include "RawConnection.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

const QByteArray kPassword = "correct horse battery";

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &extraHeaders = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray loginBody(const QByteArray &user, const QByteArray &password)
{
    return QJsonDocument(QJsonObject { { "user", QString::fromUtf8(user) },
                             { "password", QString::fromUtf8(password) } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerHostile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chunkedBodyPastTheCapIs413();
    void brokenOrHugeLengthsAnswerAtOnce();
    void twentyThousandHeadersAreRefused();
    void idleConnectionsDoNotStarveOthers();
    void aSilentConnectionIsClosed();
    void oneAddressCannotTakeEveryConnection();
    void wrongPasswordsMakeTheNextAttemptWait();
    void aUserNameCannotForgeALogLine();
    void smallRefusals();
    void memoryStaysBounded();

private:
    HttpReply exchange(const QByteArray &bytes, const QString &from = QStringLiteral("127.0.0.1"));

    QTemporaryDir m_dir;
    ServerBackend m_backend;
    ServerProcess m_server;
    QString m_token;
};

void TestServerHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_backend = { { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("hostile.sqlite")) },
        m_dir.filePath(QStringLiteral("hostile.sqlite")) };
    for (const char *name : { "coord", "victim" })
        QCOMPARE(runServerCli(m_backend, { "user", "add", name, "--role", "coordinator" }, kPassword + "\n"), 0);
    m_server.setCaptureLog(true);
    QVERIFY(m_server.start(m_backend, { "--idle-timeout", "2", "--max-per-address", "60" }));
    const HttpReply login = exchange(request("POST", "/api/v1/auth/login", loginBody("coord", kPassword)));
    QCOMPARE(login.status, 200);
    m_token = login.json().value("token").toString();
    QVERIFY(!m_token.isEmpty());
}

HttpReply TestServerHostile::exchange(const QByteArray &bytes, const QString &from)
{
    RawConnection connection;
    if (!connection.open(m_server.port(), from) || !connection.write(bytes))
        return {};
    return connection.readReply();
}

void TestServerHostile::chunkedBodyPastTheCapIs413()
{
    RawConnection connection;
    QVERIFY(connection.open(m_server.port()));
    QVERIFY(connection.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_token.toLatin1() + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 48; ++i) // 3 MiB, three times the cap
        QVERIFY(connection.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n"));
    QVERIFY(connection.write("0\r\n\r\n"));
    const HttpReply reply = connection.readReply();
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value("error").toString(), QString("payload_too_large"));

    // A flood without end to the login endpoint (no account needed) is cut off, not kept.
    RawConnection flood;
    QVERIFY(flood.open(m_server.port()));
    QVERIFY(flood.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
    bool cut = false;
    for (int i = 0; i < 640 && !cut; ++i) // up to 40 MiB
        cut = !flood.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    QVERIFY(cut || flood.waitClosed(5000));
    QVERIFY2(serverMemoryMiB(m_server.pid(), "VmHWM") < 200,
        qPrintable(QString::number(serverMemoryMiB(m_server.pid(), "VmHWM"))));
}

void TestServerHostile::brokenOrHugeLengthsAnswerAtOnce()
{
    // Both answered before the server's 2-second idle timeout could end the exchange.
    RawConnection negative;
    QVERIFY(negative.open(m_server.port()));
    QVERIFY(negative.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"));
    QCOMPARE(negative.readReply(1500).status, 400);
    RawConnection huge;
    QVERIFY(huge.open(m_server.port()));
    QVERIFY(huge.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n"));
    QCOMPARE(huge.readReply(1500).status, 413);
}

void TestServerHostile::twentyThousandHeadersAreRefused()
{
    QByteArray headers;
    for (int i = 0; i < 20000; ++i)
        headers += "X-H" + QByteArray::number(i) + ": v\r\n";
    RawConnection connection;
    QVERIFY(connection.open(m_server.port()));
    connection.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");
    const HttpReply reply = connection.readReply(5000);
    QVERIFY2(reply.status == 431 || (reply.status == 0 && connection.waitClosed(5000)),
        qPrintable(QString::number(reply.status)));
    // 101 small headers: too many as well.
    QByteArray some;
    for (int i = 0; i < 101; ++i)
        some += "X-H" + QByteArray::number(i) + ": v\r\n";
    QCOMPARE(exchange("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + some + "\r\n").status, 431);
}

void TestServerHostile::idleConnectionsDoNotStarveOthers()
{
    // 200 connections that say nothing, from four addresses; a normal request is still served
    // at once (the thread-per-connection server took 15 s here).
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 200; ++i) {
        idle.push_back(std::make_unique<RawConnection>());
        QVERIFY(idle.back()->open(m_server.port(), QStringLiteral("127.0.0.%1").arg(2 + i % 4)));
    }
    // Two more trickle a header line now and then.
    RawConnection trickle;
    QVERIFY(trickle.open(m_server.port(), QStringLiteral("127.0.0.6")));
    QVERIFY(trickle.write("GET /api/v1/health HTTP/1.1\r\nX-Slow: 1\r\n"));
    QList<qint64> times;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(exchange(request("GET", "/api/v1/health")).status, 200);
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    qInfo("health with 200 idle connections: median %lld ms, slowest %lld ms", times.at(4), times.last());
    QVERIFY2(times.at(4) < 100, qPrintable(QString::number(times.at(4))));
}

void TestServerHostile::aSilentConnectionIsClosed()
{
    RawConnection connection;
    QVERIFY(connection.open(m_server.port()));
    QVERIFY(connection.write("GET /api/v1/health HTTP/1.1\r\n"));
    QVERIFY(connection.waitClosed(8000)); // idle timeout: 2 s
}

void TestServerHostile::oneAddressCannotTakeEveryConnection()
{
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 60; ++i) {
        held.push_back(std::make_unique<RawConnection>());
        QVERIFY(held.back()->open(m_server.port(), QStringLiteral("127.0.0.9")));
    }
    // The 61st from that address gets no answer; another address is served.
    QCOMPARE(exchange(request("GET", "/api/v1/health"), QStringLiteral("127.0.0.9")).status, 0);
    QCOMPARE(exchange(request("GET", "/api/v1/health"), QStringLiteral("127.0.0.10")).status, 200);
}

void TestServerHostile::wrongPasswordsMakeTheNextAttemptWait()
{
    const QString from = QStringLiteral("127.0.0.20");
    for (int i = 0; i < 6; ++i)
        QCOMPARE(exchange(request("POST", "/api/v1/auth/login", loginBody("victim", "wrong password")), from).status, 401);
    // The seventh, even with the right password and from another address, must wait.
    HttpReply reply = exchange(request("POST", "/api/v1/auth/login", loginBody("victim", kPassword)),
        QStringLiteral("127.0.0.21"));
    QCOMPARE(reply.status, 429);
    const int retry = reply.header("retry-after").toInt();
    QVERIFY2(retry >= 1 && retry <= 30, reply.header("retry-after").constData());
    QVERIFY(m_server.waitForLog("sign-in refused for victim"));
    // Another user is not held back by the victim's count.
    QCOMPARE(exchange(request("POST", "/api/v1/auth/login", loginBody("coord", kPassword))).status, 200);
}

void TestServerHostile::aUserNameCannotForgeALogLine()
{
    const HttpReply reply = exchange(request(
        "POST", "/api/v1/auth/login", loginBody("eve\nexpertdesk.server: GET /forged 200", "wrong password")));
    QCOMPARE(reply.status, 401);
    QVERIFY(m_server.waitForLog("failed sign-in for eve\\x0aexpertdesk.server: GET /forged 200"));
    const QByteArray log = m_server.log();
    for (const QByteArray &line : log.split('\n'))
        QVERIFY2(!line.startsWith("expertdesk.server: GET /forged"), line.constData());
}

void TestServerHostile::smallRefusals()
{
    const QByteArray auth = "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    QCOMPARE(exchange(request("GET", "/api/v1/conflicts?status=bogus", {}, auth)).status, 400);
    QCOMPARE(exchange(request("GET", "/api/v1/conflicts?status=all", {}, auth)).status, 200);
    QCOMPARE(exchange(request("POST", "/api/v1/conflicts/resolve", R"({"id":{}})", auth)).status, 400);
    QCOMPARE(exchange(request("GET", "/api/v1/auth/me", {}, auth + "X-ExpertDesk-Schema-Version: abc\r\n")).status, 400);
    QCOMPARE(exchange(request("DELETE", "/api/v1/sync/push", {}, auth)).status, 405);
    const QJsonObject badId { { "client_id", "c1" }, { "schema_version", 1 },
        { "mutations", QJsonArray { QJsonObject { { "mutation_id", "m1" }, { "client_seq", 1 },
                           { "table_name", "institutions" }, { "row_id", QString("x") + QChar(0xd800) },
                           { "op", "insert" }, { "changes", QJsonObject {} }, { "base_version", 0 },
                           { "hlc", "0001795334400000:00000:c1" } } } } };
    QCOMPARE(exchange(request("POST", "/api/v1/sync/push", QJsonDocument(badId).toJson(), auth)).status, 400);
    // Logout with no body signs the token out: 204, and the token no longer works.
    QCOMPARE(exchange("POST /api/v1/auth/logout HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n").status, 204);
    QCOMPARE(exchange(request("GET", "/api/v1/auth/me", {}, auth)).status, 401);
}

void TestServerHostile::memoryStaysBounded()
{
    // Every attack above ran against this one process: its peak stays well under 300 MB.
    const double peak = serverMemoryMiB(m_server.pid(), "VmHWM");
    qInfo("server peak resident memory: %.0f MiB", peak);
    QVERIFY(peak > 0);
    QVERIFY2(peak < 300, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_server_hostile.moc"
