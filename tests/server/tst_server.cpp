// End-to-end tests of expertdesk-server: the real binary on a free loopback port, users made
// with its CLI, HTTP from QNetworkAccessManager. With EXPERTDESK_TEST_PG=1 the same suite runs
// against a throwaway PostgreSQL cluster instead of SQLite.
#include "PgCluster.h"
#include "ServerFixture.h"
#include "domain/Schema.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

using namespace ed::sync;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hlcAt(qint64 offsetMs, const QString &node)
{
    return QStringLiteral("%1:%2:%3")
        .arg(QDateTime::currentMSecsSinceEpoch() + offsetMs, 13, 10, QLatin1Char('0'))
        .arg(0, 5, 10, QLatin1Char('0'))
        .arg(node);
}

// {field: {old, new}} from (field, old, new) triples.
QJsonObject changes(std::initializer_list<std::tuple<const char *, QJsonValue, QJsonValue>> list)
{
    QJsonObject object;
    for (const auto &[field, oldValue, newValue] : list)
        object.insert(
            QLatin1String(field), QJsonObject { { "old", oldValue }, { "new", newValue } });
    return object;
}

// A client replica: its id, its client_seq counter and its HLC node.
struct Client {
    QString id = newId();
    qint64 seq = 0;

    QJsonObject mutation(const QString &table, const QString &row, const QString &op,
        const QJsonObject &changeSet, qint64 base, qint64 hlcOffsetMs = 0)
    {
        return { { "mutation_id", newId() }, { "client_seq", ++seq }, { "table_name", table },
            { "row_id", row }, { "op", op }, { "changes", changeSet }, { "base_version", base },
            { "hlc", hlcAt(hlcOffsetMs, id) } };
    }
    QJsonObject push(const QJsonArray &mutations, int schema = 1) const
    {
        return { { "client_id", id }, { "schema_version", schema }, { "mutations", mutations } };
    }
};

QJsonObject institution(const QString &name)
{
    return changes({ { "name", QJsonValue(), name }, { "type", QJsonValue(), "hospital" },
        { "country", QJsonValue(), "PK" } });
}

QJsonObject expert(const QString &email)
{
    return changes({ { "name", QJsonValue(), "Amina Diallo" },
        { "nationality", QJsonValue(), "SN" }, { "country", QJsonValue(), "SN" },
        { "email", QJsonValue(), email }, { "sectors", QJsonValue(), QJsonArray { "BME" } },
        { "status", QJsonValue(), "active" } });
}

} // namespace

class TestServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void loginAndRefresh();
    void tokenExpiry();
    void unauthorized();
    void managerReadsOnly();
    void translatorLimits();
    void payloadTooLarge();
    void badRequests();
    void schemaVersionOutOfRange();
    void pushPullRoundTrip();
    void repeatedPushIsDeduplicated();
    void repeatsWithinARequestAndWideRangesAreDeduplicated();
    void anotherAccountCannotPreemptAClientsChanges();
    void aReusedClientSeqWithANewMutationIsApplied();
    void rememberedAnswersSurviveTheDedupMigration();
    void answersInTheRequestedLanguage();
    void storageFailureRefusesOnlyThatMutation();
    void concurrentEditsToDifferentFieldsBothSurvive();
    void sameLowStakesFieldLastWriterWins();
    void sameCriticalFieldRecordsConflict();
    void deleteVersusEdit();
    void futureHlcIsClamped();
    void pullPagesWithCursor();
    void digestMatchesPulledRows();
    void epochChangeAnswers410();
    void fullPushThroughput();
    void secondServerOnTheSamePortIsRefused();
    void pullRowsFormat();

private:
    ServerBackend newBackend();
    QString login(ServerProcess &server, const QString &user);
    QJsonObject pushOne(const QString &token, Client &client, const QJsonObject &mutation);
    QJsonObject pulledRow(const QString &token, const QString &table, const QString &id);
    qint64 lastChangeSeq(const QString &token);

    std::unique_ptr<PgCluster> m_pg;
    int m_databases = 0;
    QTemporaryDir m_dir;
    ServerBackend m_backend;
    ServerProcess m_server;
    QString m_coordinator, m_coordinator2, m_translator, m_manager;
};

ServerBackend TestServer::newBackend()
{
    const QString name = QStringLiteral("server%1").arg(++m_databases);
    if (m_pg) {
        if (!m_pg->createDatabase(name))
            return {};
        return { { QStringLiteral("--pg"), m_pg->connInfo(name) }, {} };
    }
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    return { { QStringLiteral("--db"), path }, path };
}

void TestServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("EXPERTDESK_TEST_PG") == 1) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("EXPERTDESK_TEST_PG=1 but the Qt PostgreSQL driver is missing (libqt6sql6-psql)");
        if (geteuid() != 0)
            QSKIP("EXPERTDESK_TEST_PG=1 needs root to run PostgreSQL as the postgres user");
        m_pg = std::make_unique<PgCluster>();
        QString error;
        bool started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt)
            started = m_pg->start(freeLoopbackPort(), &error);
        QVERIFY2(started, qPrintable(error));
        qInfo("running against PostgreSQL");
    }
    m_backend = newBackend();
    QVERIFY(!m_backend.arguments.isEmpty());
    for (const auto &[name, role] :
        { std::pair { "coord", "coordinator" }, std::pair { "coord2", "coordinator" },
            std::pair { "trans", "translator" }, std::pair { "mgr", "manager" } }) {
        QCOMPARE(runServerCli(
                     m_backend, { "user", "add", name, "--role", role }, kPassword.toUtf8() + "\n"),
            0);
    }
    // A short password and an unknown role are refused.
    QCOMPARE(
        runServerCli(m_backend, { "user", "add", "shorty", "--role", "coordinator" }, "short\n"),
        1);
    QCOMPARE(runServerCli(m_backend, { "user", "add", "boss", "--role", "emperor" },
                 kPassword.toUtf8() + "\n"),
        2);
    QVERIFY(m_server.start(m_backend));
    m_coordinator = login(m_server, "coord");
    m_coordinator2 = login(m_server, "coord2");
    m_translator = login(m_server, "trans");
    m_manager = login(m_server, "mgr");
    QVERIFY(!m_coordinator.isEmpty() && !m_translator.isEmpty() && !m_manager.isEmpty());
}

