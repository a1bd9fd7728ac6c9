#include "SyncHttp.h"

#include "SyncProtocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

SyncHttp::SyncHttp(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Qt may resend a request on a reused keep-alive connection that closed before any answer;
    // that is safe only because the server de-duplicates pushes on (client_id, client_seq).
    m_network->setAutoDeleteReplies(false);
}

SyncHttp::~SyncHttp() = default;

void SyncHttp::setTokens(const QString &access, const QString &refresh)
{
    m_access = access;
    m_refresh = refresh;
}

HttpResult SyncHttp::get(const QString &path, const QUrlQuery &query, Body as)
{
    return send("GET", path, query, {}, true, as);
}

HttpResult SyncHttp::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

HttpResult SyncHttp::postAnonymous(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), false);
}

HttpResult SyncHttp::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QByteArray &body, bool authenticated, Body as)
{
    HttpResult result = sendOnce(method, path, query, body, authenticated, as);
    if (authenticated && result.status == 401 && !m_refresh.isEmpty() && refresh())
        result = sendOnce(method, path, query, body, authenticated, as);
    return result;
}

bool SyncHttp::refresh()
{
    const HttpResult answer = sendOnce("POST", QStringLiteral("/api/v1/auth/refresh"), {},
        QJsonDocument(QJsonObject { { QStringLiteral("refresh_token"), m_refresh } })
            .toJson(QJsonDocument::Compact),
        false);
    if (answer.status != 200) {
        qCInfo(lcSync) << "token refresh failed with" << answer.status;
        // A refresh token works once: a failed attempt leaves nothing worth retrying.
        if (answer.status == 401)
            m_refresh.clear();
        return false;
    }
    m_access = answer.body.value(QStringLiteral("token")).toString();
    m_refresh = answer.body.value(QStringLiteral("refresh_token")).toString();
    emit tokensRefreshed(m_access, m_refresh);
    return true;
}

HttpResult SyncHttp::sendOnce(const QByteArray &method, const QString &path,
    const QUrlQuery &query, const QByteArray &body, bool authenticated, Body as)
{
    HttpResult result;
    if (isCancelled()) {
        result.cancelled = true;
        return result;
    }
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (m_schema > 0)
        request.setRawHeader(kSchemaVersionHeader, QByteArray::number(m_schema));
    if (!m_epoch.isEmpty())
        request.setRawHeader(kEpochHeader, m_epoch.toUtf8());
    if (authenticated && !m_access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_access.toUtf8());
    // The server answers in this language (its refusals reach the user: failed changes, errors).
    request.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    ++m_requests;
    QNetworkReply *reply = method == "GET" ? m_network->get(request)
                                           : m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // cancel() may come from another thread; polling keeps the reply in its own thread.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, reply, [this, reply] {
        if (isCancelled())
            reply->abort();
    });
    poll.start(50);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.cancelled = isCancelled() && reply->error() == QNetworkReply::OperationCanceledError;
    if (result.status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError) {
        result.networkError = tr("this computer does not trust the server's certificate (%1); "
                                 "check the server address, or ask its administrator")
                                  .arg(reply->errorString());
    } else if (result.status == 0) {
        result.networkError = reply->errorString();
    }
    const QByteArray data = reply->readAll();
    if (as == Body::Text && result.status == 200)
        result.text = data;
    else if (!data.isEmpty())
        result.body = QJsonDocument::fromJson(data).object();
    reply->deleteLater();
    return result;
}

} // namespace ed::sync
