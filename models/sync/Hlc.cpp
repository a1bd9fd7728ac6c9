#include "Hlc.h"

#include <QStringList>

namespace ed {

QString Hlc::toString() const
{
    return QStringLiteral("%1:%2:%3")
            .arg(wallMs, 13, 10, QLatin1Char('0'))
            .arg(counter, 5, 10, QLatin1Char('0'))
            .arg(node);
}

Hlc Hlc::fromString(const QString &text)
{
    // Views, not split(): a pull page parses one HLC per field of every row.
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0 || text.indexOf(QLatin1Char(':'), second + 1) >= 0)
        return {};
    const QStringView view(text);
    return { view.left(first).toLongLong(), view.mid(first + 1, second - first - 1).toInt(),
        text.mid(second + 1) };
}

Hlc HlcClock::tick(qint64 nowMs)
{
    if (nowMs > m_last.wallMs) {
        m_last.wallMs = nowMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

void HlcClock::observe(const Hlc &remote, qint64 nowMs)
{
    const qint64 wall = std::max({ m_last.wallMs, remote.wallMs, nowMs });
    int counter = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wallMs)
        counter = m_last.counter + 1;
    else if (wall == remote.wallMs)
        counter = remote.counter + 1;
    m_last = { wall, counter, m_node };
}

} // namespace ed
