#include "TranslationQueueModel.h"

#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"

#include <algorithm>

namespace ed {

namespace {

const QString kMissing = QStringLiteral("missing");
const QString kOutdated = QStringLiteral("outdated");

QString stateKey(const TranslationQueueItem &item)
{
    return item.state == TranslationQueueItem::State::Missing ? kMissing : kOutdated;
}

// One line of a long text for a table cell; the tooltip shows all of it.
QString preview(const QString &text)
{
    const int limit = 160;
    const QString line = text.simplified();
    return line.size() > limit ? line.left(limit - 1) + QChar(0x2026) : line;
}

} // namespace

TranslationQueueModel::TranslationQueueModel(RecordRepository &repository, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_queue(repository.database())
    , m_pageSize(qMax(1, pageSize))
{
    connect(&repository, &RecordRepository::recordInserted, this, &TranslationQueueModel::onRecordChanged);
    connect(&repository, &RecordRepository::recordRemoved, this, &TranslationQueueModel::onRecordChanged);
    connect(&repository, &RecordRepository::recordUpdated, this, &TranslationQueueModel::onRecordUpdated);
    // A batch (import, demo data) changes too many rows to follow one by one.
    connect(&repository, &RecordRepository::batchCommitted, this, &TranslationQueueModel::reload);
    reload();
}

void TranslationQueueModel::setTargetLanguage(const QString &language)
{
    if (language == m_filter.language)
        return;
    m_filter.language = language;
    reload();
}

void TranslationQueueModel::setTable(const QString &table)
{
    if (table == m_filter.table)
        return;
    m_filter.table = table;
    reload();
}

void TranslationQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    bool atEnd = false;
    m_rows = m_queue.page(m_filter, m_cursor, m_pageSize, &atEnd);
    m_atEnd = atEnd;
    if (!m_rows.isEmpty())
        m_cursor = m_rows.constLast().key;
    endResetModel();
    countChanged();
}

int TranslationQueueModel::totalCount() const
{
    if (m_total < 0)
        m_total = m_queue.count(m_filter);
    return m_total;
}

void TranslationQueueModel::countChanged()
{
    m_total = -1;
    emit totalCountChanged();
}

int TranslationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranslationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TranslationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void TranslationQueueModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask for more while rows are being inserted; the
    // cursor moves only after the insertion, so that would fetch the same page twice.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    bool atEnd = false;
    const QList<TranslationQueueItem> items = m_queue.page(m_filter, m_cursor, m_pageSize, &atEnd);
    if (items.isEmpty()) {
        m_atEnd = atEnd;
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
    m_rows << items;
    m_cursor = items.constLast().key;
    m_atEnd = atEnd;
    endInsertRows();
    m_fetching = false;
}

QVariant TranslationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranslationQueueItem &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn:
            return item.title;
        case FieldColumn: {
            const EntitySpec *spec = Schema::find(item.table);
            const FieldSpec *field = spec ? spec->field(item.field) : nullptr;
            return field ? field->displayName() : item.field;
        }
        case FromColumn:
            return TranslationStore::languageName(item.sourceLanguage);
        case ToColumn:
            return TranslationStore::languageName(item.language);
        case SourceTextColumn:
            return preview(item.sourceText);
        case StateColumn:
            return item.state == TranslationQueueItem::State::Missing
                    //: translation queue: no translation into this language yet
                    ? tr("Missing")
                    //: translation queue: the source text changed after it was translated
                    : tr("Outdated");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RecordColumn) {
            const EntitySpec *spec = Schema::find(item.table);
            return spec ? spec->displayName() : item.table;
        }
        if (index.column() == SourceTextColumn)
            return item.sourceText;
        return {};
    case KeyRole:
        return QVariantMap { { QStringLiteral("table"), item.table },
                             { QStringLiteral("id"), item.recordId },
                             { QStringLiteral("field"), item.field },
                             { QStringLiteral("language"), item.language } };
    case TableRole:
        return item.table;
    case RecordIdRole:
        return item.recordId;
    case FieldRole:
        return item.field;
    case LanguageRole:
        return item.language;
    case SourceLanguageRole:
        return item.sourceLanguage;
    case SourceTextRole:
        return item.sourceText;
    case StateRole:
        return stateKey(item);
    }
    return {};
}

