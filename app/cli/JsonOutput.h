#pragma once

#include "domain/Schema.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QVariantMap>

namespace ed::cli {

// The JSON of the CLI contract (DESIGN.md §8): a record is "id" plus its FieldSpec names, in
// schema order so a person can read it; list fields are arrays, dates ISO strings, empty
// fields null. Nothing else (no sync columns), so `show --json` output is valid `add` input.
class JsonOutput {
public:
    using Members = QList<QPair<QString, QJsonValue>>;

    static Members recordMembers(const EntitySpec &spec, const QVariantMap &record);
    // One object, a member per line.
    static QByteArray object(const Members &members);
    // An array with one compact object per line.
    static QByteArray array(const QList<Members> &objects);

private:
    static QByteArray compact(const Members &members);
    static QByteArray value(const QJsonValue &value);
};

} // namespace ed::cli
