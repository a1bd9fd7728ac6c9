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

} // namespace ed::RecordCodec
