#include "HttpTransport.h"

#include <QHash>
#include <QLoggingCategory>
#include <QThreadPool>

#include <atomic>
#include <cstdarg>
#include <vector>

#include <arpa/inet.h>
#include <malloc.h>
#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

QByteArray HttpRequest::header(const char *name) const
{
    for (const auto &[key, value] : headers) {
        if (qstricmp(key.constData(), name) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasQuery(const char *name) const
{
    for (const auto &pair : query) {
        if (pair.first == name)
            return true;
    }
    return false;
}

QByteArray HttpRequest::queryValue(const char *name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            pair.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QString escapedForLog(const QByteArray &value, int limit)
{
    QString out;
    out.reserve(std::min<qsizetype>(value.size(), limit) + 8);
    for (const char byte : value) {
        if (out.size() >= limit) {
            out += QLatin1String("…");
            break;
        }
        const auto c = uchar(byte);
        if (c < 0x20 || c >= 0x7f || c == '\\')
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(char(c));
    }
    return out;
}

QString escapedForLog(const QString &value, int limit)
{
    return escapedForLog(value.toUtf8(), limit);
}

// One request on its way through: created when its head has arrived, deleted when MHD is done
// with the connection's request (MHD_OPTION_NOTIFY_COMPLETED).
struct HttpTransport::Exchange {
    enum class State { Reading, Working, Answered };
    HttpRequest request;
    HttpResponse response;
    const HttpHandler *handler = nullptr;
    State state = State::Reading;
    bool tooLarge = false;
    size_t discarded = 0;
};

struct HttpTransport::Private {
    HttpLimits limits;
    QHash<QByteArray, QHash<QByteArray, HttpHandler>> routes; // path → method → handler
    HttpHandler errorBody;
    std::function<void(const HttpRequest &, const HttpResponse &)> logger;
    MHD_Daemon *daemon = nullptr;
    QThreadPool workers;
    QByteArray certPem, keyPem; // MHD keeps pointers to them
    std::atomic<bool> stopping { false };

    static MHD_Result onRequest(void *cls, MHD_Connection *connection, const char *url,
        const char *method, const char *version, const char *uploadData, size_t *uploadSize,
        void **context);
    static void onCompleted(
        void *cls, MHD_Connection *, void **context, MHD_RequestTerminationCode);
    static void onMhdLog(void *, const char *format, va_list args);

    MHD_Result begin(MHD_Connection *connection, const char *url, const char *method,
        Exchange *exchange);
    MHD_Result answer(MHD_Connection *connection, Exchange *exchange);
    MHD_Result refuse(MHD_Connection *connection, Exchange *exchange, int status);
    void dispatch(MHD_Connection *connection, Exchange *exchange);
};

HttpTransport::HttpTransport(HttpLimits limits)
    : d(std::make_unique<Private>())
{
    d->limits = limits;
    d->workers.setMaxThreadCount(std::max(1, limits.workerThreads));
    // Workers keep their database connection and prepared statements (ServerDatabase is per
    // thread): they must not expire between requests.
    d->workers.setExpiryTimeout(-1);
}

HttpTransport::~HttpTransport()
{
    stop();
}

void HttpTransport::route(const QByteArray &method, const QByteArray &path, HttpHandler handler)
{
    d->routes[path].insert(method, std::move(handler));
}

void HttpTransport::setErrorBody(HttpHandler filler)
{
    d->errorBody = std::move(filler);
}

void HttpTransport::setLogger(std::function<void(const HttpRequest &, const HttpResponse &)> logger)
{
    d->logger = std::move(logger);
}

HttpTransport::StartError HttpTransport::start(
    const QString &host, int port, const QByteArray &certPem, const QByteArray &keyPem)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE;
    addrinfo *found = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &found) != 0 || !found)
        return StartError::Address;
    // MHD fails the same way for a taken port and a bad certificate: try the address alone
    // first to tell the two apart.
    {
        const int probe = ::socket(found->ai_family, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        const bool free = probe >= 0 && ::bind(probe, found->ai_addr, found->ai_addrlen) == 0;
        if (probe >= 0)
            ::close(probe);
        if (!free) {
            freeaddrinfo(found);
            return StartError::PortTaken;
        }
    }
    unsigned int flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (found->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    const bool tls = !certPem.isEmpty() && !keyPem.isEmpty();
    if (tls) {
        flags |= MHD_USE_TLS;
        d->certPem = certPem;
        d->keyPem = keyPem;
    }
    const HttpLimits &l = d->limits;
    const auto value = [](auto number) { return MHD_OptionItem { {}, intptr_t(number), nullptr }; };
    std::vector<MHD_OptionItem> options = {
        // The logger first: MHD reports the options after it through it.
        { MHD_OPTION_EXTERNAL_LOGGER, intptr_t(&Private::onMhdLog), nullptr },
        { MHD_OPTION_SOCK_ADDR, 0, found->ai_addr },
        { MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&Private::onCompleted), d.get() },
    };
    const auto add = [&](MHD_OPTION option, auto number) {
        MHD_OptionItem item = value(number);
        item.option = option;
        options.push_back(item);
    };
    add(MHD_OPTION_THREAD_POOL_SIZE, std::max(1, l.ioThreads));
    add(MHD_OPTION_CONNECTION_LIMIT, l.maxConnections);
    add(MHD_OPTION_PER_IP_CONNECTION_LIMIT, std::max(0, l.maxConnectionsPerAddress));
    add(MHD_OPTION_CONNECTION_TIMEOUT, l.idleTimeoutSec);
    add(MHD_OPTION_CONNECTION_MEMORY_LIMIT, l.headerBytes);
    add(MHD_OPTION_LISTEN_BACKLOG_SIZE, SOMAXCONN);
    if (tls) {
        options.push_back({ MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(d->certPem.constData()) });
        options.push_back({ MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(d->keyPem.constData()) });
    }
    options.push_back({ MHD_OPTION_END, 0, nullptr });
    d->daemon = MHD_start_daemon(flags, uint16_t(port), nullptr, nullptr, &Private::onRequest,
        d.get(), MHD_OPTION_ARRAY, options.data(), MHD_OPTION_END);
    freeaddrinfo(found);
    if (!d->daemon)
        return tls ? StartError::Tls : StartError::PortTaken;
    return StartError::None;
}

void HttpTransport::stop()
{
    if (!d->daemon || d->stopping.exchange(true))
        return;
    // No new connections; the handlers running finish and resume their connections, which MHD
    // requires before it stops.
    MHD_quiesce_daemon(d->daemon);
    d->workers.waitForDone();
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
}

MHD_Result HttpTransport::Private::onRequest(void *cls, MHD_Connection *connection,
    const char *url, const char *method, const char *, const char *uploadData, size_t *uploadSize,
    void **context)
{
    auto *self = static_cast<Private *>(cls);
    auto *exchange = static_cast<Exchange *>(*context);
    if (!exchange) {
        exchange = new Exchange;
        *context = exchange;
        return self->begin(connection, url, method, exchange);
    }
    if (*uploadSize != 0) {
        const size_t size = *uploadSize;
        *uploadSize = 0;
        // Chunked bodies carry no length to refuse early: count as they come, keep nothing past
        // the cap, and give up on a sender that goes on and on.
        if (!exchange->tooLarge && size_t(exchange->request.body.size()) + size > self->limits.maxBodyBytes) {
            exchange->tooLarge = true;
            exchange->discarded = size_t(exchange->request.body.size());
            exchange->request.body = QByteArray();
        }
        if (exchange->tooLarge) {
            exchange->discarded += size;
            if (exchange->discarded > self->limits.maxBodyBytes + self->limits.maxDiscardBytes) {
                qCWarning(lcServer).noquote()
                    << "closed a connection from" << escapedForLog(exchange->request.remoteAddress)
                    << "sending a body past" << exchange->discarded << "bytes";
                return MHD_NO;
            }
            return MHD_YES;
        }
        exchange->request.body.append(uploadData, qsizetype(size));
        return MHD_YES;
    }
    switch (exchange->state) {
    case Exchange::State::Reading:
        if (exchange->tooLarge)
            return self->refuse(connection, exchange, 413);
        self->dispatch(connection, exchange);
        return MHD_YES;
    case Exchange::State::Working: // woken before the worker finished: not expected
        return MHD_YES;
    case Exchange::State::Answered:
        return self->answer(connection, exchange);
    }
    return MHD_NO;
}

MHD_Result HttpTransport::Private::begin(
    MHD_Connection *connection, const char *url, const char *method, Exchange *exchange)
{
    HttpRequest &request = exchange->request;
    request.method = method;
    request.path = url;
    const auto collect = [](void *cls, MHD_ValueKind, const char *key, const char *value) {
        static_cast<HttpHeaders *>(cls)->append(
            { QByteArray(key).toLower(), QByteArray(value ? value : "") });
        return MHD_YES;
    };
    MHD_get_connection_values(connection, MHD_HEADER_KIND, collect, &request.headers);
    const auto collectQuery = [](void *cls, MHD_ValueKind, const char *key, const char *value) {
        static_cast<HttpHeaders *>(cls)->append({ QByteArray(key), QByteArray(value ? value : "") });
        return MHD_YES;
    };
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, collectQuery, &request.query);
    if (const MHD_ConnectionInfo *info
        = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)) {
        char text[INET6_ADDRSTRLEN] = {};
        const sockaddr *address = info->client_addr;
        if (address->sa_family == AF_INET)
            inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, text, sizeof text);
        else if (address->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, text, sizeof text);
        request.remoteAddress = text;
    }
    if (request.headers.size() > limits.maxHeaders)
        return refuse(connection, exchange, 431);

    const auto path = routes.constFind(request.path);
    if (path == routes.cend())
        return refuse(connection, exchange, 404);
    const auto handler = path->constFind(request.method);
    if (handler == path->cend()) {
        QList<QByteArray> allowed = path->keys();
        std::sort(allowed.begin(), allowed.end());
        exchange->response.setHeader("Allow", allowed.join(", "));
        return refuse(connection, exchange, 405);
    }
    exchange->handler = &handler.value();
    // A declared length over the cap is refused without keeping a byte of the body (MHD itself
    // answers 400 to a length that is not a number). A body of moderate size is read and thrown
    // away first: a client still sending when the connection closes gets a reset, not the 413.
    bool numeric = false;
    const qulonglong declared = request.header("content-length").toULongLong(&numeric);
    if (numeric && declared > limits.maxBodyBytes + limits.maxDiscardBytes)
        return refuse(connection, exchange, 413);
    if (numeric && declared > limits.maxBodyBytes)
        exchange->tooLarge = true;
    return MHD_YES;
}

