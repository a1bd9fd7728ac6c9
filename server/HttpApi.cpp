#include "HttpApi.h"

#include "HttpTransport.h"
#include "LoginGuard.h"
#include "RequestTranslator.h"
#include "SyncService.h"
#include "UserStore.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

using Request = HttpRequest;
using Response = HttpResponse;
using namespace ed::sync;

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server::HttpApi", text);
    }

    QString tr(const char *text, const char *disambiguation, int n)
    {
        return QCoreApplication::translate("ed::server::HttpApi", text, disambiguation, n);
    }

    void sendJson(Response &res, int status, const QJsonObject &body)
    {
        res.status = status;
        res.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        res.contentType = "application/json; charset=utf-8";
    }

    void sendError(Response &res, int status, const char *code, const QString &message)
    {
        sendJson(res, status,
            { { QStringLiteral("error"), QLatin1String(code) },
                { QStringLiteral("message"), message } });
    }

    QString header(const Request &req, const char *name)
    {
        return QString::fromUtf8(req.header(name));
    }

    QString param(const Request &req, const char *name)
    {
        return QString::fromUtf8(req.queryValue(name));
    }

    bool parseBody(const Request &req, Response &res, QJsonObject *out)
    {
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(req.body, &error);
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
        if (!req.hasQuery(name)) {
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
    , m_loginGuard(std::make_unique<LoginGuard>(clock, m_options.login))
{
}

HttpApi::~HttpApi() = default;

bool HttpApi::bind(QString *error)
{
    QByteArray cert, key;
    if (!m_options.certFile.isEmpty() || !m_options.keyFile.isEmpty()) {
        if (m_options.certFile.isEmpty() || m_options.keyFile.isEmpty()) {
            *error = tr("Give both --tls-cert and --tls-key, or neither.");
            return false;
        }
        QFile certFile(m_options.certFile), keyFile(m_options.keyFile);
        if (certFile.open(QIODevice::ReadOnly))
            cert = certFile.readAll();
        if (keyFile.open(QIODevice::ReadOnly))
            key = keyFile.readAll();
    }
    const bool tls = !m_options.certFile.isEmpty();
    if (tls && (cert.isEmpty() || key.isEmpty())) {
        *error = tr("Cannot load the TLS certificate %1 or key %2.")
                     .arg(m_options.certFile, m_options.keyFile);
        return false;
    }
    m_transport = std::make_unique<HttpTransport>(m_options.limits);
    addRoutes();
    switch (m_transport->start(m_options.host, m_options.port, cert, key)) {
    case HttpTransport::StartError::None:
        return true;
    case HttpTransport::StartError::Tls:
        *error = tr("Cannot load the TLS certificate %1 or key %2.")
                     .arg(m_options.certFile, m_options.keyFile);
        return false;
    case HttpTransport::StartError::Address:
    case HttpTransport::StartError::PortTaken:
        break;
    }
    *error = tr("Cannot listen on %1:%2; is another server running there?")
                 .arg(m_options.host)
                 .arg(m_options.port);
    return false;
}

void HttpApi::run()
{
    std::unique_lock lock(m_stopMutex);
    m_stopSignal.wait(lock, [this] { return m_stopRequested; });
    lock.unlock();
    m_transport->stop();
}

void HttpApi::stop()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopRequested = true;
    }
    m_stopSignal.notify_all();
}

