#include "RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ed::RecordCodec {

QString jsonText(const QVariant &value)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
}

QVariant toSql(const FieldSpec &field, const QVariant &value)
{
    if (field.kind == FieldKind::Json)
        return jsonText(value);
    if (!value.isValid() || value.isNull())
        return QVariant(QMetaType(QMetaType::QString)); // SQL NULL
    if (field.kind == FieldKind::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

QVariantMap fromSql(const EntitySpec &spec, const QSqlRecord &row)
{
    QVariantMap record;
    for (const QString &column : Schema::systemColumns()) {
        const int index = row.indexOf(column);
        if (index >= 0)
            record.insert(column, row.value(index));
    }
    record[QStringLiteral("deleted")] = row.value(QStringLiteral("deleted")).toInt() != 0;
    for (const FieldSpec &field : spec.fields) {
        const int index = row.indexOf(field.name);
        if (index < 0)
            continue;
        const QVariant raw = row.value(index);
        QVariant value;
        if (raw.isNull()) {
            value = field.kind == FieldKind::Json ? QVariant(QVariantList()) : QVariant();
        } else {
            switch (field.kind) {
            case FieldKind::Json:
                value = QJsonDocument::fromJson(raw.toString().toUtf8()).array().toVariantList();
                break;
            case FieldKind::Bool:
                value = raw.toInt() != 0;
                break;
            case FieldKind::Integer:
                value = raw.toLongLong();
                break;
            case FieldKind::Real:
                value = raw.toDouble();
                break;
            default:
                value = raw.toString();
            }
        }
        record.insert(field.name, value);
    }
    return record;
}

} // namespace ed::RecordCodec
