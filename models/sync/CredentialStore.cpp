#include "CredentialStore.h"

#include <QEventLoop>

#include <memory>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

#include <qt6keychain/keychain.h>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

namespace {

    // Tokens of this process when no keychain is reachable; gone when the program ends.
    QMutex g_memoryLock;
    QHash<QString, CredentialStore::Tokens> &memory()
    {
        static QHash<QString, CredentialStore::Tokens> tokens;
        return tokens;
    }

    // QtKeychain jobs are asynchronous; callers (the sync thread, the CLI) want an answer now.
    // Jobs live on the heap and are deleted later: QtKeychain's process-wide job queue may still
    // touch a job after `finished`, so a job on the stack could be gone by then.
    template<typename T>
    using JobPtr = std::unique_ptr<T, void (*)(T *)>;
    template<typename T>
    JobPtr<T> makeJob()
    {
        auto *job = new T(CredentialStore::serviceName());
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        return JobPtr<T>(job, [](T *j) { j->deleteLater(); });
    }

    void run(QKeychain::Job *job)
    {
        QEventLoop loop;
        QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    bool unavailable(QKeychain::Error error)
    {
        return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
            || error == QKeychain::AccessDenied || error == QKeychain::OtherError;
    }

    QString noKeychainMessage(const QString &detail)
    {
        return CredentialStore::tr("No keychain is available (%1); you will be asked for the "
                                   "password each time Expert Desk starts.")
            .arg(detail);
    }

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::key(const QString &serverUrl, const QString &user)
{
    QString url = serverUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return user + QLatin1Char('@') + url;
}

bool CredentialStore::save(const QString &serverUrl, const QString &user, const Tokens &tokens, QString *error)
{
    const QString name = key(serverUrl, user);
    {
        QMutexLocker lock(&g_memoryLock);
        memory().insert(name, tokens);
    }
    const auto jobPtr = makeJob<QKeychain::WritePasswordJob>();
    QKeychain::WritePasswordJob &job = *jobPtr;
    job.setKey(name);
    job.setBinaryData(QJsonDocument(QJsonObject { { QStringLiteral("token"), tokens.access },
                                        { QStringLiteral("refresh_token"), tokens.refresh } })
                          .toJson(QJsonDocument::Compact));
    run(&job);
    m_available = job.error() == QKeychain::NoError;
    if (!m_available) {
        qCInfo(lcSync) << "keychain write failed:" << job.errorString();
        if (error)
            *error = noKeychainMessage(job.errorString());
    }
    return m_available;
}

std::optional<CredentialStore::Tokens> CredentialStore::load(const QString &serverUrl, const QString &user, QString *error)
{
    const QString name = key(serverUrl, user);
    const auto jobPtr = makeJob<QKeychain::ReadPasswordJob>();
    QKeychain::ReadPasswordJob &job = *jobPtr;
    job.setKey(name);
    run(&job);
    if (job.error() == QKeychain::NoError) {
        m_available = true;
        const QJsonObject object = QJsonDocument::fromJson(job.binaryData()).object();
        return Tokens { object.value(QStringLiteral("token")).toString(),
            object.value(QStringLiteral("refresh_token")).toString() };
    }
    m_available = !unavailable(job.error());
    if (!m_available && error)
        *error = noKeychainMessage(job.errorString());
    QMutexLocker lock(&g_memoryLock);
    const auto it = memory().constFind(name);
    if (it != memory().cend())
        return *it;
    return std::nullopt;
}

bool CredentialStore::remove(const QString &serverUrl, const QString &user, QString *error)
{
    const QString name = key(serverUrl, user);
    {
        QMutexLocker lock(&g_memoryLock);
        memory().remove(name);
    }
    const auto jobPtr = makeJob<QKeychain::DeletePasswordJob>();
    QKeychain::DeletePasswordJob &job = *jobPtr;
    job.setKey(name);
    run(&job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace ed::sync