void TestServer::cleanupTestCase()
{
    m_server.stop();
    if (m_pg)
        m_pg->stop();
}

QString TestServer::login(ServerProcess &server, const QString &user)
{
    const HttpReply reply
        = server.post("/api/v1/auth/login", { { "user", user }, { "password", kPassword } });
    return reply.json().value("token").toString();
}

QJsonObject TestServer::pushOne(const QString &token, Client &client, const QJsonObject &mutation)
{
    const HttpReply reply = m_server.post("/api/v1/sync/push", client.push({ mutation }), token);
    if (reply.status != 200)
        qWarning("push answered %d: %s", reply.status, reply.body.constData());
    return reply.json().value("results").toArray().at(0).toObject();
}

QJsonObject TestServer::pulledRow(const QString &token, const QString &table, const QString &id)
{
    qint64 cursor = 0;
    for (;;) {
        const HttpReply reply = m_server.get(
            QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=1000").arg(cursor), token);
        const QJsonObject page = reply.json();
        for (const QJsonValue &change : page.value("changes").toArray()) {
            if (change["table_name"] == table && change["id"] == id)
                return change.toObject(); // only the current state of a row is ever sent
        }
        if (!page.value("has_more").toBool())
            return {};
        cursor = page.value("next_cursor").toInteger();
    }
}

qint64 TestServer::lastChangeSeq(const QString &token)
{
    return m_server.get("/api/v1/sync/digest", token).json().value("last_change_seq").toInteger();
}

void TestServer::health()
{
    const HttpReply reply = m_server.get("/api/v1/health");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("status").toString(), QString("ok"));
    QVERIFY(reply.json().value("schema_max").toInt() >= 1);
    QCOMPARE(m_server.send("DELETE", "/api/v1/health").status, 405);
    QCOMPARE(m_server.get("/api/v1/nothing-here").status, 404);
}

void TestServer::loginAndRefresh()
{
    HttpReply reply
        = m_server.post("/api/v1/auth/login", { { "user", "coord" }, { "password", kPassword } });
    QCOMPARE(reply.status, 200);
    const QJsonObject tokens = reply.json();
    QCOMPARE(tokens.value("role").toString(), QString("coordinator"));
    QVERIFY(tokens.value("token").toString().size() >= 40);
    QVERIFY(QDateTime::fromString(tokens.value("expires_at").toString(), Qt::ISODate)
        > QDateTime::currentDateTimeUtc());

    QCOMPARE(
        m_server
            .post("/api/v1/auth/login", { { "user", "coord" }, { "password", "wrong password" } })
            .status,
        401);
    QCOMPARE(
        m_server.post("/api/v1/auth/login", { { "user", "nobody" }, { "password", kPassword } })
            .status,
        401);

    reply = m_server.post(
        "/api/v1/auth/refresh", { { "refresh_token", tokens.value("refresh_token") } });
    QCOMPARE(reply.status, 200);
    const QString fresh = reply.json().value("token").toString();
    QVERIFY(fresh != tokens.value("token").toString());
    QCOMPARE(
        m_server.get("/api/v1/auth/me", fresh).json().value("user").toString(), QString("coord"));
    // A refresh token works once.
    QCOMPARE(
        m_server
            .post("/api/v1/auth/refresh", { { "refresh_token", tokens.value("refresh_token") } })
            .status,
        401);
    // Logging out ends the token.
    QCOMPARE(m_server.send("POST", "/api/v1/auth/logout", {}, fresh).status, 204);
    QCOMPARE(m_server.get("/api/v1/auth/me", fresh).status, 401);
}

void TestServer::tokenExpiry()
{
    ServerProcess shortLived;
    QProcessEnvironment environment = serverEnvironment();
    environment.insert("EXPERTDESK_TOKEN_TTL", "1");
    QVERIFY(shortLived.start(m_backend, {}, environment));
    const QJsonObject tokens
        = shortLived.post("/api/v1/auth/login", { { "user", "coord" }, { "password", kPassword } })
              .json();
    const QString token = tokens.value("token").toString();
    QCOMPARE(shortLived.get("/api/v1/auth/me", token).status, 200);
    QTest::qWait(1300);
    const HttpReply expired = shortLived.get("/api/v1/sync/pull", token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.header("WWW-Authenticate"), QByteArray("Bearer"));
    const HttpReply refreshed = shortLived.post(
        "/api/v1/auth/refresh", { { "refresh_token", tokens.value("refresh_token") } });
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(
        shortLived.get("/api/v1/auth/me", refreshed.json().value("token").toString()).status, 200);
}

void TestServer::unauthorized()
{
    QCOMPARE(m_server.get("/api/v1/sync/pull").status, 401);
    QCOMPARE(m_server.get("/api/v1/sync/pull", "not-a-token").status, 401);
    Client client;
    QCOMPARE(m_server.post("/api/v1/sync/push", client.push({})).status, 401);
    QCOMPARE(m_server.get("/api/v1/sync/digest").json().value("error").toString(),
        QString("unauthorized"));
}

void TestServer::managerReadsOnly()
{
    Client client;
    const HttpReply push = m_server.post("/api/v1/sync/push",
        client.push({ client.mutation("institutions", newId(), "insert", institution("X"), 0) }),
        m_manager);
    QCOMPARE(push.status, 403);
    QCOMPARE(push.json().value("error").toString(), QString("forbidden"));
    QCOMPARE(m_server.get("/api/v1/sync/pull", m_manager).status, 200);
    QCOMPARE(m_server.get("/api/v1/sync/digest", m_manager).status, 200);
    QCOMPARE(m_server.post("/api/v1/conflicts/resolve", { { "id", "x" } }, m_manager).status, 403);
}

