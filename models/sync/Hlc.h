#pragma once

#include <QString>

namespace ed {

// Hybrid logical clock timestamp (wall ms, counter, node). Its text form sorts like the value,
// so field_hlc and outbox entries compare with plain string comparison.
struct Hlc
{
    qint64 wallMs = 0;
    int counter = 0;
    QString node;

    QString toString() const;
    static Hlc fromString(const QString &text);
    bool isNull() const { return wallMs == 0 && counter == 0; }
    friend bool operator<(const Hlc &a, const Hlc &b)
    {
        if (a.wallMs != b.wallMs)
            return a.wallMs < b.wallMs;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.node < b.node;
    }
};

class HlcClock
{
public:
    explicit HlcClock(QString node, Hlc last = {}) : m_node(std::move(node)), m_last(std::move(last)) { }

    // A local event at physical time nowMs.
    Hlc tick(qint64 nowMs);
    // A remote timestamp seen at physical time nowMs; the next tick sorts after it.
    void observe(const Hlc &remote, qint64 nowMs);
    const Hlc &last() const { return m_last; }

private:
    QString m_node;
    Hlc m_last;
};

} // namespace ed
