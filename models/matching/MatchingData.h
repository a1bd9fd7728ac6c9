#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ed {

class ReferenceData;

// Interned, lower-cased words (skill names, manufacturers, language and country codes) so that
// the hot scoring loop compares integers instead of strings.
using Key = int;
constexpr Key kNoKey = -1;

struct LevelRef
{
    Key key;
    int level;
};

struct EquipmentRef
{
    Key manufacturer;
    Key model;
    int level;
};

constexpr int kUnavailability = -2; // needIndex of a declared unavailability period
constexpr int kUnknownNeed = -1;     // a mission whose need is not in the snapshot
constexpr int kUnknownExpert = -1;   // a mission whose expert is not in the snapshot (deleted)

// A stretch of days (Julian day numbers, both ends included) in which the expert cannot travel.
struct BusyPeriod
{
    int first;
    int last;
    int needIndex; // the mission's need, kUnknownNeed, or kUnavailability
    bool isMission() const { return needIndex != kUnavailability; }
};

struct ExpertProfile
{
    QString id;
    QString name;
    bool active = true;
    Key country = kNoKey;
    QString employer; // simplified + lower case; compared with the host institution's name
    int maxMissionsPerYear = 2;
    std::vector<LevelRef> languages;
    std::vector<Key> sectors; // first is primary
    std::vector<LevelRef> skills;
    std::vector<EquipmentRef> equipment;
    std::vector<BusyPeriod> busy;        // sorted by first day
    std::vector<std::pair<int, int>> missionStarts; // (start year, need index) of live missions
    int recentMissions = 0;              // started in the 12 months up to the snapshot's today
    double ratingSum = 0;
    int ratingCount = 0;
    int idRank = 0; // position in id order: the tie-break, without string compares
};

struct RequiredSkill
{
    Key key;
    QString name; // as the need wrote it, for explanations
    int level = 1;
    bool mandatory = false;
};

struct NeedProfile
{
    QString id;
    QString code;
    QString title;
    QString status;
    int institution = -1;
    Key sector = kNoKey;
    QString sectorCode;
    std::vector<RequiredSkill> skills;
    Key manufacturer = kNoKey, model = kNoKey;
    Key exactEquipment = kNoKey; // index key of "manufacturer + model" (the manufacturer if no model)
    QString manufacturerText, modelText;
    int expertsWanted = 1;
    bool hasWindow = false;
    int windowFirst = 0, windowLast = 0; // Julian days, both included
    int durationDays = 1;
    int year = 0; // the year whose missions count towards the cap
    std::vector<Key> hostLanguages;
    bool interpreter = false;
    // Experts of the need's missions that are not cancelled (kUnknownExpert for one not in the
    // snapshot): they count toward expertsWanted, and none of them is proposed for it again.
    std::vector<int> assigned;
    bool isOpen() const; // accepted or matching: the plan fills these
    int stillWanted() const { return std::max(0, expertsWanted - int(assigned.size())); }
    bool hasAssigned(int expert) const
    {
        return std::find(assigned.begin(), assigned.end(), expert) != assigned.end();
    }
};

struct InstitutionInfo
{
    QString id;
    QString name;
    QString nameKey; // simplified + lower case
    Key country = kNoKey;
};

// Raw rows as stored (JSON columns as text). The loader reads these with forward-only queries;
// tests and benchmarks can feed them directly.
struct ExpertRow
{
    QString id, name, status, country, employer;
    QString languages, sectors, skills, equipment, unavailability; // JSON text
    int maxMissionsPerYear = -1; // -1: not set, the schema default (2) applies
};
struct NeedRow
{
    QString id, code, title, status, institutionId, sector;
    QString requiredSkills, hostLanguages; // JSON text
    QString manufacturer, model;
    int expertsWanted = 1;
    QString windowStart, windowEnd; // ISO dates, may be empty
    int durationDays = 0;
    bool interpreter = false;
};
struct MissionRow
{
    QString id, needId, expertId, start, end, status;
};

// Everything matching reads, held in memory: one snapshot serves many suggestions and a plan
// without touching SQLite again. Build with add*() then finalize(), or load() from a database.
class MatchingData
{
public:
    explicit MatchingData(QDate today = QDate::currentDate());

    bool load(const QSqlDatabase &db, QString *error);
    // Names of languages and sectors for explanations, in the UI language; codes without it.
    void setReference(const ReferenceData *reference) { m_reference = reference; }
    QString languageName(const QString &code) const;
    QString sectorName(const QString &code) const;

    void addInstitution(const QString &id, const QString &name, const QString &country);
    void addExpert(const ExpertRow &row);
    void addNeed(const NeedRow &row); // after its institution
    void addMission(const MissionRow &row); // after its expert and need
    void addRating(const QString &expertId, int rating);
    void finalize();

    QDate today() const { return m_today; }
    Key intern(const QString &word);
    Key find(const QString &word) const;
    QString word(Key key) const { return m_words.value(key); }
    int keyCount() const { return m_words.size(); }

    const std::vector<ExpertProfile> &experts() const { return m_experts; }
    const std::vector<NeedProfile> &needs() const { return m_needs; }
    const std::vector<InstitutionInfo> &institutions() const { return m_institutions; }
    int expertIndex(const QString &id) const { return m_expertIndex.value(id, -1); }
    int needIndex(const QString &id) const { return m_needIndex.value(id, -1); }
    double programmeMean() const { return m_programmeMean; }
    // Experts who list a skill or manufacturer key; lets a need look at its skilled experts first.
    const std::vector<int> &expertsWithKey(Key key) const;

private:
    static QString normalized(const QString &text) { return text.simplified().toLower(); }
    Key equipmentKey(Key manufacturer, Key model);

    QDate m_today;
    QStringList m_words;
    QHash<QString, Key> m_wordIndex;
    std::vector<ExpertProfile> m_experts;
    std::vector<NeedProfile> m_needs;
    std::vector<InstitutionInfo> m_institutions;
    QHash<QString, int> m_expertIndex, m_needIndex, m_institutionIndex;
    std::vector<std::vector<int>> m_byKey;
    double m_programmeMean = 0;
    const ReferenceData *m_reference = nullptr;
};

} // namespace ed