void TestServer::translatorLimits()
{
    Client coordinator, translator;
    const QString id = newId();
    QCOMPARE(pushOne(m_coordinator, coordinator,
                 coordinator.mutation("institutions", id, "insert", institution("Hôpital"), 0))
                 .value("status")
                 .toString(),
        QString("applied"));
    const qint64 version = pulledRow(m_translator, "institutions", id).value("version").toInteger();

    // name is translatable: allowed.
    QJsonObject result = pushOne(m_translator, translator,
        translator.mutation(
            "institutions", id, "update", changes({ { "name", "Hôpital", "Hospital" } }), version));
    QCOMPARE(result.value("status").toString(), QString("applied"));
    // country is not: this mutation is refused, and it does not block the ones after it.
    result = pushOne(m_translator, translator,
        translator.mutation(
            "institutions", id, "update", changes({ { "country", "PK", "MA" } }), version));
    QCOMPARE(result.value("status").toString(), QString("rejected"));
    QCOMPARE(result.value("error").toString(), QString("forbidden"));
    QVERIFY(result.value("reason").toString().contains("translatable"));
    result = pushOne(m_translator, translator,
        translator.mutation("institutions", newId(), "insert", institution("Y"), 0));
    QCOMPARE(result.value("error").toString(), QString("forbidden"));
    QCOMPARE(pulledRow(m_translator, "institutions", id)["fields"].toObject()["country"].toString(),
        QString("PK"));

    if (ed::Schema::find("translations")) {
        const QJsonObject translation = changes({ { "record_table", QJsonValue(), "institutions" },
            { "record_id", QJsonValue(), id }, { "field", QJsonValue(), "name" },
            { "language", QJsonValue(), "fr" }, { "text", QJsonValue(), "Hôpital Aga Khan" } });
        result = pushOne(m_translator, translator,
            translator.mutation("translations", newId(), "insert", translation, 0));
        QCOMPARE(result.value("status").toString(), QString("applied"));
    }
}

void TestServer::payloadTooLarge()
{
    const QByteArray big(5 * 1024 * 1024, 'x');
    const HttpReply reply = m_server.send("POST", "/api/v1/sync/push", big, m_coordinator);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value("error").toString(), QString("payload_too_large"));
    // The server is still well after refusing it.
    QCOMPARE(m_server.get("/api/v1/health").status, 200);
}

void TestServer::badRequests()
{
    HttpReply reply = m_server.send("POST", "/api/v1/sync/push", "{not json", m_coordinator);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("error").toString(), QString("bad_request"));

    Client client;
    QJsonObject noClient = client.push({});
    noClient.remove("client_id");
    QCOMPARE(m_server.post("/api/v1/sync/push", noClient, m_coordinator).status, 400);

    QJsonArray tooMany;
    for (int i = 0; i < 201; ++i)
        tooMany.append(client.mutation("institutions", newId(), "insert", institution("X"), 0));
    reply = m_server.post("/api/v1/sync/push", client.push(tooMany), m_coordinator);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json().value("message").toString().contains("200"));

    // A bad field value rejects that mutation with a message naming the field.
    QJsonObject fields = institution("X");
    fields.insert(
        "focal_email", QJsonObject { { "old", QJsonValue() }, { "new", "not an address" } });
    QJsonObject result = pushOne(
        m_coordinator, client, client.mutation("institutions", newId(), "insert", fields, 0));
    QCOMPARE(result.value("status").toString(), QString("rejected"));
    QCOMPARE(result.value("error").toString(), QString("invalid"));
    QVERIFY2(result.value("reason").toString().startsWith("focal_email"),
        qPrintable(result.value("reason").toString()));
    // Unknown country, unknown table, a need pointing at nothing.
    result = pushOne(m_coordinator, client,
        client.mutation("institutions", newId(), "insert",
            changes({ { "name", QJsonValue(), "X" }, { "type", QJsonValue(), "lab" },
                { "country", QJsonValue(), "US" } }),
            0));
    QCOMPARE(result.value("status").toString(), QString("rejected"));
    result = pushOne(m_coordinator, client,
        client.mutation("sqlite_master", newId(), "insert", institution("X"), 0));
    QCOMPARE(result.value("error").toString(), QString("unknown_table"));
    result = pushOne(m_coordinator, client,
        client.mutation("needs", newId(), "insert",
            changes(
                { { "institution_id", QJsonValue(), newId() }, { "sector", QJsonValue(), "BME" },
                    { "title", QJsonValue(), "T" }, { "service_type", QJsonValue(), "training" } }),
            0));
    QCOMPARE(result.value("status").toString(), QString("rejected"));
    QVERIFY(result.value("reason").toString().startsWith("institution_id"));

    QCOMPARE(m_server.get("/api/v1/sync/pull?cursor=-3", m_coordinator).status, 400);
    QCOMPARE(m_server.get("/api/v1/sync/pull?limit=100000", m_coordinator).status, 400);
}

void TestServer::schemaVersionOutOfRange()
{
    Client client;
    HttpReply reply = m_server.post("/api/v1/sync/push", client.push({}, 999), m_coordinator);
    QCOMPARE(reply.status, 426);
    QCOMPARE(reply.json().value("error").toString(), QString("upgrade_required"));
    QVERIFY(reply.json().value("message").toString().contains("999"));
    reply = m_server.get("/api/v1/sync/pull", m_coordinator, { { kSchemaVersionHeader, "999" } });
    QCOMPARE(reply.status, 426);
    reply = m_server.get("/api/v1/sync/pull", m_coordinator, { { kSchemaVersionHeader, "1" } });
    QCOMPARE(reply.status, 200);
}

