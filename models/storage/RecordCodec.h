#pragma once

#include "domain/Schema.h"

#include <QSqlRecord>
#include <QVariantMap>

namespace ed::RecordCodec {

// Stored form of a normalised value: bools as 0/1, JSON lists as compact JSON text.
QVariant toSql(const FieldSpec &field, const QVariant &value);
// A row read with "SELECT *" → the record as the rest of the app sees it (fields + system columns).
QVariantMap fromSql(const EntitySpec &spec, const QSqlRecord &row);
// JSON-ready: what `show --json` prints and the sync layer sends.
QString jsonText(const QVariant &value);
// Appends the compact JSON of QJsonValue::fromVariant(value), byte for byte what QJsonDocument
// writes for it, without building Qt's JSON objects for text, whole numbers, yes/no, lists and
// maps of them (any other value is written by Qt). For rows written in bulk (imports).
void appendJson(QByteArray *json, const QVariant &value);

} // namespace ed::RecordCodec
