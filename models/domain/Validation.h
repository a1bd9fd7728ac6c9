#pragma once

#include "FieldError.h"
#include "Schema.h"

#include <QVariantMap>

namespace ed::Validation {

// Turns what a user typed, a form produced or a JSON document held into the stored form of the
// field (see FieldKind), or says in the user's language why it cannot. Empty input becomes a null
// QVariant. Checks that need the database (known country, live reference) are the repository's.
bool normalize(const FieldSpec &field, const QVariant &input, QVariant *out, QString *error);

// Checks on a whole record once its values are merged: required fields and date order.
FieldErrors checkRecord(const EntitySpec &spec, const QVariantMap &record);

bool isEmpty(const QVariant &value);

} // namespace ed::Validation
