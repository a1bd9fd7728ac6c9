#pragma once

#include "MatchScorer.h"

#include <QList>

#include <vector>

namespace ed {

struct ScoredCandidate
{
    int expert;
    int points;
};

struct Suggestion
{
    QString expertId;
    QString expertName;
    double score = 0; // 0–100
    QList<PartExplanation> parts;
};

struct Exclusion
{
    QString expertId;
    QString expertName;
    FilterReason reason = FilterReason::None;
    QString explanation;
};

// Ranked candidates over one snapshot. A need first scores the experts who list one of its skill
// or manufacturer words (an inverted index); the others cannot earn skill points, so they are
// visited in falling order of what they could still score and the scan stops as soon as none
// can enter the top k. The result is the same as scoring everybody.
class CandidatePool
{
public:
    explicit CandidatePool(const MatchingData &data, const MatchingWeights &weights = {});

    // Best k eligible experts for the need, best first (ties: lower expert id). With `excluded`,
    // also every expert a hard filter removes, with the reason (a full scan).
    QList<Suggestion> topK(const QString &needId, int k, QList<Exclusion> *excluded = nullptr) const;
    // The same ranking as indices and points, for the planner.
    std::vector<ScoredCandidate> ranked(int need, int count) const;
    bool better(const ScoredCandidate &a, const ScoredCandidate &b) const;

    const MatchScorer &scorer() const { return m_scorer; }
    const MatchingData &data() const { return m_scorer.data(); }

private:
    MatchScorer m_scorer;
    std::vector<int> m_unskilledOrder; // experts by expertOnlyPoints, highest first
    std::vector<int> m_expertOnly;
};

} // namespace ed
