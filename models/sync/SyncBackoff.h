#pragma once

#include <QtGlobal>

#include <functional>

namespace ed::sync {

// Retry delays after a failed sync (DESIGN.md §4): 1 s, doubling up to 5 min, each spread by
// ±20 % so replicas that lost the server together do not come back in step. The random source
// is injectable so tests see exact delays.
class SyncBackoff {
public:
    static constexpr qint64 kInitialMs = 1000;
    static constexpr qint64 kMaximumMs = 5 * 60 * 1000;

    // `random` returns a number in [0, 1); the default uses QRandomGenerator::global().
    explicit SyncBackoff(std::function<double()> random = {});

    qint64 nextDelayMs(); // counts one more failure
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace ed::sync
