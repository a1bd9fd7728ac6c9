#pragma once

#include "MatchingData.h"
#include "MatchingWeights.h"
#include "OicRegions.h"

#include <QList>
#include <QStringList>

#include <array>

namespace ed {

// Why a candidate is excluded (DESIGN.md §3), checked in this order; the first that applies is
// the one reported.
enum class FilterReason {
    None,
    AlreadyOnNeed,         // has a mission for this need that is not cancelled
    NotActive,
    EmployedByHost,        // the expert's employer text equals the host institution's name
    NoSharedLanguage,      // no host language spoken at level 2+, and no interpreter
    MandatorySkillMissing,
    YearlyCapReached,      // missions starting in the need's year ≥ max missions per year
    Unavailable,           // declared unavailability leaves no run of free days long enough
    OnAnotherMission,      // other missions (with the declared periods) leave no such run
};

struct MatchEvaluation
{
    FilterReason exclusion = FilterReason::None;
    std::array<double, kScorePartCount> parts {}; // each 0..1
    int points = 0; // score × MatchScorer::kScale: integers make plan ties exact
    bool eligible() const { return exclusion == FilterReason::None; }
    double score() const;
};

struct PartExplanation
{
    ScorePart part;
    double fraction = 0; // 0..1
    double points = 0;   // what the part adds to the 0–100 score
    QString reason;      // "speaks French 4/4"
    QStringList details; // per required skill, for the skills part
};

// Hard filters and the 0–100 score of one (need, expert) pair. evaluate() is the hot path (no
// strings, no allocation); explain() builds the sentences only for what a person will read.
class MatchScorer
{
public:
    static constexpr int kScale = 1000;
    // Evaluations an expert's mean is shrunk with, at the programme mean (Bayesian average).
    static constexpr double kPriorEvaluations = 3;

    MatchScorer(const MatchingData &data, const MatchingWeights &weights = {});

    MatchEvaluation evaluate(int need, int expert) const;
    // A bound on points for an expert listing none of the need's skill or manufacturer words:
    // their skills part is 0 (or 1 when nothing is required), the need-dependent parts maximal.
    int unskilledUpperBound(int need, int expert) const;
    // The parts that depend on the expert alone (track record, fairness), in points.
    int expertOnlyPoints(int expert) const;

    QList<PartExplanation> explain(int need, int expert) const;
    QString exclusionText(FilterReason reason, int need, int expert) const;
    static QString partName(ScorePart part);

    const MatchingData &data() const { return m_data; }
    const MatchingWeights &weights() const { return m_weights; }

private:
    int toPoints(const std::array<double, kScorePartCount> &parts) const;
    double skillsPart(const NeedProfile &need, const ExpertProfile &expert) const;
    int bestSharedLevel(const NeedProfile &need, const ExpertProfile &expert, Key *language = nullptr) const;
    bool hasExactEquipment(const NeedProfile &need, const ExpertProfile &expert, int *level = nullptr) const;
    int missionsInYear(const ExpertProfile &expert, int year, int needIndex) const;
    double trackRecordPart(const ExpertProfile &expert) const;
    double logisticsPart(const NeedProfile &need, const ExpertProfile &expert) const;
    static double fairnessPart(const ExpertProfile &expert) { return 1.0 / (1 + expert.recentMissions); }

    const MatchingData &m_data;
    MatchingWeights m_weights;
    std::array<double, kScorePartCount> m_factor {};
    std::vector<OicRegion> m_regionOfKey;
};

} // namespace ed
