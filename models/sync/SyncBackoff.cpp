#include "SyncBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ed::sync {

SyncBackoff::SyncBackoff(std::function<double()> random)
    : m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{
}

qint64 SyncBackoff::nextDelayMs()
{
    const int doublings = std::min(m_failures, 20); // 2^20 s is far past the cap
    ++m_failures;
    const qint64 base = std::min(kMaximumMs, kInitialMs << doublings);
    const double spread = 0.8 + 0.4 * m_random();
    return std::clamp(qint64(double(base) * spread), qint64(1), kMaximumMs);
}

} // namespace ed::sync