void TestServer::pushPullRoundTrip()
{
    Client client;
    const qint64 before = lastChangeSeq(m_coordinator);
    const QString institutionId = newId(), expertId = newId();
    const HttpReply reply = m_server.post("/api/v1/sync/push",
        client.push({ client.mutation("institutions", institutionId, "insert",
                          institution("Aga Khan University"), 0),
            client.mutation("experts", expertId, "insert", expert("amina@example.org"), 0) }),
        m_coordinator);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value("results").toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &result : results) {
        QCOMPARE(result["status"].toString(), QString("applied"));
        QVERIFY(result["change_seq"].toInteger() > before);
        QCOMPARE(result["server_version"].toInteger(), result["change_seq"].toInteger());
    }
    const HttpReply pull
        = m_server.get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(before), m_coordinator2);
    QCOMPARE(pull.status, 200);
    const QJsonObject page = pull.json();
    QCOMPARE(page.value("changes").toArray().size(), 2);
    QCOMPARE(page.value("next_cursor").toInteger(), results.at(1)["change_seq"].toInteger());
    QVERIFY(!page.value("epoch").toString().isEmpty());
    const QJsonObject row = page.value("changes").toArray().at(1).toObject();
    QCOMPARE(row.value("id").toString(), expertId);
    QCOMPARE(row["fields"].toObject()["email"].toString(), QString("amina@example.org"));
    QCOMPARE(row["fields"].toObject()["sectors"].toArray(), QJsonArray { "BME" });
    QCOMPARE(row["created_by"].toString(), QString("coord"));
    QVERIFY(row["field_hlc"].toObject()["email"].toString().endsWith(client.id));
}

void TestServer::repeatedPushIsDeduplicated()
{
    Client client;
    const QString id = newId();
    // An applied mutation and a rejected one (its reason quotes the bad value): both answers
    // come back the same from the de-dup store as they did the first time.
    const QJsonObject invalid = changes({ { "name", QJsonValue(), "Nowhere" },
        { "type", QJsonValue(), "hospital" }, { "country", QJsonValue(), "XX" } });
    const QJsonObject body
        = client.push({ client.mutation("institutions", id, "insert", institution("Once"), 0),
            client.mutation("institutions", newId(), "insert", invalid, 0) });
    const HttpReply first = m_server.post("/api/v1/sync/push", body, m_coordinator);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json()["results"].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(1)["status"].toString(), QString("rejected"));
    QVERIFY2(results.at(1)["reason"].toString().contains("\"XX\""), qPrintable(results.at(1)["reason"].toString()));
    const qint64 seq = lastChangeSeq(m_coordinator);
    const HttpReply again = m_server.post("/api/v1/sync/push", body, m_coordinator);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(lastChangeSeq(m_coordinator), seq); // nothing applied twice
    QCOMPARE(pulledRow(m_coordinator, "institutions", id)["fields"].toObject()["name"].toString(),
        QString("Once"));
}

void TestServer::anotherAccountCannotPreemptAClientsChanges()
{
    // A translator reads a coordinator's client id (field_hlc names it) and pushes junk under it
    // with the numbers the coordinator's copy will use next. The coordinator's real changes must
    // still be applied, and the translator's own repeat still gets its own answer.
    Client coordinator;
    Client impostor;
    impostor.id = coordinator.id;
    QJsonArray junk;
    for (int i = 0; i < 3; ++i)
        junk.append(impostor.mutation("institutions", newId(), "insert", institution("Junk"), 0));
    const QJsonObject junkPush = impostor.push(junk);
    const HttpReply poisoned = m_server.post("/api/v1/sync/push", junkPush, m_translator);
    QCOMPARE(poisoned.status, 200);
    for (const QJsonValue &result : poisoned.json()["results"].toArray())
        QCOMPARE(result["status"].toString(), QString("rejected")); // translators add no rows

    const QString id = newId();
    const QJsonObject real
        = coordinator.push({ coordinator.mutation("institutions", id, "insert", institution("Real"), 0),
            coordinator.mutation("institutions", newId(), "insert", institution("Real 2"), 0) });
    const HttpReply answer = m_server.post("/api/v1/sync/push", real, m_coordinator);
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.json()["results"].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)["status"].toString(), QString("applied"));
    QCOMPARE(results.at(1)["status"].toString(), QString("applied"));
    QCOMPARE(results.at(0)["mutation_id"], real["mutations"].toArray().at(0)["mutation_id"]);
    QCOMPARE(pulledRow(m_coordinator, "institutions", id)["fields"].toObject()["name"].toString(),
        QString("Real"));
    // Each account's repeat is answered from its own remembered answers, nothing applied twice.
    const qint64 seq = lastChangeSeq(m_coordinator);
    QCOMPARE(m_server.post("/api/v1/sync/push", real, m_coordinator).json(), answer.json());
    QCOMPARE(m_server.post("/api/v1/sync/push", junkPush, m_translator).json(), poisoned.json());
    QCOMPARE(lastChangeSeq(m_coordinator), seq);
    // The translator replaying the coordinator's request does not get the coordinator's answers
    // as its own: its mutations are judged for what it may do (refused: translators add no rows).
    const HttpReply replayed = m_server.post("/api/v1/sync/push", real, m_translator);
    QCOMPARE(replayed.json()["results"].toArray().at(0)["status"].toString(), QString("rejected"));
    QCOMPARE(lastChangeSeq(m_coordinator), seq);
}

void TestServer::aReusedClientSeqWithANewMutationIsApplied()
{
    // A copy restored from an old backup numbers new changes with numbers it used before: a
    // different mutation under a remembered number is a new change, not a repeat.
    Client client;
    const QJsonObject first = client.mutation("institutions", newId(), "insert", institution("First"), 0);
    QCOMPARE(m_server.post("/api/v1/sync/push", client.push({ first }), m_coordinator).status, 200);
    client.seq = 0;
    const QString id = newId();
    const QJsonObject reused = client.mutation("institutions", id, "insert", institution("Second"), 0);
    QCOMPARE(reused["client_seq"], first["client_seq"]);
    const HttpReply reply = m_server.post("/api/v1/sync/push", client.push({ reused }), m_coordinator);
    QCOMPARE(reply.json()["results"].toArray().at(0)["status"].toString(), QString("applied"));
    QCOMPARE(pulledRow(m_coordinator, "institutions", id)["fields"].toObject()["name"].toString(),
        QString("Second"));
}

