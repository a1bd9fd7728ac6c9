#pragma once

#include "domain/Schema.h"

#include <QHash>
#include <QVariant>

namespace ed {

class RecordRepository;

// Turns stored field values into the short text a table cell or a combo box shows: reference
// data names in the UI language, enum labels, referenced records by name, JSON lists summarised.
// Referenced records are looked up once and cached: a missions table shows the same few hundred
// experts over and over.
class RecordFormatter
{
public:
    explicit RecordFormatter(const RecordRepository &repository);

    QString displayText(const FieldSpec &field, const QVariant &value) const;
    // "Amina Diallo", "N-2611-4F2A — MRI scanner maintenance training", "M-2611-93C1".
    QString referenceLabel(const QString &table, const QString &id) const;
    // The field that names a record of `table` in lists and combo boxes.
    static QString labelColumn(const QString &table);
    QString languageName(const QString &code) const;
    // Dates as the UI locale writes them, without the locale's bidi marks: shown inside a
    // left-to-right isolate (see leftToRight()), day, month and year keep their order in Arabic.
    static QString dateFormat();
    static QString formatDate(const QString &isoDate);
    // Codes, e-mail addresses, phone numbers and dates read left to right in every language;
    // in a right-to-left UI they are wrapped in a left-to-right isolate (U+2066 … U+2069).
    static QString leftToRight(const QString &text);
    // Text of either direction set inside a sentence (a need's title in an Arabic heading, an
    // Arabic name in an English one): a first-strong isolate (U+2068 … U+2069) keeps its words
    // in their own order whatever the sentence around it.
    static QString isolated(const QString &text);
    // "N-2611-00029 — Fault diagnosis of the TruLaser 3030": the code left to right, the title isolated.
    static QString needLabel(const QString &code, const QString &title);
    // Fields holding Latin identifiers (references, e-mail, phone, IATA and currency codes).
    static bool isLeftToRightField(const FieldSpec &field);
    // Fields written in Arabic script whatever the UI language ("name_ar").
    static bool isRightToLeftField(const FieldSpec &field);

    // Forget a cached label, e.g. after the referenced record was renamed. Returns whether it was cached.
    bool forget(const QString &table, const QString &id);
    void clear() { m_labels.clear(); }

private:
    QString jsonSummary(const FieldSpec &field, const QVariantList &items) const;

    const RecordRepository &m_repository;
    mutable QHash<QString, QHash<QString, QString>> m_labels; // table → id → label
};

} // namespace ed
