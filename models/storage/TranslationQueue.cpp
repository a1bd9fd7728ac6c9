#include "TranslationQueue.h"

#include "Database.h"
#include "RecordQuery.h"
#include "TranslationStore.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcQueue, "expertdesk.storage.translations.queue")

namespace ed {

namespace {

// The column that names a record for a person: experts and institutions have a name, needs a title.
QString titleColumn(const EntitySpec &spec)
{
    for (const char *name : { "name", "title", "code" }) {
        if (spec.field(QLatin1String(name)))
            return QLatin1String(name);
    }
    return QStringLiteral("id");
}

QStringList targetLanguages(const TranslationQueueFilter &filter)
{
    const QStringList all = TranslationStore::languages();
    if (filter.language.isEmpty())
        return all;
    return all.contains(filter.language) ? QStringList { filter.language } : QStringList();
}

} // namespace

bool TranslationQueueItem::operator==(const TranslationQueueItem &other) const
{
    return key == other.key && table == other.table && recordId == other.recordId && title == other.title
            && field == other.field && sourceLanguage == other.sourceLanguage && sourceText == other.sourceText
            && language == other.language && state == other.state;
}

TranslationQueue::TranslationQueue(Database &database) : m_database(database) { }

int TranslationQueue::entityIndex(const QString &table)
{
    const QList<const EntitySpec *> entities = TranslationStore::translatableEntities();
    for (int i = 0; i < entities.size(); ++i) {
        if (entities.at(i)->table == table)
            return i;
    }
    return -1;
}

QSqlQuery *TranslationQueue::prepare(int entity, const TranslationQueueFilter &filter, Shape shape) const
{
    const EntitySpec &spec = *TranslationStore::translatableEntities().at(entity);
    const QStringList fields = TranslationStore::translatableFields(spec);
    const QStringList allLanguages = TranslationStore::languages();
    const QStringList languages = targetLanguages(filter);
    if (languages.isEmpty())
        return nullptr;

    // Identifiers come from the schema, never from the user; every value is bound.
    QStringList fieldRows, languageRows, cases;
    for (int i = 0; i < fields.size(); ++i) {
        fieldRows << QStringLiteral("(?, ?)");
        cases << QStringLiteral("WHEN %1 THEN s.%2").arg(i).arg(RecordQuery::quoted(fields.at(i)));
    }
    for (int i = 0; i < languages.size(); ++i)
        languageRows << QStringLiteral("(?, ?)");
    const QString source = QStringLiteral("(CASE f.ord %1 END)").arg(cases.join(QLatin1Char(' ')));

    QString sql = QStringLiteral("WITH f(ord, name) AS (VALUES %1), l(ord, code) AS (VALUES %2) ")
                          .arg(fieldRows.join(QLatin1String(", ")), languageRows.join(QLatin1String(", ")));
    sql += shape == Shape::Count
            ? QStringLiteral("SELECT count(*) ")
            : QStringLiteral("SELECT s.rid, s.id, s.%1, f.ord, f.name, s.text_language, %2, l.ord, l.code, "
                             "t.id IS NOT NULL ")
                      .arg(RecordQuery::quoted(titleColumn(spec)), source);
    // CROSS JOIN keeps the record table outermost, so rows come in rowid order without a sort.
    sql += QStringLiteral("FROM %1 AS s CROSS JOIN f CROSS JOIN l "
                          "LEFT JOIN translations AS t ON t.record_table = ? AND t.record_id = s.id "
                          "AND t.field = f.name AND t.language = l.code AND t.deleted = 0 "
                          "WHERE s.deleted = 0 AND l.code <> s.text_language AND coalesce(trim(%2), '') <> '' "
                          "AND (t.id IS NULL OR t.source_text IS NOT %2)")
                   .arg(spec.table, source);
    if (shape == Shape::Page)
        sql += QStringLiteral(" AND s.rid >= ? AND (s.rid, f.ord, l.ord) > (?, ?, ?)");
    else if (shape == Shape::Record)
        sql += QStringLiteral(" AND s.id = ?");
    if (shape != Shape::Count)
        sql += QStringLiteral(" ORDER BY s.rid, f.ord, l.ord");
    if (shape == Shape::Page)
        sql += QStringLiteral(" LIMIT ?");

    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcQueue) << "cannot prepare the queue query" << query.lastError().text();
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &*it;
    for (int i = 0; i < fields.size(); ++i) {
        query->addBindValue(i);
        query->addBindValue(fields.at(i));
    }
    for (const QString &language : languages) {
        query->addBindValue(allLanguages.indexOf(language));
        query->addBindValue(language);
    }
    query->addBindValue(spec.table);
    return query;
}

