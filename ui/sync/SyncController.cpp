#include "SyncController.h"

#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "sync/CredentialStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

#include <QSettings>
#include <QThread>

namespace ed {

using namespace ed::sync;

namespace {
const QString kGroup = QStringLiteral("Sync");
const QString kServerKey = QStringLiteral("serverUrl");
const QString kUserKey = QStringLiteral("user");
} // namespace

SyncController::SyncController(RecordRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository)
{
    qRegisterMetaType<ed::sync::SyncReport>();
    qRegisterMetaType<ed::sync::SyncStatus>();
    qRegisterMetaType<ed::sync::SyncPhase>();
}

SyncController::~SyncController()
{
    stopClient();
    if (m_retiring)
        runInWorker([] {}); // the worker's queue is in order: sign-outs before this are done
}

QUrl SyncController::savedServerUrl()
{
    QSettings settings;
    return QUrl(settings.value(kGroup + QLatin1Char('/') + kServerKey).toString());
}

QString SyncController::savedUser()
{
    QSettings settings;
    return settings.value(kGroup + QLatin1Char('/') + kUserKey).toString();
}

QThread *SyncController::workerThread()
{
    // One thread for the whole process: QtKeychain 0.13 queues its jobs through a singleton
    // bound to the thread that first used it, so every keychain call must come from one thread
    // that outlives them all (a thread per sign-in would leave the queue stuck or dangling).
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("sync"));
        t->start();
        qAddPostRoutine([] {
            QThread *t = workerThread();
            t->quit();
            t->wait();
        });
        return t;
    }();
    return thread;
}

void SyncController::runInWorker(const std::function<void()> &function)
{
    QObject context;
    context.moveToThread(workerThread());
    QMetaObject::invokeMethod(&context, function, Qt::BlockingQueuedConnection);
}

void SyncController::startClient(const QUrl &url, const QString &user)
{
    stopClient();
    ++m_generation;
    m_url = url;
    m_user = user;
    // The client opens the database file itself, on a connection of the worker thread.
    m_client = new SyncClient(m_repository.database().path(), &m_repository.clock());
    m_credentials = new CredentialStore;
    m_client->setServer(url, user);
    m_client->setCredentialStore(m_credentials);
    m_client->moveToThread(workerThread());
    m_credentials->moveToThread(workerThread());
    connect(m_client, &SyncClient::finished, this, &SyncController::onFinished);
    connect(m_client, &SyncClient::progress, this, &SyncController::onProgress);
    connect(m_client, &SyncClient::statusChanged, this, &SyncController::setStatus);
    connect(m_client, &SyncClient::keychainUnavailable, this, [this](const QString &message) {
        m_keychainMessage = message;
        emit keychainUnavailable(message);
    });
}

void SyncController::stopClient()
{
    if (!m_client)
        return;
    disconnect(m_client, nullptr, this, nullptr);
    m_client->cancel(); // thread-safe: a running sync stops at its next request
    SyncClient *client = m_client;
    CredentialStore *credentials = m_credentials;
    // Blocks until a sync in flight has stopped: the client uses our repository's clock.
    QMetaObject::invokeMethod(client, [client, credentials] {
        delete client;
        delete credentials;
    }, Qt::BlockingQueuedConnection);
    m_client = nullptr;
    m_credentials = nullptr;
    m_busy = false;
}

void SyncController::signIn(const QUrl &url, const QString &user, const QString &password)
{
    startClient(url, user);
    m_busy = true;
    m_keychainMessage.clear();
    const int generation = m_generation;
    SyncClient *client = m_client;
    QMetaObject::invokeMethod(client, [this, client, password, generation] {
        QString error;
        const bool ok = client->login(password, &error);
        QMetaObject::invokeMethod(this, [this, ok, error, generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (ok) {
                QSettings settings;
                settings.beginGroup(kGroup);
                settings.setValue(kServerKey, m_url.toString());
                settings.setValue(kUserKey, m_user);
                setSignedIn(true);
                QMetaObject::invokeMethod(m_client, [client = m_client] { client->setAutoSync(true); });
            } else {
                stopClient();
                setSignedIn(false);
            }
            emit signInFinished(ok, error);
        });
    });
}

