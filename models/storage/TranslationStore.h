#pragma once

#include "domain/FieldError.h"
#include "domain/Schema.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QVariantMap>

namespace ed {

class Clock;
class RecordRepository;

// One translation of a translatable field (FieldSpec::translatable) into one language.
struct Translation
{
    QString id;
    QString text;
    QString translatedBy;
    QDateTime translatedAt;
    QString sourceText; // the source as it was when translated
    bool outdated = false; // the record's field has changed since
};

// A translatable field in the language a reader asked for.
struct LocalizedText
{
    QString text;
    QString language;       // the language `text` is in
    bool translated = false; // false: the source text, because no translation exists
    bool outdated = false;   // a translation whose source has changed since; still shown
};

// Per-language texts of the fields people write (DESIGN.md §7). Each record stores its
// translatable fields in its own `text_language`; the other languages live in the synced
// `translations` table, one row per (record, field, language). Every write goes through
// RecordRepository, so it is validated and gets its outbox entry in the same transaction.
class TranslationStore : public QObject
{
    Q_OBJECT
public:
    TranslationStore(RecordRepository &repository, const Clock &clock, QObject *parent = nullptr);

    static const EntitySpec &spec(); // the "translations" entity
    static QString languageColumn(); // "text_language"
    static QStringList languages();  // "en", "fr", "ar"
    static QString languageName(const QString &code); // translated: "Arabic"
    static QList<const EntitySpec *> translatableEntities();
    static QStringList translatableFields(const EntitySpec &spec);

    // "tr:<record_table>:<record_id>:<field>:<language>". Deterministic on purpose: two replicas
    // that translate the same field offline write the same row id, so sync merges their texts
    // (last writer wins, the loser kept in field history) instead of creating two rows that the
    // UNIQUE(record_table, record_id, field, language) key would refuse on pull.
    static QString translationId(const QString &table, const QString &recordId, const QString &field,
                                 const QString &language);

    // Inserts or updates; also brings back a removed translation (same id). Refuses a field that
    // is not translatable, an unknown language, the record's own language, a missing record,
    // an empty source and an empty translation. A refusal changes nothing.
    WriteResult setTranslation(const EntitySpec &spec, const QString &recordId, const QString &field,
                               const QString &language, const QString &text);
    WriteResult removeTranslation(const EntitySpec &spec, const QString &recordId, const QString &field,
                                  const QString &language);

    // field → language → translation, live translations only.
    QMap<QString, QMap<QString, Translation>> translationsFor(const EntitySpec &spec,
                                                              const QString &recordId) const;
    // `record` as RecordRepository::get returns it. Falls back to the source text.
    LocalizedText textIn(const EntitySpec &spec, const QVariantMap &record, const QString &field,
                         const QString &language) const;

private:
    RecordRepository &m_repository;
    const Clock &m_clock;
};

} // namespace ed
