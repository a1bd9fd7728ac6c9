#include "Schema.h"

#include <QCoreApplication>

namespace ed {

QString FieldSpec::displayName() const
{
    return label ? QCoreApplication::translate("Field", label) : name;
}

QString FieldSpec::enumLabel(const QString &key) const
{
    for (const EnumValue &value : values) {
        if (value.key == key)
            return QCoreApplication::translate("Enum", value.label);
    }
    return key;
}

const FieldSpec *EntitySpec::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList EntitySpec::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : fields)
        names << f.name;
    return names;
}

QString EntitySpec::displayName() const
{
    return QCoreApplication::translate("Entity", label);
}

namespace {

using K = FieldKind;

FieldSpec text(const char *name, const char *label, bool required = false)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.label = label;
    f.required = required;
    return f;
}

FieldSpec kind(const char *name, K k, const char *label, bool required = false)
{
    FieldSpec f = text(name, label, required);
    f.kind = k;
    return f;
}

FieldSpec number(const char *name, K k, const char *label, double min, double max, QVariant def = {})
{
    FieldSpec f = kind(name, k, label);
    f.minimum = min;
    f.maximum = max;
    f.defaultValue = def;
    return f;
}

FieldSpec boolean(const char *name, const char *label, bool def = false)
{
    FieldSpec f = kind(name, K::Bool, label);
    f.defaultValue = def;
    return f;
}

FieldSpec enumeration(const char *name, const char *label, QList<EnumValue> values,
                      bool required = false, const char *def = nullptr)
{
    FieldSpec f = kind(name, K::Enum, label, required);
    f.values = std::move(values);
    if (def)
        f.defaultValue = QString::fromLatin1(def);
    return f;
}

FieldSpec json(const char *name, JsonShape shape, const char *label)
{
    FieldSpec f = kind(name, K::Json, label);
    f.shape = shape;
    f.defaultValue = QVariantList();
    return f;
}

FieldSpec reference(const char *name, const char *table, const char *label, bool required)
{
    FieldSpec f = kind(name, K::Reference, label, required);
    f.refTable = QLatin1String(table);
    f.critical = true;
    return f;
}

FieldSpec critical(FieldSpec f)
{
    f.critical = true;
    return f;
}

FieldSpec required(FieldSpec f)
{
    f.required = true;
    return f;
}

FieldSpec withDefault(FieldSpec f, QVariant value)
{
    f.defaultValue = std::move(value);
    return f;
}

FieldSpec translatable(FieldSpec f)
{
    f.translatable = true;
    return f;
}

