#include "MatchingData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace ed {

namespace {

QJsonArray array(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

int julian(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? int(date.toJulianDay()) : 0;
}

int level(const QJsonObject &object, int fallback)
{
    return std::clamp(object.value(QLatin1String("level")).toInt(fallback), 0, 4);
}

// Bayesian prior: a new expert counts as having had this many evaluations at the programme mean.
constexpr double kDefaultMean = 4.0;

} // namespace

bool NeedProfile::isOpen() const
{
    return status == QLatin1String("accepted") || status == QLatin1String("matching");
}

MatchingData::MatchingData(QDate today) : m_today(today) { }

Key MatchingData::intern(const QString &word)
{
    const QString key = normalized(word);
    if (key.isEmpty())
        return kNoKey;
    auto it = m_wordIndex.constFind(key);
    if (it != m_wordIndex.constEnd())
        return it.value();
    const Key id = Key(m_words.size());
    m_words << key;
    m_wordIndex.insert(key, id);
    return id;
}

Key MatchingData::find(const QString &word) const
{
    return m_wordIndex.value(normalized(word), kNoKey);
}

void MatchingData::addInstitution(const QString &id, const QString &name, const QString &country)
{
    InstitutionInfo info;
    info.id = id;
    info.name = name;
    info.nameKey = normalized(name);
    info.country = intern(country);
    m_institutionIndex.insert(id, int(m_institutions.size()));
    m_institutions.push_back(std::move(info));
}

void MatchingData::addExpert(const ExpertRow &row)
{
    ExpertProfile e;
    e.id = row.id;
    e.name = row.name;
    e.active = row.status.isEmpty() || row.status == QLatin1String("active");
    e.country = intern(row.country);
    e.employer = normalized(row.employer);
    e.maxMissionsPerYear = row.maxMissionsPerYear < 0 ? 2 : row.maxMissionsPerYear;
    for (const QJsonValue &v : array(row.languages)) {
        const QJsonObject o = v.toObject();
        const Key key = intern(o.value(QLatin1String("code")).toString());
        if (key != kNoKey)
            e.languages.push_back({ key, level(o, 1) });
    }
    for (const QJsonValue &v : array(row.sectors)) {
        const Key key = intern(v.toString());
        if (key != kNoKey)
            e.sectors.push_back(key);
    }
    for (const QJsonValue &v : array(row.skills)) {
        const QJsonObject o = v.toObject();
        const Key key = intern(o.value(QLatin1String("name")).toString());
        if (key != kNoKey)
            e.skills.push_back({ key, level(o, 1) });
    }
    for (const QJsonValue &v : array(row.equipment)) {
        const QJsonObject o = v.toObject();
        const Key maker = intern(o.value(QLatin1String("manufacturer")).toString());
        if (maker != kNoKey)
            e.equipment.push_back({ maker, intern(o.value(QLatin1String("model")).toString()), level(o, 1) });
    }
    for (const QJsonValue &v : array(row.unavailability)) {
        const QJsonObject o = v.toObject();
        const int first = julian(o.value(QLatin1String("start")).toString());
        const int last = julian(o.value(QLatin1String("end")).toString());
        if (first && last >= first)
            e.busy.push_back({ first, last, kUnavailability });
    }
    m_expertIndex.insert(e.id, int(m_experts.size()));
    m_experts.push_back(std::move(e));
}

void MatchingData::addNeed(const NeedRow &row)
{
    NeedProfile n;
    n.id = row.id;
    n.code = row.code;
    n.title = row.title;
    n.status = row.status;
    n.institution = m_institutionIndex.value(row.institutionId, -1);
    n.sector = intern(row.sector);
    n.sectorCode = row.sector;
    for (const QJsonValue &v : array(row.requiredSkills)) {
        const QJsonObject o = v.toObject();
        RequiredSkill skill;
        skill.name = o.value(QLatin1String("name")).toString().simplified();
        skill.key = intern(skill.name);
        skill.level = std::max(1, level(o, 1));
        skill.mandatory = o.value(QLatin1String("mandatory")).toBool();
        if (skill.key != kNoKey)
            n.skills.push_back(std::move(skill));
    }
    n.manufacturerText = row.manufacturer.simplified();
    n.modelText = row.model.simplified();
    n.manufacturer = intern(n.manufacturerText);
    n.model = n.manufacturer == kNoKey ? kNoKey : intern(n.modelText);
    n.expertsWanted = std::max(1, row.expertsWanted);
    n.durationDays = std::max(1, row.durationDays);
    // A window with one end missing is as long as the mission; with none, dates are open.
    int first = julian(row.windowStart), last = julian(row.windowEnd);
    if (first && !last)
        last = first + n.durationDays - 1;
    else if (!first && last)
        first = last - n.durationDays + 1;
    n.hasWindow = first && last >= first;
    n.windowFirst = first;
    n.windowLast = last;
    n.year = n.hasWindow ? QDate::fromJulianDay(first).year() : m_today.year();
    for (const QJsonValue &v : array(row.hostLanguages)) {
        const Key key = intern(v.toString());
        if (key != kNoKey)
            n.hostLanguages.push_back(key);
    }
    n.interpreter = row.interpreter;
    m_needIndex.insert(n.id, int(m_needs.size()));
    m_needs.push_back(std::move(n));
}

void MatchingData::addMission(const MissionRow &row)
{
    if (row.status == QLatin1String("cancelled"))
        return;
    const int expert = m_expertIndex.value(row.expertId, kUnknownExpert);
    const int need = m_needIndex.value(row.needId, kUnknownNeed);
    // Staffing counts every live mission, with or without dates or a known expert.
    if (need != kUnknownNeed)
        m_needs[size_t(need)].assigned.push_back(expert);
    const int first = julian(row.start);
    const int last = julian(row.end);
    if (expert < 0 || !first)
        return;
    ExpertProfile &e = m_experts[size_t(expert)];
    e.busy.push_back({ first, std::max(first, last), need });
    e.missionStarts.emplace_back(QDate::fromJulianDay(first).year(), need);
    const int today = int(m_today.toJulianDay());
    if (first <= today && first > int(m_today.addYears(-1).toJulianDay()))
        ++e.recentMissions;
}

void MatchingData::addRating(const QString &expertId, int rating)
{
    const int expert = m_expertIndex.value(expertId, -1);
    if (expert < 0 || rating < 1 || rating > 5)
        return;
    m_experts[size_t(expert)].ratingSum += rating;
    m_experts[size_t(expert)].ratingCount += 1;
}

void MatchingData::finalize()
{
    double sum = 0;
    int count = 0;
    for (ExpertProfile &e : m_experts) {
        std::sort(e.busy.begin(), e.busy.end(),
                  [](const BusyPeriod &a, const BusyPeriod &b) { return a.first < b.first; });
        sum += e.ratingSum;
        count += e.ratingCount;
    }
    m_programmeMean = count ? sum / count : kDefaultMean;

    std::vector<int> order(m_experts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [this](int a, int b) { return m_experts[size_t(a)].id < m_experts[size_t(b)].id; });
    for (size_t rank = 0; rank < order.size(); ++rank)
        m_experts[size_t(order[rank])].idRank = int(rank);

    // A need naming a model can only be served through equipment by those who list that model:
    // index them under a key of their own, much shorter than the manufacturer's list.
    for (NeedProfile &n : m_needs)
        n.exactEquipment = equipmentKey(n.manufacturer, n.model);
    std::vector<std::vector<Key>> exactKeys(m_experts.size());
    for (size_t i = 0; i < m_experts.size(); ++i) {
        for (const EquipmentRef &q : m_experts[i].equipment)
            exactKeys[i].push_back(equipmentKey(q.manufacturer, q.model));
    }
    m_byKey.assign(size_t(m_words.size()), {});
    for (size_t i = 0; i < m_experts.size(); ++i) {
        const ExpertProfile &e = m_experts[i];
        for (const LevelRef &s : e.skills)
            m_byKey[size_t(s.key)].push_back(int(i));
        for (const EquipmentRef &q : e.equipment)
            m_byKey[size_t(q.manufacturer)].push_back(int(i));
        for (Key key : exactKeys[i]) {
            if (key != kNoKey)
                m_byKey[size_t(key)].push_back(int(i));
        }
    }
    // An expert listing a word twice must still be visited once per list.
    for (std::vector<int> &list : m_byKey)
        list.erase(std::unique(list.begin(), list.end()), list.end());
}

Key MatchingData::equipmentKey(Key manufacturer, Key model)
{
    if (manufacturer == kNoKey || model == kNoKey)
        return manufacturer;
    // A unit separator cannot occur in a simplified word, so this never collides with a skill.
    return intern(m_words.at(manufacturer) + QChar(0x1f) + m_words.at(model));
}

const std::vector<int> &MatchingData::expertsWithKey(Key key) const
{
    static const std::vector<int> none;
    return key >= 0 && size_t(key) < m_byKey.size() ? m_byKey[size_t(key)] : none;
}

} // namespace ed
