#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace ed::server {

// A mutex that hands the lock over in arrival order. Push requests queue for the one database
// writer; std::mutex lets a thread that just unlocked take it again, so under load a few requests
// waited for most of the others (p99 twice the p50 in bench_sync_client). Each waiter sleeps on
// its own condition variable and unlock() wakes only the next one (one shared condition variable
// woke all 49 waiters of the benchmark on every hand-over).
// Satisfies BasicLockable, so std::lock_guard works with it.
class FairMutex
{
public:
    void lock()
    {
        std::unique_lock<std::mutex> guard(m_mutex);
        if (!m_locked) {
            m_locked = true;
            return;
        }
        std::condition_variable turn;
        m_waiters.push_back(&turn);
        turn.wait(guard, [&] { return m_handedTo == &turn; });
        m_handedTo = nullptr; // the lock stays held: it was handed over, never released
    }

    void unlock()
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        if (m_waiters.empty()) {
            m_locked = false;
            return;
        }
        m_handedTo = m_waiters.front();
        m_waiters.pop_front();
        // Notified under m_mutex: the waiter cannot return (and destroy its condition variable)
        // before this call is done.
        m_handedTo->notify_one();
    }

private:
    std::mutex m_mutex;
    bool m_locked = false;
    std::deque<std::condition_variable *> m_waiters;
    std::condition_variable *m_handedTo = nullptr;
};

} // namespace ed::server
