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
    static QString languageName(const QString &code);

    // Forget a cached label, e.g. after the referenced record was renamed. Returns whether it was cached.
    bool forget(const QString &table, const QString &id);
    void clear() { m_labels.clear(); }

private:
    QString jsonSummary(const FieldSpec &field, const QVariantList &items) const;

    const RecordRepository &m_repository;
    mutable QHash<QString, QHash<QString, QString>> m_labels; // table → id → label
};

} // namespace ed
