#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

class QNetworkAccessManager;

namespace ed::sync {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (network error, timeout, cancelled)
    QJsonObject body;
    QString networkError;
    bool cancelled = false;
    QByteArray text; // a 200 answer's bytes, unparsed, when asked for with Body::Text

    bool isOk() const { return status >= 200 && status < 300; }
    QString serverMessage() const { return body.value(QStringLiteral("message")).toString(); }
};

// Blocking JSON requests for the sync engine, which runs them one after another in its own
// thread: a nested event loop waits for each reply, so the engine reads top to bottom. Adds the
// bearer token and the schema header; on a 401 it spends the refresh token once and repeats the
// request, so a token that expires mid-batch does not fail the sync.
class SyncHttp : public QObject {
    Q_OBJECT
public:
    explicit SyncHttp(QObject *parent = nullptr);
    ~SyncHttp() override;

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setSchemaVersion(int version) { m_schema = version; }
    void setEpoch(const QString &epoch) { m_epoch = epoch; }
    void setTokens(const QString &access, const QString &refresh);
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    int schemaVersion() const { return m_schema; }
    QString epoch() const { return m_epoch; }
    // Cancelling `source` cancels this one too (a helper thread's requests follow the sync's).
    void setCancelSource(const SyncHttp *source) { m_cancelSource = source; }

    // How a 200 answer is handed over: parsed into `body`, or as its bytes in `text` for a
    // reader of its own (PullPageReader). Other answers are always parsed (their message).
    enum class Body { Json, Text };
    HttpResult get(const QString &path, const QUrlQuery &query = {}, Body as = Body::Json);
    HttpResult post(const QString &path, const QJsonObject &body);
    // Without the token and without refresh: login and refresh themselves.
    HttpResult postAnonymous(const QString &path, const QJsonObject &body);

    // Thread-safe: aborts the request in flight and every later one until resetCancel().
    void cancel() { m_cancelled = true; }
    void resetCancel() { m_cancelled = false; }
    bool isCancelled() const { return m_cancelled || (m_cancelSource && m_cancelSource->isCancelled()); }
    int requestCount() const { return m_requests; }
    void resetRequestCount() { m_requests = 0; }
    void addRequests(int count) { m_requests += count; } // made by a helper (PagePrefetcher)

signals:
    // New tokens after a refresh: the owner stores them (CredentialStore).
    void tokensRefreshed(const QString &access, const QString &refresh);

private:
    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query,
        const QByteArray &body, bool authenticated, Body as = Body::Json);
    HttpResult sendOnce(const QByteArray &method, const QString &path, const QUrlQuery &query,
        const QByteArray &body, bool authenticated, Body as = Body::Json);
    bool refresh();

    QNetworkAccessManager *m_network;
    QUrl m_base;
    int m_schema = 0;
    QString m_epoch;
    QString m_access, m_refresh;
    int m_timeoutMs = 30000;
    int m_requests = 0;
    std::atomic_bool m_cancelled { false };
    const SyncHttp *m_cancelSource = nullptr;
};

} // namespace ed::sync
