#pragma once

#include "CredentialStore.h"
#include "SyncBackoff.h"
#include "SyncTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace ed {
class Clock;
class Database;
class RecordRepository;
} // namespace ed

namespace ed::sync {

class SyncHttp;
class SyncStore;
struct HttpResult;

// The client sync engine (DESIGN.md §4, docs/api.md). It owns its own SQLite connection and
// HTTP client and runs each sync to the end in the thread it lives in: the GUI moves it to a
// worker thread and calls syncNow() through a queued connection; the CLI and tests call sync().
// Order of one sync: authenticated probe, pull (a 410 re-downloads a snapshot once), push the
// outbox in batches, pull what the push produced, conflicts, digest when due. A sync with
// nothing to do costs two requests (probe and one empty pull page).
class SyncClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        int pushBatch = 200; // ≤ kMaxMutationsPerPush
        // The server's maximum page (api.md: limit 1–1000): half the round trips of the default.
        int pullLimit = 1000; // kMaxPullLimit (SyncProtocol.h)
        int timeoutMs = 30000;
        bool verifyDigest = false; // compare digests on every sync, not only when due
        qint64 digestIntervalMs = 6 * 3600 * 1000;
        qint64 autoSyncIntervalMs = 5 * 60 * 1000;
    };

    // `clock` must outlive the client; nullptr uses the system clock.
    explicit SyncClient(QString databasePath, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &url, const QString &user);
    QUrl server() const;
    QString user() const { return m_user; }
    void setOptions(const Options &options);
    Options options() const { return m_options; }
    // Where tokens are kept; without one they live in this object only.
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }

    // Sign-in. login() stores the tokens in the credential store; restoreSession() reads them
    // back so no password is needed. Both run in the client's thread.
    bool login(const QString &password, QString *error);
    bool restoreSession(QString *error = nullptr);
    bool hasSession() const;
    // Tokens obtained elsewhere (a sign-in dialog, a test that signs in once for many copies).
    void setSession(const QString &access, const QString &refresh);
    void forgetSession();

    SyncReport sync(); // blocking, in the client's thread
    void cancel(); // thread-safe: the sync stops at the next request or page
    SyncStatus status();
    QList<LocalConflict> conflicts();
    QList<FailedChange> failedChanges();

    // Periodic sync with backoff after failures; QNetworkInformation (when a backend loads by
    // features) only hints that the network came back. `schedule` replaces the timer in tests.
    void setAutoSync(bool enabled);
    void setScheduler(std::function<void(qint64 delayMs)> schedule) { m_schedule = std::move(schedule); }
    SyncBackoff &backoff() { return m_backoff; }

    // The person's choice in the side-by-side view, made where the repository lives (GUI
    // thread): the chosen value becomes a normal local update; the next sync pushes it and
    // then tells the server the conflict is resolved. Keeping the server's value writes nothing.
    static bool chooseConflictValue(RecordRepository &repository, const LocalConflict &conflict,
        const QVariant &value, QString *error);

public slots:
    void syncNow(); // emits finished()

signals:
    void progress(ed::sync::SyncPhase phase, int done, int total);
    void statusChanged(const ed::sync::SyncStatus &status);
    void finished(const ed::sync::SyncReport &report);
    void onlineChanged(bool online);
    // The tokens could only be kept in memory: the password will be asked each time.
    void keychainUnavailable(const QString &message);

private:
    bool ensureOpen(QString *error);
    bool check(const HttpResult &result, SyncReport *report);
    bool pullAll(SyncReport *report, bool *snapshotDone);
    bool snapshot(SyncReport *report, const QString &epoch, const QSet<QString> &tables);
    // Keeps the server's clock minus ours (SyncStatus::clockSkewMs) from a pull's server_time.
    void noteClockSkew(const QString &serverTime);
    bool pushAll(SyncReport *report);
    bool syncConflicts(SyncReport *report, bool force);
    bool checkDigest(SyncReport *report, bool *snapshotDone);
    void setOnline(bool online);
    void storeTokens();
    void scheduleNext(const SyncReport &report);

    QString m_path;
    const Clock *m_clock;
    QString m_user;
    Options m_options;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncStore> m_store;
    SyncHttp *m_http;
    bool m_online = false;
    bool m_syncing = false;
    bool m_auto = false;
    QString m_lastError;
    SyncBackoff m_backoff;
    std::function<void(qint64)> m_schedule;
    bool m_networkHintConnected = false; // lambdas cannot use Qt::UniqueConnection
};

} // namespace ed::sync

Q_DECLARE_METATYPE(ed::sync::SyncPhase)
