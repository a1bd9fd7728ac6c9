#pragma once

#include "SyncHttp.h"
#include "SyncProtocol.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QEventLoop;
class QThread;

namespace ed::sync {

// Fetches and parses pull pages in a thread of its own, one page ahead of the sync, which applies
// them in order: receiving and reading page k+1 overlaps writing page k instead of following it. It stops at the last page, at the first answer that is
// not 200 (handed over as it is, for the sync to deal with: 401 refresh, 410 snapshot, errors)
// or when destroyed. It never refreshes the token itself: a 401 goes back to the sync's SyncHttp,
// which owns the tokens.
class PagePrefetcher
{
public:
    PagePrefetcher(const SyncHttp &source, qint64 cursor, int limit);
    ~PagePrefetcher(); // stops the thread and waits for it
    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    // Waits for the next page in order. `page` is set when answer->status is 200 and
    // `readError` is empty (else it says why the 200 answer is not a pull page).
    void next(HttpResult *answer, PullResponse *page, QString *readError);
    int requestCount() const;

private:
    struct Fetched {
        HttpResult answer;
        PullResponse page;
        QString readError;
    };
    void run(qint64 cursor, int limit);
    void finish();
    void wakeWaiter();

    const SyncHttp &m_source; // its settings at start; its cancel() stops this one too
    QUrl m_base;
    int m_schema = 0;
    QString m_epoch, m_token;
    int m_timeoutMs = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Fetched> m_ready;
    bool m_stopping = false;
    SyncHttp *m_http = nullptr; // the thread's, while it runs: the destructor cancels it
    QEventLoop *m_waiter = nullptr; // next()'s, while it waits
    bool m_finished = false;
    int m_requests = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ed::sync
