#include "RecordFormatter.h"

#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ed {

namespace {
// The context lupdate derives from the enclosing namespace; the two must agree or the
// catalogue is never used.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("ed::RecordFormatter", text, comment, n);
}
} // namespace

RecordFormatter::RecordFormatter(const RecordRepository &repository) : m_repository(repository) { }

QString RecordFormatter::labelColumn(const QString &table)
{
    if (table == QLatin1String("needs"))
        return QStringLiteral("title");
    if (table == QLatin1String("missions"))
        return QStringLiteral("code");
    if (table == QLatin1String("evaluations"))
        return QStringLiteral("mission_id");
    return QStringLiteral("name");
}

QString RecordFormatter::languageName(const QString &code) const
{
    return m_repository.reference().languageName(code);
}

QString RecordFormatter::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    for (const QChar mark : { QChar(0x200E), QChar(0x200F), QChar(0x061C) })
        format.remove(mark);
    return format;
}

QString RecordFormatter::formatDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? leftToRight(QLocale().toString(date, dateFormat())) : isoDate;
}

QString RecordFormatter::leftToRight(const QString &text)
{
    if (text.isEmpty() || QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}

QString RecordFormatter::isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

QString RecordFormatter::needLabel(const QString &code, const QString &title)
{
    //: a need named in a list or a heading: %1 its reference, %2 its title
    return tr("%1 — %2").arg(leftToRight(code), isolated(title));
}

bool RecordFormatter::isLeftToRightField(const FieldSpec &field)
{
    static const QStringList codes = { QStringLiteral("code"), QStringLiteral("airport"),
                                       QStringLiteral("airfare_currency"), QStringLiteral("source") };
    return field.kind == FieldKind::Email || field.kind == FieldKind::Phone || field.kind == FieldKind::Date
            || codes.contains(field.name);
}

bool RecordFormatter::isRightToLeftField(const FieldSpec &field)
{
    return field.name.endsWith(QLatin1String("_ar"));
}

QString RecordFormatter::referenceLabel(const QString &table, const QString &id) const
{
    if (id.isEmpty())
        return {};
    auto &labels = m_labels[table];
    const auto cached = labels.constFind(id);
    if (cached != labels.constEnd())
        return *cached;
    QString label = id;
    if (const EntitySpec *spec = Schema::find(table)) {
        if (const auto record = m_repository.get(*spec, id, true)) {
            const QString code = record->value(QStringLiteral("code")).toString();
            const QString name = record->value(labelColumn(table)).toString();
            if (!code.isEmpty() && !name.isEmpty() && code != name)
                //: a referenced record: its code, a dash and its title
                label = needLabel(code, name);
            else if (!name.isEmpty())
                label = name;
            else if (!code.isEmpty())
                label = code;
        }
    }
    labels.insert(id, label);
    return label;
}

bool RecordFormatter::forget(const QString &table, const QString &id)
{
    auto it = m_labels.find(table);
    return it != m_labels.end() && it->remove(id) > 0;
}

QString RecordFormatter::displayText(const FieldSpec &field, const QVariant &value) const
{
    if (field.kind == FieldKind::Json)
        return jsonSummary(field, value.toList());
    if (!value.isValid() || value.isNull())
        return {};
    const ReferenceData &reference = m_repository.reference();
    switch (field.kind) {
    case FieldKind::Country:
        return reference.countryName(value.toString());
    case FieldKind::Sector:
        return reference.sectorName(value.toString());
    case FieldKind::Enum:
        return field.enumLabel(value.toString());
    case FieldKind::Reference:
        return referenceLabel(field.refTable, value.toString());
    case FieldKind::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldKind::Integer:
        return QLocale().toString(value.toLongLong());
    case FieldKind::Real:
        return QLocale().toString(value.toDouble(), 'f', 2);
    case FieldKind::Date:
        return formatDate(value.toString());
    case FieldKind::LongText:
        // One line in a table cell; the form shows the whole text.
        return value.toString().simplified().left(200);
    default:
        return isLeftToRightField(field) ? leftToRight(value.toString()) : value.toString();
    }
}

QString RecordFormatter::jsonSummary(const FieldSpec &field, const QVariantList &items) const
{
    QStringList parts;
    for (const QVariant &item : items) {
        const QVariantMap map = item.toMap();
        switch (field.shape) {
        case JsonShape::SectorCodes:
            parts << m_repository.reference().sectorName(item.toString());
            break;
        case JsonShape::LanguageCodes:
            parts << languageName(item.toString());
            break;
        case JsonShape::Languages:
            //: language name and speaking level out of 4, e.g. "French 4/4"
            parts << tr("%1 %2/4").arg(languageName(map.value(QStringLiteral("code")).toString()))
                             .arg(map.value(QStringLiteral("level")).toInt());
            break;
        case JsonShape::Skills:
        case JsonShape::RequiredSkills:
            parts << map.value(QStringLiteral("name")).toString();
            break;
        case JsonShape::Equipment:
            parts << QStringList { map.value(QStringLiteral("manufacturer")).toString(),
                                   map.value(QStringLiteral("model")).toString() }
                             .join(QLatin1Char(' '))
                             .trimmed();
            break;
        case JsonShape::Periods:
            //: an unavailability period: start date – end date
            parts << tr("%1 – %2").arg(formatDate(map.value(QStringLiteral("start")).toString()),
                                       formatDate(map.value(QStringLiteral("end")).toString()));
            break;
        case JsonShape::None:
            break;
        }
    }
    parts.removeAll(QString());
    //: separator between the items of a list shown in one table cell
    return parts.join(tr(", "));
}

} // namespace ed
