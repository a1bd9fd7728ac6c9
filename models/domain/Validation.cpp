#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ed::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ed::Validation", text);
}

QString quoted(const QVariant &value)
{
    return QLatin1Char('"') + value.toString() + QLatin1Char('"');
}

bool parseDate(const QVariant &input, QString *out)
{
    const QString text = input.toString().trimmed();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return false;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return false;
    *out = date.toString(Qt::ISODate);
    return true;
}

bool parseInteger(const QVariant &input, qlonglong *out)
{
    bool ok = false;
    if (input.typeId() == QMetaType::Double) {
        const double d = input.toDouble();
        *out = qlonglong(d);
        return double(*out) == d;
    }
    *out = input.toString().trimmed().toLongLong(&ok);
    return ok;
}

bool parseBool(const QVariant &input, bool *out)
{
    if (input.typeId() == QMetaType::Bool) {
        *out = input.toBool();
        return true;
    }
    const QString text = input.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}

// A JSON list may arrive as a list (JSON input, forms) or as its text (--set, CSV cells).
bool toList(const QVariant &input, QVariantList *out)
{
    if (input.typeId() == QMetaType::QVariantList || input.typeId() == QMetaType::QStringList) {
        *out = input.toList();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(input.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    *out = doc.array().toVariantList();
    return true;
}

bool levelOk(const QVariantMap &item, const char *key, int max, qlonglong *level)
{
    return parseInteger(item.value(QLatin1String(key)), level) && *level >= 1 && *level <= max;
}

bool languageCode(const QVariant &value, QString *code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}$"));
    *code = value.toString().trimmed().toLower();
    return shape.match(*code).hasMatch();
}

bool normalizeList(JsonShape shape, const QVariantList &items, QVariantList *out, QString *error)
{
    out->clear();
    for (const QVariant &raw : items) {
        const QVariantMap item = raw.toMap();
        qlonglong level = 0;
        QString code;
        switch (shape) {
        case JsonShape::Languages:
            if (!languageCode(item.value(QStringLiteral("code")), &code)) {
                *error = tr("each language needs a two-letter code such as \"fr\".");
                return false;
            }
            if (!levelOk(item, "level", 4, &level)) {
                *error = tr("each language level must be from 1 (basic) to 4 (native).");
                return false;
            }
            out->append(QVariantMap { { QStringLiteral("code"), code }, { QStringLiteral("level"), level } });
            break;
        case JsonShape::LanguageCodes:
            if (!languageCode(raw, &code)) {
                *error = tr("each language needs a two-letter code such as \"fr\".");
                return false;
            }
            out->append(code);
            break;
        case JsonShape::SectorCodes: {
            const QString sector = raw.toString().trimmed().toUpper();
            if (sector.isEmpty()) {
                *error = tr("a sector code is empty.");
                return false;
            }
            out->append(sector);
            break;
        }
        case JsonShape::Skills:
        case JsonShape::RequiredSkills: {
            const QString name = item.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty()) {
                *error = tr("each skill needs a name.");
                return false;
            }
            if (!levelOk(item, "level", 4, &level)) {
                *error = tr("each skill level must be from 1 (basic) to 4 (expert).");
                return false;
            }
            QVariantMap clean { { QStringLiteral("name"), name }, { QStringLiteral("level"), level } };
            if (shape == JsonShape::Skills) {
                qlonglong years = 0;
                if (item.contains(QStringLiteral("years"))
                    && (!parseInteger(item.value(QStringLiteral("years")), &years) || years < 0 || years > 70)) {
                    *error = tr("years of practice must be a whole number from 0 to 70.");
                    return false;
                }
                clean.insert(QStringLiteral("years"), years);
            } else {
                bool mandatory = false;
                if (item.contains(QStringLiteral("mandatory"))
                    && !parseBool(item.value(QStringLiteral("mandatory")), &mandatory)) {
                    *error = tr("\"mandatory\" must be true or false.");
                    return false;
                }
                clean.insert(QStringLiteral("mandatory"), mandatory);
            }
            out->append(clean);
            break;
        }
        case JsonShape::Equipment: {
            const QString manufacturer = item.value(QStringLiteral("manufacturer")).toString().trimmed();
            const QString model = item.value(QStringLiteral("model")).toString().trimmed();
            if (manufacturer.isEmpty() || model.isEmpty()) {
                *error = tr("each piece of equipment needs a manufacturer and a model.");
                return false;
            }
            if (!levelOk(item, "level", 4, &level)) {
                *error = tr("each equipment level must be from 1 (basic) to 4 (expert).");
                return false;
            }
            qlonglong years = 0;
            parseInteger(item.value(QStringLiteral("years"), 0), &years);
            out->append(QVariantMap { { QStringLiteral("manufacturer"), manufacturer },
                                      { QStringLiteral("model"), model },
                                      { QStringLiteral("level"), level },
                                      { QStringLiteral("years"), qMax(0LL, years) } });
            break;
        }
        case JsonShape::Periods: {
            QString start, end;
            if (!parseDate(item.value(QStringLiteral("start")), &start)
                || !parseDate(item.value(QStringLiteral("end")), &end)) {
                *error = tr("each period needs a start and an end date written as 2026-11-22.");
                return false;
            }
            if (end < start) {
                *error = tr("a period ends (%1) before it starts (%2).").arg(end, start);
                return false;
            }
            out->append(QVariantMap { { QStringLiteral("start"), start },
                                      { QStringLiteral("end"), end },
                                      { QStringLiteral("reason"),
                                        item.value(QStringLiteral("reason")).toString().trimmed() } });
            break;
        }
        case JsonShape::None:
            out->append(raw);
            break;
        }
    }
    return true;
}