void HttpTransport::Private::dispatch(MHD_Connection *connection, Exchange *exchange)
{
    exchange->state = Exchange::State::Working;
    MHD_suspend_connection(connection);
    workers.start([this, connection, exchange] {
        HttpResponse &response = exchange->response;
        (*exchange->handler)(exchange->request, response);
        if (logger)
            logger(exchange->request, response);
        // A large request or answer leaves freed memory in this thread's malloc arena; give it
        // back so that a burst does not keep the server large.
        const bool large = exchange->request.body.size() + response.body.size() > 256 * 1024;
        exchange->request.body = QByteArray();
        if (large)
            malloc_trim(0);
        exchange->state = Exchange::State::Answered;
        MHD_resume_connection(connection);
    });
}

MHD_Result HttpTransport::Private::refuse(MHD_Connection *connection, Exchange *exchange, int status)
{
    exchange->response.status = status;
    exchange->response.body.clear();
    if (errorBody)
        errorBody(exchange->request, exchange->response);
    if (logger)
        logger(exchange->request, exchange->response);
    exchange->state = Exchange::State::Answered;
    return answer(connection, exchange);
}

MHD_Result HttpTransport::Private::answer(MHD_Connection *connection, Exchange *exchange)
{
    HttpResponse &response = exchange->response;
    // The body stays alive in the exchange until MHD is done with the request.
    MHD_Response *reply = MHD_create_response_from_buffer(
        size_t(response.body.size()), response.body.data(), MHD_RESPMEM_PERSISTENT);
    if (!reply)
        return MHD_NO;
    if (!response.contentType.isEmpty())
        MHD_add_response_header(reply, "Content-Type", response.contentType.constData());
    for (const auto &[name, value] : response.headers)
        MHD_add_response_header(reply, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), reply);
    MHD_destroy_response(reply);
    return queued;
}

void HttpTransport::Private::onCompleted(
    void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
{
    delete static_cast<Exchange *>(*context);
    *context = nullptr;
}

void HttpTransport::Private::onMhdLog(void *, const char *format, va_list args)
{
    char text[512];
    vsnprintf(text, sizeof text, format, args);
    qCInfo(lcServer).noquote() << "http:" << QString::fromUtf8(text).trimmed();
}

} // namespace ed::server
