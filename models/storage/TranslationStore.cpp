#include "TranslationStore.h"

#include "Database.h"
#include "RecordRepository.h"
#include "domain/Clock.h"
#include "domain/Validation.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcTranslations, "expertdesk.storage.translations")

namespace ed {

namespace {

const QString kRecordTable = QStringLiteral("record_table");
const QString kRecordId = QStringLiteral("record_id");
const QString kField = QStringLiteral("field");
const QString kLanguage = QStringLiteral("language");
const QString kText = QStringLiteral("text");
const QString kTranslatedBy = QStringLiteral("translated_by");
const QString kTranslatedAt = QStringLiteral("translated_at");
const QString kSourceText = QStringLiteral("source_text");

// A savepoint works both alone and inside a RecordRepository::Batch, unlike BEGIN.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db) : m_db(std::move(db))
    {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT translation_write"));
    }
    ~Savepoint()
    {
        if (!m_open)
            return;
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO translation_write"));
        undo.exec(QStringLiteral("RELEASE translation_write"));
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    bool isOpen() const { return m_open; }
    bool release()
    {
        if (!m_open)
            return false;
        m_open = false;
        return QSqlQuery(m_db).exec(QStringLiteral("RELEASE translation_write"));
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

QString sourceLanguage(const QVariantMap &record)
{
    const QString language = record.value(TranslationStore::languageColumn()).toString();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace

TranslationStore::TranslationStore(RecordRepository &repository, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(repository), m_clock(clock)
{
}

const EntitySpec &TranslationStore::spec()
{
    static const EntitySpec *translations = Schema::find(QStringLiteral("translations"));
    Q_ASSERT(translations);
    return *translations;
}

QString TranslationStore::languageColumn()
{
    return QStringLiteral("text_language");
}

QStringList TranslationStore::languages()
{
    QStringList codes;
    for (const EnumValue &value : spec().field(kLanguage)->values)
        codes << value.key;
    return codes;
}

QString TranslationStore::languageName(const QString &code)
{
    return spec().field(kLanguage)->enumLabel(code);
}

QList<const EntitySpec *> TranslationStore::translatableEntities()
{
    QList<const EntitySpec *> specs;
    for (const EntitySpec *entity : Schema::all()) {
        if (!translatableFields(*entity).isEmpty() && entity->field(languageColumn()))
            specs << entity;
    }
    return specs;
}

QStringList TranslationStore::translatableFields(const EntitySpec &entity)
{
    QStringList names;
    for (const FieldSpec &field : entity.fields) {
        if (field.translatable)
            names << field.name;
    }
    return names;
}

QString TranslationStore::translationId(const QString &table, const QString &recordId, const QString &field,
                                        const QString &language)
{
    return QStringLiteral("tr:%1:%2:%3:%4").arg(table, recordId, field, language);
}

WriteResult TranslationStore::setTranslation(const EntitySpec &entity, const QString &recordId,
                                             const QString &field, const QString &language, const QString &text)
{
    const FieldSpec *fieldSpec = entity.field(field);
    if (!fieldSpec || !fieldSpec->translatable || !entity.field(languageColumn())) {
        const QStringList fields = translatableFields(entity);
        return WriteResult::failure(
                kField, fields.isEmpty()
                        ? tr("%1 has no fields to translate.").arg(entity.displayName())
                        : tr("\"%1\" is not a translatable field of %2; those are: %3.")
                                  .arg(field, entity.displayName().toLower(), fields.join(QLatin1String(", "))));
    }
    if (!languages().contains(language)) {
        return WriteResult::failure(kLanguage, tr("\"%1\" is not a language Expert Desk translates into; use %2.")
                                                       .arg(language, languages().join(QLatin1String(", "))));
    }
    const std::optional<QVariantMap> record = m_repository.get(entity, recordId);
    if (!record) {
        return WriteResult::failure(kRecordId,
                                    tr("no %1 has the id \"%2\".").arg(entity.displayName().toLower(), recordId));
    }
    if (sourceLanguage(*record) == language) {
        return WriteResult::failure(
                kLanguage, tr("%1 of this %2 is written in %3 already; edit the record itself to change it.")
                                   .arg(fieldSpec->displayName(), entity.displayName().toLower(),
                                        languageName(language)));
    }
    const QString source = record->value(field).toString();
    if (source.trimmed().isEmpty()) {
        return WriteResult::failure(kField, tr("%1 of this %2 is empty: there is nothing to translate yet.")
                                                    .arg(fieldSpec->displayName(), entity.displayName().toLower()));
    }
    if (text.trimmed().isEmpty())
        return WriteResult::failure(kText, tr("Write the translation, or remove it."));

    const QString id = translationId(entity.table, recordId, field, language);
    const QVariantMap changes { { kText, text },
                                { kTranslatedBy, m_repository.user() },
                                { kTranslatedAt, m_clock.now().toString(Qt::ISODateWithMs) },
                                { kSourceText, source } };
    const std::optional<QVariantMap> existing = m_repository.get(spec(), id, true);
    if (!existing) {
        QVariantMap values = changes;
        values.insert(QStringLiteral("id"), id);
        values.insert(kRecordTable, entity.table);
        values.insert(kRecordId, recordId);
        values.insert(kField, field);
        values.insert(kLanguage, language);
        return m_repository.insert(spec(), values);
    }
    if (!existing->value(QStringLiteral("deleted")).toBool())
        return m_repository.update(spec(), id, changes);

    // A removed translation keeps its id: bring the tombstone back, then write the new text.
    Savepoint savepoint(m_repository.database().connection());
    if (!savepoint.isOpen())
        return WriteResult::failure({}, tr("The database is busy; try again in a moment."));
    WriteResult result = m_repository.restore(spec(), id);
    if (result.ok())
        result = m_repository.update(spec(), id, changes);
    if (result.ok() && !savepoint.release())
        return WriteResult::failure({}, tr("The database refused the change; nothing was saved."));
    return result;
}

WriteResult TranslationStore::removeTranslation(const EntitySpec &entity, const QString &recordId,
                                                const QString &field, const QString &language)
{
    const QString id = translationId(entity.table, recordId, field, language);
    const std::optional<QVariantMap> existing = m_repository.get(spec(), id);
    if (!existing) {
        return WriteResult::failure(kLanguage, tr("This %1 has no %2 translation of %3.")
                                                       .arg(entity.displayName().toLower(), languageName(language),
                                                            entity.field(field) ? entity.field(field)->displayName()
                                                                                : field));
    }
    return m_repository.remove(spec(), id);
}

QMap<QString, QMap<QString, Translation>> TranslationStore::translationsFor(const EntitySpec &entity,
                                                                           const QString &recordId) const
{
    QMap<QString, QMap<QString, Translation>> result;
    const std::optional<QVariantMap> record = m_repository.get(entity, recordId);
    if (!record)
        return result;
    QSqlQuery query(m_repository.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, field, language, text, translated_by, translated_at, source_text "
                                 "FROM translations WHERE record_table = ? AND record_id = ? AND deleted = 0"));
    query.addBindValue(entity.table);
    query.addBindValue(recordId);
    if (!query.exec()) {
        qCWarning(lcTranslations) << "cannot read translations" << query.lastError().text();
        return result;
    }
    const QString ownLanguage = sourceLanguage(*record);
    while (query.next()) {
        const QString field = query.value(1).toString();
        const QString language = query.value(2).toString();
        // After the record's language changed, a translation into it only repeats the source.
        if (language == ownLanguage || !entity.field(field))
            continue;
        Translation translation;
        translation.id = query.value(0).toString();
        translation.text = query.value(3).toString();
        translation.translatedBy = query.value(4).toString();
        translation.translatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        translation.sourceText = query.value(6).toString();
        translation.outdated = translation.sourceText != record->value(field).toString();
        result[field].insert(language, translation);
    }
    return result;
}

LocalizedText TranslationStore::textIn(const EntitySpec &entity, const QVariantMap &record, const QString &field,
                                       const QString &language) const
{
    const QString source = record.value(field).toString();
    LocalizedText result { source, sourceLanguage(record), false, false };
    if (language.isEmpty() || language == result.language || source.isEmpty())
        return result;
    const QString recordId = record.value(QStringLiteral("id")).toString();
    const std::optional<QVariantMap> translation =
            m_repository.get(spec(), translationId(entity.table, recordId, field, language));
    if (!translation || Validation::isEmpty(translation->value(kText)))
        return result;
    // An outdated translation is still shown: a reader who cannot read the source is better
    // served by it than by the source; the flag lets the view say that it may be out of date.
    return { translation->value(kText).toString(), language, true,
             translation->value(kSourceText).toString() != source };
}

} // namespace ed
