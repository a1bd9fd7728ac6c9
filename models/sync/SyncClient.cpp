#include "SyncClient.h"

#include "SyncHttp.h"
#include "SyncStore.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "expertdesk.sync")

namespace ed::sync {

SyncClient::SyncClient(QString databasePath, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock ? clock : &SystemClock::instance())
    , m_http(new SyncHttp(this))
{
    qRegisterMetaType<ed::sync::SyncReport>();
    qRegisterMetaType<ed::sync::SyncStatus>();
    qRegisterMetaType<ed::sync::SyncPhase>();
    connect(m_http, &SyncHttp::tokensRefreshed, this, [this] { storeTokens(); });
}

SyncClient::~SyncClient() = default;

void SyncClient::setServer(const QUrl &url, const QString &user)
{
    m_http->setBaseUrl(url);
    m_user = user;
}

QUrl SyncClient::server() const
{
    return m_http->baseUrl();
}

void SyncClient::setOptions(const Options &options)
{
    m_options = options;
    m_options.pushBatch = std::clamp(options.pushBatch, 1, kMaxMutationsPerPush);
    m_options.pullLimit = std::clamp(options.pullLimit, 1, kMaxPullLimit);
    m_http->setTimeoutMs(options.timeoutMs);
}

bool SyncClient::ensureOpen(QString *error)
{
    if (m_store)
        return true;
    auto database = std::make_unique<Database>(m_path);
    if (database->open(error) != Database::Status::Ok)
        return false;
    m_http->setSchemaVersion(database->schemaVersion());
    m_database = std::move(database);
    m_store = std::make_unique<SyncStore>(*m_database, *m_clock);
    return true;
}

bool SyncClient::login(const QString &password, QString *error)
{
    const HttpResult answer = m_http->postAnonymous(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("user"), m_user }, { QStringLiteral("password"), password } });
    if (answer.status != 200) {
        *error = answer.status == 0
            ? tr("Cannot reach the server %1: %2").arg(server().toString(), answer.networkError)
            : answer.status == 401 ? tr("The user name or the password is wrong.")
                                   : tr("The server refused to sign in (%1): %2").arg(answer.status).arg(answer.serverMessage());
        return false;
    }
    m_http->setTokens(answer.body.value(QStringLiteral("token")).toString(),
        answer.body.value(QStringLiteral("refresh_token")).toString());
    storeTokens();
    return true;
}

void SyncClient::storeTokens()
{
    if (!m_credentials)
        return;
    QString message;
    if (!m_credentials->save(server().toString(), m_user, { m_http->accessToken(), m_http->refreshToken() }, &message))
        emit keychainUnavailable(message);
}

bool SyncClient::restoreSession(QString *error)
{
    if (!m_credentials)
        return hasSession();
    const auto tokens = m_credentials->load(server().toString(), m_user, error);
    if (!tokens)
        return false;
    m_http->setTokens(tokens->access, tokens->refresh);
    return true;
}

void SyncClient::setSession(const QString &access, const QString &refresh)
{
    m_http->setTokens(access, refresh);
}

bool SyncClient::hasSession() const
{
    return !m_http->accessToken().isEmpty();
}

void SyncClient::forgetSession()
{
    m_http->resetCancel(); // a cancelled sync must not also cancel the logout
    if (hasSession())
        m_http->post(QStringLiteral("/api/v1/auth/logout"), {});
    m_http->setTokens({}, {});
    if (m_credentials)
        m_credentials->remove(server().toString(), m_user);
}

void SyncClient::cancel()
{
    m_http->cancel();
}

void SyncClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

bool SyncClient::check(const HttpResult &result, SyncReport *report)
{
    if (result.isOk())
        return true;
    if (result.cancelled || m_http->isCancelled()) {
        report->failure = SyncFailure::Cancelled;
        report->message = tr("Sync cancelled; nothing was lost, the next sync continues.");
    } else if (result.status == 0) {
        report->failure = SyncFailure::Offline;
        report->message = tr("Cannot reach the server: %1").arg(result.networkError);
    } else if (result.status == 401) {
        report->failure = SyncFailure::Unauthorized;
        report->message = tr("The sign-in has expired; sign in again.");
    } else if (result.status == 426) {
        report->failure = SyncFailure::UpgradeRequired;
        report->message = result.serverMessage();
    } else {
        report->failure = SyncFailure::Server;
        report->message = tr("The server answered %1: %2").arg(result.status).arg(result.serverMessage());
    }
    return false;
}