void HttpApi::addRoutes()
{
    HttpTransport &s = *m_transport;

    // Every answer in the language the request asks for (RequestTranslator), on the thread that
    // makes it; the thread goes back to English once the answer is made.
    struct LanguageScope {
        explicit LanguageScope(const Request &req)
        {
            RequestTranslator::setThreadLanguage(
                RequestTranslator::languageFrom(req.header("Accept-Language")));
        }
        ~LanguageScope() { RequestTranslator::setThreadLanguage({}); }
    };
    const auto handle = [&s](const char *method, const char *path, HttpHandler handler) {
        s.route(method, path, [handler = std::move(handler)](const Request &req, Response &res) {
            const LanguageScope language(req);
            try {
                handler(req, res);
            } catch (...) {
                // Nothing here throws on purpose; a bad_alloc or a library's exception must
                // still give the client an answer.
                sendError(res, 500, "internal",
                    tr("The server failed to answer; the error is in its log."));
            }
        });
    };
    s.setLogger([](const Request &req, const Response &res) {
        // Untrusted text goes to the log escaped: a newline in a path cannot forge a line.
        qCInfo(lcServer).noquote() << escapedForLog(req.method, 16) << escapedForLog(req.path)
                                   << res.status;
    });
    // The bodies of answers the transport makes itself.
    s.setErrorBody([](const Request &req, Response &res) {
        const LanguageScope language(req);
        switch (res.status) {
        case 404:
            sendError(res, 404, "not_found", tr("There is no such endpoint; see docs/api.md."));
            break;
        case 405: {
            QByteArray allow;
            for (const auto &[name, value] : res.headers)
                allow = name == "Allow" ? value : allow;
            sendError(res, 405, "method_not_allowed",
                tr("Use %1 for this endpoint.").arg(QString::fromLatin1(allow)));
            break;
        }
        case 413:
            sendError(res, 413, "payload_too_large", tr("The request body is larger than 1 MiB."));
            break;
        case 431:
            sendError(res, 431, "headers_too_large",
                tr("The request has too many or too large headers."));
            break;
        default:
            sendError(res, res.status, "error", tr("The request failed."));
        }
    });

    // Every request but health and login names its schema version in a header; a client outside
    // the range must upgrade (426) before it may sync.
    auto schemaOk = [](const Request &req, Response &res, int version) {
        if (version == 0) {
            const QString text = header(req, kSchemaVersionHeader);
            if (text.isEmpty())
                return true;
            bool numeric = false;
            version = text.toInt(&numeric);
            if (!numeric) {
                sendError(res, 400, "bad_request",
                    tr("The %1 header must be a whole number.")
                        .arg(QLatin1String(kSchemaVersionHeader)));
                return false;
            }
        }
        if (version >= minClientSchema() && version <= maxClientSchema())
            return true;
        res.status = 426;
        res.setHeader("Upgrade", "expertdesk-schema");
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
            res.setHeader("WWW-Authenticate", "Bearer");
            sendError(res, 401, "unauthorized",
                auth.isEmpty()
                    ? tr("Sign in first: send \"Authorization: Bearer TOKEN\".")
                    : tr("The token is unknown or has expired; refresh it or sign in again."));
        }
        return found;
    };

    handle("GET", "/api/v1/health", [this](const Request &, Response &res) {
        sendJson(res, 200,
            { { QStringLiteral("status"), QStringLiteral("ok") },
                { QStringLiteral("version"), QStringLiteral(EXPERTDESK_VERSION) },
                { QStringLiteral("schema_min"), minClientSchema() },
                { QStringLiteral("schema_max"), maxClientSchema() },
                { QStringLiteral("server_time"), m_clock.now().toString(Qt::ISODateWithMs) } });
    });

    handle("POST", "/api/v1/auth/login", [this](const Request &req, Response &res) {
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
        const auto retryAfter = [&res](qint64 ms) {
            res.setHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (ms + 999) / 1000)));
        };
        if (const qint64 wait = m_loginGuard->waitMs(user, req.remoteAddress); wait > 0) {
            qCWarning(lcServer).noquote() << "sign-in refused for" << escapedForLog(user, 64)
                                          << "from" << escapedForLog(req.remoteAddress)
                                          << "after wrong passwords; wait" << wait << "ms";
            retryAfter(wait);
            sendError(res, 429, "too_many_attempts",
                tr("Too many wrong passwords: wait %n second(s) and try again.", nullptr,
                    int((wait + 999) / 1000)));
            return;
        }
        std::optional<IssuedTokens> tokens;
        {
            const LoginGuard::HashSlot slot = m_loginGuard->acquireHashSlot();
            if (!slot.isValid()) {
                qCWarning(lcServer) << "sign-in queue full: answered 503";
                retryAfter(2000);
                sendError(res, 503, "busy",
                    tr("The server is checking many passwords at once; try again in a moment."));
                return;
            }
            tokens = m_users.login(user, password);
        }
        if (!tokens) {
            m_loginGuard->recordFailure(user, req.remoteAddress);
            qCInfo(lcServer).noquote() << "failed sign-in for" << escapedForLog(user, 64) << "from"
                                       << escapedForLog(req.remoteAddress);
            sendError(res, 401, "unauthorized", tr("The user name or the password is wrong."));
            return;
        }
        m_loginGuard->recordSuccess(user, req.remoteAddress);
        sendJson(res, 200, tokensJson(*tokens));
    });

    handle("POST", "/api/v1/auth/refresh", [this](const Request &req, Response &res) {
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

    handle("POST", "/api/v1/auth/logout", [this, session](const Request &req, Response &res) {
        if (!session(req, res))
            return;
        m_users.revoke(header(req, "Authorization").mid(7).trimmed());
        res.status = 204;
    });

    handle("GET", "/api/v1/auth/me", [session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        sendJson(res, 200,
            { { QStringLiteral("user"), who->user },
                { QStringLiteral("role"), roleName(who->role) } });
    });

    handle("POST", "/api/v1/sync/push", [this, session, schemaOk](const Request &req, Response &res) {
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

    handle("GET", "/api/v1/sync/pull", [this, session, schemaOk](const Request &req, Response &res) {
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
            res.body = page;
            res.contentType = "application/json; charset=utf-8";
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

    handle("GET", "/api/v1/sync/digest", [this, session, schemaOk](const Request &req, Response &res) {
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

    handle("GET", "/api/v1/conflicts", [this, session, schemaOk](const Request &req, Response &res) {
        const auto who = session(req, res);
        if (!who || !schemaOk(req, res, 0))
            return;
        qint64 limit = 0;
        if (!numberParam(req, res, "limit", 500, 1, 5000, &limit))
            return;
        const QString status = param(req, "status");
        if (!status.isEmpty() && status != QLatin1String("all") && status != QLatin1String("open")) {
            sendError(res, 400, "bad_request", tr("status must be \"open\" or \"all\"."));
            return;
        }
        const bool all = status == QLatin1String("all");
        sendJson(res, 200, { { QStringLiteral("conflicts"), m_sync.conflicts(!all, int(limit)) } });
    });

    handle("POST", "/api/v1/conflicts/resolve", [this, session, schemaOk](const Request &req, Response &res) {
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
            const QJsonValue id = body.value(QStringLiteral("id"));
            if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64) {
                sendError(res, 400, "bad_request", tr("Send {\"id\": CONFLICT_ID}."));
                return;
            }
            QString error;
            if (!m_sync.resolveConflict(id.toString(), who->user, &error)) {
                sendError(res, 404, "not_found", error);
                return;
            }
            sendJson(res, 200, { { QStringLiteral("resolved"), true } });
        });
}

} // namespace ed::server
