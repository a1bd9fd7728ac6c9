#pragma once

#include <QString>

#include <memory>

namespace httplib {
class Server;
}

namespace ed {
class Clock;
}

namespace ed::server {

class SyncService;
class UserStore;

struct HttpOptions {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8787;
    QString certFile, keyFile; // both set: HTTPS
    size_t maxBodyBytes = 1024 * 1024;
    int readTimeoutSec = 15;
    int writeTimeoutSec = 15;
    int threads = 64;
};

// The REST API of docs/api.md on cpp-httplib: body cap before buffering (413), read and write
// timeouts, a fixed thread pool, bearer tokens and roles. Handlers only translate between HTTP
// and UserStore/SyncService.
class HttpApi {
public:
    HttpApi(UserStore &users, SyncService &sync, const Clock &clock, HttpOptions options);
    ~HttpApi();

    bool bind(QString *error);
    void run(); // blocks until stop()
    void stop();

    // The client schema versions this server accepts (schema_version of a push, the header).
    static int minClientSchema();
    static int maxClientSchema();

private:
    void addRoutes();

    UserStore &m_users;
    SyncService &m_sync;
    const Clock &m_clock;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace ed::server
