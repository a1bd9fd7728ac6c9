#include "JotformRowParser.h"

#include "ImportVocabulary.h"
#include "domain/Schema.h"
#include "domain/Validation.h"

#include <QRegularExpression>

namespace ed {

using namespace ImportValues;

namespace {

constexpr int kAssumedLevel = 3; // a form that does not ask for levels: "advanced" (docs/import.md)
constexpr qsizetype kDerivedTitleChars = 120;

const EntitySpec &specOf(const QVariantMap *into, const QString &form)
{
    if (into)
        return Schema::institutions();
    return form == QLatin1String("needs") ? Schema::needs() : Schema::experts();
}

} // namespace

bool ParsedRow::failed() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.fatal; });
}

void ParsedRow::problem(const QString &field, const QString &reason, bool fatal)
{
    problems << ImportProblem { row, columnOf.value(field, field), reason, fatal };
}

JotformRowParser::JotformRowParser(const ImportMapping &mapping, const ImportVocabulary &vocabulary, QDate today)
    : m_mapping(mapping)
    , m_vocabulary(vocabulary)
    , m_today(today)
{
}

QString JotformRowParser::cell(const QStringList &cells, const QString &target) const
{
    return cells.value(m_mapping.column(target)).trimmed();
}

QString JotformRowParser::header(const QString &target) const
{
    // Every value of every row names its column: found once per target.
    auto it = m_headerOf.constFind(target);
    if (it == m_headerOf.cend()) {
        const int column = m_mapping.column(target);
        it = m_headerOf.insert(target, column < 0 ? QString() : m_mapping.headers().value(column));
    }
    return *it;
}

void JotformRowParser::set(ParsedRow *row, const QString &field, const QString &target,
    const QVariant &value, QVariantMap *into) const
{
    const QString key = into ? QStringLiteral("institution.") + field : field;
    if (const QString column = header(target); !column.isEmpty())
        row->columnOf.insert(key, column);
    const FieldSpec *spec = specOf(into, m_mapping.form()).field(field);
    QVariant clean;
    QString error;
    if (!spec || !Validation::normalize(*spec, value, &clean, &error)) {
        row->problem(key, error);
        return;
    }
    if (!clean.isNull())
        (into ? *into : row->values).insert(field, clean);
}

QDate JotformRowParser::readDate(ParsedRow *row, const QString &field, const QString &target,
    const QString &text) const
{
    if (text.isEmpty())
        return {};
    bool impossible = false;
    const QDate date = parseDate(text, m_mapping.dateOrder(), &impossible);
    if (!date.isValid()) {
        row->columnOf.insert(field, header(target));
        row->problem(field, impossible ? tr("\"%1\" is a date that does not exist.").arg(text)
                                       : tr("\"%1\" is not a date (write it as Jun 12, 2024, 06-12-2024 or "
                                            "2024-06-12).")
                                             .arg(text));
    }
    return date;
}

void JotformRowParser::setDate(ParsedRow *row, const QString &field, const QString &target,
    const QString &text) const
{
    if (const QDate date = readDate(row, field, target, text); date.isValid())
        set(row, field, target, date.toString(Qt::ISODate));
}

void JotformRowParser::setCode(ParsedRow *row, const QString &field, const QString &target,
    const QString &kind, const QString &text, QVariantMap *into) const
{
    if (text.isEmpty())
        return;
    const QString code = m_vocabulary.code(kind, text);
    if (code.isEmpty()) {
        const QString key = into ? QStringLiteral("institution.") + field : field;
        row->columnOf.insert(key, header(target));
        if (kind == QLatin1String("country"))
            row->problem(key, tr("\"%1\" is not an OIC member state this program knows; write the country's "
                                 "name in English, French or Arabic, or its two-letter code.")
                                  .arg(text));
        else
            row->problem(key, tr("\"%1\" is not a value this program knows here.").arg(text),
                Schema::experts().field(field) && !Schema::experts().field(field)->required);
        return;
    }
    set(row, field, target, code, into);
}

void JotformRowParser::setNumber(ParsedRow *row, const QString &field, const QString &target,
    const QString &text) const
{
    if (text.isEmpty())
        return;
    // "12 years", "about 15", "20+": the first whole number.
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const auto match = number.match(text);
    if (!match.hasMatch()) {
        row->columnOf.insert(field, header(target));
        row->problem(field, tr("\"%1\" is not a number.").arg(text));
        return;
    }
    set(row, field, target, match.captured().toLongLong());
}

