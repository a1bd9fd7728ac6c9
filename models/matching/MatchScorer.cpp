#include "MatchScorer.h"

#include "Availability.h"

#include <algorithm>
#include <cmath>

namespace ed {

namespace {
constexpr int kSkills = int(ScorePart::Skills);
constexpr int kAvailability = int(ScorePart::Availability);
constexpr int kLanguage = int(ScorePart::Language);
constexpr int kTrack = int(ScorePart::TrackRecord);
constexpr int kSector = int(ScorePart::Sector);
constexpr int kLogistics = int(ScorePart::Logistics);
constexpr int kFairness = int(ScorePart::Fairness);
// Share of the skills part kept for the exact manufacturer/model when the need names equipment,
// so that the bonus still counts for an expert whose skills already fill the part.
constexpr double kEquipmentBonus = 0.15;
// The level a need implicitly asks on the equipment it names (1–4 scale): "has worked on it".
constexpr int kEquipmentLevel = 2;
} // namespace

double MatchEvaluation::score() const
{
    return double(points) / MatchScorer::kScale;
}

MatchScorer::MatchScorer(const MatchingData &data, const MatchingWeights &weights)
    : m_data(data), m_weights(weights.isValid() ? weights : MatchingWeights())
{
    const double total = m_weights.sum();
    for (int i = 0; i < kScorePartCount; ++i)
        m_factor[size_t(i)] = m_weights.weight(ScorePart(i)) * 100.0 * kScale / total;
    m_regionOfKey.resize(size_t(data.keyCount()), OicRegion::Unknown);
    for (int key = 0; key < data.keyCount(); ++key)
        m_regionOfKey[size_t(key)] = oicRegion(data.word(key));
}

int MatchScorer::toPoints(const std::array<double, kScorePartCount> &parts) const
{
    double sum = 0;
    for (int i = 0; i < kScorePartCount; ++i)
        sum += parts[size_t(i)] * m_factor[size_t(i)];
    return int(std::lround(sum));
}

bool MatchScorer::hasExactEquipment(const NeedProfile &need, const ExpertProfile &expert, int *level) const
{
    bool exact = false;
    for (const EquipmentRef &q : expert.equipment) {
        if (q.manufacturer == need.manufacturer && (need.model == kNoKey || q.model == need.model)) {
            exact = true;
            if (level)
                *level = std::max(*level, q.level);
        }
    }
    return exact;
}

double MatchScorer::skillsPart(const NeedProfile &need, const ExpertProfile &expert) const
{
    double achieved = 0;
    double required = 0;
    for (const RequiredSkill &r : need.skills) {
        int level = 0;
        for (const LevelRef &s : expert.skills) {
            if (s.key == r.key)
                level = std::max(level, s.level);
        }
        achieved += std::min(level, 2 * r.level);
        required += r.level;
    }
    bool exact = false;
    if (need.manufacturer != kNoKey) {
        // Another model of the same maker counts for half its level.
        double level = 0;
        for (const EquipmentRef &q : expert.equipment) {
            if (q.manufacturer != need.manufacturer)
                continue;
            const bool same = need.model == kNoKey || q.model == need.model;
            exact = exact || same;
            level = std::max(level, same ? double(q.level) : q.level / 2.0);
        }
        achieved += std::min(level, 2.0 * kEquipmentLevel);
        required += kEquipmentLevel;
    }
    const double ratio = required > 0 ? std::min(1.0, achieved / required) : 1.0;
    if (need.manufacturer == kNoKey)
        return ratio;
    return (1 - kEquipmentBonus) * ratio + (exact ? kEquipmentBonus : 0.0);
}

int MatchScorer::bestSharedLevel(const NeedProfile &need, const ExpertProfile &expert, Key *language) const
{
    int best = 0;
    for (Key host : need.hostLanguages) {
        for (const LevelRef &l : expert.languages) {
            if (l.key == host && l.level > best) {
                best = l.level;
                if (language)
                    *language = l.key;
            }
        }
    }
    return best;
}

int MatchScorer::missionsInYear(const ExpertProfile &expert, int year, int needIndex) const
{
    int count = 0;
    for (const auto &[missionYear, needOfMission] : expert.missionStarts) {
        if (needOfMission != needIndex && missionYear == year)
            ++count;
    }
    return count;
}

double MatchScorer::trackRecordPart(const ExpertProfile &expert) const
{
    const double mean = (kPriorEvaluations * m_data.programmeMean() + expert.ratingSum)
            / (kPriorEvaluations + expert.ratingCount);
    return std::clamp((mean - 1) / 4, 0.0, 1.0);
}

double MatchScorer::logisticsPart(const NeedProfile &need, const ExpertProfile &expert) const
{
    const Key host = need.institution >= 0 ? m_data.institutions()[size_t(need.institution)].country : kNoKey;
    if (host != kNoKey && host == expert.country)
        return 1.0;
    const OicRegion a = host >= 0 ? m_regionOfKey[size_t(host)] : OicRegion::Unknown;
    const OicRegion b = expert.country >= 0 ? m_regionOfKey[size_t(expert.country)] : OicRegion::Unknown;
    return a != OicRegion::Unknown && a == b ? 0.6 : 0.2;
}

MatchEvaluation MatchScorer::evaluate(int needIndex, int expertIndex) const
{
    const NeedProfile &need = m_data.needs()[size_t(needIndex)];
    const ExpertProfile &expert = m_data.experts()[size_t(expertIndex)];
    MatchEvaluation result;
    auto exclude = [&result](FilterReason reason) {
        result.exclusion = reason;
        return result;
    };
    if (need.hasAssigned(expertIndex))
        return exclude(FilterReason::AlreadyOnNeed);
    if (!expert.active)
        return exclude(FilterReason::NotActive);
    if (need.institution >= 0 && !expert.employer.isEmpty()
        && expert.employer == m_data.institutions()[size_t(need.institution)].nameKey)
        return exclude(FilterReason::EmployedByHost);
    const int shared = bestSharedLevel(need, expert);
    if (!need.hostLanguages.empty() && shared < 2 && !need.interpreter)
        return exclude(FilterReason::NoSharedLanguage);
    for (const RequiredSkill &r : need.skills) {
        if (!r.mandatory)
            continue;
        const bool listed = std::any_of(expert.skills.begin(), expert.skills.end(),
                                        [&r](const LevelRef &s) { return s.key == r.key && s.level > 0; });
        if (!listed && !(need.manufacturer != kNoKey && hasExactEquipment(need, expert)))
            return exclude(FilterReason::MandatorySkillMissing);
    }
    if (missionsInYear(expert, need.year, needIndex) >= expert.maxMissionsPerYear)
        return exclude(FilterReason::YearlyCapReached);
    const AvailabilityCheck availability = checkAvailability(expert, need, needIndex);
    if (!availability.fitsUnavailability)
        return exclude(FilterReason::Unavailable);
    if (!availability.fits)
        return exclude(FilterReason::OnAnotherMission);

    auto &p = result.parts;
    p[kSkills] = skillsPart(need, expert);
    p[kAvailability] = availability.freeShare();
    p[kLanguage] = need.interpreter ? 1.0 : need.hostLanguages.empty() ? 0.5 : shared / 4.0;
    p[kTrack] = trackRecordPart(expert);
    p[kSector] = expert.sectors.empty() || need.sector == kNoKey ? 0.0
            : expert.sectors.front() == need.sector                  ? 1.0
            : std::find(expert.sectors.begin(), expert.sectors.end(), need.sector) != expert.sectors.end() ? 0.5
                                                                                                              : 0.0;
    p[kLogistics] = logisticsPart(need, expert);
    p[kFairness] = fairnessPart(expert);
    result.points = toPoints(p);
    return result;
}

int MatchScorer::unskilledUpperBound(int needIndex, int expertIndex) const
{
    const NeedProfile &need = m_data.needs()[size_t(needIndex)];
    const ExpertProfile &expert = m_data.experts()[size_t(expertIndex)];
    std::array<double, kScorePartCount> p {};
    p[kSkills] = need.skills.empty() && need.manufacturer == kNoKey ? 1.0 : 0.0;
    p[kAvailability] = p[kLanguage] = p[kSector] = p[kLogistics] = 1.0;
    p[kTrack] = trackRecordPart(expert);
    p[kFairness] = fairnessPart(expert);
    return toPoints(p) + 1; // +1: rounding of a different sum order can never overtake it
}

int MatchScorer::expertOnlyPoints(int expertIndex) const
{
    const ExpertProfile &expert = m_data.experts()[size_t(expertIndex)];
    std::array<double, kScorePartCount> p {};
    p[kTrack] = trackRecordPart(expert);
    p[kFairness] = fairnessPart(expert);
    return toPoints(p);
}

} // namespace ed
