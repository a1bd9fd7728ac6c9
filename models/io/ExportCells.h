#pragma once

#include "domain/Schema.h"
#include "itemmodels/RecordFormatter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ed {

class RecordRepository;

// One value of an exported table: the spreadsheet writer needs to know a date from a number from
// text; CSV writes them all as text (dates ISO 8601, numbers without digit grouping).
struct ExportCell {
    enum Type { Empty, Text, Number, Date };
    Type type = Empty;
    QString text;
    double number = 0;
    QDate date;

    QString plainText() const; // the CSV form
};

// Turns records into rows of cells for people to read: headers are the field labels and values
// are names, all in the interface language; ids of referenced records become their names.
class ExportCells {
public:
    ExportCells(const RecordRepository &repository, const EntitySpec &spec);

    QStringList headers() const;
    QList<ExportCell> row(const QVariantMap &record) const;

private:
    ExportCell cell(const FieldSpec &field, const QVariant &value) const;

    const EntitySpec &m_spec;
    RecordFormatter m_formatter; // caches the names of referenced records
};

} // namespace ed
