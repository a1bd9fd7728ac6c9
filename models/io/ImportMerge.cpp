#include "ImportMerge.h"

#include <QJsonValue>

namespace ed::ImportMerge {

bool same(const QVariant &a, const QVariant &b)
{
    return QJsonValue::fromVariant(a) == QJsonValue::fromVariant(b);
}

QVariantMap changedFields(const std::optional<QVariantMap> &current, const QVariantMap &values)
{
    QVariantMap changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (current && !same(current->value(it.key()), it.value()))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QVariantMap mergedChanges(const EntitySpec &spec, const QVariantMap &current, const QVariantMap &incoming,
    const QString &key)
{
    QVariantMap changes;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        const QVariant mine = current.value(it.key());
        const FieldSpec *field = spec.field(it.key());
        if (!field || it.key() == QLatin1String("source"))
            continue;
        if (field->kind == FieldKind::Json) {
            QVariantList joined = mine.toList();
            for (const QVariant &item : it.value().toList()) {
                if (std::none_of(joined.cbegin(), joined.cend(), [&](const QVariant &j) { return same(j, item); }))
                    joined << item;
            }
            if (joined.size() != mine.toList().size())
                changes.insert(it.key(), joined);
        } else if (!mine.isValid() || mine.isNull() || mine.toString().isEmpty()) {
            changes.insert(it.key(), it.value());
        }
    }
    if (current.value(QStringLiteral("source")).toString().isEmpty() && !key.isEmpty())
        changes.insert(QStringLiteral("source"), key);
    return changes;
}

} // namespace ed::ImportMerge
