#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <condition_variable>
#include <mutex>

namespace ed {
class Clock;
}

namespace ed::server {

// What stands between the login endpoint and the password hash. Each Argon2id check takes
// 64 MiB and most of a core, so the checks run a few at a time with a short queue (the rest are
// told to come back: 503), and every wrong password makes the next attempt for the same user
// name, and from the same address, wait longer (429 with Retry-After). The name's delay is
// capped at half a minute so that an attacker cannot keep its real owner out for long; the
// address's delay grows further, since it is the attacker's own.
class LoginGuard {
public:
    struct Policy {
        int freeFailuresPerName = 5;
        int freeFailuresPerAddress = 10;
        qint64 firstDelayMs = 1000; // doubles with every further failure
        qint64 maxNameDelayMs = 30 * 1000;
        qint64 maxAddressDelayMs = 5 * 60 * 1000;
        qint64 forgetAfterMs = 15 * 60 * 1000; // quiet this long: the count starts again
        int concurrentHashes = 2;
        int waitingHashes = 8;
        int hashWaitMs = 5000;
    };

    explicit LoginGuard(const Clock &clock);
    LoginGuard(const Clock &clock, Policy policy);

    // Milliseconds before a password may be checked for this name from this address; 0: now.
    qint64 waitMs(const QString &user, const QByteArray &address) const;
    void recordFailure(const QString &user, const QByteArray &address);
    void recordSuccess(const QString &user, const QByteArray &address);

    // A slot for one password check, released when it goes out of scope; invalid when too many
    // checks are running and waiting already.
    class HashSlot {
    public:
        HashSlot() = default;
        HashSlot(HashSlot &&other) noexcept;
        HashSlot &operator=(HashSlot &&) = delete;
        ~HashSlot();
        bool isValid() const { return m_guard != nullptr; }

    private:
        friend class LoginGuard;
        explicit HashSlot(LoginGuard *guard) : m_guard(guard) { }
        LoginGuard *m_guard = nullptr;
    };
    HashSlot acquireHashSlot();

private:
    struct Failures {
        int count = 0;
        qint64 lastMs = 0;
    };
    qint64 delayAfter(const Failures &failures, int free, qint64 cap, qint64 now) const;
    void count(QHash<QString, Failures> &table, const QString &key, qint64 now);
    void releaseHashSlot();

    const Clock &m_clock;
    Policy m_policy;
    mutable std::mutex m_mutex;
    QHash<QString, Failures> m_byName;
    QHash<QString, Failures> m_byAddress;
    std::condition_variable m_slotFreed;
    int m_hashing = 0;
    int m_waiting = 0;
};

} // namespace ed::server
