#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QThread;

namespace ed::sync {
class CredentialStore;
class SyncClient;
} // namespace ed::sync

namespace ed {

class RecordRepository;


// The GUI's side of sync (DESIGN.md §4): owns the worker thread in which a SyncClient runs with
// its own SQLite connection, signs in and out without blocking the window, and tells the views
// to reload when a sync brought changes. Conflicts and failed changes are read on the GUI's own
// connection. Server URL and user name are remembered in QSettings; tokens only in the keychain.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(RecordRepository &repository, QObject *parent = nullptr);
    ~SyncController() override;

    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return m_busy; }
    QUrl serverUrl() const { return m_url; }
    QString user() const { return m_user; }
    // The last known state; syncing/progress while a sync runs.
    sync::SyncStatus status() const { return m_status; }
    // Empty while the keychain works; otherwise why the password will be asked each time.
    QString keychainMessage() const { return m_keychainMessage; }

    // The URL and user name saved by the last successful sign-in (QSettings "Sync/…").
    static QUrl savedServerUrl();
    static QString savedUser();

    // Asynchronous: signInFinished() reports the result; on success auto-sync starts.
    void signIn(const QUrl &url, const QString &user, const QString &password);
    // Reads the tokens of the saved server and user from the keychain (no password).
    void restoreSavedSession();
    void signOut();
    void syncNow();
    void cancelSync();

    // The one thread where sync clients run and the keychain is used (QtKeychain is not
    // thread-safe across threads); runInWorker() calls `function` there and waits.
    static QThread *workerThread();
    static void runInWorker(const std::function<void()> &function);

    QList<sync::LocalConflict> conflicts() const;
    QList<sync::FailedChange> failedChanges() const;
    // Removes a refused change from the list (the person has dealt with it); false with a message
    // when it cannot.
    bool dismissFailedChange(qint64 clientSeq, QString *error);
    bool chooseConflictValue(const sync::LocalConflict &conflict, const QVariant &value, QString *error);

signals:
    void signInFinished(bool ok, const QString &error);
    void signedInChanged(bool signedIn);
    void statusChanged(const ed::sync::SyncStatus &status);
    void syncFinished(const ed::sync::SyncReport &report);
    void keychainUnavailable(const QString &message);
    // Conflicts or failed changes may have changed (after a sync or a resolution).
    void conflictsChanged();

private:
    void startClient(const QUrl &url, const QString &user);
    void stopClient();
    void onFinished(const sync::SyncReport &report);
    void onProgress(sync::SyncPhase phase, int done, int total);
    void setStatus(const sync::SyncStatus &status);
    void setSignedIn(bool signedIn);
    void refreshCounts();

    RecordRepository &m_repository;
    sync::SyncClient *m_client = nullptr; // lives in workerThread()
    sync::CredentialStore *m_credentials = nullptr; // lives in workerThread()
    QUrl m_url;
    QString m_user;
    bool m_signedIn = false;
    bool m_busy = false;
    sync::SyncStatus m_status;
    QString m_keychainMessage;
    bool m_retiring = false; // a signed-out client may still be logging out in the worker
    int m_generation = 0; // answers from a client that was replaced are ignored
};

} // namespace ed
