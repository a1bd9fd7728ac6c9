#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// One answer from the server, read synchronously.
struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QMap<QByteArray, QByteArray> headers;
};

// Where the server stores its data: a SQLite file or a PostgreSQL database.
struct ServerBackend {
    QStringList arguments; // --db FILE or --pg CONNINFO
    QString sqlitePath; // empty on PostgreSQL
};

inline int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

inline QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("expertdesk.server.debug=false"));
    return environment;
}

// The built expertdesk-server (path from CMake) run as an administrator would.
inline int runServerCli(const ServerBackend &backend, const QStringList &arguments,
    const QByteArray &input = {}, QByteArray *out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(serverEnvironment());
    process.start(QStringLiteral(EXPERTDESK_SERVER), backend.arguments + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0)
        qWarning("expertdesk-server %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
            err.constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A running expertdesk-server on a free loopback port.
class ServerProcess {
public:
    ~ServerProcess() { stop(); }

    // The server's log (standard error) is kept for log() instead of shown.
    void setCaptureLog(bool capture) { m_captureLog = capture; }
    QByteArray log()
    {
        if (m_process)
            m_log += m_process->readAllStandardError();
        return m_log;
    }
    // Waits for the server to write `needle` to its log (true) or for timeoutMs to pass.
    bool waitForLog(const QByteArray &needle, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!log().contains(needle)) {
            if (!m_process || timer.elapsed() > timeoutMs)
                return false;
            m_process->waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
        }
        return true;
    }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    bool start(const ServerBackend &backend, const QStringList &extra = {},
        const QProcessEnvironment &environment = serverEnvironment())
    {
        m_tls = extra.contains(QStringLiteral("--tls-cert"));
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freeLoopbackPort();
            m_process = std::make_unique<QProcess>();
            m_process->setProcessEnvironment(environment);
            m_process->setProcessChannelMode(
                m_captureLog ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
            m_process->start(QStringLiteral(EXPERTDESK_SERVER),
                backend.arguments
                    + QStringList { QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(m_port) }
                    + extra);
            if (!m_process->waitForStarted(10000))
                return false;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 15000 && m_process->state() == QProcess::Running) {
                if (get(QStringLiteral("/api/v1/health")).status == 200)
                    return true;
                QTest::qWait(50);
            }
            // Someone took the port between probe and start (exit code 3): try another one.
            stop();
        }
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished();
            }
        }
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? "https" : "http").arg(m_port).arg(path));
    }

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(60000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }
    HttpReply get(const QString &path, const QString &token = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, token, headers);
    }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

private:
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    QByteArray m_log;
    bool m_captureLog = false;
    int m_port = 0;
    bool m_tls = false;
};