bool inRange(const FieldSpec &field, double value, QString *error)
{
    if (field.maximum > field.minimum && (value < field.minimum || value > field.maximum)) {
        *error = tr("%1 is outside the allowed range %2 to %3.").arg(value).arg(field.minimum).arg(field.maximum);
        return false;
    }
    return true;
}

} // namespace

bool isEmpty(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    if (value.typeId() == QMetaType::QVariantList)
        return value.toList().isEmpty();
    return false;
}

namespace {

// Text as every copy and the server store it alike: no control characters (a NUL cut the text
// short in one store and not in the other), no lone surrogates, within the field's maximum.
bool checkText(const QString &text, qsizetype maxChars, bool multiline, QString *error)
{
    if (text.size() > maxChars) {
        *error = tr("This text has %1 characters; at most %2 are allowed here.")
                     .arg(text.size())
                     .arg(maxChars);
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowedControl = multiline && (u == '\n' || u == '\t' || u == '\r');
        if ((u < 0x20 || (u >= 0x7f && u < 0xa0)) && !allowedControl) {
            *error = tr("This text holds a control character (code %1); remove it.").arg(int(u));
            return false;
        }
    }
    if (!QStringView(text).isValidUtf16()) {
        *error = tr("This text holds an invalid character; type it again.");
        return false;
    }
    return true;
}

// Every string inside a normalised list, and the list's size as stored.
bool checkListText(const QVariantList &list, QString *error)
{
    if (list.size() > kMaxListItems) {
        *error = tr("This list has %1 entries; at most %2 are allowed.").arg(list.size()).arg(kMaxListItems);
        return false;
    }
    for (const QVariant &item : list) {
        if (item.typeId() == QMetaType::QString && !checkText(item.toString(), kMaxTextChars, false, error))
            return false;
        if (item.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = item.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                if (it.value().typeId() == QMetaType::QString
                    && !checkText(it.value().toString(), kMaxTextChars, false, error))
                    return false;
            }
        }
    }
    return true;
}

bool normalizeChecked(const FieldSpec &field, const QVariant &input, QVariant *out, QString *error);

} // namespace

qsizetype maxChars(const FieldSpec &field)
{
    if (field.maxLength > 0)
        return field.maxLength;
    switch (field.kind) {
    case FieldKind::LongText:
        return kMaxLongTextChars;
    case FieldKind::Email:
        return 254; // RFC 5321's limit on a forward path
    case FieldKind::Reference:
        return 64;
    default:
        return kMaxTextChars;
    }
}

bool normalize(const FieldSpec &field, const QVariant &input, QVariant *out, QString *error)
{
    if (!normalizeChecked(field, input, out, error))
        return false;
    if (out->typeId() == QMetaType::QString)
        return checkText(out->toString(), maxChars(field), field.kind == FieldKind::LongText, error);
    if (out->typeId() == QMetaType::QVariantList)
        return checkListText(out->toList(), error);
    return true;
}

