#pragma once

#include <QDateTime>

namespace ed {

// Time source for everything that stamps records, so tests can run on a fixed clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms) : m_ms(ms) { }
    qint64 nowMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms;
};

} // namespace ed