void TestServer::rememberedAnswersSurviveTheDedupMigration()
{
    if (m_pg)
        QSKIP("the file is edited back to schema 1 through SQLite; PostgreSQL runs the same "
              "migration SQL on every new database of this suite");
    // A store written by schema 1 (dedup keyed on client id and number) is upgraded: its
    // remembered answers go to the account that wrote under that client id, so a repeat after
    // the upgrade is still answered, not applied twice.
    const ServerBackend backend = newBackend();
    QCOMPARE(runServerCli(backend, { "user", "add", "early", "--role", "coordinator" },
                 kPassword.toUtf8() + "\n"),
        0);
    ServerProcess server;
    QVERIFY(server.start(backend));
    QString token = login(server, "early");
    Client client;
    const QJsonObject body
        = client.push({ client.mutation("institutions", newId(), "insert", institution("Kept"), 0) });
    const HttpReply first = server.post("/api/v1/sync/push", body, token);
    QCOMPARE(first.json()["results"].toArray().at(0)["status"].toString(), QString("applied"));
    server.stop();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(backend.sqlitePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement :
            { "CREATE TABLE dedup_v1 (client_id TEXT NOT NULL, client_seq BIGINT NOT NULL, "
              "mutation_id TEXT NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL, "
              "PRIMARY KEY (client_id, client_seq))",
                "INSERT INTO dedup_v1 SELECT client_id, client_seq, mutation_id, response, "
                "created_at FROM dedup",
                "DROP TABLE dedup", "ALTER TABLE dedup_v1 RENAME TO dedup",
                "UPDATE meta SET value = '1' WHERE key = 'schema_version'" })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM dedup"), db);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    QVERIFY(server.start(backend));
    token = login(server, "early");
    const qint64 seqBefore = server.get("/api/v1/sync/pull?cursor=0&limit=500", token)
                                 .json()["next_cursor"]
                                 .toInteger();
    QCOMPARE(server.post("/api/v1/sync/push", body, token).json(), first.json());
    QCOMPARE(server.get("/api/v1/sync/pull?cursor=0&limit=500", token).json()["next_cursor"].toInteger(),
        seqBefore);
}

void TestServer::repeatsWithinARequestAndWideRangesAreDeduplicated()
{
    // The same client_seq twice in one request: the second gets the first's answer. A request
    // whose numbers lie far apart (answers looked up one by one) de-duplicates too.
    Client client;
    const QString id = newId();
    const QJsonObject insert = client.mutation("institutions", id, "insert", institution("Twice"), 0);
    const HttpReply twice = m_server.post("/api/v1/sync/push", client.push({ insert, insert }), m_coordinator);
    QCOMPARE(twice.status, 200);
    const QJsonArray answers = twice.json()["results"].toArray();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0)["status"].toString(), QString("applied"));
    QCOMPARE(answers.at(1), answers.at(0));
    const qint64 seq = lastChangeSeq(m_coordinator);

    QJsonObject far = client.mutation("institutions", newId(), "insert", institution("Far"), 0);
    far["client_seq"] = 1000000;
    const QJsonObject wide = client.push({ insert, far });
    const HttpReply first = m_server.post("/api/v1/sync/push", wide, m_coordinator);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()["results"].toArray().at(0), answers.at(0)); // remembered
    QCOMPARE(lastChangeSeq(m_coordinator), seq + 1); // only "Far" is new
    const HttpReply again = m_server.post("/api/v1/sync/push", wide, m_coordinator);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(lastChangeSeq(m_coordinator), seq + 1);
}

void TestServer::answersInTheRequestedLanguage()
{
    // A refusal reaches the user (failed changes, error messages): it comes in the language the
    // client asks for, whichever language the worker thread answered in before.
    const auto refusal = [this](const QByteArray &language) {
        Client client;
        const QJsonObject bad = changes({ { "name", QJsonValue(), "Nowhere" },
            { "type", QJsonValue(), "hospital" }, { "country", QJsonValue(), "XX" } });
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!language.isEmpty())
            headers.append({ "Accept-Language", language });
        const HttpReply reply = m_server.send("POST", "/api/v1/sync/push",
            QJsonDocument(client.push({ client.mutation("institutions", newId(), "insert", bad, 0) }))
                .toJson(QJsonDocument::Compact),
            m_coordinator, headers);
        return reply.json()["results"].toArray().at(0)["reason"].toString();
    };
    for (int round = 0; round < 2; ++round) { // the same worker threads, languages interleaved
        QVERIFY2(refusal("fr-FR,fr;q=0.9").contains(QString::fromUtf8("n'est pas le code ISO")), qPrintable(refusal("fr-FR")));
        QVERIFY(refusal("ar-EG").contains(QString::fromUtf8("ليس رمز ISO")));
        QVERIFY(refusal("").contains("is not the ISO code"));
        QVERIFY(refusal("de-DE, en;q=0.5").contains("is not the ISO code"));
    }
    const HttpReply missing = m_server.get("/api/v1/nothing-here", {}, { { "Accept-Language", "ar" } });
    QCOMPARE(missing.status, 404);
    QVERIFY2(missing.json()["message"].toString().contains(QString::fromUtf8("لا توجد نقطة نهاية")),
        qPrintable(missing.json()["message"].toString()));
}

