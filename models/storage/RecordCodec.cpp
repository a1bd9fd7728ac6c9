#include "RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ed::RecordCodec {

namespace {

// Qt's compact writer's escapes: the two JSON specials and the controls, the rest as UTF-8.
void appendString(QByteArray *json, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    json->append('"');
    for (const char ch : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u != '"' && u != '\\') {
            json->append(ch);
            continue;
        }
        json->append('\\');
        switch (u) {
        case '"': json->append('"'); break;
        case '\\': json->append('\\'); break;
        case '\b': json->append('b'); break;
        case '\f': json->append('f'); break;
        case '\n': json->append('n'); break;
        case '\r': json->append('r'); break;
        case '\t': json->append('t'); break;
        default: json->append("u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        }
    }
    json->append('"');
}

} // namespace

void appendJson(QByteArray *json, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : QMetaType::Type(value.typeId())) {
    case QMetaType::QString:
        // A lone surrogate is written as \uXXXX by Qt: left to it.
        if (const QString text = value.toString(); QStringView(text).isValidUtf16()) {
            appendString(json, text);
            return;
        }
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        json->append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Bool:
        json->append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        json->append('[');
        bool first = true;
        for (const QVariant &item : value.toList()) {
            if (!std::exchange(first, false))
                json->append(',');
            appendJson(json, item);
        }
        json->append(']');
        return;
    }
    case QMetaType::QVariantMap: {
        // QJsonObject keeps its keys sorted, as QVariantMap does.
        const QVariantMap map = value.toMap();
        json->append('{');
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it != map.cbegin())
                json->append(',');
            appendString(json, it.key());
            json->append(':');
            appendJson(json, it.value());
        }
        json->append('}');
        return;
    }
    default:
        break;
    }
    // Anything else (nothing, real numbers, dates…) through Qt: the one element of an array.
    const QByteArray array = QJsonDocument(QJsonArray { QJsonValue::fromVariant(value) }).toJson(QJsonDocument::Compact);
    json->append(array.mid(1, array.size() - 2));
}

QString jsonText(const QVariant &value)
{
    QByteArray json;
    appendJson(&json, value.toList());
    return QString::fromUtf8(json);
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
