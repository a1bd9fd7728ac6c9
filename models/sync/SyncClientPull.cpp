// SyncClient: paged pull, the snapshot after a 410, and the digest check.
#include "SyncClient.h"

#include "PagePrefetcher.h"
#include "PullPageReader.h"
#include "SyncHttp.h"
#include "SyncStore.h"
#include "domain/Clock.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ed::sync {

namespace {

    QUrlQuery pageQuery(qint64 cursor, int limit, bool rows = false)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (rows) // arrays with the stored JSON as text: the fast apply path (api.md)
            query.addQueryItem(QStringLiteral("format"), QStringLiteral("rows"));
        return query;
    }

} // namespace

bool SyncClient::pullAll(SyncReport *report, bool *snapshotDone)
{
    QString error;
    const QString path = QStringLiteral("/api/v1/sync/pull");
    // Pages fetched and parsed in a helper thread while the current one is applied; remade
    // after anything but a 200 (the sync's own SyncHttp then takes that answer in hand).
    std::unique_ptr<PagePrefetcher> ahead;
    const auto countRequests = [&] {
        if (ahead)
            m_http->addRequests(ahead->requestCount());
        ahead.reset();
    };
    for (;;) {
        if (m_http->isCancelled()) {
            countRequests();
            return check(HttpResult { 0, {}, {}, true }, report);
        }
        m_http->setEpoch(m_store->epoch());
        if (!ahead)
            ahead = std::make_unique<PagePrefetcher>(*m_http, m_store->cursor(), m_options.pullLimit);
        HttpResult answer;
        PullResponse page;
        QString readError;
        ahead->next(&answer, &page, &readError);
        if (answer.status != 200) {
            countRequests();
            if (answer.status == 401) { // the sync's SyncHttp refreshes the token and asks again
                answer = m_http->get(path, pageQuery(m_store->cursor(), m_options.pullLimit, true),
                    SyncHttp::Body::Text);
                if (answer.status == 200)
                    PullPageReader().read(answer.text, &page, &readError);
            }
        }
        if (!readError.isEmpty()) {
            countRequests();
            qCWarning(lcSync) << "unreadable pull page:" << readError;
            report->failure = SyncFailure::Server;
            report->message = tr("The server sent data this version cannot read (%1). Nothing was "
                                 "changed; try again later or tell the server's administrator.")
                                  .arg(readError);
            return false;
        }
        if (answer.status == 410) {
            // One fresh copy per 410; a second one in the same sync means the server keeps
            // changing under us, and looping would only download it again.
            if (*snapshotDone) {
                report->failure = SyncFailure::Server;
                report->message = answer.serverMessage();
                return false;
            }
            *snapshotDone = true;
            qCInfo(lcSync) << "pull answered 410:" << answer.serverMessage();
            QSet<QString> all;
            for (const EntitySpec *spec : Schema::all())
                all.insert(spec->table);
            if (!snapshot(report, answer.body.value(QStringLiteral("epoch")).toString(), all))
                return false;
            report->resnapshot = true;
            continue;
        }
        if (!check(answer, report)) {
            countRequests();
            return false;
        }
        if (!m_store->applyPullPage(page, &error)) {
            countRequests();
            report->failure = SyncFailure::Local;
            report->message = tr("The local database refused the sync: %1").arg(error);
            return false;
        }
        report->pulled += page.size();
        noteClockSkew(page.serverTime);
        emit progress(SyncPhase::Pull, report->pulled, 0);
        if (!page.hasMore) {
            countRequests();
            return true;
        }
    }
}

void SyncClient::noteClockSkew(const QString &serverTime)
{
    // The answer's transit time (milliseconds on any usable link) is far below the 5-minute
    // threshold, so it is not subtracted.
    const QDateTime server = QDateTime::fromString(serverTime, Qt::ISODateWithMs);
    if (!server.isValid())
        return;
    const qint64 skew = server.toMSecsSinceEpoch() - m_clock->nowMs();
    // Stored when it moved by a second or more: not a write per page.
    if (qAbs(skew - m_store->state(QStringLiteral("clock_skew_ms")).toLongLong()) >= 1000)
        m_store->setState(QStringLiteral("clock_skew_ms"), QString::number(skew));
    if (qAbs(skew) > SyncStatus::kClockSkewWarningMs)
        qCWarning(lcSync) << "clock differs from the server's by" << skew / 1000 << "s";
}

