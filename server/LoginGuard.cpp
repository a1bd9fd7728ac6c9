#include "LoginGuard.h"

#include "domain/Clock.h"

#include <chrono>

namespace ed::server {

namespace {

    // Failure tables are bounded: an attacker trying random names must not grow them forever.
    constexpr int kMaxEntries = 50000;

    QString nameKey(const QString &user)
    {
        return user.left(256).toCaseFolded();
    }

} // namespace

LoginGuard::LoginGuard(const Clock &clock)
    : LoginGuard(clock, Policy {})
{
}

LoginGuard::LoginGuard(const Clock &clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
}

qint64 LoginGuard::delayAfter(const Failures &failures, int free, qint64 cap, qint64 now) const
{
    if (failures.count <= free || now - failures.lastMs >= m_policy.forgetAfterMs)
        return 0;
    const int doublings = std::min(failures.count - free - 1, 30);
    const qint64 delay = std::min(cap, m_policy.firstDelayMs << doublings);
    return std::max<qint64>(0, failures.lastMs + delay - now);
}

qint64 LoginGuard::waitMs(const QString &user, const QByteArray &address) const
{
    const qint64 now = m_clock.nowMs();
    std::lock_guard lock(m_mutex);
    const Failures name = m_byName.value(nameKey(user));
    const Failures from = m_byAddress.value(QString::fromLatin1(address));
    return std::max(delayAfter(name, m_policy.freeFailuresPerName, m_policy.maxNameDelayMs, now),
        delayAfter(from, m_policy.freeFailuresPerAddress, m_policy.maxAddressDelayMs, now));
}

void LoginGuard::count(QHash<QString, Failures> &table, const QString &key, qint64 now)
{
    if (table.size() >= kMaxEntries && !table.contains(key)) {
        for (auto it = table.begin(); it != table.end();)
            it = now - it->lastMs >= m_policy.forgetAfterMs ? table.erase(it) : std::next(it);
        if (table.size() >= kMaxEntries)
            table.clear(); // still full of fresh entries: the other table keeps throttling
    }
    Failures &failures = table[key];
    if (now - failures.lastMs >= m_policy.forgetAfterMs)
        failures.count = 0;
    ++failures.count;
    failures.lastMs = now;
}

void LoginGuard::recordFailure(const QString &user, const QByteArray &address)
{
    const qint64 now = m_clock.nowMs();
    std::lock_guard lock(m_mutex);
    count(m_byName, nameKey(user), now);
    count(m_byAddress, QString::fromLatin1(address), now);
}

void LoginGuard::recordSuccess(const QString &user, const QByteArray &address)
{
    // Only the name is forgiven: an attacker with an account of its own could otherwise clear
    // its address's count by signing in as itself between guesses.
    Q_UNUSED(address);
    std::lock_guard lock(m_mutex);
    m_byName.remove(nameKey(user));
}

LoginGuard::HashSlot LoginGuard::acquireHashSlot()
{
    std::unique_lock lock(m_mutex);
    if (m_hashing >= m_policy.concurrentHashes) {
        if (m_waiting >= m_policy.waitingHashes)
            return {};
        ++m_waiting;
        const bool got = m_slotFreed.wait_for(lock, std::chrono::milliseconds(m_policy.hashWaitMs),
            [this] { return m_hashing < m_policy.concurrentHashes; });
        --m_waiting;
        if (!got)
            return {};
    }
    ++m_hashing;
    return HashSlot(this);
}

void LoginGuard::releaseHashSlot()
{
    {
        std::lock_guard lock(m_mutex);
        --m_hashing;
    }
    m_slotFreed.notify_one();
}

LoginGuard::HashSlot::HashSlot(HashSlot &&other) noexcept
    : m_guard(std::exchange(other.m_guard, nullptr))
{
}

LoginGuard::HashSlot::~HashSlot()
{
    if (m_guard)
        m_guard->releaseHashSlot();
}

} // namespace ed::server
