#pragma once

#include "HttpTransport.h"
#include "LoginGuard.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

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
    HttpLimits limits;
    LoginGuard::Policy login;
};

// The REST API of docs/api.md on HttpTransport (bounded connections, bodies and heads), bearer
// tokens and roles, sign-ins through the LoginGuard. Handlers only translate between HTTP and
// UserStore/SyncService.
class HttpApi {
public:
    HttpApi(UserStore &users, SyncService &sync, const Clock &clock, HttpOptions options);
    ~HttpApi();

    bool bind(QString *error);
    void run(); // blocks until stop(), then stops serving
    void stop(); // from any thread

    // The client schema versions this server accepts (schema_version of a push, the header).
    static int minClientSchema();
    static int maxClientSchema();

private:
    void addRoutes();

    UserStore &m_users;
    SyncService &m_sync;
    const Clock &m_clock;
    HttpOptions m_options;
    std::unique_ptr<LoginGuard> m_loginGuard;
    std::unique_ptr<HttpTransport> m_transport;
    std::mutex m_stopMutex;
    std::condition_variable m_stopSignal;
    bool m_stopRequested = false;
};

} // namespace ed::server
