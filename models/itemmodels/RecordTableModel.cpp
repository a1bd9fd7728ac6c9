#include "RecordTableModel.h"

#include "storage/Database.h"
#include "storage/RecordCodec.h"
#include "storage/RecordRepository.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcItemModels, "expertdesk.itemmodels")

namespace ed {

RecordTableModel::RecordTableModel(RecordRepository &repository, const EntitySpec &spec, QObject *parent)
    : QAbstractTableModel(parent),
      m_repository(repository),
      m_spec(spec),
      m_formatter(repository),
      m_columns(spec.listColumns),
      m_sortField(spec.defaultOrder)
{
    connect(&repository, &RecordRepository::recordInserted, this, &RecordTableModel::onInserted);
    connect(&repository, &RecordRepository::recordUpdated, this, &RecordTableModel::onUpdated);
    connect(&repository, &RecordRepository::recordRemoved, this, &RecordTableModel::onRemoved);
    connect(&repository, &RecordRepository::batchCommitted, this, [this] {
        m_formatter.clear();
        reload();
    });
    m_rowCount = countRows();
}

void RecordTableModel::setColumns(const QStringList &fields)
{
    beginResetModel();
    m_columns.clear();
    for (const QString &name : fields) {
        if (m_spec.field(name))
            m_columns << name;
    }
    endResetModel();
}

void RecordTableModel::setFilter(const RecordFilter &filter)
{
    m_filter = filter;
    reload();
}

void RecordTableModel::setSortField(const QString &field, Qt::SortOrder order)
{
    m_sortField = m_spec.field(field) ? field : m_spec.defaultOrder;
    m_sortOrder = order;
    reload();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (m_columns.at(column) == m_sortField && order == m_sortOrder)
        return;
    // Views call sort() after every header click; the rows are re-read from SQL, so the
    // persistent indexes cannot be mapped and a reset is honest.
    setSortField(m_columns.at(column), order);
}

void RecordTableModel::reload()
{
    beginResetModel();
    dropPages();
    m_rowCount = countRows();
    endResetModel();
}

void RecordTableModel::refreshTexts()
{
    m_formatter.clear(); // reference labels are built with a translated pattern
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (m_rowCount > 0 && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1),
                         { Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole });
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap *record = row(index.row());
    if (!record)
        return {};
    const FieldSpec *field = m_spec.field(m_columns.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.displayText(*field, record->value(field->name));
    case Qt::ToolTipRole:
        if (field->kind == FieldKind::Json || field->kind == FieldKind::LongText)
            return m_formatter.displayText(*field, record->value(field->name));
        return {};
    case Qt::EditRole:
        return record->value(field->name);
    case Qt::TextAlignmentRole:
        // Leading/trailing rather than left/right so Arabic mirrors.
        if (field->isNumeric())
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        return {};
    case IdRole:
        return record->value(QStringLiteral("id"));
    case RecordRole:
        return *record;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const FieldSpec *field = m_spec.field(m_columns.at(section));
    if (role == Qt::DisplayRole)
        return field->displayName();
    if (role == FieldNameRole)
        return field->name;
    return {};
}

QString RecordTableModel::idAt(int r) const
{
    const QVariantMap *record = row(r);
    return record ? record->value(QStringLiteral("id")).toString() : QString();
}

QVariantMap RecordTableModel::recordAt(int r) const
{
    const QVariantMap *record = row(r);
    return record ? *record : QVariantMap();
}

int RecordTableModel::rowOf(const QString &id) const
{
    const int cached = cachedRowOf(id);
    return cached >= 0 ? cached : sqlPosition(id, false);
}

const QVariantMap *RecordTableModel::row(int r) const
{
    if (r < 0 || r >= m_rowCount)
        return nullptr;
    const int page = r / PageSize;
    if (!m_pages.contains(page))
        loadPage(page);
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    const QList<QVariantMap> &rows = m_pages[page];
    const int offset = r % PageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

void RecordTableModel::loadPage(int page) const
{
    while (m_pages.size() >= MaxCachedPages && !m_pageUse.isEmpty())
        m_pages.remove(m_pageUse.takeFirst());
    const RecordQuery where(m_spec, m_filter);
    QSqlQuery query(m_repository.database().connection());
    query.setForwardOnly(true);
    // The page's row ids first, then its rows: when the sort column has no index, SQLite sorts
    // (rid, key) pairs rather than whole records (3.1 s → 0.5 s for a deep page of 100,000).
    const QString order = RecordQuery::orderBy(m_spec, m_sortField, m_sortOrder == Qt::DescendingOrder);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE rid IN (SELECT %1.rid FROM %1 %2 %3 LIMIT %4 OFFSET %5) %3")
                          .arg(m_spec.table, where.where(), order)
                          .arg(PageSize)
                          .arg(page * PageSize));
    where.bindTo(query);
    QList<QVariantMap> rows;
    if (!query.exec())
        qCWarning(lcItemModels) << "page query failed" << query.lastError().text();
    while (query.next())
        rows << RecordCodec::fromSql(m_spec, query.record());
    m_pages.insert(page, rows);
}

void RecordTableModel::dropPages() const
{
    m_pages.clear();
    m_pageUse.clear();
}

int RecordTableModel::cachedRowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).value(QStringLiteral("id")).toString() == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int RecordTableModel::sqlPosition(const QString &id, bool includingTombstone) const
{
    const RecordQuery where(m_spec, m_filter);
    QString condition = where.where();
    QVariantList binds;
    if (includingTombstone) {
        condition = QStringLiteral("WHERE %1.id = ? OR (%2)").arg(m_spec.table, condition.mid(6));
        binds << id;
    }
    binds << where.binds();
    // ROW_NUMBER over the same ORDER BY as the pages, so the answer agrees with what they show.
    QSqlQuery query(m_repository.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT position FROM (SELECT %1.id AS rid, ROW_NUMBER() OVER (%2) AS position "
                                 "FROM %1 %3) WHERE rid = ?")
                          .arg(m_spec.table,
                               RecordQuery::orderBy(m_spec, m_sortField, m_sortOrder == Qt::DescendingOrder),
                               condition));
    binds << id;
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcItemModels) << "position query failed" << query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() - 1 : -1;
}