void TestServer::storageFailureRefusesOnlyThatMutation()
{
    if (m_backend.sqlitePath.isEmpty())
        QSKIP("the failure is injected with a SQLite trigger in the server's file");
    // The request first runs without savepoints; the failure undoes it and it runs again with
    // one savepoint per mutation: the others are stored, the failed one is refused and not
    // remembered, and change_seq has no gap.
    Client client;
    const QString good1 = newId(), boom = newId(), good2 = newId();
    const QJsonObject body = client.push({
        client.mutation("institutions", good1, "insert", institution("Stored 1"), 0),
        client.mutation("institutions", boom, "insert", institution("Cannot be stored"), 0),
        client.mutation("institutions", good2, "insert", institution("Stored 2"), 0) });
    const auto injected = [&](const QString &statement) {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inject");
        db.setDatabaseName(m_backend.sqlitePath);
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=10000");
        bool ok = db.open();
        {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("inject");
        return ok;
    };
    QVERIFY(injected(QStringLiteral("CREATE TRIGGER inject_failure BEFORE INSERT ON records "
                                    "WHEN NEW.id = '%1' BEGIN SELECT RAISE(ABORT, 'injected'); END")
                         .arg(boom)));
    const qint64 before = lastChangeSeq(m_coordinator);
    const HttpReply first = m_server.post("/api/v1/sync/push", body, m_coordinator);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json()["results"].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0)["status"].toString(), QString("applied"));
    QCOMPARE(results.at(1)["status"].toString(), QString("rejected"));
    QCOMPARE(results.at(1)["error"].toString(), QString("internal"));
    QCOMPARE(results.at(2)["status"].toString(), QString("applied"));
    QCOMPARE(lastChangeSeq(m_coordinator), before + 2);
    QCOMPARE(results.at(2)["change_seq"].toInteger(), before + 2);

    QVERIFY(injected(QStringLiteral("DROP TRIGGER inject_failure")));
    const HttpReply again = m_server.post("/api/v1/sync/push", body, m_coordinator);
    QCOMPARE(again.status, 200);
    const QJsonArray retried = again.json()["results"].toArray();
    QCOMPARE(retried.at(0), results.at(0)); // remembered
    QCOMPARE(retried.at(1)["status"].toString(), QString("applied")); // not remembered: stored now
    QCOMPARE(retried.at(2), results.at(2));
    QCOMPARE(lastChangeSeq(m_coordinator), before + 3);
    QCOMPARE(pulledRow(m_coordinator, "institutions", boom)["fields"].toObject()["name"].toString(),
        QString("Cannot be stored"));
}

void TestServer::concurrentEditsToDifferentFieldsBothSurvive()
{
    Client a, b;
    const QString id = newId();
    const qint64 base = pushOne(
        m_coordinator, a, a.mutation("institutions", id, "insert", institution("Both"), 0))
                            .value("server_version")
                            .toInteger();
    QJsonObject result = pushOne(m_coordinator2, b,
        b.mutation(
            "institutions", id, "update", changes({ { "city", QJsonValue(), "Karachi" } }), base));
    QCOMPARE(result.value("status").toString(), QString("applied"));
    result = pushOne(m_coordinator, a,
        a.mutation("institutions", id, "update",
            changes({ { "focal_name", QJsonValue(), "Dr. Khan" } }), base));
    QCOMPARE(result.value("status").toString(), QString("merged"));
    const QJsonObject row = pulledRow(m_coordinator, "institutions", id);
    QCOMPARE(row["fields"].toObject()["city"].toString(), QString("Karachi"));
    QCOMPARE(row["fields"].toObject()["focal_name"].toString(), QString("Dr. Khan"));
}

void TestServer::sameLowStakesFieldLastWriterWins()
{
    Client a, b, c;
    const QString id = newId();
    const qint64 base
        = pushOne(m_coordinator, a, a.mutation("institutions", id, "insert", institution("LWW"), 0))
              .value("server_version")
              .toInteger();
    // b edits later (by HLC) than a, but a's change reaches the server last: b still wins.
    QCOMPARE(pushOne(m_coordinator2, b,
                 b.mutation("institutions", id, "update",
                     changes({ { "notes", QJsonValue(), "from b" } }), base, 2000))
                 .value("status")
                 .toString(),
        QString("applied"));
    QJsonObject result = pushOne(m_coordinator, a,
        a.mutation("institutions", id, "update", changes({ { "notes", QJsonValue(), "from a" } }),
            base, -2000));
    QCOMPARE(result.value("status").toString(), QString("merged"));
    QCOMPARE(pulledRow(m_coordinator, "institutions", id)["fields"].toObject()["notes"].toString(),
        QString("from b"));
    // c is later than both: it wins, and b's text goes to field history.
    result = pushOne(m_coordinator, c,
        c.mutation("institutions", id, "update", changes({ { "notes", QJsonValue(), "from c" } }),
            base, 5000));
    QCOMPARE(result.value("status").toString(), QString("merged"));
    QCOMPARE(pulledRow(m_coordinator, "institutions", id)["fields"].toObject()["notes"].toString(),
        QString("from c"));
    if (!m_backend.sqlitePath.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "history");
        db.setDatabaseName(m_backend.sqlitePath);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            query.prepare("SELECT value FROM field_history WHERE row_id = ? AND field = 'notes' "
                          "ORDER BY created_at, value");
            query.addBindValue(id);
            QVERIFY(query.exec());
            QStringList losers;
            while (query.next())
                losers << query.value(0).toString();
            QCOMPARE(losers, (QStringList { "\"from a\"", "\"from b\"" }));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("history");
    }
}

void TestServer::sameCriticalFieldRecordsConflict()
{
    Client a, b;
    const QString id = newId();
    const qint64 base = pushOne(
        m_coordinator, a, a.mutation("experts", id, "insert", expert("conflict@example.org"), 0))
                            .value("server_version")
                            .toInteger();
    QCOMPARE(pushOne(m_coordinator, a,
                 a.mutation("experts", id, "update",
                     changes({ { "status", "active", "inactive" } }), base))
                 .value("status")
                 .toString(),
        QString("applied"));
    const QJsonObject result = pushOne(m_coordinator2, b,
        b.mutation("experts", id, "update", changes({ { "status", "active", "suspended" } }), base,
            10000));
    QCOMPARE(result.value("status").toString(), QString("conflict"));
    QCOMPARE(result.value("conflict_fields").toArray(), QJsonArray { "status" });
    QVERIFY(!result.value("reason").toString().isEmpty());
    // The server kept its value, although b's HLC is later: critical fields never go by clock.
    QCOMPARE(pulledRow(m_coordinator, "experts", id)["fields"].toObject()["status"].toString(),
        QString("inactive"));

    const QJsonArray open
        = m_server.get("/api/v1/conflicts", m_coordinator).json().value("conflicts").toArray();
    QJsonObject found;
    for (const QJsonValue &conflict : open) {
        if (conflict["row_id"].toString() == id)
            found = conflict.toObject();
    }
    QCOMPARE(found.value("field").toString(), QString("status"));
    QCOMPARE(found.value("server_value").toString(), QString("inactive"));
    QCOMPARE(found.value("client_value").toString(), QString("suspended"));
    QCOMPARE(found.value("client_id").toString(), b.id);
    QCOMPARE(found.value("user").toString(), QString("coord2"));
    QVERIFY(found.value("client_hlc").toString().endsWith(b.id));
    QVERIFY(found.value("server_hlc").toString().endsWith(a.id));
    QCOMPARE(
        m_server.post("/api/v1/conflicts/resolve", { { "id", found.value("id") } }, m_coordinator)
            .status,
        200);
    QCOMPARE(
        m_server.post("/api/v1/conflicts/resolve", { { "id", found.value("id") } }, m_coordinator)
            .status,
        404);
}