const QList<EnumValue> kNeedStatuses = {
    { QStringLiteral("received"), QT_TRANSLATE_NOOP("Enum", "Received") },
    { QStringLiteral("screening"), QT_TRANSLATE_NOOP("Enum", "Screening") },
    { QStringLiteral("accepted"), QT_TRANSLATE_NOOP("Enum", "Accepted") },
    { QStringLiteral("matching"), QT_TRANSLATE_NOOP("Enum", "Matching") },
    { QStringLiteral("matched"), QT_TRANSLATE_NOOP("Enum", "Matched") },
    { QStringLiteral("scheduled"), QT_TRANSLATE_NOOP("Enum", "Scheduled") },
    { QStringLiteral("fulfilled"), QT_TRANSLATE_NOOP("Enum", "Fulfilled") },
    { QStringLiteral("closed"), QT_TRANSLATE_NOOP("Enum", "Closed") },
    { QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Enum", "Rejected") },
    { QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("Enum", "Withdrawn") },
};

const QList<EnumValue> kMissionStatuses = {
    { QStringLiteral("draft"), QT_TRANSLATE_NOOP("Enum", "Draft") },
    { QStringLiteral("proposed"), QT_TRANSLATE_NOOP("Enum", "Proposed") },
    { QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("Enum", "Confirmed") },
    { QStringLiteral("travel_booked"), QT_TRANSLATE_NOOP("Enum", "Travel booked") },
    { QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Enum", "In progress") },
    { QStringLiteral("completed"), QT_TRANSLATE_NOOP("Enum", "Completed") },
    { QStringLiteral("evaluated"), QT_TRANSLATE_NOOP("Enum", "Evaluated") },
    { QStringLiteral("postponed"), QT_TRANSLATE_NOOP("Enum", "Postponed") },
    { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Enum", "Cancelled") },
};

const QList<EnumValue> kTextLanguages = {
    { QStringLiteral("en"), QT_TRANSLATE_NOOP("Enum", "English") },
    { QStringLiteral("fr"), QT_TRANSLATE_NOOP("Enum", "French") },
    { QStringLiteral("ar"), QT_TRANSLATE_NOOP("Enum", "Arabic") },
};

// The language a record's own translatable fields are written in; translations cover the others.
FieldSpec textLanguage()
{
    return enumeration("text_language", QT_TRANSLATE_NOOP("Field", "Language of the texts"), kTextLanguages,
                       true, "en");
}

EntitySpec makeExperts()
{
    EntitySpec e;
    e.table = QStringLiteral("experts");
    e.singular = QStringLiteral("expert");
    e.label = QT_TRANSLATE_NOOP("Entity", "Expert");
    e.ftsTable = QStringLiteral("experts_fts");
    e.sectorFilter = QStringLiteral("EXISTS (SELECT 1 FROM json_each(experts.sectors) WHERE json_each.value = ?)");
    e.countryFilter = QStringLiteral("experts.country = ?");
    e.defaultOrder = QStringLiteral("name");
    e.listColumns = { QStringLiteral("name"), QStringLiteral("nationality"), QStringLiteral("country"),
                      QStringLiteral("employer"), QStringLiteral("sectors"), QStringLiteral("status") };
    e.fields = {
        text("name", QT_TRANSLATE_NOOP("Field", "Name"), true),
        text("name_ar", QT_TRANSLATE_NOOP("Field", "Name in Arabic script")),
        enumeration("gender", QT_TRANSLATE_NOOP("Field", "Gender"),
                    { { QStringLiteral("female"), QT_TRANSLATE_NOOP("Enum", "Female") },
                      { QStringLiteral("male"), QT_TRANSLATE_NOOP("Enum", "Male") } }),
        kind("nationality", K::Country, QT_TRANSLATE_NOOP("Field", "Nationality"), true),
        kind("country", K::Country, QT_TRANSLATE_NOOP("Field", "Country of residence"), true),
        text("city", QT_TRANSLATE_NOOP("Field", "City")),
        text("airport", QT_TRANSLATE_NOOP("Field", "Nearest airport (IATA)")),
        kind("email", K::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true),
        kind("phone", K::Phone, QT_TRANSLATE_NOOP("Field", "Phone")),
        text("employer", QT_TRANSLATE_NOOP("Field", "Employer")),
        text("position", QT_TRANSLATE_NOOP("Field", "Position")),
        enumeration("degree", QT_TRANSLATE_NOOP("Field", "Highest degree"),
                    { { QStringLiteral("diploma"), QT_TRANSLATE_NOOP("Enum", "Technical diploma") },
                      { QStringLiteral("bachelor"), QT_TRANSLATE_NOOP("Enum", "Bachelor") },
                      { QStringLiteral("master"), QT_TRANSLATE_NOOP("Enum", "Master") },
                      { QStringLiteral("phd"), QT_TRANSLATE_NOOP("Enum", "Doctorate") } }),
        number("years_experience", K::Integer, QT_TRANSLATE_NOOP("Field", "Years of experience"), 0, 70, 0),
        critical(enumeration("status", QT_TRANSLATE_NOOP("Field", "Roster status"),
                             { { QStringLiteral("active"), QT_TRANSLATE_NOOP("Enum", "Active") },
                               { QStringLiteral("inactive"), QT_TRANSLATE_NOOP("Enum", "Inactive") },
                               { QStringLiteral("suspended"), QT_TRANSLATE_NOOP("Enum", "Suspended") } },
                             true, "active")),
        json("languages", JsonShape::Languages, QT_TRANSLATE_NOOP("Field", "Languages")),
        required(json("sectors", JsonShape::SectorCodes, QT_TRANSLATE_NOOP("Field", "Sectors"))),
        json("skills", JsonShape::Skills, QT_TRANSLATE_NOOP("Field", "Skills")),
        json("equipment", JsonShape::Equipment, QT_TRANSLATE_NOOP("Field", "Equipment")),
        critical(json("unavailability", JsonShape::Periods, QT_TRANSLATE_NOOP("Field", "Unavailable"))),
        number("max_missions_per_year", K::Integer, QT_TRANSLATE_NOOP("Field", "Missions per year at most"), 0, 12, 2),
        kind("passport_expiry", K::Date, QT_TRANSLATE_NOOP("Field", "Passport expires")),
        kind("consent_date", K::Date, QT_TRANSLATE_NOOP("Field", "Consent given")),
        text("source", QT_TRANSLATE_NOOP("Field", "Form submission")),
        translatable(kind("bio", K::LongText, QT_TRANSLATE_NOOP("Field", "Biography"))),
        kind("notes", K::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
        textLanguage(),
    };
    return e;
}

EntitySpec makeInstitutions()
{
    EntitySpec e;
    e.table = QStringLiteral("institutions");
    e.singular = QStringLiteral("institution");
    e.label = QT_TRANSLATE_NOOP("Entity", "Institution");
    e.likeColumns = { QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("focal_name") };
    e.countryFilter = QStringLiteral("institutions.country = ?");
    e.defaultOrder = QStringLiteral("name");
    e.listColumns = { QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("country"),
                      QStringLiteral("city"), QStringLiteral("focal_name") };
    e.fields = {
        translatable(text("name", QT_TRANSLATE_NOOP("Field", "Name"), true)),
        enumeration("type", QT_TRANSLATE_NOOP("Field", "Type"),
                    { { QStringLiteral("university"), QT_TRANSLATE_NOOP("Enum", "University") },
                      { QStringLiteral("research_institute"), QT_TRANSLATE_NOOP("Enum", "Research institute") },
                      { QStringLiteral("hospital"), QT_TRANSLATE_NOOP("Enum", "Hospital") },
                      { QStringLiteral("company"), QT_TRANSLATE_NOOP("Enum", "Company") },
                      { QStringLiteral("lab"), QT_TRANSLATE_NOOP("Enum", "Laboratory") } },
                    true),
        kind("country", K::Country, QT_TRANSLATE_NOOP("Field", "Country"), true),
        text("city", QT_TRANSLATE_NOOP("Field", "City")),
        text("focal_name", QT_TRANSLATE_NOOP("Field", "Focal person")),
        text("focal_position", QT_TRANSLATE_NOOP("Field", "Focal person's position")),
        kind("focal_email", K::Email, QT_TRANSLATE_NOOP("Field", "Focal person's e-mail")),
        kind("focal_phone", K::Phone, QT_TRANSLATE_NOOP("Field", "Focal person's phone")),
        kind("notes", K::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
        textLanguage(),
    };
    return e;
}

EntitySpec makeNeeds()
{
    EntitySpec e;
    e.table = QStringLiteral("needs");
    e.singular = QStringLiteral("need");
    e.label = QT_TRANSLATE_NOOP("Entity", "Need");
    e.codePrefix = QStringLiteral("N");
    e.ftsTable = QStringLiteral("needs_fts");
    e.sectorFilter = QStringLiteral("needs.sector = ?");
    e.countryFilter = QStringLiteral(
            "needs.institution_id IN (SELECT id FROM institutions WHERE country = ?)");
    e.defaultOrder = QStringLiteral("code");
    e.listColumns = { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("institution_id"),
                      QStringLiteral("sector"), QStringLiteral("window_start"), QStringLiteral("priority"),
                      QStringLiteral("status") };
    e.fields = {
        text("code", QT_TRANSLATE_NOOP("Field", "Reference")),
        reference("institution_id", "institutions", QT_TRANSLATE_NOOP("Field", "Institution"), true),
        kind("sector", K::Sector, QT_TRANSLATE_NOOP("Field", "Sector"), true),
        translatable(text("title", QT_TRANSLATE_NOOP("Field", "Title"), true)),
        translatable(kind("description", K::LongText, QT_TRANSLATE_NOOP("Field", "Description"))),
        enumeration("service_type", QT_TRANSLATE_NOOP("Field", "Service"),
                    { { QStringLiteral("training"), QT_TRANSLATE_NOOP("Enum", "Training") },
                      { QStringLiteral("maintenance"), QT_TRANSLATE_NOOP("Enum", "Maintenance") },
                      { QStringLiteral("troubleshooting"), QT_TRANSLATE_NOOP("Enum", "Troubleshooting") },
                      { QStringLiteral("installation"), QT_TRANSLATE_NOOP("Enum", "Installation") },
                      { QStringLiteral("calibration"), QT_TRANSLATE_NOOP("Enum", "Calibration") } },
                    true, "training"),
        text("equipment", QT_TRANSLATE_NOOP("Field", "Equipment")),
        text("equipment_manufacturer", QT_TRANSLATE_NOOP("Field", "Manufacturer")),
        text("equipment_model", QT_TRANSLATE_NOOP("Field", "Model")),
        json("required_skills", JsonShape::RequiredSkills, QT_TRANSLATE_NOOP("Field", "Required skills")),
        number("experts_wanted", K::Integer, QT_TRANSLATE_NOOP("Field", "Experts wanted"), 1, 20, 1),
        number("trainees", K::Integer, QT_TRANSLATE_NOOP("Field", "Trainees"), 0, 10000, 0),
        critical(kind("window_start", K::Date, QT_TRANSLATE_NOOP("Field", "Preferred from"))),
        critical(kind("window_end", K::Date, QT_TRANSLATE_NOOP("Field", "Preferred until"))),
        boolean("flexible", QT_TRANSLATE_NOOP("Field", "Dates are flexible"), true),
        number("duration_days", K::Integer, QT_TRANSLATE_NOOP("Field", "Duration (days)"), 1, 365, 5),
        json("host_languages", JsonShape::LanguageCodes, QT_TRANSLATE_NOOP("Field", "Host languages")),
        boolean("interpreter", QT_TRANSLATE_NOOP("Field", "Interpreter available")),
        boolean("hotel", QT_TRANSLATE_NOOP("Field", "Host provides hotel"), true),
        boolean("local_transport", QT_TRANSLATE_NOOP("Field", "Host provides local transport"), true),
        boolean("meals", QT_TRANSLATE_NOOP("Field", "Host provides meals"), true),
        enumeration("priority", QT_TRANSLATE_NOOP("Field", "Priority"),
                    { { QStringLiteral("low"), QT_TRANSLATE_NOOP("Enum", "Low") },
                      { QStringLiteral("normal"), QT_TRANSLATE_NOOP("Enum", "Normal") },
                      { QStringLiteral("high"), QT_TRANSLATE_NOOP("Enum", "High") },
                      { QStringLiteral("urgent"), QT_TRANSLATE_NOOP("Enum", "Urgent") } },
                    true, "normal"),
        critical(enumeration("status", QT_TRANSLATE_NOOP("Field", "Status"), kNeedStatuses, true, "received")),
        text("source", QT_TRANSLATE_NOOP("Field", "Form submission")),
        textLanguage(),
    };
    return e;
}

EntitySpec makeMissions()
{
    EntitySpec e;
    e.table = QStringLiteral("missions");
    e.singular = QStringLiteral("mission");
    e.label = QT_TRANSLATE_NOOP("Entity", "Mission");
    e.codePrefix = QStringLiteral("M");
    e.likeColumns = { QStringLiteral("code"), QStringLiteral("notes") };
    e.sectorFilter = QStringLiteral("missions.need_id IN (SELECT id FROM needs WHERE sector = ?)");
    e.countryFilter = QStringLiteral(
            "missions.institution_id IN (SELECT id FROM institutions WHERE country = ?)");
    e.defaultOrder = QStringLiteral("start");
    e.listColumns = { QStringLiteral("code"), QStringLiteral("expert_id"), QStringLiteral("need_id"),
                      QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status") };
    e.fields = {
        text("code", QT_TRANSLATE_NOOP("Field", "Reference")),
        reference("need_id", "needs", QT_TRANSLATE_NOOP("Field", "Need"), true),
        reference("expert_id", "experts", QT_TRANSLATE_NOOP("Field", "Expert"), true),
        reference("institution_id", "institutions", QT_TRANSLATE_NOOP("Field", "Host institution"), false),
        critical(kind("start", K::Date, QT_TRANSLATE_NOOP("Field", "Start"), true)),
        critical(kind("end", K::Date, QT_TRANSLATE_NOOP("Field", "End"), true)),
        critical(kind("actual_start", K::Date, QT_TRANSLATE_NOOP("Field", "Actual start"))),
        critical(kind("actual_end", K::Date, QT_TRANSLATE_NOOP("Field", "Actual end"))),
        critical(enumeration("status", QT_TRANSLATE_NOOP("Field", "Status"), kMissionStatuses, true, "draft")),
        text("cancel_reason", QT_TRANSLATE_NOOP("Field", "Reason for cancelling")),
        number("airfare_amount", K::Real, QT_TRANSLATE_NOOP("Field", "Airfare"), 0, 100000, 0),
        withDefault(text("airfare_currency", QT_TRANSLATE_NOOP("Field", "Currency")), QStringLiteral("USD")),
        boolean("hotel_confirmed", QT_TRANSLATE_NOOP("Field", "Hotel confirmed by host")),
        boolean("transport_confirmed", QT_TRANSLATE_NOOP("Field", "Local transport confirmed by host")),
        boolean("meals_confirmed", QT_TRANSLATE_NOOP("Field", "Meals confirmed by host")),
        text("override_reason", QT_TRANSLATE_NOOP("Field", "Reason for overriding a matching rule")),
        kind("notes", K::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };
    return e;
}

EntitySpec makeEvaluations()
{
    EntitySpec e;
    e.table = QStringLiteral("evaluations");
    e.singular = QStringLiteral("evaluation");
    e.label = QT_TRANSLATE_NOOP("Entity", "Evaluation");
    e.likeColumns = { QStringLiteral("comments") };
    e.defaultOrder = QStringLiteral("created_at");
    e.listColumns = { QStringLiteral("mission_id"), QStringLiteral("evaluator"),
                      QStringLiteral("rating_overall"), QStringLiteral("people_trained") };
    e.fields = {
        reference("mission_id", "missions", QT_TRANSLATE_NOOP("Field", "Mission"), true),
        enumeration("evaluator", QT_TRANSLATE_NOOP("Field", "Evaluator"),
                    { { QStringLiteral("host"), QT_TRANSLATE_NOOP("Enum", "Host institution") },
                      { QStringLiteral("expert"), QT_TRANSLATE_NOOP("Enum", "Expert") },
                      { QStringLiteral("coordinator"), QT_TRANSLATE_NOOP("Enum", "Coordinator") } },
                    true),
        required(number("rating_overall", K::Integer, QT_TRANSLATE_NOOP("Field", "Overall rating"), 1, 5)),
        number("rating_technical", K::Integer, QT_TRANSLATE_NOOP("Field", "Technical rating"), 1, 5),
        number("rating_communication", K::Integer, QT_TRANSLATE_NOOP("Field", "Communication rating"), 1, 5),
        number("people_trained", K::Integer, QT_TRANSLATE_NOOP("Field", "People trained"), 0, 10000, 0),
        boolean("equipment_restored", QT_TRANSLATE_NOOP("Field", "Equipment back in service")),
        boolean("follow_up", QT_TRANSLATE_NOOP("Field", "Follow-up needed")),
        kind("comments", K::LongText, QT_TRANSLATE_NOOP("Field", "Comments")),
    };
    return e;
}

// One translation of one translatable field of one record (see storage/TranslationStore.h for
// the rules: deterministic id, never the record's own language). The key fields are critical: a
// translation never moves to another record; its text merges last-writer-wins.
EntitySpec makeTranslations()
{
    EntitySpec e;
    e.table = QStringLiteral("translations");
    e.singular = QStringLiteral("translation");
    e.label = QT_TRANSLATE_NOOP("Entity", "Translation");
    e.likeColumns = { QStringLiteral("text") };
    e.defaultOrder = QStringLiteral("translated_at");
    e.listColumns = { QStringLiteral("record_table"), QStringLiteral("record_id"), QStringLiteral("field"),
                      QStringLiteral("language"), QStringLiteral("translated_by"), QStringLiteral("translated_at") };
    e.fields = {
        critical(enumeration("record_table", QT_TRANSLATE_NOOP("Field", "Record type"),
                             { { QStringLiteral("experts"), QT_TRANSLATE_NOOP("Enum", "Expert") },
                               { QStringLiteral("institutions"), QT_TRANSLATE_NOOP("Enum", "Institution") },
                               { QStringLiteral("needs"), QT_TRANSLATE_NOOP("Enum", "Need") } },
                             true)),
        critical(text("record_id", QT_TRANSLATE_NOOP("Field", "Record"), true)),
        critical(text("field", QT_TRANSLATE_NOOP("Field", "Translated field"), true)),
        critical(enumeration("language", QT_TRANSLATE_NOOP("Field", "Language"), kTextLanguages, true)),
        required(kind("text", K::LongText, QT_TRANSLATE_NOOP("Field", "Translation"))),
        text("translated_by", QT_TRANSLATE_NOOP("Field", "Translated by")),
        text("translated_at", QT_TRANSLATE_NOOP("Field", "Translated on")),
        kind("source_text", K::LongText, QT_TRANSLATE_NOOP("Field", "Source text translated")),
    };
    return e;
}

// Who changed a mission's status, when, and from what (issue "Missions: lifecycle…"). Written by
// RecordRepository in the same savepoint as the mission's update, so the log never misses or
// invents a change. Rows are never edited: every field is critical.
EntitySpec makeMissionStatusLog()
{
    EntitySpec e;
    e.table = QStringLiteral("mission_status_log");
    e.singular = QStringLiteral("mission_status_change");
    e.label = QT_TRANSLATE_NOOP("Entity", "Mission status change");
    e.likeColumns = { QStringLiteral("reason") };
    e.defaultOrder = QStringLiteral("changed_at");
    e.listColumns = { QStringLiteral("mission_id"), QStringLiteral("from_status"), QStringLiteral("to_status"),
                      QStringLiteral("changed_by"), QStringLiteral("changed_at") };
    e.fields = {
        reference("mission_id", "missions", QT_TRANSLATE_NOOP("Field", "Mission"), true),
        critical(enumeration("from_status", QT_TRANSLATE_NOOP("Field", "Previous status"), kMissionStatuses, true)),
        critical(enumeration("to_status", QT_TRANSLATE_NOOP("Field", "New status"), kMissionStatuses, true)),
        critical(text("reason", QT_TRANSLATE_NOOP("Field", "Reason"))),
        critical(text("changed_by", QT_TRANSLATE_NOOP("Field", "Changed by"), true)),
        critical(text("changed_at", QT_TRANSLATE_NOOP("Field", "Changed on"), true)),
    };
    return e;
}

} // namespace

namespace Schema {

const EntitySpec &experts()
{
    static const EntitySpec spec = makeExperts();
    return spec;
}
const EntitySpec &institutions()
{
    static const EntitySpec spec = makeInstitutions();
    return spec;
}
const EntitySpec &needs()
{
    static const EntitySpec spec = makeNeeds();
    return spec;
}
const EntitySpec &missions()
{
    static const EntitySpec spec = makeMissions();
    return spec;
}
const EntitySpec &evaluations()
{
    static const EntitySpec spec = makeEvaluations();
    return spec;
}

const EntitySpec &missionStatusLog()
{
    static const EntitySpec spec = makeMissionStatusLog();
    return spec;
}

const QList<const EntitySpec *> &all()
{
    static const EntitySpec translations = makeTranslations();
    static const QList<const EntitySpec *> specs = { &experts(), &institutions(), &needs(), &missions(),
                                                     &evaluations(), &translations, &missionStatusLog() };
    return specs;
}

const EntitySpec *find(const QString &name)
{
    for (const EntitySpec *spec : all()) {
        if (spec->table == name || spec->singular == name)
            return spec;
    }
    return nullptr;
}

const QStringList &systemColumns()
{
    static const QStringList columns = { QStringLiteral("id"),         QStringLiteral("server_version"),
                                         QStringLiteral("deleted"),    QStringLiteral("created_at"),
                                         QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                         QStringLiteral("updated_by"), QStringLiteral("field_hlc") };
    return columns;
}

} // namespace Schema
} // namespace ed