QList<TranslationQueueItem> TranslationQueue::read(QSqlQuery *query, int entity) const
{
    QList<TranslationQueueItem> items;
    if (!query->exec()) {
        qCWarning(lcQueue) << "the queue query failed" << query->lastError().text();
        return items;
    }
    const QString table = TranslationStore::translatableEntities().at(entity)->table;
    while (query->next()) {
        TranslationQueueItem item;
        item.key = { entity, query->value(0).toLongLong(), query->value(3).toInt(), query->value(7).toInt() };
        item.table = table;
        item.recordId = query->value(1).toString();
        item.title = query->value(2).toString();
        item.field = query->value(4).toString();
        item.sourceLanguage = query->value(5).toString();
        item.sourceText = query->value(6).toString();
        item.language = query->value(8).toString();
        item.state = query->value(9).toBool() ? TranslationQueueItem::State::Outdated
                                              : TranslationQueueItem::State::Missing;
        items << item;
    }
    // A statement left open would hold a read snapshot and block WAL checkpoints.
    query->finish();
    return items;
}

int TranslationQueue::count(const TranslationQueueFilter &filter) const
{
    int total = 0;
    const QList<const EntitySpec *> entities = TranslationStore::translatableEntities();
    for (int entity = 0; entity < entities.size(); ++entity) {
        if (!filter.table.isEmpty() && entities.at(entity)->table != filter.table)
            continue;
        QSqlQuery *query = prepare(entity, filter, Shape::Count);
        if (!query)
            continue;
        if (query->exec() && query->next())
            total += query->value(0).toInt();
        else
            qCWarning(lcQueue) << "cannot count the queue" << query->lastError().text();
        query->finish();
    }
    return total;
}

QList<TranslationQueueItem> TranslationQueue::page(const TranslationQueueFilter &filter,
                                                   const TranslationQueueKey &after, int limit, bool *atEnd) const
{
    QList<TranslationQueueItem> items;
    const QList<const EntitySpec *> entities = TranslationStore::translatableEntities();
    for (int entity = qMax(0, after.entity); entity < entities.size(); ++entity) {
        if (!filter.table.isEmpty() && entities.at(entity)->table != filter.table)
            continue;
        QSqlQuery *query = prepare(entity, filter, Shape::Page);
        if (!query)
            continue;
        const bool resume = entity == after.entity;
        const qint64 rid = resume ? after.rid : -1;
        for (const QVariant &value : { QVariant(rid), QVariant(rid), QVariant(resume ? after.field : -1),
                                       QVariant(resume ? after.language : -1), QVariant(limit - items.size()) })
            query->addBindValue(value);
        items << read(query, entity);
        if (items.size() >= limit) {
            // The next page may turn out empty; that one says the queue has ended.
            *atEnd = false;
            return items;
        }
    }
    *atEnd = true;
    return items;
}

QList<TranslationQueueItem> TranslationQueue::itemsFor(const TranslationQueueFilter &filter, const QString &table,
                                                       const QString &recordId) const
{
    const int entity = entityIndex(table);
    if (entity < 0 || (!filter.table.isEmpty() && filter.table != table))
        return {};
    QSqlQuery *query = prepare(entity, filter, Shape::Record);
    if (!query)
        return {};
    query->addBindValue(recordId);
    return read(query, entity);
}

} // namespace ed
