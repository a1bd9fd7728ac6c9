#include "RecordQuery.h"

#include <QRegularExpression>

namespace ed {

RecordQuery::RecordQuery(const EntitySpec &spec, const RecordFilter &filter)
{
    // Written as a literal so the partial "WHERE deleted = 0" indexes (migration 6) apply.
    QStringList conditions { spec.table + QLatin1String(".deleted = 0") };
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        if (!spec.ftsTable.isEmpty()) {
            const QString fts = ftsQuery(search);
            if (!fts.isEmpty()) {
                conditions << QStringLiteral("%1.rid IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                                      .arg(spec.table, spec.ftsTable);
                m_binds << fts;
            }
        } else if (!spec.likeColumns.isEmpty()) {
            QStringList likes;
            QString pattern = search;
            pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('%'), QLatin1String("\\%"))
                    .replace(QLatin1Char('_'), QLatin1String("\\_"));
            for (const QString &column : spec.likeColumns) {
                likes << QStringLiteral("%1.%2 LIKE ? ESCAPE '\\'").arg(spec.table, quoted(column));
                m_binds << QVariant(QLatin1Char('%') + pattern + QLatin1Char('%'));
            }
            conditions << QLatin1Char('(') + likes.join(QLatin1String(" OR ")) + QLatin1Char(')');
        }
    }
    if (!filter.sector.isEmpty() && !spec.sectorFilter.isEmpty()) {
        conditions << spec.sectorFilter;
        m_binds << filter.sector;
    }
    if (!filter.country.isEmpty() && !spec.countryFilter.isEmpty()) {
        conditions << spec.countryFilter;
        m_binds << filter.country;
    }
    if (!filter.status.isEmpty() && spec.field(QStringLiteral("status"))) {
        conditions << spec.table + QLatin1String(".status = ?");
        m_binds << filter.status;
    }
    if (!filter.extraCondition.isEmpty()) {
        conditions << QLatin1Char('(') + filter.extraCondition + QLatin1Char(')');
        m_binds << filter.extraBinds;
    }
    m_where = QLatin1String("WHERE ") + conditions.join(QLatin1String(" AND "));
}

void RecordQuery::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_binds)
        query.addBindValue(value);
}

QString RecordQuery::quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString RecordQuery::orderBy(const EntitySpec &spec, const QString &column, bool descending)
{
    const bool known = spec.field(column) || Schema::systemColumns().contains(column);
    const QString key = known ? column : spec.defaultOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    // Ids are identifiers, not words: in their own (binary) order the UNIQUE index on id serves
    // the sort, which is what paging through a whole table by id needs (RecordPager).
    if (key == QLatin1String("id"))
        return QStringLiteral("ORDER BY %1.id%2").arg(spec.table, direction);
    return QStringLiteral("ORDER BY %1.%2 COLLATE NOCASE%3, %1.id%3")
            .arg(spec.table, quoted(key), direction);
}

QString RecordQuery::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

} // namespace ed