QVariant TranslationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        //: translation queue header: the expert, institution or need
        return tr("Record");
    case FieldColumn:
        //: translation queue header: which field of the record (biography, title…)
        return tr("Field");
    case FromColumn:
        //: translation queue header: the language the text is written in
        return tr("From");
    case ToColumn:
        //: translation queue header: the language to translate into
        return tr("To");
    case SourceTextColumn:
        return tr("Source text");
    case StateColumn:
        //: translation queue header: missing or outdated
        return tr("State");
    }
    return {};
}

QHash<int, QByteArray> TranslationQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(TableRole, "table");
    names.insert(RecordIdRole, "recordId");
    names.insert(FieldRole, "field");
    names.insert(LanguageRole, "language");
    names.insert(SourceLanguageRole, "sourceLanguage");
    names.insert(SourceTextRole, "sourceText");
    names.insert(StateRole, "state");
    return names;
}

void TranslationQueueModel::onRecordChanged(const QString &table, const QString &id)
{
    if (table == TranslationStore::spec().table) {
        const auto translation = m_repository.get(TranslationStore::spec(), id, true);
        if (translation)
            refreshRecord(translation->value(QStringLiteral("record_table")).toString(),
                          translation->value(QStringLiteral("record_id")).toString());
        return;
    }
    refreshRecord(table, id);
}

void TranslationQueueModel::onRecordUpdated(const QString &table, const QString &id, const QStringList &fields)
{
    const EntitySpec *spec = Schema::find(table);
    if (table != TranslationStore::spec().table && spec) {
        // Only the texts, their language and the record's name change what the queue shows.
        QStringList relevant = TranslationStore::translatableFields(*spec);
        relevant << TranslationStore::languageColumn() << QStringLiteral("name") << QStringLiteral("title");
        if (std::none_of(fields.cbegin(), fields.cend(),
                         [&](const QString &field) { return relevant.contains(field); }))
            return;
    }
    onRecordChanged(table, id);
}

bool TranslationQueueModel::isFetched(const TranslationQueueKey &key) const
{
    return m_atEnd || key <= m_cursor;
}

void TranslationQueueModel::refreshRecord(const QString &table, const QString &id)
{
    if (TranslationQueue::entityIndex(table) < 0)
        return;
    QList<TranslationQueueItem> fresh;
    for (const TranslationQueueItem &item : m_queue.itemsFor(m_filter, table, id)) {
        if (isFetched(item.key))
            fresh << item;
    }
    // The record's rows are contiguous (queue order is entity, record, field, language).
    auto first = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const TranslationQueueItem &item) {
        return item.table == table && item.recordId == id;
    });
    int row = int(first - m_rows.cbegin());
    if (first == m_rows.cend()) {
        if (fresh.isEmpty()) {
            countChanged(); // the record may have items that are not fetched yet
            return;
        }
        const TranslationQueueKey key = fresh.constFirst().key;
        row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                   [](const TranslationQueueItem &item, const TranslationQueueKey &k) {
                                       return item.key < k;
                                   })
                  - m_rows.cbegin());
    }
    int end = row;
    while (end < m_rows.size() && m_rows.at(end).table == table && m_rows.at(end).recordId == id)
        ++end;

    // Merge the fetched rows of the record with its current items, both in key order: a row that
    // stays is updated in place, so selections and the view's scroll position survive an edit.
    int next = 0;
    while (row < end || next < fresh.size()) {
        if (row < end && (next == fresh.size() || m_rows.at(row).key < fresh.at(next).key)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            --end;
        } else if (row < end && m_rows.at(row).key == fresh.at(next).key) {
            if (!(m_rows.at(row) == fresh.at(next))) {
                m_rows[row] = fresh.at(next);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(next));
            endInsertRows();
            if (m_cursor < fresh.at(next).key)
                m_cursor = fresh.at(next).key; // only when everything was fetched already
            ++row;
            ++end;
            ++next;
        }
    }
    countChanged();
}

} // namespace ed