SyncReport SyncClient::sync()
{
    SyncReport report;
    m_http->resetCancel();
    m_http->resetRequestCount();
    m_syncing = true;
    QString error;
    bool snapshotDone = false;
    const auto failLocal = [&](const QString &message) {
        report.failure = SyncFailure::Local;
        report.message = tr("The local database refused the sync: %1").arg(message);
    };
    if (!ensureOpen(&error)) {
        failLocal(error);
    } else if (!hasSession()) {
        report.failure = SyncFailure::Unauthorized;
        report.message = tr("Sign in to %1 first.").arg(server().toString());
    } else {
        emit progress(SyncPhase::Probe, 0, 1);
        // The probe is what decides "online": an answer from our server with our token.
        const HttpResult probe = m_http->get(QStringLiteral("/api/v1/auth/me"));
        setOnline(probe.status != 0);
        // A copy downloaded whole in this sync is the server's by construction: its digest check
        // (a read of every row on both sides) waits for the usual interval.
        const bool firstDownload = m_store->cursor() == 0 && m_store->outboxCount() == 0;
        if (check(probe, &report) && pullAll(&report, &snapshotDone) && pushAll(&report)
            && (report.pushed == 0 || pullAll(&report, &snapshotDone))
            && syncConflicts(&report, report.conflicts > 0)) {
            const qint64 last = m_store->state(QStringLiteral("last_digest_ms")).toLongLong();
            if (firstDownload && !m_options.verifyDigest)
                m_store->setState(QStringLiteral("last_digest_ms"), QString::number(m_clock->nowMs()));
            else if (m_options.verifyDigest || m_clock->nowMs() - last >= m_options.digestIntervalMs)
                checkDigest(&report, &snapshotDone);
        }
    }
    report.requests = m_http->requestCount();
    report.finishedAt = m_clock->now();
    m_syncing = false;
    m_lastError = report.message;
    if (report.ok() && m_store)
        m_store->setState(QStringLiteral("last_synced_at"), report.finishedAt.toString(Qt::ISODateWithMs));
    qCInfo(lcSync).noquote() << "sync finished:" << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    emit statusChanged(status());
    return report;
}

bool SyncClient::pushAll(SyncReport *report)
{
    const int total = m_store->outboxCount();
    qint64 after = 0;
    QString error;
    while (total > 0) {
        if (m_http->isCancelled())
            return check(HttpResult { 0, {}, {}, true }, report);
        // Entries kept for retry (rejected/internal) are behind `after`: never sent twice in a
        // sync, never blocking the entries that follow them.
        const QList<Mutation> batch = m_store->outbox(after, m_options.pushBatch, &error);
        if (batch.isEmpty())
            break;
        PushRequest request;
        request.clientId = m_store->clientId();
        request.schemaVersion = m_database->schemaVersion();
        request.mutations = batch;
        const HttpResult answer = m_http->post(QStringLiteral("/api/v1/sync/push"), request.toJson());
        if (!check(answer, report))
            return false; // the batch stays in the outbox; the server de-duplicates a resend
        QList<MutationResult> results;
        for (const QJsonValue &value : answer.body.value(QStringLiteral("results")).toArray())
            results << MutationResult::fromJson(value.toObject());
        SyncStore::PushTally tally;
        if (!m_store->applyPushResults(batch, results, &tally, &error)) {
            report->failure = SyncFailure::Local;
            report->message = tr("The local database refused the sync: %1").arg(error);
            return false;
        }
        report->pushed += batch.size() - tally.retryLater;
        report->applied += tally.applied;
        report->merged += tally.merged;
        report->conflicts += tally.conflicts;
        report->rejected += tally.rejected;
        report->retryLater += tally.retryLater;
        after = batch.constLast().clientSeq;
        emit progress(SyncPhase::Push, report->pushed + report->retryLater, total);
    }
    return true;
}

