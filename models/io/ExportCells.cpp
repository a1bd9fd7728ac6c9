#include "ExportCells.h"

#include "storage/RecordRepository.h"

namespace ed {

QString ExportCell::plainText() const
{
    switch (type) {
    case Empty:
        return {};
    case Text:
        return text;
    case Number:
        return QString::number(number, 'g', 15);
    case Date:
        return date.toString(Qt::ISODate);
    }
    return {};
}

ExportCells::ExportCells(const RecordRepository &repository, const EntitySpec &spec)
    : m_spec(spec)
    , m_formatter(repository)
{
}

QStringList ExportCells::headers() const
{
    QStringList headers;
    for (const FieldSpec &field : m_spec.fields)
        headers << field.displayName();
    return headers;
}

QList<ExportCell> ExportCells::row(const QVariantMap &record) const
{
    QList<ExportCell> cells;
    cells.reserve(m_spec.fields.size());
    for (const FieldSpec &field : m_spec.fields)
        cells << cell(field, record.value(field.name));
    return cells;
}

ExportCell ExportCells::cell(const FieldSpec &field, const QVariant &value) const
{
    ExportCell cell;
    if (field.kind != FieldKind::Json
        && (!value.isValid() || value.isNull() || value.toString().isEmpty()))
        return cell;
    switch (field.kind) {
    case FieldKind::Integer:
    case FieldKind::Real:
        cell.type = ExportCell::Number;
        cell.number = value.toDouble();
        return cell;
    case FieldKind::Date:
        cell.date = QDate::fromString(value.toString(), Qt::ISODate);
        if (cell.date.isValid()) {
            cell.type = ExportCell::Date;
            return cell;
        }
        cell.type = ExportCell::Text; // a malformed date is kept as written rather than lost
        cell.text = value.toString();
        return cell;
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Email:
    case FieldKind::Phone:
        // The formatter shortens long texts and adds bidi isolates for the screen; a file keeps the
        // text.
        cell.text = value.toString();
        break;
    default:
        cell.text = m_formatter.displayText(field, value);
        break;
    }
    cell.type = cell.text.isEmpty() ? ExportCell::Empty : ExportCell::Text;
    return cell;
}

} // namespace ed