void TestServer::deleteVersusEdit()
{
    Client a, b;
    // a deletes while b edited: the row stays and a conflict is recorded.
    const QString kept = newId();
    qint64 base = pushOne(
        m_coordinator, a, a.mutation("institutions", kept, "insert", institution("Kept"), 0))
                      .value("server_version")
                      .toInteger();
    QCOMPARE(pushOne(m_coordinator2, b,
                 b.mutation("institutions", kept, "update",
                     changes({ { "notes", QJsonValue(), "still needed" } }), base))
                 .value("status")
                 .toString(),
        QString("applied"));
    QJsonObject result = pushOne(m_coordinator, a,
        a.mutation("institutions", kept, "delete", changes({ { "deleted", false, true } }), base));
    QCOMPARE(result.value("status").toString(), QString("conflict"));
    QCOMPARE(result.value("conflict_fields").toArray(), QJsonArray { "deleted" });
    QCOMPARE(pulledRow(m_coordinator, "institutions", kept)["deleted"].toBool(), false);

    // b edits what a deleted: the tombstone stays and a conflict is recorded.
    const QString gone = newId();
    base = pushOne(
        m_coordinator, a, a.mutation("institutions", gone, "insert", institution("Gone"), 0))
               .value("server_version")
               .toInteger();
    QCOMPARE(pushOne(m_coordinator, a,
                 a.mutation(
                     "institutions", gone, "delete", changes({ { "deleted", false, true } }), base))
                 .value("status")
                 .toString(),
        QString("applied"));
    result = pushOne(m_coordinator2, b,
        b.mutation(
            "institutions", gone, "update", changes({ { "city", QJsonValue(), "Lahore" } }), base));
    QCOMPARE(result.value("status").toString(), QString("conflict"));
    const QJsonObject row = pulledRow(m_coordinator, "institutions", gone);
    QCOMPARE(row["deleted"].toBool(), true);
    QVERIFY(row["fields"].toObject()["city"].isUndefined()
        || row["fields"].toObject()["city"].isNull());
}

void TestServer::futureHlcIsClamped()
{
    Client client;
    const QString id = newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    pushOne(m_coordinator, client,
        client.mutation("institutions", id, "insert", institution("Clock"), 0, 3600 * 1000));
    const QString stored
        = pulledRow(m_coordinator, "institutions", id)["field_hlc"].toObject()["name"].toString();
    const qint64 wall = stored.section(':', 0, 0).toLongLong();
    QVERIFY2(
        wall <= QDateTime::currentMSecsSinceEpoch() + 60000 && wall >= now, qPrintable(stored));
}

void TestServer::pullPagesWithCursor()
{
    Client client;
    const qint64 start = lastChangeSeq(m_coordinator);
    QJsonArray batch;
    for (int i = 0; i < 25; ++i)
        batch.append(client.mutation(
            "institutions", newId(), "insert", institution(QStringLiteral("Page %1").arg(i)), 0));
    QCOMPARE(m_server.post("/api/v1/sync/push", client.push(batch), m_coordinator).status, 200);

    qint64 cursor = start;
    QList<int> pageSizes;
    QSet<QString> ids;
    for (;;) {
        const QJsonObject page
            = m_server
                  .get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=10").arg(cursor),
                      m_coordinator)
                  .json();
        const QJsonArray list = page.value("changes").toArray();
        pageSizes << int(list.size());
        for (const QJsonValue &change : list) {
            QVERIFY(change["version"].toInteger() > cursor);
            ids.insert(change["id"].toString());
        }
        QVERIFY(page.value("next_cursor").toInteger() >= cursor);
        cursor = page.value("next_cursor").toInteger();
        if (!page.value("has_more").toBool())
            break;
    }
    QCOMPARE(pageSizes, (QList<int> { 10, 10, 5 }));
    QCOMPARE(ids.size(), 25);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(cursor), m_coordinator)
                 .json()
                 .value("changes")
                 .toArray()
                 .size(),
        0);
}

void TestServer::digestMatchesPulledRows()
{
    QHash<QString, QList<DigestRow>> replica;
    qint64 cursor = 0;
    for (;;) {
        const QJsonObject page
            = m_server
                  .get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=7").arg(cursor),
                      m_coordinator)
                  .json();
        for (const QJsonValue &value : page.value("changes").toArray()) {
            // A copy's stored form of each pulled field (what its columns would hold).
            const RowChange change = RowChange::fromJson(value.toObject());
            DigestRow row { change.id, change.version, change.deleted, {} };
            QVariantList stored;
            for (const ed::FieldSpec &field : ed::Schema::find(change.table)->fields) {
                const auto it = change.fields.constFind(field.name);
                stored << storedForm(field, it == change.fields.cend() ? nullptr : &*it);
            }
            row.content = digestContent(*ed::Schema::find(change.table), stored);
            replica[change.table] << row;
        }
        cursor = page.value("next_cursor").toInteger();
        if (!page.value("has_more").toBool())
            break;
    }
    const QJsonObject digest = m_server.get("/api/v1/sync/digest", m_coordinator).json();
    QCOMPARE(digest.value("last_change_seq").toInteger(), cursor);
    const QJsonObject tables = digest.value("tables").toObject();
    QVERIFY(tables.contains("institutions"));
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        QCOMPARE(it.value().toObject()["rows"].toInteger(), qint64(replica.value(it.key()).size()));
        QCOMPARE(it.value().toObject()["hash"].toString(), digestHash(replica.value(it.key())));
    }
    QVERIFY(tables.value("institutions").toObject()["live"].toInteger()
        < tables.value("institutions").toObject()["rows"].toInteger());
}

