#include "HttpApi.h"

#include "RequestTranslator.h"
#include "SyncService.h"
#include "UserStore.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <httplib.h>

#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

using httplib::Request;
using httplib::Response;
using namespace ed::sync;

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server::HttpApi", text);
    }

    void sendJson(Response &res, int status, const QJsonObject &body)
    {
        res.status = status;
        res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
            "application/json; charset=utf-8");
    }

    void sendError(Response &res, int status, const char *code, const QString &message)
    {
        sendJson(res, status,
            { { QStringLiteral("error"), QLatin1String(code) },
                { QStringLiteral("message"), message } });
    }

    QString header(const Request &req, const char *name)
    {
        return QString::fromStdString(req.get_header_value(name));
    }

    QString param(const Request &req, const char *name)
    {
        return QString::fromStdString(req.get_param_value(name));
    }

    bool parseBody(const Request &req, Response &res, QJsonObject *out)
    {
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            sendError(res, 400, "bad_request",
                QCoreApplication::translate("ed::server", "The body must be a JSON object (%1 at byte %2).")
                    .arg(error.errorString())
                    .arg(error.offset));
            return false;
        }
        *out = doc.object();
        return true;
    }

    QJsonObject tokensJson(const IssuedTokens &tokens)
    {
        auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        return { { QStringLiteral("token"), tokens.token },
            { QStringLiteral("expires_at"), iso(tokens.expiresAtMs) },
            { QStringLiteral("refresh_token"), tokens.refreshToken },
            { QStringLiteral("refresh_expires_at"), iso(tokens.refreshExpiresAtMs) },
            { QStringLiteral("user"), tokens.user },
            { QStringLiteral("role"), roleName(tokens.role) } };
    }

    // A whole non-negative number from a query parameter; `fallback` when absent.
    bool numberParam(const Request &req, Response &res, const char *name, qint64 fallback,
        qint64 min, qint64 max, qint64 *out)
    {
        if (!req.has_param(name)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = param(req, name).toLongLong(&ok);
        if (!ok || *out < min || *out > max) {
            sendError(res, 400, "bad_request",
                QCoreApplication::translate("ed::server", "%1 must be a whole number from %2 to %3.")
                    .arg(QLatin1String(name))
                    .arg(min)
                    .arg(max));
            return false;
        }
        return true;
    }

} // namespace

int HttpApi::minClientSchema()
{
    return 1;
}

int HttpApi::maxClientSchema()
{
    return ed::Database::latestSchemaVersion();
}

HttpApi::HttpApi(UserStore &users, SyncService &sync, const Clock &clock, HttpOptions options)
    : m_users(users)
    , m_sync(sync)
    , m_clock(clock)
    , m_options(std::move(options))
{
}

HttpApi::~HttpApi() = default;

