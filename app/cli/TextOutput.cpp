#include "TextOutput.h"

#include "storage/ReferenceData.h"

namespace ed::cli {

namespace {
    constexpr int kMaxCellWidth = 40;

    QString elided(const QString &text)
    {
        return text.size() <= kMaxCellWidth ? text : text.left(kMaxCellWidth - 1) + QChar(0x2026);
    }

    QString padded(const QString &text, int width)
    {
        return text + QString(qMax(0, width - int(text.size())), QLatin1Char(' '));
    }
} // namespace

QString TextOutput::cell(const FieldSpec &field, const QVariant &value) const
{
    if (field.kind == FieldKind::Json) {
        QStringList items;
        for (const QVariant &raw : value.toList()) {
            const QVariantMap item = raw.toMap();
            switch (field.shape) {
            case JsonShape::Languages:
                //: a spoken language and its level 1–4, e.g. "fr (4)"
                items << tr("%1 (%2)").arg(item.value(QStringLiteral("code")).toString(),
                    item.value(QStringLiteral("level")).toString());
                break;
            case JsonShape::Skills:
            case JsonShape::RequiredSkills:
                items << tr("%1 (%2)").arg(item.value(QStringLiteral("name")).toString(),
                    item.value(QStringLiteral("level")).toString());
                break;
            case JsonShape::Equipment:
                //: manufacturer and model of a piece of equipment, e.g. "Siemens Magnetom Aera"
                items << tr("%1 %2").arg(item.value(QStringLiteral("manufacturer")).toString(),
                    item.value(QStringLiteral("model")).toString());
                break;
            case JsonShape::Periods:
                //: a period of dates, e.g. "2026-12-01–2026-12-20"
                items << tr("%1–%2").arg(item.value(QStringLiteral("start")).toString(),
                    item.value(QStringLiteral("end")).toString());
                break;
            default:
                items << raw.toString();
            }
        }
        return items.join(QLatin1String(", "));
    }
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case FieldKind::Enum:
        return field.enumLabel(value.toString());
    case FieldKind::Country:
        //: an ISO country code and the country's name, e.g. "SN Senegal"
        return tr("%1 %2").arg(value.toString(), m_reference.countryName(value.toString()));
    case FieldKind::Sector:
        return tr("%1 %2").arg(value.toString(), m_reference.sectorName(value.toString()));
    case FieldKind::Reference: {
        const QString name = m_resolver ? m_resolver(field.refTable, value.toString()) : QString();
        return name.isEmpty() ? value.toString() : name;
    }
    default:
        return value.toString().simplified();
    }
}

QString TextOutput::renderTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &header : headers)
        widths << int(header.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    }
    auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (int i = 0; i < cells.size(); ++i)
            parts << (i + 1 < cells.size() ? padded(cells.at(i), widths.at(i)) : cells.at(i));
        return parts.join(QLatin1String("  "));
    };
    QStringList lines { line(headers) };
    QStringList rule;
    for (const int width : std::as_const(widths))
        rule << QString(width, QChar(0x2500));
    lines << rule.join(QLatin1String("  "));
    for (const QStringList &row : rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n'));
}

QString TextOutput::table(const EntitySpec &spec, const QList<QVariantMap> &records) const
{
    //: column header of the record id in list tables
    QStringList headers { tr("Id") };
    QList<const FieldSpec *> fields;
    for (const QString &name : spec.listColumns) {
        if (const FieldSpec *field = spec.field(name)) {
            fields << field;
            headers << field->displayName();
        }
    }
    QList<QStringList> rows;
    for (const QVariantMap &record : records) {
        QStringList row { record.value(QStringLiteral("id")).toString() };
        for (const FieldSpec *field : std::as_const(fields))
            row << elided(cell(*field, record.value(field->name)));
        rows << row;
    }
    return renderTable(headers, rows);
}

QString TextOutput::record(const EntitySpec &spec, const QVariantMap &record) const
{
    // Keys, not labels: they are what `update --set KEY=VALUE` and `add --json` take.
    int width = 2;
    for (const FieldSpec &field : spec.fields)
        width = qMax(width, int(field.name.size()));
    QStringList lines { padded(QStringLiteral("id"), width) + QLatin1String("  ")
        + record.value(QStringLiteral("id")).toString() };
    for (const FieldSpec &field : spec.fields) {
        QString text = cell(field, record.value(field.name));
        const QString id = record.value(field.name).toString();
        if (field.kind == FieldKind::Reference && !id.isEmpty() && text != id)
            //: the id of a linked record and its code or name, e.g. "0193… (N-2611-DF399)"
            text = tr("%1 (%2)").arg(id, text);
        if (!text.isEmpty())
            lines << padded(field.name, width) + QLatin1String("  ") + text;
    }
    lines << QString();
    lines << tr("Created %1 by %2; last changed %3 by %4.")
                 .arg(record.value(QStringLiteral("created_at")).toString(),
                     record.value(QStringLiteral("created_by")).toString(),
                     record.value(QStringLiteral("updated_at")).toString(),
                     record.value(QStringLiteral("updated_by")).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ed::cli
