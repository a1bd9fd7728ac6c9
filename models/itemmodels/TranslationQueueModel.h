#pragma once

#include "storage/TranslationQueue.h"

#include <QAbstractTableModel>

namespace ed {

class RecordRepository;

// What is left to translate, one row per (record, field, target language), for the translation
// queue view. Rows are fetched a page at a time (canFetchMore/fetchMore) in queue order; edits
// reported by the repository update, insert or remove the rows of the one record concerned.
class TranslationQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, FromColumn, ToColumn, SourceTextColumn, StateColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QVariantMap {table, id, field, language}: what TranslationStore takes
        TableRole,
        RecordIdRole,
        FieldRole,
        LanguageRole,       // target language code
        SourceLanguageRole, // code
        SourceTextRole,     // the whole source text
        StateRole,          // "missing" or "outdated"
    };

    // Rows are fetched `pageSize` at a time; the first page at once.
    explicit TranslationQueueModel(RecordRepository &repository, int pageSize = 200, QObject *parent = nullptr);

    // Empty: every language (each record's own excluded), every entity with translatable fields.
    void setTargetLanguage(const QString &language);
    QString targetLanguage() const { return m_filter.language; }
    void setTable(const QString &table);
    QString table() const { return m_filter.table; }

    // Items in the whole queue, fetched or not (counted when asked after a change).
    int totalCount() const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged();

private:
    void onRecordChanged(const QString &table, const QString &id);
    void onRecordUpdated(const QString &table, const QString &id, const QStringList &fields);
    void refreshRecord(const QString &table, const QString &id);
    bool isFetched(const TranslationQueueKey &key) const;
    void countChanged();

    RecordRepository &m_repository;
    TranslationQueue m_queue;
    TranslationQueueFilter m_filter;
    QList<TranslationQueueItem> m_rows;
    TranslationQueueKey m_cursor; // the last key fetched; every item up to it is in m_rows
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_pageSize;
    mutable int m_total = -1; // -1: count again
};

} // namespace ed
