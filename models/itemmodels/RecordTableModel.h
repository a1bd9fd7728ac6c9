#pragma once

#include "RecordFormatter.h"
#include "domain/Schema.h"
#include "storage/RecordQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

namespace ed {

class RecordRepository;

// The live records of one entity as a table, for views over up to ~100,000 rows: the row count
// comes from SQL COUNT, rows are read a page at a time into a small LRU cache, and filtering and
// sorting happen in SQL. Repository signals become row inserts/removes/moves/dataChanged at the
// row's computed position, so selections and scroll positions survive edits; only a batch or a
// filter/sort change resets the model.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole,  // the record id
        RecordRole,             // the whole record as a QVariantMap
        FieldNameRole,          // headerData: the column's field name
    };

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 16;

    RecordTableModel(RecordRepository &repository, const EntitySpec &spec, QObject *parent = nullptr);

    const EntitySpec &spec() const { return m_spec; }
    RecordRepository &repository() const { return m_repository; }

    // Field names shown as columns; the spec's listColumns by default.
    void setColumns(const QStringList &fields);
    QStringList columns() const { return m_columns; }
    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    QString sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Sorts by a field that need not be a column (combo boxes sort by their label column).
    void setSortField(const QString &field, Qt::SortOrder order = Qt::AscendingOrder);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString idAt(int row) const;
    QVariantMap recordAt(int row) const;
    // The row of a record under the current filter and order, or -1; one SQL query when the
    // record is not in the page cache.
    int rowOf(const QString &id) const;
    // Number of pages currently held (tests check the cache stays bounded).
    int cachedPageCount() const { return int(m_pages.size()); }

public slots:
    void reload();
    // After a UI language change: headers and cells (names of countries and sectors, enum
    // labels, numbers and dates) are re-read in the new language. Rows, and so the views'
    // selections, stay as they are: no reset.
    void refreshTexts();

private:
    void onInserted(const QString &table, const QString &id);
    void onUpdated(const QString &table, const QString &id, const QStringList &fields);
    void onRemoved(const QString &table, const QString &id);

    const QVariantMap *row(int row) const;
    void loadPage(int page) const;
    void dropPages() const;
    int cachedRowOf(const QString &id) const;
    // 0-based position among the filtered rows; `includingTombstone` also counts the record
    // itself when it has just been deleted, to find where it was.
    int sqlPosition(const QString &id, bool includingTombstone) const;
    int countRows() const;

    RecordRepository &m_repository;
    const EntitySpec &m_spec;
    RecordFormatter m_formatter;
    QStringList m_columns;
    RecordFilter m_filter;
    QString m_sortField;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<QVariantMap>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace ed
