#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ed {

// What a record field holds; decides normalisation, validation, storage and the editor widget.
enum class FieldKind {
    Text,
    LongText,
    Integer,
    Real,
    Bool,
    Date,
    Enum,
    Email,
    Phone,
    Country,   // ISO 3166-1 alpha-2 of an OIC member state
    Sector,    // programme sector code
    Reference, // id of a live record in refTable
    Json,      // a list whose shape is given by JsonShape
};

enum class JsonShape {
    None,
    Languages,      // [{"code": "fr", "level": 1..4}]
    SectorCodes,    // ["BME", "IT"], the first is the primary sector
    Skills,         // [{"name", "level": 1..4, "years"}]
    Equipment,      // [{"manufacturer", "model", "level": 1..4, "years"}]
    Periods,        // [{"start", "end", "reason"}]
    RequiredSkills, // [{"name", "level": 1..4, "mandatory": bool}]
    LanguageCodes,  // ["fr", "ar"]
};

struct EnumValue
{
    QString key;
    const char *label; // QT_TRANSLATE_NOOP("Enum", ...)
};

struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::Text;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Field", ...)
    bool required = false;
    bool critical = false;     // sync: a concurrent change becomes a conflict, not last-writer-wins
    bool translatable = false; // stored per language (see issue 3)
    QList<EnumValue> values;
    QString refTable;
    JsonShape shape = JsonShape::None;
    double minimum = 0;
    double maximum = 0; // range applies when maximum > minimum
    int maxLength = 0;  // text: most characters, 0 for the kind's default (Validation::maxChars)
    QVariant defaultValue;

    QString displayName() const;
    QString enumLabel(const QString &key) const;
    bool isNumeric() const { return kind == FieldKind::Integer || kind == FieldKind::Real; }
};

struct EntitySpec
{
    QString table;    // "experts"
    QString singular; // "expert"
    const char *label = nullptr;       // QT_TRANSLATE_NOOP("Entity", "Expert")
    QList<FieldSpec> fields;
    QString codePrefix;                // records with a "code" field get one when left empty
    QString ftsTable;                  // FTS5 index for search, empty to search likeColumns
    QStringList likeColumns;
    QString sectorFilter;              // SQL condition on :sector, empty if not filterable
    QString countryFilter;             // SQL condition on :country
    QString defaultOrder;              // column
    QStringList listColumns;           // the columns a table view shows by default

    const FieldSpec *field(const QString &name) const;
    QStringList fieldNames() const;
    QString displayName() const;
};

namespace Schema {
const EntitySpec &experts();
const EntitySpec &institutions();
const EntitySpec &needs();
const EntitySpec &missions();
const EntitySpec &evaluations();
const EntitySpec &missionStatusLog(); // mission_status_log, written with every status change
const QList<const EntitySpec *> &all();
// Accepts the table name or its singular ("experts" or "expert").
const EntitySpec *find(const QString &name);
// Columns every synced table has besides its own fields (DESIGN.md §2).
const QStringList &systemColumns();
} // namespace Schema

} // namespace ed
