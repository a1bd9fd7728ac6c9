#include "RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ed {

QJsonValue RecordJson::fieldValue(const FieldSpec &field, const QVariant &value)
{
    if (field.kind == FieldKind::Json)
        return QJsonArray::fromVariantList(value.toList());
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (field.kind) {
    case FieldKind::Integer:
        return QJsonValue(value.toLongLong());
    case FieldKind::Real:
        return QJsonValue(value.toDouble());
    case FieldKind::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

RecordJson::Members RecordJson::members(const EntitySpec &spec, const QVariantMap &record)
{
    Members members { { QStringLiteral("id"),
        QJsonValue(record.value(QStringLiteral("id")).toString()) } };
    for (const FieldSpec &field : spec.fields)
        members.append({ field.name, fieldValue(field, record.value(field.name)) });
    return members;
}

QByteArray RecordJson::value(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and drop the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray RecordJson::compact(const Members &members)
{
    QByteArrayList parts;
    for (const auto &member : members)
        parts << value(QJsonValue(member.first)) + ": " + value(member.second);
    return '{' + parts.join(", ") + '}';
}

} // namespace ed
