#pragma once

#include "FieldError.h"
#include "Schema.h"

#include <QVariantMap>

namespace ed::Validation {

// Turns what a user typed, a form produced or a JSON document held into the stored form of the
// field (see FieldKind), or says in the user's language why it cannot. Empty input becomes a null
// QVariant. Checks that need the database (known country, live reference) are the repository's.
// Text is refused when it is longer than maxChars(field), holds a control character (tab and
// line breaks are allowed in long texts) or an unpaired surrogate: the server runs the same check.
bool normalize(const FieldSpec &field, const QVariant &input, QVariant *out, QString *error);

// The most characters a text field takes (FieldSpec::maxLength, else by kind); strings inside
// lists take kMaxTextChars each, lists at most kMaxListItems entries.
constexpr qsizetype kMaxTextChars = 200;
constexpr qsizetype kMaxLongTextChars = 20000;
constexpr qsizetype kMaxListItems = 200;
qsizetype maxChars(const FieldSpec &field);

// Checks on a whole record once its values are merged: required fields and date order.
FieldErrors checkRecord(const EntitySpec &spec, const QVariantMap &record);

bool isEmpty(const QVariant &value);

} // namespace ed::Validation
