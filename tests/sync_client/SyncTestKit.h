#pragma once

#include "../server/ServerFixture.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>

constexpr const char *kPassword = "correct horse battery";

// A server on a fresh SQLite store with one coordinator ("amina") and a second one ("karim").
struct TestServerStore {
    QTemporaryDir dir;
    ServerBackend backend;
    ServerProcess process;

    bool start(const QStringList &extra = {})
    {
        backend = { { QStringLiteral("--db"), dir.filePath(QStringLiteral("server.sqlite")) },
            dir.filePath(QStringLiteral("server.sqlite")) };
        for (const char *name : { "amina", "karim" })
            if (runServerCli(backend, { "user", "add", name, "--role", "coordinator" }, QByteArray(kPassword) + "\n") != 0)
                return false;
        return process.start(backend, extra);
    }
    QUrl url() const { return process.url(QString()); }
    QString token(const QString &user = QStringLiteral("amina"))
    {
        return process.post(QStringLiteral("/api/v1/auth/login"), { { "user", user }, { "password", kPassword } })
            .json()
            .value("token")
            .toString();
    }
    QJsonObject digest()
    {
        if (digestToken.isEmpty())
            digestToken = token();
        return process.get(QStringLiteral("/api/v1/sync/digest"), digestToken).json();
    }
    QString digestToken;
};

// One offline-first copy: its own database, repository (on a manual clock at real time, so the
// server does not clamp its HLCs) and sync client.
struct Replica {
    QTemporaryDir dir;
    ed::ManualClock clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<ed::Database> database;
    ed::ReferenceData reference;
    std::unique_ptr<ed::RecordRepository> repository;
    std::unique_ptr<ed::sync::SyncClient> client;

    QString path() const { return dir.filePath(QStringLiteral("replica.sqlite")); }

    // `token` skips the sign-in (Argon2id makes each one cost about a second on a shared CI box).
    bool open(const QUrl &server, const QString &user = QStringLiteral("amina"), const QString &token = {})
    {
        QString error;
        database = std::make_unique<ed::Database>(path());
        if (database->open(&error) != ed::Database::Status::Ok || !reference.load(database->connection(), &error)) {
            qWarning() << error;
            return false;
        }
        repository = std::make_unique<ed::RecordRepository>(*database, reference, clock, user);
        client = std::make_unique<ed::sync::SyncClient>(path(), &clock);
        client->setServer(server, user);
        if (!token.isEmpty()) {
            client->setSession(token, {});
            return true;
        }
        if (!client->login(QString::fromLatin1(kPassword), &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
    ed::sync::SyncReport sync()
    {
        clock.advance(7);
        const ed::sync::SyncReport report = client->sync();
        // The repository keeps its clock in memory; a real app creates it after sync signs in.
        return report;
    }
    QString add(const QString &table, const QVariantMap &values)
    {
        clock.advance(3);
        const ed::WriteResult r = repository->insert(*ed::Schema::find(table), values);
        if (!r.ok())
            qWarning() << "insert refused:" << r.message();
        return r.id;
    }
    bool update(const QString &table, const QString &id, const QVariantMap &values)
    {
        clock.advance(3);
        const ed::WriteResult r = repository->update(*ed::Schema::find(table), id, values);
        return r.ok();
    }
    bool remove(const QString &table, const QString &id)
    {
        clock.advance(3);
        return repository->remove(*ed::Schema::find(table), id).ok();
    }
    QVariantMap row(const QString &table, const QString &id)
    {
        return repository->get(*ed::Schema::find(table), id, true).value_or(QVariantMap());
    }
    int outbox() { return repository->outboxSize(); }
    // Every synced table, row by row: what must be identical on converged replicas.
    QString dump()
    {
        QStringList lines;
        for (const ed::EntitySpec *spec : ed::Schema::all()) {
            QSqlQuery q(database->connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(spec->table));
            while (q.next()) {
                QStringList cells { spec->table };
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QString name = record.fieldName(i);
                    if (name == QLatin1String("rid"))
                        continue;
                    cells << name + QLatin1Char('=') + q.value(i).toString();
                }
                lines << cells.join(QLatin1Char('|'));
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    // table → "rows live hash", comparable with QCOMPARE.
    QMap<QString, QString> digest()
    {
        ed::sync::SyncStore store(*database, clock);
        QMap<QString, QString> out;
        const auto digests = store.localDigest();
        for (auto it = digests.cbegin(); it != digests.cend(); ++it)
            out.insert(it.key(), QStringLiteral("%1 %2 %3").arg(it->rows).arg(it->live).arg(it->hash));
        return out;
    }
};

inline QVariantMap institution(const QString &name)
{
    return { { "name", name }, { "type", "hospital" }, { "country", "PK" }, { "city", "Karachi" } };
}

// A TCP proxy in front of the server that can lose answers and rewrite requests, to show what
// the client does when the network fails at the worst moment.
class FaultProxy : public QObject {
public:
    QString dropResponseTo; // path prefix: the next answer to such a request never arrives
    int dropAfter = 0; // ... after this many answers to that path went through
    // Qt's HTTP stack silently resends a request whose connection died (up to 3 attempts), so
    // losing an answer for good means losing every attempt's.
    int dropCount = 3;
    QByteArray rewriteFrom, rewriteTo; // same length; applied to request bytes
    QByteArray answerRewriteFrom, answerRewriteTo; // same length; applied to answer bytes
    QList<QByteArray> requestLines;

    bool listen(int target)
    {
        m_target = target;
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const QByteArray &line : requestLines)
            n += line.contains(path) ? 1 : 0;
        return n;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_target));
            auto drop = std::make_shared<bool>(false);
            connect(client, &QTcpSocket::readyRead, client, [=] {
                QByteArray data = client->readAll();
                if (!rewriteFrom.isEmpty())
                    data.replace(rewriteFrom, rewriteTo);
                const int lineEnd = data.indexOf("\r\n");
                if (data.startsWith("GET ") || data.startsWith("POST ")) {
                    const QByteArray line = data.left(lineEnd);
                    requestLines << line;
                    if (!dropResponseTo.isEmpty() && line.contains(dropResponseTo.toUtf8())) {
                        ++m_seen;
                        if (m_seen > dropAfter && m_seen <= dropAfter + dropCount)
                            *drop = true;
                        if (m_seen >= dropAfter + dropCount) {
                            dropResponseTo.clear();
                            m_seen = 0;
                        }
                    }
                }
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    upstream->waitForConnected(5000);
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [=] {
                QByteArray data = upstream->readAll();
                if (!answerRewriteFrom.isEmpty())
                    data.replace(answerRewriteFrom, answerRewriteTo);
                if (*drop) {
                    // The server did the work; the client hears the start of the answer, then the
                    // connection dies (a reply cut before any byte would make Qt resend it).
                    client->write(data.left(12));
                    client->flush();
                    client->abort();
                    return;
                }
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    }

    QTcpServer m_server;
    int m_target = 0;
    int m_seen = 0;
};
