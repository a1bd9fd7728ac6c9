#pragma once

#include "domain/Schema.h"

#include <QSqlQuery>
#include <QVariantList>

namespace ed {

struct RecordFilter
{
    QString search;  // free text: FTS5 where the entity has an index, LIKE otherwise
    QString sector;  // sector code
    QString country; // ISO alpha-2
    QString status;
    QString extraCondition; // trusted SQL from code (never user text), with extraBinds
    QVariantList extraBinds;
};

// Builds the WHERE clause of a record list from a filter, with positional binds, so the CLI and
// the table models list the same rows the same way.
class RecordQuery
{
public:
    RecordQuery(const EntitySpec &spec, const RecordFilter &filter);

    QString where() const { return m_where; }
    const QVariantList &binds() const { return m_binds; }
    void bindTo(QSqlQuery &query) const;

    // "ORDER BY" clause for a column (validated against the schema) with the id as tie-break.
    static QString orderBy(const EntitySpec &spec, const QString &column, bool descending);
    // User text → an FTS5 query of quoted prefix terms that all must match; never an FTS syntax error.
    static QString ftsQuery(const QString &text);
    static QString quoted(const QString &identifier);

private:
    QString m_where;
    QVariantList m_binds;
};

} // namespace ed
