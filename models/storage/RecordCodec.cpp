#include "RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace ed::RecordCodec {

namespace {

// Qt's compact writer's escapes: the two JSON specials and the controls, the rest as UTF-8.
// Encoded here straight into the buffer: a copy through toUtf8() and an append per byte took
// a tenth of an import's time. False, with nothing written, for a lone surrogate.
bool appendString(QByteArray *json, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = json->size();
    json->resize(start + 2 + 6 * text.size()); // the most one UTF-16 unit takes is \u00XX
    char *out = json->data() + start;
    *out++ = '"';
    for (const char16_t *p = text.utf16(), *end = p + text.size(); p < end; ++p) {
        const char16_t u = *p;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *out++ = char(u);
        } else if (u < 0x80) {
            *out++ = '\\';
            switch (u) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\b': *out++ = 'b'; break;
            case '\f': *out++ = 'f'; break;
            case '\n': *out++ = 'n'; break;
            case '\r': *out++ = 'r'; break;
            case '\t': *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, *++p);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            json->resize(start);
            return false;
        }
    }
    *out++ = '"';
    json->resize(out - json->constData());
    return true;
}

} // namespace

void appendJson(QByteArray *json, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : QMetaType::Type(value.typeId())) {
    case QMetaType::QString:
        // A lone surrogate is written as \uXXXX by Qt: left to it.
        if (appendString(json, *static_cast<const QString *>(value.constData())))
            return;
        break;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        char digits[24];
        const int length = std::snprintf(digits, sizeof digits, "%lld", value.toLongLong());
        json->append(digits, length);
        return;
    }
    case QMetaType::Bool:
        json->append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        json->append('[');
        bool first = true;
        const QVariantList list = value.toList();
        for (const QVariant &item : list) {
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
        const qsizetype start = json->size();
        json->append('{');
        bool written = true;
        for (auto it = map.cbegin(); written && it != map.cend(); ++it) {
            if (it != map.cbegin())
                json->append(',');
            written = appendString(json, it.key());
            if (written) {
                json->append(':');
                appendJson(json, it.value());
            }
        }
        if (written) {
            json->append('}');
            return;
        }
        json->resize(start); // a key with a lone surrogate: the map is left to Qt
        break;
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
