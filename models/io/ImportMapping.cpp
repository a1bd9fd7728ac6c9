#include "ImportMapping.h"

#include "ImportVocabulary.h"

namespace ed {

ImportMapping::ImportMapping(QString form, const QStringList &headers, const ImportVocabulary &vocabulary)
    : m_form(std::move(form))
    , m_headers(headers)
{
    for (int column = 0; column < headers.size(); ++column) {
        const QString target = vocabulary.target(m_form, headers.at(column));
        // The first column of a name wins: JotForm repeats a header for a question asked twice.
        if (!target.isEmpty() && !m_columnOf.contains(target)) {
            m_columnOf.insert(target, column);
            m_targetOf.insert(column, target);
        }
    }
}

QStringList ImportMapping::unmappedColumns() const
{
    QStringList columns;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (!m_targetOf.contains(column) && !m_ignored.contains(column)
            && !m_headers.at(column).trimmed().isEmpty())
            columns << m_headers.at(column);
    }
    return columns;
}

bool ImportMapping::assign(int column, const QString &target, const ImportVocabulary &vocabulary)
{
    if (column < 0 || column >= m_headers.size())
        return false;
    const bool none = target.isEmpty() || target == QLatin1String("ignore");
    if (!none && !vocabulary.targets(m_form).contains(target))
        return false;
    m_columnOf.remove(m_targetOf.take(column));
    m_ignored.removeAll(column);
    if (none) {
        m_ignored << column;
        return true;
    }
    if (const int previous = m_columnOf.value(target, -1); previous >= 0)
        m_targetOf.remove(previous);
    m_columnOf.insert(target, column);
    m_targetOf.insert(column, target);
    return true;
}

bool ImportMapping::apply(const QJsonObject &document, const ImportVocabulary &vocabulary, QString *error)
{
    const QString form = document.value(QStringLiteral("form")).toString();
    if (!form.isEmpty() && formOfCommand(form) != m_form) {
        *error = tr("The mapping is for the form \"%1\", not for this one.").arg(form);
        return false;
    }
    const QString order = document.value(QStringLiteral("date_order")).toString();
    if (order == QLatin1String("day-first"))
        m_dateOrder = ImportValues::DateOrder::DayFirst;
    else if (order.isEmpty() || order == QLatin1String("month-first"))
        m_dateOrder = ImportValues::DateOrder::MonthFirst;
    else {
        *error = tr("\"date_order\" must be \"month-first\" or \"day-first\", not \"%1\".").arg(order);
        return false;
    }
    const QJsonObject columns = document.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        int column = -1;
        if (it.key().startsWith(QLatin1Char('#')))
            column = it.key().mid(1).toInt() - 1;
        else
            column = int(m_headers.indexOf(it.key()));
        if (column < 0 || column >= m_headers.size()) {
            *error = tr("The mapping names the column \"%1\", which this file does not have.").arg(it.key());
            return false;
        }
        if (!assign(column, it.value().toString(), vocabulary)) {
            *error = tr("\"%1\" is not something this form can import (column \"%2\"). Use one of: %3, or "
                        "\"ignore\".")
                         .arg(it.value().toString(), it.key(), vocabulary.targets(m_form).join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (int column = 0; column < m_headers.size(); ++column) {
        // A repeated header is written by its number so the file stays unambiguous.
        const QString key = m_headers.count(m_headers.at(column)) > 1 ? QStringLiteral("#%1").arg(column + 1)
                                                                       : m_headers.at(column);
        if (m_targetOf.contains(column))
            columns.insert(key, m_targetOf.value(column));
        else if (m_ignored.contains(column))
            columns.insert(key, QStringLiteral("ignore"));
    }
    return { { QStringLiteral("form"), QStringLiteral("jotform-") + m_form },
        { QStringLiteral("date_order"),
            m_dateOrder == ImportValues::DateOrder::DayFirst ? QStringLiteral("day-first")
                                                             : QStringLiteral("month-first") },
        { QStringLiteral("columns"), columns } };
}

QString ImportMapping::formOfCommand(const QString &name)
{
    if (name == QLatin1String("jotform-experts") || name == QLatin1String("experts"))
        return QStringLiteral("experts");
    if (name == QLatin1String("jotform-needs") || name == QLatin1String("needs"))
        return QStringLiteral("needs");
    return {};
}

} // namespace ed
