#include "CandidatePool.h"

#include <algorithm>
#include <numeric>

namespace ed {

CandidatePool::CandidatePool(const MatchingData &data, const MatchingWeights &weights) : m_scorer(data, weights)
{
    const int count = int(data.experts().size());
    m_expertOnly.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        m_expertOnly[size_t(i)] = m_scorer.expertOnlyPoints(i);
    m_unskilledOrder.resize(size_t(count));
    std::iota(m_unskilledOrder.begin(), m_unskilledOrder.end(), 0);
    std::sort(m_unskilledOrder.begin(), m_unskilledOrder.end(),
              [this](int a, int b) { return m_expertOnly[size_t(a)] > m_expertOnly[size_t(b)]; });
}

bool CandidatePool::better(const ScoredCandidate &a, const ScoredCandidate &b) const
{
    if (a.points != b.points)
        return a.points > b.points;
    const auto &experts = data().experts();
    return experts[size_t(a.expert)].idRank < experts[size_t(b.expert)].idRank;
}

std::vector<ScoredCandidate> CandidatePool::ranked(int needIndex, int count) const
{
    std::vector<ScoredCandidate> heap; // the `count` best so far; the worst of them on top
    if (needIndex < 0 || count <= 0)
        return heap;
    heap.reserve(size_t(count) + 1);
    auto comp = [this](const ScoredCandidate &a, const ScoredCandidate &b) { return better(a, b); };
    auto offer = [&](int expert) {
        const MatchEvaluation evaluation = m_scorer.evaluate(needIndex, expert);
        if (!evaluation.eligible())
            return;
        const ScoredCandidate candidate { expert, evaluation.points };
        if (int(heap.size()) < count) {
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), comp);
        } else if (better(candidate, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), comp);
            heap.back() = candidate;
            std::push_heap(heap.begin(), heap.end(), comp);
        }
    };

    const NeedProfile &need = data().needs()[size_t(needIndex)];
    std::vector<char> visited(data().experts().size(), 0);
    auto visitAll = [&](Key key) {
        for (int expert : data().expertsWithKey(key)) {
            if (!visited[size_t(expert)]) {
                visited[size_t(expert)] = 1;
                offer(expert);
            }
        }
    };
    // An eligible expert lists every mandatory skill or the exact equipment, so the shortest
    // mandatory skill's list plus the equipment's list hold them all; nobody else need be seen.
    const RequiredSkill *rarest = nullptr;
    for (const RequiredSkill &r : need.skills) {
        if (r.mandatory && (!rarest || data().expertsWithKey(r.key).size() < data().expertsWithKey(rarest->key).size()))
            rarest = &r;
    }
    if (rarest) {
        visitAll(rarest->key);
        if (need.exactEquipment != kNoKey)
            visitAll(need.exactEquipment);
        std::sort_heap(heap.begin(), heap.end(), comp);
        return heap;
    }

    for (const RequiredSkill &r : need.skills)
        visitAll(r.key);
    if (need.manufacturer != kNoKey)
        visitAll(need.manufacturer);
    // Experts listing none of the need's words cannot earn skill points.
    if (!data().experts().empty()) {
        // What the need-dependent parts add at most: the bound minus the expert-only points,
        // +1 for rounding the two sums separately.
        const int first = m_unskilledOrder.front();
        const int needMax = m_scorer.unskilledUpperBound(needIndex, first) - m_expertOnly[size_t(first)] + 1;
        for (int expert : m_unskilledOrder) {
            if (int(heap.size()) == count && m_expertOnly[size_t(expert)] + needMax < heap.front().points)
                break; // sorted: nobody further on can beat the current k-th
            if (!visited[size_t(expert)])
                offer(expert);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), comp);
    return heap;
}

QList<Suggestion> CandidatePool::topK(const QString &needId, int k, QList<Exclusion> *excluded) const
{
    QList<Suggestion> suggestions;
    const int needIndex = data().needIndex(needId);
    if (needIndex < 0)
        return suggestions;
    for (const ScoredCandidate &c : ranked(needIndex, k)) {
        const ExpertProfile &expert = data().experts()[size_t(c.expert)];
        Suggestion s;
        s.expertId = expert.id;
        s.expertName = expert.name;
        s.score = double(c.points) / MatchScorer::kScale;
        s.parts = m_scorer.explain(needIndex, c.expert);
        suggestions << s;
    }
    if (excluded) {
        excluded->clear();
        std::vector<int> order;
        for (int i = 0; i < int(data().experts().size()); ++i) {
            if (!m_scorer.evaluate(needIndex, i).eligible())
                order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return data().experts()[size_t(a)].idRank < data().experts()[size_t(b)].idRank;
        });
        for (int i : order) {
            const ExpertProfile &expert = data().experts()[size_t(i)];
            const FilterReason reason = m_scorer.evaluate(needIndex, i).exclusion;
            excluded->append({ expert.id, expert.name, reason, m_scorer.exclusionText(reason, needIndex, i) });
        }
    }
    return suggestions;
}

} // namespace ed
