#pragma once

#include "domain/Schema.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QVariantMap>

namespace ed {

// The JSON of one record as the CLI contract prints it (DESIGN.md §8): "id" plus its FieldSpec
// names in schema order, list fields as arrays, dates as ISO strings, empty fields null. Shared by
// `show --json`, `list --json` and the JSON export so that all three agree byte for byte.
class RecordJson {
public:
    using Members = QList<QPair<QString, QJsonValue>>;

    static Members members(const EntitySpec &spec, const QVariantMap &record);
    static QJsonValue fieldValue(const FieldSpec &field, const QVariant &value);
    // {"key": value, …} on one line, keys in the order given (QJsonObject would sort them).
    static QByteArray compact(const Members &members);
    static QByteArray value(const QJsonValue &value);
};

} // namespace ed
