#pragma once

#include "ImportValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace ed {

class ImportVocabulary;

// Which column of a file feeds which import target ("name", "email", "sectors", …), found from
// the headers by the vocabulary and overridden by a mapping the user chose (saved per form, or
// `--mapping FILE` in the CLI). Mapping file (docs/cli.md):
//   {"form": "jotform-experts", "date_order": "month-first",
//    "columns": {"Full Name": "name", "Mobile (WhatsApp)": "phone", "#12": "ignore"}}
// A key is a header as written, or "#N" for the Nth column (1-based) when headers repeat; the
// value a target of the form or "ignore".
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    ImportMapping() = default;
    ImportMapping(QString form, const QStringList &headers, const ImportVocabulary &vocabulary);

    QString form() const { return m_form; } // "experts" or "needs"
    const QStringList &headers() const { return m_headers; }
    // The column feeding `target`, or -1.
    int column(const QString &target) const { return m_columnOf.value(target, -1); }
    QString targetOf(int column) const { return m_targetOf.value(column); }
    // Columns with a header that feed nothing (neither recognised nor chosen, nor ignored), and
    // repeated headers after the first of their name: reported so the user can map them.
    QStringList unmappedColumns() const;
    ImportValues::DateOrder dateOrder() const { return m_dateOrder; }

    // Sets `column` to feed `target` ("" or "ignore" to feed nothing); a column that fed
    // `target` before stops. False when the form has no such target.
    bool assign(int column, const QString &target, const ImportVocabulary &vocabulary);
    void setDateOrder(ImportValues::DateOrder order) { m_dateOrder = order; }

    // Applies a mapping document; false with a message that names the bad entry.
    bool apply(const QJsonObject &document, const ImportVocabulary &vocabulary, QString *error);
    QJsonObject toJson() const;

    // "jotform-experts" ↔ "experts".
    static QString formOfCommand(const QString &name);

private:
    QString m_form;
    QStringList m_headers;
    QHash<QString, int> m_columnOf;
    QHash<int, QString> m_targetOf;
    QList<int> m_ignored;
    ImportValues::DateOrder m_dateOrder = ImportValues::DateOrder::MonthFirst;
};

} // namespace ed
