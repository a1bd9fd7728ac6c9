#include "RecordPager.h"

#include "storage/RecordRepository.h"

namespace ed {

RecordPager::RecordPager(
    const RecordRepository &repository, const EntitySpec &spec, RecordFilter filter, int pageSize)
    : m_repository(repository)
    , m_spec(spec)
    , m_filter(std::move(filter))
    , m_pageSize(qMax(1, pageSize))
{
}

int RecordPager::total() const
{
    return m_repository.count(m_spec, m_filter);
}

QList<QVariantMap> RecordPager::next()
{
    if (m_done)
        return {};
    RecordFilter page = m_filter;
    if (!m_lastId.isEmpty()) {
        // Binary, as RecordQuery::orderBy sorts ids, so no id can fall between two pages.
        const QString after = m_spec.table + QLatin1String(".id > ?");
        page.extraCondition = page.extraCondition.isEmpty()
            ? after
            : QLatin1Char('(') + page.extraCondition + QLatin1String(") AND ") + after;
        page.extraBinds << m_lastId;
    }
    const QList<QVariantMap> rows
        = m_repository.list(m_spec, page, QStringLiteral("id"), m_pageSize);
    if (rows.size() < m_pageSize)
        m_done = true;
    m_read += int(rows.size());
    if (!rows.isEmpty())
        m_lastId = rows.constLast().value(QStringLiteral("id")).toString();
    return rows;
}

} // namespace ed