void SyncController::restoreSavedSession()
{
    const QUrl url = savedServerUrl();
    const QString user = savedUser();
    if (!url.isValid() || url.isEmpty() || user.isEmpty())
        return;
    startClient(url, user);
    const int generation = m_generation;
    SyncClient *client = m_client;
    QMetaObject::invokeMethod(client, [this, client, generation] {
        QString error;
        const bool ok = client->restoreSession(&error);
        if (ok)
            client->setAutoSync(true);
        QMetaObject::invokeMethod(this, [this, ok, generation] {
            if (generation != m_generation)
                return;
            if (!ok)
                stopClient(); // the person signs in again; the URL and user stay filled in
            setSignedIn(ok);
        });
    });
}

void SyncController::signOut()
{
    if (m_client) {
        // Not cancelled: a sync in flight ends by itself (its timeouts bound it), then the
        // client logs out on the server and removes the tokens from the keychain. The window
        // does not wait for the network; the destructor waits for the worker's queue.
        SyncClient *client = m_client;
        CredentialStore *credentials = m_credentials;
        disconnect(client, nullptr, this, nullptr);
        QMetaObject::invokeMethod(client, [client, credentials] {
            client->setAutoSync(false);
            client->forgetSession();
            delete client;
            delete credentials;
        });
        m_retiring = true;
        m_client = nullptr;
        m_credentials = nullptr;
        ++m_generation;
    }
    m_busy = false;
    m_status = SyncStatus();
    setSignedIn(false);
    emit statusChanged(m_status);
}

void SyncController::syncNow()
{
    if (!m_client || !m_signedIn)
        return;
    QMetaObject::invokeMethod(m_client, &SyncClient::syncNow, Qt::QueuedConnection);
}

void SyncController::cancelSync()
{
    if (m_client)
        m_client->cancel();
}

void SyncController::onProgress(SyncPhase phase, int done, int total)
{
    Q_UNUSED(phase)
    SyncStatus status = m_status;
    status.syncing = true;
    status.done = done;
    status.total = total;
    setStatus(status);
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(m_status);
}

void SyncController::onFinished(const SyncReport &report)
{
    if (sender() != m_client)
        return;
    if (m_status.syncing) {
        m_status.syncing = false;
        emit statusChanged(m_status);
    }
    // The worker wrote through its own connection: the repository's signals did not fire, so
    // the views reload as after any batch of changes.
    if (report.pulled > 0 || report.resnapshot || report.rejected > 0 || !report.digestMismatch.isEmpty())
        emit m_repository.batchCommitted();
    if (report.failure == SyncFailure::Unauthorized)
        setSignedIn(false);
    emit syncFinished(report);
    emit conflictsChanged();
}

void SyncController::setSignedIn(bool signedIn)
{
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    emit signedInChanged(signedIn);
}

QList<LocalConflict> SyncController::conflicts() const
{
    SyncStore store(m_repository.database(), m_repository.clock());
    return store.conflicts();
}

bool SyncController::dismissFailedChange(qint64 clientSeq, QString *error)
{
    SyncStore store(m_repository.database(), m_repository.clock());
    if (!store.dismissFailedChange(clientSeq, error))
        return false;
    refreshCounts();
    emit conflictsChanged();
    return true;
}

void SyncController::refreshCounts()
{
    SyncStore store(m_repository.database(), m_repository.clock());
    SyncStatus status = m_status;
    status.failedChanges = store.failedCount();
    status.openConflicts = store.conflictCount();
    status.pendingChanges = store.outboxCount();
    setStatus(status);
}

QList<FailedChange> SyncController::failedChanges() const
{
    SyncStore store(m_repository.database(), m_repository.clock());
    return store.failedChanges();
}

bool SyncController::chooseConflictValue(const LocalConflict &conflict, const QVariant &value, QString *error)
{
    if (!SyncClient::chooseConflictValue(m_repository, conflict, value, error))
        return false;
    emit conflictsChanged();
    return true;
}

} // namespace ed
