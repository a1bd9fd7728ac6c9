#pragma once

#include "domain/Schema.h"

#include <QVariantMap>

#include <optional>

namespace ed::ImportMerge {

// Values compared as JSON: a stored list reads back its numbers as doubles, a parsed one as
// integers, and QVariant does not call 3.0 and 3 the same inside lists and maps.
bool same(const QVariant &a, const QVariant &b);

// The fields of `values` that differ from `current`.
QVariantMap changedFields(const std::optional<QVariantMap> &current, const QVariantMap &values);

// What merging `incoming` (a submission) into `current` (a record of the same person) changes:
// fields the record lacks are filled, lists are joined, what both have and differ in stays as
// the record has it. The record's `source` is set to `key` when it has none.
QVariantMap mergedChanges(const EntitySpec &spec, const QVariantMap &current, const QVariantMap &incoming,
    const QString &key);

} // namespace ed::ImportMerge