bool SyncClient::syncConflicts(SyncReport *report, bool force)
{
    const QStringList ready = m_store->conflictsReadyToClose();
    for (const QString &id : ready) {
        const HttpResult answer = m_http->post(QStringLiteral("/api/v1/conflicts/resolve"), { { QStringLiteral("id"), id } });
        if (answer.status == 200 || answer.status == 404)
            m_store->removeConflict(id); // 404: someone else closed it already
        else if (!check(answer, report))
            return false;
    }
    if (!force && ready.isEmpty() && !(report->pulled > 0 && m_store->conflictCount() > 0))
        return true;
    emit progress(SyncPhase::Conflicts, 0, 1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    const HttpResult answer = m_http->get(QStringLiteral("/api/v1/conflicts"), query);
    if (!check(answer, report))
        return false;
    QList<LocalConflict> open;
    for (const QJsonValue &value : answer.body.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject o = value.toObject();
        LocalConflict c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.table = o.value(QStringLiteral("table_name")).toString();
        c.rowId = o.value(QStringLiteral("row_id")).toString();
        c.field = o.value(QStringLiteral("field")).toString();
        c.kind = o.value(QStringLiteral("kind")).toString();
        c.serverValue = o.value(QStringLiteral("server_value")).toVariant();
        c.clientValue = o.value(QStringLiteral("client_value")).toVariant();
        c.serverHlc = o.value(QStringLiteral("server_hlc")).toString();
        c.clientHlc = o.value(QStringLiteral("client_hlc")).toString();
        c.serverVersion = o.value(QStringLiteral("server_version")).toInteger();
        c.clientId = o.value(QStringLiteral("client_id")).toString();
        c.user = o.value(QStringLiteral("user")).toString();
        c.createdAt = o.value(QStringLiteral("created_at")).toString();
        open << c;
    }
    QString error;
    if (!m_store->replaceConflicts(open, &error)) {
        report->failure = SyncFailure::Local;
        report->message = tr("The local database refused the sync: %1").arg(error);
        return false;
    }
    return true;
}

SyncStatus SyncClient::status()
{
    SyncStatus s;
    s.online = m_online;
    s.syncing = m_syncing;
    s.lastError = m_lastError;
    QString error;
    if (!ensureOpen(&error)) {
        s.lastError = error;
        return s;
    }
    s.lastSyncedAt = QDateTime::fromString(m_store->state(QStringLiteral("last_synced_at")), Qt::ISODateWithMs);
    s.pendingChanges = m_store->outboxCount();
    s.openConflicts = m_store->conflictCount();
    s.failedChanges = m_store->failedCount();
    s.clockSkewMs = m_store->state(QStringLiteral("clock_skew_ms")).toLongLong();
    return s;
}

QList<LocalConflict> SyncClient::conflicts()
{
    QString error;
    return ensureOpen(&error) ? m_store->conflicts() : QList<LocalConflict>();
}

QList<FailedChange> SyncClient::failedChanges()
{
    QString error;
    return ensureOpen(&error) ? m_store->failedChanges() : QList<FailedChange>();
}

bool SyncClient::chooseConflictValue(RecordRepository &repository, const LocalConflict &conflict,
    const QVariant &value, QString *error)
{
    const EntitySpec *spec = Schema::find(conflict.table);
    if (!spec) {
        *error = tr("The conflict names an unknown table %1.").arg(conflict.table);
        return false;
    }
    WriteResult written { conflict.rowId, {} };
    if (conflict.field == QLatin1String("deleted"))
        written = value.toBool() ? repository.remove(*spec, conflict.rowId) : repository.restore(*spec, conflict.rowId);
    else
        written = repository.update(*spec, conflict.rowId, { { conflict.field, value } });
    if (!written.ok()) {
        *error = written.message();
        return false;
    }
    return SyncStore::markResolving(repository.database().connection(), conflict.id, error);
}

void SyncClient::syncNow()
{
    const SyncReport report = sync();
    emit finished(report);
    if (m_auto)
        scheduleNext(report);
}

void SyncClient::scheduleNext(const SyncReport &report)
{
    const bool retry = report.failure == SyncFailure::Offline || report.failure == SyncFailure::Server;
    if (!retry)
        m_backoff.reset();
    if (report.failure == SyncFailure::Unauthorized || report.failure == SyncFailure::UpgradeRequired)
        return; // a person must act; retrying would only repeat the refusal
    const qint64 delay = retry ? m_backoff.nextDelayMs() : m_options.autoSyncIntervalMs;
    if (m_schedule)
        m_schedule(delay);
    else
        QTimer::singleShot(std::chrono::milliseconds(delay), this, &SyncClient::syncNow);
}

void SyncClient::setAutoSync(bool enabled)
{
    m_auto = enabled;
    if (!enabled)
        return;
    // Only a hint: the probe decides. loadDefaultBackend() fails on Debian 12 (DESIGN.md §6).
    if (!m_networkHintConnected
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && !m_syncing) {
                    m_backoff.reset();
                    QMetaObject::invokeMethod(this, &SyncClient::syncNow, Qt::QueuedConnection);
                }
            });
        m_networkHintConnected = true;
    }
    QMetaObject::invokeMethod(this, &SyncClient::syncNow, Qt::QueuedConnection);
}

} // namespace ed::sync
