#include "ImportTargets.h"

#include "domain/Schema.h"

namespace ed {

QString ImportTargets::label(const QString &form, const QString &target)
{
    static const QHash<QString, const char *> own = {
        { QStringLiteral("submission_id"), QT_TR_NOOP("Submission ID") },
        { QStringLiteral("submission_date"), QT_TR_NOOP("Submission date") },
        { QStringLiteral("available_from"), QT_TR_NOOP("Available from") },
        { QStringLiteral("consent"), QT_TR_NOOP("Consent to publish") },
        { QStringLiteral("institution"), QT_TR_NOOP("Institution") },
        { QStringLiteral("institution_type"), QT_TR_NOOP("Type of institution") },
        { QStringLiteral("contact_name"), QT_TR_NOOP("Focal person") },
        { QStringLiteral("contact_position"), QT_TR_NOOP("Focal person's position") },
        { QStringLiteral("contact_email"), QT_TR_NOOP("Focal person's e-mail") },
        { QStringLiteral("contact_phone"), QT_TR_NOOP("Focal person's phone") },
        { QStringLiteral("manufacturer_model"), QT_TR_NOOP("Manufacturer and model") },
        { QStringLiteral("country"), nullptr }, // a field of both forms, below
    };
    if (const char *text = own.value(target))
        return tr(text);
    const EntitySpec &spec = form == QLatin1String("needs") ? Schema::needs() : Schema::experts();
    if (form == QLatin1String("needs") && (target == QLatin1String("country") || target == QLatin1String("city")))
        return Schema::institutions().field(target)->displayName();
    if (const FieldSpec *field = spec.field(target))
        return field->displayName();
    return target;
}

} // namespace ed