bool HttpApi::bind(QString *error)
{
    if (!m_options.certFile.isEmpty() || !m_options.keyFile.isEmpty()) {
        if (m_options.certFile.isEmpty() || m_options.keyFile.isEmpty()) {
            *error = tr("Give both --tls-cert and --tls-key, or neither.");
            return false;
        }
        m_server
            = std::make_unique<httplib::SSLServer>(m_options.certFile.toLocal8Bit().constData(),
                m_options.keyFile.toLocal8Bit().constData());
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    if (!m_server->is_valid()) {
        *error = tr("Cannot load the TLS certificate %1 or key %2.")
                     .arg(m_options.certFile, m_options.keyFile);
        return false;
    }
    const int threads = m_options.threads;
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_server->set_payload_max_length(m_options.maxBodyBytes);
    m_server->set_read_timeout(m_options.readTimeoutSec, 0);
    m_server->set_write_timeout(m_options.writeTimeoutSec, 0);
    // A worker serves one kept-alive connection until it goes idle: a long idle timeout would
    // make the (threads + 1)th client wait for it. A sync's requests follow each other closely.
    m_server->set_keep_alive_timeout(5);
    // cpp-httplib writes the headers and the body of an answer separately: with Nagle's algorithm
    // the body then waits for the client's delayed ACK (40 ms on Linux) on every request.
    m_server->set_tcp_nodelay(true);
    addRoutes();
    // SO_REUSEADDR only: cpp-httplib's default SO_REUSEPORT would let a second server bind the
    // same port silently and take half the connections.
    static const auto reuseAddress = [](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    };
    socket_t listening = INVALID_SOCKET;
    m_server->set_socket_options([&listening](socket_t socket) {
        reuseAddress(socket);
        listening = socket;
    });
    const bool bound = m_server->bind_to_port(m_options.host.toStdString(), m_options.port);
    m_server->set_socket_options(reuseAddress);
    if (!bound) {
        *error = tr("Cannot listen on %1:%2; is another server running there?")
                     .arg(m_options.host)
                     .arg(m_options.port);
        return false;
    }
    // Debian's cpp-httplib is built with a listen backlog of 5: 50 clients connecting at once
    // overflowed it, and each dropped SYN cost its client a one-second retransmission. Linux lets
    // listen() on the bound socket raise the backlog.
    if (listening != INVALID_SOCKET)
        ::listen(listening, SOMAXCONN);
    return true;
}

void HttpApi::run()
{
    m_server->listen_after_bind();
}

void HttpApi::stop()
{
    if (m_server)
        m_server->stop();
}

void HttpApi::addRoutes()
{
    httplib::Server &s = *m_server;

    // Every answer in the language the request asks for (RequestTranslator); the worker thread
    // goes back to English once the answer is out.
    const auto adoptLanguage = [](const Request &req) {
        RequestTranslator::setThreadLanguage(
            RequestTranslator::languageFrom(QByteArray::fromStdString(req.get_header_value("Accept-Language"))));
    };
    s.set_pre_routing_handler([adoptLanguage](const Request &req, Response &) {
        adoptLanguage(req);
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.set_logger([](const Request &req, const Response &res) {
        qCInfo(lcServer).noquote()
            << QString::fromStdString(req.method) << QString::fromStdString(req.path) << res.status;
        RequestTranslator::setThreadLanguage({});
    });
    // Fills the body of answers cpp-httplib makes itself (404, 413, 400 on a bad request line).
    s.set_error_handler(httplib::Server::HandlerWithResponse([adoptLanguage](const Request &req, Response &res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        adoptLanguage(req); // a request refused before routing
        switch (res.status) {
        case 404:
            sendError(res, 404, "not_found", tr("There is no such endpoint; see docs/api.md."));
            break;
        case 413:
            sendError(res, 413, "payload_too_large", tr("The request body is larger than 1 MiB."));
            break;
        case 400:
            sendError(res, 400, "bad_request", tr("The request could not be read."));
            break;
        default:
            sendError(res, res.status, "error", tr("The request failed."));
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const Request &, Response &res, std::exception_ptr) {
        sendError(
            res, 500, "internal", tr("The server failed to answer; the error is in its log."));
    });

    // Every request but health and login names its schema version in a header; a client outside
    // the range must upgrade (426) before it may sync.
    auto schemaOk = [](const Request &req, Response &res, int version) {
        if (version == 0) {
            const QString text = header(req, kSchemaVersionHeader);
            if (text.isEmpty())
                return true;
            version = text.toInt();
        }
        if (version >= minClientSchema() && version <= maxClientSchema())
            return true;
        res.status = 426;
        res.set_header("Upgrade", "expertdesk-schema");
        sendJson(res, 426,
            { { QStringLiteral("error"), QStringLiteral("upgrade_required") },
                { QStringLiteral("message"),
                    tr("This server syncs database schema %1 to %2, and this copy of Expert Desk "
                       "has "
                       "schema %3. Install the version of Expert Desk that matches the server.")
                        .arg(minClientSchema())
                        .arg(maxClientSchema())
                        .arg(version) },
                { QStringLiteral("schema_min"), minClientSchema() },
                { QStringLiteral("schema_max"), maxClientSchema() } });
        return false;
    };
    auto session = [this](const Request &req, Response &res) -> std::optional<Session> {
        const QString auth = header(req, "Authorization");
        const QLatin1String prefix("Bearer ");
        std::optional<Session> found;
        if (auth.startsWith(prefix))
            found = m_users.authenticate(auth.mid(prefix.size()).trimmed());
        if (!found) {
            res.set_header("WWW-Authenticate", "Bearer");
            sendError(res, 401, "unauthorized",
                auth.isEmpty()
                    ? tr("Sign in first: send \"Authorization: Bearer TOKEN\".")
                    : tr("The token is unknown or has expired; refresh it or sign in again."));
        }
        return found;
    };

    s.Get("/api/v1/health", [this](const Request &, Response &res) {
        sendJson(res, 200,
            { { QStringLiteral("status"), QStringLiteral("ok") },
                { QStringLiteral("version"), QStringLiteral(EXPERTDESK_VERSION) },
                { QStringLiteral("schema_min"), minClientSchema() },
                { QStringLiteral("schema_max"), maxClientSchema() },
                { QStringLiteral("server_time"), m_clock.now().toString(Qt::ISODateWithMs) } });
    });

    s.Post("/api/v1/auth/login", [this](const Request &req, Response &res) {
        QJsonObject body;
        if (!parseBody(req, res, &body))
            return;
        const QString user = body.value(QStringLiteral("user")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (user.isEmpty() || password.isEmpty()) {
            sendError(
                res, 400, "bad_request", tr("Send {\"user\": NAME, \"password\": PASSWORD}."));
            return;
        }
        const auto tokens = m_users.login(user, password);
        if (!tokens) {
            qCInfo(lcServer).noquote() << "failed sign-in for" << user.left(64);
            sendError(res, 401, "unauthorized", tr("The user name or the password is wrong."));
            return;
        }
        sendJson(res, 200, tokensJson(*tokens));
    });

    s.Post("/api/v1/auth/refresh", [this](const Request &req, Response &res) {
        QJsonObject body;
        if (!parseBody(req, res, &body))
            return;
        const QString refreshToken = body.value(QStringLiteral("refresh_token")).toString();
        if (refreshToken.isEmpty() || refreshToken.size() > 256) {
            sendError(res, 400, "bad_request", tr("Send {\"refresh_token\": TOKEN}."));
            return;
        }
        const auto tokens = m_users.refresh(refreshToken);
        if (!tokens) {
            sendError(res, 401, "unauthorized",
                tr("The refresh token is unknown, used or expired; sign in again."));
            return;
        }
        sendJson(res, 200, tokensJson(*tokens));
    });

    s.Post("/api/v1/auth/logout", [this, session](const Request &req, Response &res) {
        if (!session(req, res))
            return;
        m_users.revoke(header(req, "Authorization").mid(7).trimmed());
        res.status = 204;
    });

    s.Get("/api/v1/auth/me", [session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        sendJson(res, 200,
            { { QStringLiteral("user"), who->user },
                { QStringLiteral("role"), roleName(who->role) } });
    });

    s.Post("/api/v1/sync/push", [this, session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who)
            return;
        if (who->role == Role::Manager) {
            sendError(res, 403, "forbidden", tr("Managers may read but not change records."));
            return;
        }
        QJsonObject body;
        if (!parseBody(req, res, &body))
            return;
        const QJsonValue schema = body.value(QStringLiteral("schema_version"));
        if (!schemaOk(req, res, schema.isDouble() && schema.toInt() >= 1 ? schema.toInt() : 0))
            return;
        PushRequest request;
        QString error;
        if (!PushRequest::fromJson(body, &request, &error)) {
            sendError(res, 400, "bad_request", error);
            return;
        }
        QJsonArray results;
        for (const MutationResult &result : m_sync.push(request, *who))
            results.append(result.toJson());
        sendJson(res, 200, { { QStringLiteral("results"), results } });
    });

    s.Get("/api/v1/sync/pull", [this, session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        qint64 cursor = 0, limit = 0;
        if (!numberParam(req, res, "cursor", 0, 0, std::numeric_limits<qint64>::max(), &cursor)
            || !numberParam(req, res, "limit", kDefaultPullLimit, 1, kMaxPullLimit, &limit))
            return;
        QString epoch = param(req, "epoch");
        if (epoch.isEmpty())
            epoch = header(req, kEpochHeader);
        const QString format = param(req, "format");
        if (!format.isEmpty() && format != QLatin1String("rows") && format != QLatin1String("changes")) {
            sendError(res, 400, "bad_request", tr("format must be \"changes\" or \"rows\"."));
            return;
        }
        QByteArray page;
        QString message;
        switch (m_sync.pullJson(cursor, int(limit), epoch, &page, &message,
            format == QLatin1String("rows") ? SyncService::PullFormat::Rows
                                            : SyncService::PullFormat::Changes)) {
        case SyncService::PullStatus::Ok:
            res.status = 200;
            res.set_content(page.constData(), size_t(page.size()), "application/json; charset=utf-8");
            break;
        case SyncService::PullStatus::Gone:
            sendJson(res, 410,
                { { QStringLiteral("error"), QStringLiteral("gone") },
                    { QStringLiteral("message"), message },
                    { QStringLiteral("epoch"), m_sync.epoch() } });
            break;
        case SyncService::PullStatus::Failed:
            sendError(res, 503, "unavailable", message);
            break;
        }
    });

    s.Get("/api/v1/sync/digest", [this, session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        QJsonObject digest;
        QString error;
        if (!m_sync.digest(&digest, &error)) {
            sendError(res, 503, "unavailable",
                tr("The server database is unavailable; try again later."));
            return;
        }
        sendJson(res, 200, digest);
    });

    s.Get("/api/v1/conflicts", [this, session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        qint64 limit = 0;
        if (!numberParam(req, res, "limit", 500, 1, 5000, &limit))
            return;
        const bool all = param(req, "status") == QLatin1String("all");
        sendJson(res, 200, { { QStringLiteral("conflicts"), m_sync.conflicts(!all, int(limit)) } });
    });

    s.Post(
        "/api/v1/conflicts/resolve", [this, session, schemaOk](const Request &req, Response &res) {
            const auto who = session(req, res);
            if (!who || !schemaOk(req, res, 0))
                return;
            if (who->role != Role::Admin && who->role != Role::Coordinator) {
                sendError(res, 403, "forbidden", tr("Only coordinators resolve conflicts."));
                return;
            }
            QJsonObject body;
            if (!parseBody(req, res, &body))
                return;
            QString error;
            if (!m_sync.resolveConflict(
                    body.value(QStringLiteral("id")).toString(), who->user, &error)) {
                sendError(res, 404, "not_found", error);
                return;
            }
            sendJson(res, 200, { { QStringLiteral("resolved"), true } });
        });

    // A known path with the wrong method says so (405) rather than "no such endpoint".
    const auto notAllowed = [](const char *allow) {
        return [allow](const Request &, Response &res) {
            res.set_header("Allow", allow);
            sendError(res, 405, "method_not_allowed",
                tr("Use %1 for this endpoint.").arg(QLatin1String(allow)));
        };
    };
    for (const char *path : { "/api/v1/health", "/api/v1/auth/me", "/api/v1/sync/pull",
             "/api/v1/sync/digest", "/api/v1/conflicts" }) {
        s.Post(path, notAllowed("GET"));
        s.Put(path, notAllowed("GET"));
        s.Delete(path, notAllowed("GET"));
    }
    for (const char *path : { "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
             "/api/v1/sync/push", "/api/v1/conflicts/resolve" }) {
        s.Get(path, notAllowed("POST"));
        s.Put(path, notAllowed("POST"));
        s.Delete(path, notAllowed("POST"));
    }
}

} // namespace ed::server
