#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <tuple>

namespace ed {

class Database;
struct EntitySpec;

// Where an item sits in the queue: entity (TranslationStore::translatableEntities order), record
// (rid, i.e. oldest first), field (schema order), target language (TranslationStore::languages).
// Keyset paging resumes after a key, so a page costs the same at the end of 100,000 records as
// at the start, and the order is the same for every page.
struct TranslationQueueKey
{
    int entity = -1;
    qint64 rid = 0;
    int field = 0;
    int language = 0;

    auto tie() const { return std::tie(entity, rid, field, language); }
    bool operator<(const TranslationQueueKey &other) const { return tie() < other.tie(); }
    bool operator==(const TranslationQueueKey &other) const { return tie() == other.tie(); }
    bool operator<=(const TranslationQueueKey &other) const { return !(other < *this); }
};

// A translatable field of a live record that has source text but no current translation into
// `language`.
struct TranslationQueueItem
{
    enum class State { Missing, Outdated };

    TranslationQueueKey key;
    QString table;
    QString recordId;
    QString title; // the record's name or title, in its own language
    QString field;
    QString sourceLanguage;
    QString sourceText;
    QString language; // the language to translate into
    State state = State::Missing;

    bool operator==(const TranslationQueueItem &other) const;
};

struct TranslationQueueFilter
{
    QString language; // target language; empty: every language but each record's own
    QString table;    // "experts", "institutions", "needs"; empty: all of them
};

// The translation queue as SQL (prepared statements, one per entity and shape of query). It
// scans the source tables in rowid order and probes `translations` by its unique key: no sort
// over the whole queue, and nothing is read for records beyond the page.
class TranslationQueue
{
public:
    explicit TranslationQueue(Database &database);

    int count(const TranslationQueueFilter &filter) const;
    // At most `limit` items after `after` in queue order; *atEnd tells whether the queue ends there.
    QList<TranslationQueueItem> page(const TranslationQueueFilter &filter, const TranslationQueueKey &after,
                                     int limit, bool *atEnd) const;
    // The queue items of one record (none if it has none or is deleted), in queue order.
    QList<TranslationQueueItem> itemsFor(const TranslationQueueFilter &filter, const QString &table,
                                         const QString &recordId) const;

    static int entityIndex(const QString &table); // -1 when the table has nothing to translate

private:
    enum class Shape { Count, Page, Record };
    QSqlQuery *prepare(int entity, const TranslationQueueFilter &filter, Shape shape) const;
    QList<TranslationQueueItem> read(QSqlQuery *query, int entity) const;

    Database &m_database;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace ed
