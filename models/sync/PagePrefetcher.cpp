#include "PagePrefetcher.h"

#include "PullPageReader.h"

#include <QEventLoop>
#include <QThread>
#include <QUrlQuery>

namespace ed::sync {

namespace {
    constexpr std::size_t kPagesAhead = 1;
} // namespace

PagePrefetcher::PagePrefetcher(const SyncHttp &source, qint64 cursor, int limit)
    : m_source(source)
    , m_base(source.baseUrl())
    , m_schema(source.schemaVersion())
    , m_epoch(source.epoch())
    , m_token(source.accessToken())
    , m_timeoutMs(source.timeoutMs())
{
    m_thread.reset(QThread::create([this, cursor, limit] { run(cursor, limit); }));
    m_thread->start();
}

PagePrefetcher::~PagePrefetcher()
{
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_stopping = true;
        if (m_http)
            m_http->cancel(); // a request in flight ends now, not at its timeout
    }
    m_changed.notify_all();
    m_thread->wait();
}

int PagePrefetcher::requestCount() const
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    return m_requests;
}

void PagePrefetcher::next(HttpResult *answer, PullResponse *page, QString *readError)
{
    std::unique_lock<std::mutex> guard(m_mutex);
    // The wait runs this thread's event loop, as SyncHttp's does: whatever else lives on the
    // sync's thread keeps working meanwhile.
    while (m_ready.empty() && !m_finished) {
        QEventLoop loop;
        m_waiter = &loop;
        guard.unlock();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        guard.lock();
        m_waiter = nullptr;
    }
    if (m_ready.empty()) { // nothing more will come (cannot happen after a page with has_more)
        *answer = HttpResult { 0, {}, {}, m_source.isCancelled() };
        return;
    }
    *answer = std::move(m_ready.front().answer);
    *page = std::move(m_ready.front().page);
    *readError = std::move(m_ready.front().readError);
    m_ready.pop_front();
    guard.unlock();
    m_changed.notify_all(); // the fetcher may go on
}

void PagePrefetcher::run(qint64 cursor, int limit)
{
    SyncHttp http; // this thread's own network access
    http.setBaseUrl(m_base);
    http.setSchemaVersion(m_schema);
    http.setEpoch(m_epoch);
    http.setTokens(m_token, {}); // no refresh token: a 401 goes back to the sync
    http.setTimeoutMs(m_timeoutMs);
    http.setCancelSource(&m_source);
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        if (m_stopping)
            return finish();
        m_http = &http;
    }
    PullPageReader reader;
    for (;;) {
        {
            std::unique_lock<std::mutex> guard(m_mutex);
            m_changed.wait(guard, [this] { return m_stopping || m_ready.size() < kPagesAhead; });
            if (m_stopping)
                break;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("rows"));
        Fetched fetched;
        fetched.answer = http.get(QStringLiteral("/api/v1/sync/pull"), query, SyncHttp::Body::Text);
        bool ok = fetched.answer.status == 200;
        if (ok) {
            ok = reader.read(fetched.answer.text, &fetched.page, &fetched.readError);
            fetched.answer.text = {}; // read: the page is all the sync needs
        }
        const bool more = ok && fetched.page.hasMore && fetched.page.nextCursor > cursor;
        if (more) {
            cursor = fetched.page.nextCursor;
            if (!fetched.page.epoch.isEmpty())
                http.setEpoch(fetched.page.epoch);
        }
        {
            const std::lock_guard<std::mutex> guard(m_mutex);
            ++m_requests;
            m_ready.push_back(std::move(fetched));
            wakeWaiter();
        }
        if (!more)
            break;
    }
    finish();
}

void PagePrefetcher::finish()
{
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_http = nullptr;
        m_finished = true;
        wakeWaiter();
    }
}

void PagePrefetcher::wakeWaiter()
{
    // Called with m_mutex held; next() clears m_waiter under it before its loop goes away.
    if (m_waiter)
        QMetaObject::invokeMethod(m_waiter, &QEventLoop::quit, Qt::QueuedConnection);
}

} // namespace ed::sync