bool SyncClient::snapshot(SyncReport *report, const QString &epoch, const QSet<QString> &tables)
{
    QString error;
    if (!m_store->clearSnapshot(&error)) {
        report->failure = SyncFailure::Local;
        report->message = error;
        return false;
    }
    // Downloaded aside first: an interrupted download leaves the local data as it was, and the
    // next sync starts the snapshot again (the stored epoch still differs, so it gets 410).
    m_http->setEpoch(epoch);
    qint64 cursor = 0;
    int rows = 0;
    for (;;) {
        if (m_http->isCancelled())
            return check(HttpResult { 0, {}, {}, true }, report);
        const HttpResult answer = m_http->get(QStringLiteral("/api/v1/sync/pull"), pageQuery(cursor, kMaxPullLimit));
        if (answer.status == 410) {
            report->failure = SyncFailure::Server;
            report->message = answer.serverMessage();
            return false;
        }
        if (!check(answer, report))
            return false;
        const PullResponse page = PullResponse::fromJson(answer.body);
        if (!m_store->stageSnapshot(page, &error)) {
            report->failure = SyncFailure::Local;
            report->message = error;
            return false;
        }
        rows += page.changes.size();
        cursor = page.nextCursor;
        emit progress(SyncPhase::Snapshot, rows, 0);
        if (!page.hasMore)
            break;
    }
    int requeued = 0;
    const bool full = !epoch.isEmpty();
    if (!m_store->swapInSnapshot(tables, full ? epoch : QString(), cursor, &requeued, &error)) {
        report->failure = SyncFailure::Local;
        report->message = tr("The local database refused the sync: %1").arg(error);
        return false;
    }
    qCInfo(lcSync) << "snapshot of" << rows << "rows swapped in;" << requeued << "rows sent again";
    report->pulled += rows;
    return true;
}

bool SyncClient::checkDigest(SyncReport *report, bool *snapshotDone)
{
    emit progress(SyncPhase::Digest, 0, 1);
    const HttpResult answer = m_http->get(QStringLiteral("/api/v1/sync/digest"));
    if (!check(answer, report))
        return false;
    // Compare only a settled copy: changes committed since our last page, and local edits not yet
    // taken by the server (the digest covers content), are not a mismatch.
    if (answer.body.value(QStringLiteral("last_change_seq")).toInteger() != m_store->cursor()
        || answer.body.value(QStringLiteral("epoch")).toString() != m_store->epoch()
        || m_store->outboxCount() > 0)
        return true;
    const QJsonObject tables = answer.body.value(QStringLiteral("tables")).toObject();
    const QHash<QString, TableDigest> local = m_store->localDigest();
    QSet<QString> mismatch;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const QJsonObject theirs = tables.value(it.key()).toObject();
        if (theirs.isEmpty())
            continue; // a table this server does not know yet
        if (theirs.value(QStringLiteral("hash")).toString() != it->hash
            || theirs.value(QStringLiteral("rows")).toInteger() != it->rows)
            mismatch.insert(it.key());
    }
    m_store->setState(QStringLiteral("last_digest_ms"), QString::number(m_clock->nowMs()));
    if (mismatch.isEmpty())
        return true;
    report->digestMismatch = QStringList(mismatch.cbegin(), mismatch.cend());
    report->digestMismatch.sort();
    qCWarning(lcSync) << "digest differs for" << report->digestMismatch << "; resyncing them";
    if (*snapshotDone)
        return true;
    *snapshotDone = true;
    // Targeted: only the differing tables are reconciled; the cursor and epoch stay.
    return snapshot(report, QString(), mismatch) && pushAll(report);
}

} // namespace ed::sync