namespace {

bool normalizeChecked(const FieldSpec &field, const QVariant &input, QVariant *out, QString *error)
{
    if (isEmpty(input)) {
        *out = field.kind == FieldKind::Json ? QVariant(QVariantList()) : QVariant();
        return true;
    }
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Reference:
        *out = input.toString().trimmed();
        return true;
    case FieldKind::Integer: {
        qlonglong value = 0;
        if (!parseInteger(input, &value)) {
            *error = tr("%1 is not a whole number.").arg(quoted(input));
            return false;
        }
        if (!inRange(field, double(value), error))
            return false;
        *out = value;
        return true;
    }
    case FieldKind::Real: {
        bool ok = false;
        const double value = input.toString().trimmed().toDouble(&ok);
        if (!ok) {
            *error = tr("%1 is not a number.").arg(quoted(input));
            return false;
        }
        if (!inRange(field, double(value), error))
            return false;
        *out = value;
        return true;
    }
    case FieldKind::Bool: {
        bool value = false;
        if (!parseBool(input, &value)) {
            *error = tr("%1 is not yes or no (write true or false).").arg(quoted(input));
            return false;
        }
        *out = value;
        return true;
    }
    case FieldKind::Date: {
        QString date;
        if (!parseDate(input, &date)) {
            *error = tr("%1 is not a date; write it as 2026-11-22.").arg(quoted(input));
            return false;
        }
        *out = date;
        return true;
    }
    case FieldKind::Enum: {
        const QString key = input.toString().trimmed();
        QStringList keys;
        for (const EnumValue &value : field.values) {
            if (value.key == key) {
                *out = key;
                return true;
            }
            keys << value.key;
        }
        *error = tr("%1 is not one of: %2.").arg(quoted(input), keys.join(QLatin1String(", ")));
        return false;
    }
    case FieldKind::Email: {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
        const QString email = input.toString().trimmed();
        if (!shape.match(email).hasMatch()) {
            *error = tr("%1 is not an e-mail address.").arg(quoted(input));
            return false;
        }
        *out = email;
        return true;
    }
    case FieldKind::Phone: {
        static const QRegularExpression shape(QStringLiteral("^\\+?[0-9][0-9 ()./-]{4,22}[0-9]$"));
        const QString phone = input.toString().trimmed();
        int digits = 0;
        for (const QChar c : phone)
            digits += c.isDigit() ? 1 : 0;
        if (!shape.match(phone).hasMatch() || digits < 6 || digits > 15) {
            *error = tr("%1 is not a phone number; write it with the country code, e.g. +92 51 9220681.")
                             .arg(quoted(input));
            return false;
        }
        *out = phone;
        return true;
    }
    case FieldKind::Country:
    case FieldKind::Sector:
        *out = input.toString().trimmed().toUpper();
        return true;
    case FieldKind::Json: {
        QVariantList items, clean;
        if (!toList(input, &items)) {
            *error = tr("%1 is not a JSON list.").arg(quoted(input));
            return false;
        }
        if (!normalizeList(field.shape, items, &clean, error))
            return false;
        *out = clean;
        return true;
    }
    }
    return false;
}

} // namespace

FieldErrors checkRecord(const EntitySpec &spec, const QVariantMap &record)
{
    FieldErrors errors;
    for (const FieldSpec &field : spec.fields) {
        if (field.required && isEmpty(record.value(field.name)))
            errors << FieldError { field.name, tr("%1 is required.").arg(field.displayName()) };
    }
    auto checkOrder = [&](const char *startKey, const char *endKey) {
        const QString start = record.value(QLatin1String(startKey)).toString();
        const QString end = record.value(QLatin1String(endKey)).toString();
        if (!start.isEmpty() && !end.isEmpty() && end < start) {
            errors << FieldError { QLatin1String(endKey),
                                   tr("the end date %1 is before the start date %2.").arg(end, start) };
        }
    };
    checkOrder("window_start", "window_end");
    checkOrder("start", "end");
    checkOrder("actual_start", "actual_end");
    if (spec.field(QStringLiteral("cancel_reason")) && record.value(QStringLiteral("status")) == QLatin1String("cancelled")
        && isEmpty(record.value(QStringLiteral("cancel_reason")))) {
        errors << FieldError { QStringLiteral("cancel_reason"), tr("say why the mission is cancelled.") };
    }
    return errors;
}

} // namespace ed::Validation