void TestServer::epochChangeAnswers410()
{
    const QJsonObject page = m_server.get("/api/v1/sync/pull", m_coordinator).json();
    const QString epoch = page.value("epoch").toString();
    QCOMPARE(
        m_server.get(QStringLiteral("/api/v1/sync/pull?epoch=%1").arg(epoch), m_coordinator).status,
        200);
    HttpReply gone = m_server.get("/api/v1/sync/pull?epoch=some-other-epoch", m_coordinator);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.json().value("error").toString(), QString("gone"));
    QCOMPARE(gone.json().value("epoch").toString(), epoch);
    gone = m_server.get(
        "/api/v1/sync/pull", m_coordinator, { { kEpochHeader, "some-other-epoch" } });
    QCOMPARE(gone.status, 410);
    // A cursor beyond anything the server has means it lost data (restored from backup).
    QCOMPARE(m_server.get("/api/v1/sync/pull?cursor=99999999", m_coordinator).status, 410);

    // An administrator declares a restore: the epoch changes and old replicas get 410.
    ServerBackend restored = newBackend();
    QCOMPARE(runServerCli(restored, { "user", "add", "admin", "--role", "admin" },
                 kPassword.toUtf8() + "\n"),
        0);
    ServerProcess server;
    QVERIFY(server.start(restored));
    const QString token = login(server, "admin");
    const QString before = server.get("/api/v1/sync/pull", token).json().value("epoch").toString();
    server.stop();
    QByteArray printed;
    QCOMPARE(runServerCli(restored, { "epoch", "reset" }, {}, &printed), 0);
    QVERIFY(server.start(restored));
    const QString after = QString::fromUtf8(printed).trimmed();
    QVERIFY(after != before);
    QCOMPARE(
        server.get(QStringLiteral("/api/v1/sync/pull?epoch=%1").arg(before), token).status, 410);
    QCOMPARE(
        server.get(QStringLiteral("/api/v1/sync/pull?epoch=%1").arg(after), token).status, 200);
}

void TestServer::fullPushThroughput()
{
    Client client;
    QJsonArray batch;
    for (int i = 0; i < 200; ++i)
        batch.append(client.mutation(
            "experts", newId(), "insert", expert(QStringLiteral("e%1@example.org").arg(i)), 0));
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = m_server.post("/api/v1/sync/push", client.push(batch), m_coordinator);
    const qint64 pushMs = timer.elapsed();
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &result : reply.json().value("results").toArray())
        QCOMPARE(result["status"].toString(), QString("applied"));
    timer.restart();
    const HttpReply pull = m_server.get("/api/v1/sync/pull?cursor=0&limit=1000", m_coordinator);
    qInfo("push of 200 inserts: %lld ms; pull of %lld rows: %lld ms (%lld bytes)", pushMs,
        qint64(pull.json().value("changes").toArray().size()), timer.elapsed(),
        qint64(pull.body.size()));
}

void TestServer::secondServerOnTheSamePortIsRefused()
{
    // cpp-httplib's default SO_REUSEPORT let a second server bind the port and take half the
    // connections; now it is told, and exits with code 3.
    const ServerBackend other = newBackend();
    QVERIFY(!other.arguments.isEmpty());
    QCOMPARE(runServerCli(other,
                 { "--listen", QStringLiteral("127.0.0.1:%1").arg(m_server.port()) }),
        3);
    QCOMPARE(m_server.get("/api/v1/health").status, 200);
}

void TestServer::pullRowsFormat()
{
    Client client;
    const QString id = newId();
    QCOMPARE(pushOne(m_coordinator, client,
                 client.mutation("institutions", id, "insert", institution("Rows \"format\""), 0))
                 .value("status")
                 .toString(),
        QString("applied"));
    const qint64 last = lastChangeSeq(m_coordinator);
    const HttpReply reply = m_server.get(
        QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=10&format=rows").arg(last - 1), m_coordinator);
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.json();
    const QJsonArray columns = page.value("columns").toArray();
    QCOMPARE(columns.size(), 10);
    QCOMPARE(columns.at(1).toString(), QString("id"));
    const QJsonArray rows = page.value("rows").toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonArray row = rows.at(0).toArray();
    QCOMPARE(row.size(), columns.size());
    QCOMPARE(row.at(columns.toVariantList().indexOf("id")).toString(), id);
    QCOMPARE(row.at(columns.toVariantList().indexOf("version")).toInteger(), last);
    // fields and field_hlc are the stored objects as JSON text.
    const QJsonObject fields = QJsonDocument::fromJson(
        row.at(columns.toVariantList().indexOf("fields")).toString().toUtf8()).object();
    QCOMPARE(fields.value("name").toString(), QString("Rows \"format\""));
    const QJsonObject hlcs = QJsonDocument::fromJson(
        row.at(columns.toVariantList().indexOf("field_hlc")).toString().toUtf8()).object();
    QVERIFY(hlcs.value("name").toString().contains(':'));
    QCOMPARE(page.value("next_cursor").toInteger(), last);
    QVERIFY(!page.contains("changes"));
    // The default shape is unchanged, and an unknown format is refused.
    QVERIFY(m_server.get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(last - 1), m_coordinator)
                .json()
                .contains("changes"));
    QCOMPARE(m_server.get("/api/v1/sync/pull?cursor=0&format=xml", m_coordinator).status, 400);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