int RecordTableModel::countRows() const
{
    return m_repository.count(m_spec, m_filter);
}

void RecordTableModel::onInserted(const QString &table, const QString &id)
{
    if (table != m_spec.table)
        return;
    const int newCount = countRows();
    if (newCount == m_rowCount)
        return; // does not match the filter
    const int position = sqlPosition(id, false);
    if (newCount != m_rowCount + 1 || position < 0) {
        reload(); // the table changed behind our back as well
        return;
    }
    // The old pages stay readable until beginInsertRows so views see the old rows there.
    beginInsertRows({}, position, position);
    m_rowCount = newCount;
    dropPages();
    endInsertRows();
}

void RecordTableModel::onRemoved(const QString &table, const QString &id)
{
    if (table != m_spec.table)
        return;
    const int newCount = countRows();
    if (newCount == m_rowCount)
        return;
    int position = cachedRowOf(id);
    if (position < 0)
        position = sqlPosition(id, true);
    if (newCount != m_rowCount - 1 || position < 0) {
        reload();
        return;
    }
    beginRemoveRows({}, position, position);
    m_rowCount = newCount;
    dropPages();
    endRemoveRows();
}

void RecordTableModel::onUpdated(const QString &table, const QString &id, const QStringList &fields)
{
    if (table != m_spec.table) {
        // A renamed expert/institution/need changes the text of our reference columns.
        if (!m_formatter.forget(table, id) || m_rowCount == 0)
            return;
        for (int column = 0; column < m_columns.size(); ++column) {
            const FieldSpec *field = m_spec.field(m_columns.at(column));
            if (field->kind == FieldKind::Reference && field->refTable == table)
                emit dataChanged(index(0, column), index(m_rowCount - 1, column), { Qt::DisplayRole });
        }
        return;
    }
    const int newCount = countRows();
    const int newPosition = sqlPosition(id, false);
    int oldPosition = cachedRowOf(id);
    if (newCount == m_rowCount) {
        if (newPosition < 0)
            return; // neither before nor after in our rows
        if (oldPosition < 0 && !fields.contains(m_sortField))
            oldPosition = newPosition; // not cached, and its place cannot have changed
        if (oldPosition == newPosition) {
            m_pages.remove(newPosition / PageSize);
            m_pageUse.removeOne(newPosition / PageSize);
            emit dataChanged(index(newPosition, 0), index(newPosition, columnCount() - 1));
            return;
        }
        const int destination = newPosition > oldPosition ? newPosition + 1 : newPosition;
        if (oldPosition >= 0 && beginMoveRows({}, oldPosition, oldPosition, {}, destination)) {
            dropPages();
            endMoveRows();
            emit dataChanged(index(newPosition, 0), index(newPosition, columnCount() - 1));
            return;
        }
    } else if (newCount == m_rowCount + 1 && newPosition >= 0) {
        beginInsertRows({}, newPosition, newPosition); // now matches the filter
        m_rowCount = newCount;
        dropPages();
        endInsertRows();
        return;
    } else if (newCount == m_rowCount - 1 && newPosition < 0 && oldPosition >= 0) {
        beginRemoveRows({}, oldPosition, oldPosition); // no longer matches the filter
        m_rowCount = newCount;
        dropPages();
        endRemoveRows();
        return;
    }
    reload();
}

} // namespace ed
