#pragma once

#include "storage/RecordQuery.h"

#include <QList>
#include <QVariantMap>

namespace ed {

class RecordRepository;

// Reads the records a filter selects a page at a time, so an export of 100,000 experts holds one
// page in memory. Pages follow the id (UUIDv7: creation order) from the last id seen rather than
// an OFFSET: each page costs the same, and a row added or removed meanwhile shifts nothing.
class RecordPager {
public:
    RecordPager(const RecordRepository &repository, const EntitySpec &spec, RecordFilter filter,
        int pageSize = 1000);

    int total() const; // rows the filter selects now
    // The next page; empty when every row was read — or when the query failed, which the
    // repository only logs: check complete() at the end.
    QList<QVariantMap> next();
    // Whether every row the filter selects now was read. False after a failed query, or when
    // rows with older ids arrived meanwhile (a sync): either way the export should not claim
    // to hold them all.
    bool complete() const { return m_read >= total(); }
    int read() const { return m_read; }

private:
    const RecordRepository &m_repository;
    const EntitySpec &m_spec;
    RecordFilter m_filter;
    int m_pageSize;
    QString m_lastId;
    int m_read = 0;
    bool m_done = false;
};

} // namespace ed
