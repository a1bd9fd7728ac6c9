#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace ed::server {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the handlers see it: the whole body is read (within the cap) before a handler
// runs, header names are lower-case.
struct HttpRequest {
    QByteArray method;
    QByteArray path; // without the query
    HttpHeaders headers;
    HttpHeaders query;
    QByteArray body;
    QByteArray remoteAddress; // "127.0.0.1", "::1"

    QByteArray header(const char *name) const;
    bool hasQuery(const char *name) const;
    QByteArray queryValue(const char *name) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaders headers;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

using HttpHandler = std::function<void(const HttpRequest &, HttpResponse &)>;

// What one peer may cost the server. Connections are served by a few I/O threads that never
// block (epoll), so idle or slow connections cost a socket and a small buffer each, not a
// worker; handlers run on a separate pool once a request has arrived whole.
struct HttpLimits {
    size_t maxBodyBytes = 1024 * 1024;
    // A body larger than the cap is read and thrown away up to this much more so that its
    // sender gets a 413; past it the connection is closed.
    size_t maxDiscardBytes = 8 * 1024 * 1024;
    // Request line and headers together must fit here (a larger head is refused with 431).
    size_t headerBytes = 32 * 1024;
    int maxHeaders = 100;
    int idleTimeoutSec = 10; // no byte from the peer for this long: the connection is closed
    int maxConnections = 4000;
    int maxConnectionsPerAddress = 128; // 0: no cap (behind a reverse proxy)
    int ioThreads = 2;
    int workerThreads = 64;
};

// HTTP/1.1 (and HTTPS) on GNU libmicrohttpd, chosen over cpp-httplib because it reads
// connections with epoll and bounds them (per-address and total connection caps, an idle
// timeout, a memory cap on the request head, chunked bodies decoded as they arrive): with a
// thread per connection, 200 idle sockets or a client trickling headers left nobody to answer.
// Routes are exact paths; a known path with another method answers 405 with Allow.
class HttpTransport {
public:
    explicit HttpTransport(HttpLimits limits);
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    void route(const QByteArray &method, const QByteArray &path, HttpHandler handler);
    // Gives a JSON body to the answers the transport makes itself (404, 405, 413, 431, 500):
    // response.status is set when it is called, on an I/O thread.
    void setErrorBody(HttpHandler filler);
    // Called on the worker thread after each answer, for the access log.
    void setLogger(std::function<void(const HttpRequest &, const HttpResponse &)> logger);

    enum class StartError { None, Address, PortTaken, Tls };
    // certPem and keyPem both set: HTTPS. Listens at once.
    StartError start(const QString &host, int port, const QByteArray &certPem,
        const QByteArray &keyPem);
    // Stops accepting, lets the requests being handled finish, closes every connection.
    void stop();

private:
    struct Exchange;
    struct Private;
    std::unique_ptr<Private> d;
};

// Control characters and non-ASCII bytes of an untrusted value as \xNN, at most `limit`
// characters, so that a value can never forge or split a log line.
QString escapedForLog(const QByteArray &value, int limit = 200);
QString escapedForLog(const QString &value, int limit = 200);

} // namespace ed::server
