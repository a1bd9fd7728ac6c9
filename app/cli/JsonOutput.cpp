#include "JsonOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ed::cli {

namespace {
    QJsonValue fieldValue(const FieldSpec &field, const QVariant &value)
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
} // namespace

JsonOutput::Members JsonOutput::recordMembers(const EntitySpec &spec, const QVariantMap &record)
{
    Members members { { QStringLiteral("id"),
        QJsonValue(record.value(QStringLiteral("id")).toString()) } };
    for (const FieldSpec &field : spec.fields)
        members.append({ field.name, fieldValue(field, record.value(field.name)) });
    return members;
}

QByteArray JsonOutput::value(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and drop the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray JsonOutput::compact(const Members &members)
{
    QByteArrayList parts;
    for (const auto &member : members)
        parts << value(member.first) + ": " + value(member.second);
    return '{' + parts.join(", ") + '}';
}

QByteArray JsonOutput::object(const Members &members)
{
    QByteArrayList lines;
    for (const auto &member : members)
        lines << "  " + value(member.first) + ": " + value(member.second);
    return "{\n" + lines.join(",\n") + "\n}\n";
}

QByteArray JsonOutput::array(const QList<Members> &objects)
{
    if (objects.isEmpty())
        return "[]\n";
    QByteArrayList lines;
    for (const Members &members : objects)
        lines << "  " + compact(members);
    return "[\n" + lines.join(",\n") + "\n]\n";
}

} // namespace ed::cli