QStringList JotformRowParser::codes(ParsedRow *row, const QString &target, const QString &kind,
    const QString &text) const
{
    QStringList found;
    // A line is one answer; a single line may list several with commas, but a name may hold a
    // comma itself ("Heating, Ventilation and Air Conditioning"): the longest run of pieces that
    // is a known name is taken first.
    static const QRegularExpression lineBreaks(QStringLiteral("[\\r\\n]+"));
    for (const QString &line : text.split(lineBreaks, Qt::SkipEmptyParts)) {
        if (const QString code = m_vocabulary.code(kind, line); !code.isEmpty()) {
            found << code;
            continue;
        }
        const QStringList pieces = splitAnswers(line);
        for (qsizetype i = 0; i < pieces.size();) {
            qsizetype end = pieces.size();
            QString code;
            for (; end > i; --end) {
                code = m_vocabulary.code(kind, pieces.mid(i, end - i).join(QLatin1String(", ")));
                if (!code.isEmpty())
                    break;
            }
            if (code.isEmpty()) {
                row->columnOf.insert(target, header(target));
                row->problem(target, tr("\"%1\" is not a value this program knows; it was left out.").arg(pieces.at(i)),
                    false);
                ++i;
            } else {
                found << code;
                i = end;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

ParsedRow JotformRowParser::parse(int rowNumber, const QStringList &cells) const
{
    ParsedRow row;
    row.row = rowNumber;
    row.submissionId = cell(cells, QStringLiteral("submission_id"));
    for (const QString &value : cells) {
        if (value.contains(QChar::ReplacementCharacter)) {
            row.problem({}, tr("The row holds characters that are not UTF-8 text; save the file as \"CSV UTF-8\" "
                               "and import it again."));
            return row;
        }
    }
    if (m_mapping.form() == QLatin1String("needs"))
        parseNeed(cells, &row);
    else
        parseExpert(cells, &row);
    return row;
}

void JotformRowParser::parseExpert(const QStringList &cells, ParsedRow *row) const
{
    const QString name = cell(cells, QStringLiteral("name"));
    set(row, QStringLiteral("name"), QStringLiteral("name"), name);
    QString nameAr = cell(cells, QStringLiteral("name_ar"));
    if (nameAr.isEmpty() && isArabicScript(name))
        nameAr = name;
    set(row, QStringLiteral("name_ar"), QStringLiteral("name_ar"), nameAr);
    setCode(row, QStringLiteral("gender"), QStringLiteral("gender"), QStringLiteral("gender"),
        cell(cells, QStringLiteral("gender")));
    set(row, QStringLiteral("email"), QStringLiteral("email"), cell(cells, QStringLiteral("email")));
    set(row, QStringLiteral("phone"), QStringLiteral("phone"), cleanPhone(cell(cells, QStringLiteral("phone"))));
    for (const char *field : { "nationality", "country" }) {
        const QString f = QString::fromLatin1(field);
        setCode(row, f, f, QStringLiteral("country"), cell(cells, f));
    }
    for (const char *field : { "city", "airport", "employer", "position" }) {
        const QString f = QString::fromLatin1(field);
        set(row, f, f, cell(cells, f));
    }
    setCode(row, QStringLiteral("degree"), QStringLiteral("degree"), QStringLiteral("degree"),
        cell(cells, QStringLiteral("degree")));
    setNumber(row, QStringLiteral("years_experience"), QStringLiteral("years_experience"),
        cell(cells, QStringLiteral("years_experience")));

    const QString sectors = cell(cells, QStringLiteral("sectors"));
    const QStringList sectorCodes = codes(row, QStringLiteral("sectors"), QStringLiteral("sector"), sectors);
    if (!sectorCodes.isEmpty())
        set(row, QStringLiteral("sectors"), QStringLiteral("sectors"), sectorCodes);

    QVariantList skills;
    QStringList notes;
    for (const QString &skill : splitAnswers(cell(cells, QStringLiteral("skills")))) {
        if (skill.size() > Validation::kMaxTextChars || skills.size() >= Validation::kMaxListItems)
            notes << skill; // a paragraph, not a skill: kept where a person can read it
        else
            skills << QVariantMap { { QStringLiteral("name"), skill }, { QStringLiteral("level"), kAssumedLevel } };
    }
    if (!skills.isEmpty())
        set(row, QStringLiteral("skills"), QStringLiteral("skills"), skills);

    QVariantList languages;
    static const QRegularExpression levelPart(QStringLiteral("^(.*?)\\s*(?:[(\\[:–-]\\s*(.*?)[)\\]]?)?$"));
    for (const QString &answer : splitAnswers(cell(cells, QStringLiteral("languages")))) {
        const auto match = levelPart.match(answer);
        const QString code = m_vocabulary.code(QStringLiteral("language"), match.captured(1));
        if (code.isEmpty()) {
            row->columnOf.insert(QStringLiteral("languages"), header(QStringLiteral("languages")));
            row->problem(QStringLiteral("languages"),
                tr("\"%1\" is not a language this program knows; it was left out.").arg(answer), false);
            continue;
        }
        const QString level = m_vocabulary.code(QStringLiteral("level"), match.captured(2));
        languages << QVariantMap { { QStringLiteral("code"), code },
            { QStringLiteral("level"), level.isEmpty() ? kAssumedLevel : level.toInt() } };
    }
    if (!languages.isEmpty())
        set(row, QStringLiteral("languages"), QStringLiteral("languages"), languages);

    setDate(row, QStringLiteral("passport_expiry"), QStringLiteral("passport_expiry"),
        cell(cells, QStringLiteral("passport_expiry")));
    const QDate submitted = readDate(row, QStringLiteral("consent_date"), QStringLiteral("submission_date"),
        cell(cells, QStringLiteral("submission_date")));
    const QDate availableFrom = readDate(row, QStringLiteral("unavailability"), QStringLiteral("available_from"),
        cell(cells, QStringLiteral("available_from")));
    if (availableFrom.isValid() && availableFrom > m_today) {
        set(row, QStringLiteral("unavailability"), QStringLiteral("available_from"),
            QVariantList { QVariantMap { { QStringLiteral("start"), m_today.toString(Qt::ISODate) },
                { QStringLiteral("end"), availableFrom.addDays(-1).toString(Qt::ISODate) },
                { QStringLiteral("reason"),
                    tr("Available from %1 (registration form)").arg(availableFrom.toString(Qt::ISODate)) } } });
    }
    if (m_mapping.column(QStringLiteral("consent")) >= 0 && isYes(cell(cells, QStringLiteral("consent"))))
        row->values.insert(QStringLiteral("consent_date"),
            (submitted.isValid() ? submitted : m_today).toString(Qt::ISODate));

    const QString bio = cell(cells, QStringLiteral("bio"));
    set(row, QStringLiteral("bio"), QStringLiteral("bio"), bio);
    if (!bio.isEmpty() && isArabicScript(bio))
        row->values.insert(QStringLiteral("text_language"), QStringLiteral("ar"));
    if (!notes.isEmpty())
        set(row, QStringLiteral("notes"), QStringLiteral("skills"), notes.join(QLatin1Char('\n')));
}

void JotformRowParser::parseNeed(const QStringList &cells, ParsedRow *row) const
{
    QVariantMap *institution = &row->institution;
    const QString institutionName = cell(cells, QStringLiteral("institution"));
    set(row, QStringLiteral("name"), QStringLiteral("institution"), institutionName, institution);
    const QString typeText = cell(cells, QStringLiteral("institution_type"));
    if (!typeText.isEmpty()) {
        setCode(row, QStringLiteral("type"), QStringLiteral("institution_type"), QStringLiteral("institution_type"),
            typeText, institution);
    } else if (const QString type = m_vocabulary.codeWithin(QStringLiteral("institution_type"), institutionName);
               !type.isEmpty()) {
        set(row, QStringLiteral("type"), QStringLiteral("institution"), type, institution);
    }
    setCode(row, QStringLiteral("country"), QStringLiteral("country"), QStringLiteral("country"),
        cell(cells, QStringLiteral("country")), institution);
    set(row, QStringLiteral("city"), QStringLiteral("city"), cell(cells, QStringLiteral("city")), institution);
    set(row, QStringLiteral("focal_name"), QStringLiteral("contact_name"), cell(cells, QStringLiteral("contact_name")),
        institution);
    set(row, QStringLiteral("focal_position"), QStringLiteral("contact_position"),
        cell(cells, QStringLiteral("contact_position")), institution);
    set(row, QStringLiteral("focal_email"), QStringLiteral("contact_email"),
        cell(cells, QStringLiteral("contact_email")), institution);
    set(row, QStringLiteral("focal_phone"), QStringLiteral("contact_phone"),
        cleanPhone(cell(cells, QStringLiteral("contact_phone"))), institution);
    if (institutionName.isEmpty())
        row->problem(QStringLiteral("institution.name"), tr("The name of the institution is empty."));
    else if (!institution->contains(QStringLiteral("type")) && typeText.isEmpty()) {
        row->columnOf.insert(QStringLiteral("institution.type"), header(QStringLiteral("institution")));
        row->problem(QStringLiteral("institution.type"),
            tr("The type of \"%1\" (university, research institute, hospital, company or laboratory) is not "
               "in the file; map a column to it.")
                .arg(institutionName));
    }

    const QStringList sectors = codes(row, QStringLiteral("sector"), QStringLiteral("sector"),
        cell(cells, QStringLiteral("sector")));
    if (!sectors.isEmpty())
        set(row, QStringLiteral("sector"), QStringLiteral("sector"), sectors.constFirst());
    if (sectors.size() > 1)
        row->problem(QStringLiteral("sector"),
            tr("A need has one sector; %1 was kept, %2 left out.")
                .arg(sectors.constFirst(), sectors.mid(1).join(QLatin1String(", "))),
            false);

    const QString description = cell(cells, QStringLiteral("description"));
    set(row, QStringLiteral("description"), QStringLiteral("description"), description);
    if (!description.isEmpty() && isArabicScript(description))
        row->values.insert(QStringLiteral("text_language"), QStringLiteral("ar"));

    const QStringList services = codes(row, QStringLiteral("service_type"), QStringLiteral("service_type"),
        cell(cells, QStringLiteral("service_type")));
    if (!services.isEmpty())
        set(row, QStringLiteral("service_type"), QStringLiteral("service_type"), services.constFirst());

    QString equipment = cell(cells, QStringLiteral("equipment"));
    const QString makeModel = cell(cells, QStringLiteral("manufacturer_model"));
    if (!makeModel.isEmpty()) {
        // "Siemens - Magnetom Aera", "GE / Optima 450", "Haas VF-2": maker first, model after.
        static const QRegularExpression separator(QStringLiteral("\\s+[-–/]\\s+|\\s*[,:;]\\s*|\\s+"));
        const auto match = separator.match(makeModel);
        set(row, QStringLiteral("equipment_manufacturer"), QStringLiteral("manufacturer_model"),
            match.hasMatch() ? makeModel.left(match.capturedStart()) : makeModel);
        if (match.hasMatch())
            set(row, QStringLiteral("equipment_model"), QStringLiteral("manufacturer_model"),
                makeModel.mid(match.capturedEnd()));
        if (equipment.isEmpty())
            equipment = makeModel;
    }
    set(row, QStringLiteral("equipment"), QStringLiteral("equipment"), equipment);

    QString title = cell(cells, QStringLiteral("title"));
    if (title.isEmpty()) {
        // The need form has no title question: the equipment, or the first line of the need.
        title = !equipment.isEmpty() ? equipment : description.section(QLatin1Char('\n'), 0, 0);
        if (title.size() > kDerivedTitleChars)
            title = title.left(kDerivedTitleChars - 1).trimmed() + QChar(0x2026);
    }
    if (title.isEmpty())
        row->problem(QStringLiteral("title"), tr("The need has no title, equipment or description."));
    else
        set(row, QStringLiteral("title"), QStringLiteral("title"), title);

    for (const char *field : { "trainees", "experts_wanted", "duration_days" }) {
        const QString f = QString::fromLatin1(field);
        setNumber(row, f, f, cell(cells, f));
    }
    setDate(row, QStringLiteral("window_start"), QStringLiteral("window_start"), cell(cells, QStringLiteral("window_start")));
    setDate(row, QStringLiteral("window_end"), QStringLiteral("window_end"), cell(cells, QStringLiteral("window_end")));
    const QStringList languages = codes(row, QStringLiteral("host_languages"), QStringLiteral("language"),
        cell(cells, QStringLiteral("host_languages")));
    if (!languages.isEmpty())
        set(row, QStringLiteral("host_languages"), QStringLiteral("host_languages"), languages);
}

} // namespace ed
