#include "MatchingPlanner.h"

#include "Availability.h"

#include <QCoreApplication>
#include <QHash>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <functional>

namespace ed {

// Why a short candidate list per need still gives the exact optimum.
//
// The plan is a min-cost flow: s → need (capacity q, cost 0), need → expert (capacity 1, cost
// −points), expert → t (capacity 1, cost 0), and a bypass s → t so that a need may stay unfilled.
// Keeping only each need's best q + margin candidates is a heuristic by itself: an expert ranked
// lower for need A can be the best choice when everyone above is taken by other needs (in the
// worst case q_A + Σ q of the competing needs would have to be kept, which is far too many at
// 2,000 needs). So we do not rely on it. After each run we check LP optimality of the reduced
// problem in the full one with the node potentials π of the solution (LEMON: reduced cost of
// arc uv is cost + π(u) − π(v), ≥ 0 on every arc without flow at the optimum):
//   * an expert not in the graph would enter with arcs need → e and e → t, both empty; some π(e)
//     keeps both reduced costs ≥ 0 iff points(need, e) ≤ π(need) − π(t). Every left-out
//     candidate of a need scores at most the need's first left-out one (`cutoff`), so checking
//     that one covers them all;
//   * an expert already in the graph (a candidate of another need) needs
//     points(need, e) ≤ π(need) − π(e); we check each such pair that could break it.
// If a check fails, the need's list grows (or the arc is added) and we solve again. When all
// checks pass, the potentials prove the reduced solution optimal for the full problem, so the
// result is exact whatever the margin; the margin only makes a second round rare.
PlanResult MatchingPlanner::solve(const PlanOptions &options) const
{
    using Graph = lemon::SmartDigraph;
    using Solver = lemon::NetworkSimplex<Graph, qint64, qint64>;
    const MatchingData &data = m_pool.data();
    const MatchScorer &scorer = m_pool.scorer();
    PlanResult result;
    auto cancelled = [&options] { return options.cancel && options.cancel->load(); };

    std::vector<int> open; // open needs that still want someone
    for (int i = 0; i < int(data.needs().size()); ++i) {
        const NeedProfile &need = data.needs()[size_t(i)];
        if (!need.isOpen())
            continue;
        ++result.openNeeds;
        if (need.stillWanted() > 0) {
            open.push_back(i);
            result.placesWanted += need.stillWanted();
        }
    }
    result.needsWanting = int(open.size());
    // Per open need: candidates kept as arcs, and the best one left out (points = −1: none).
    struct NeedArcs
    {
        int limit;
        std::vector<ScoredCandidate> kept;
        std::vector<ScoredCandidate> extra; // arcs added by the check on experts in the graph
        int cutoff = -1;
    };
    std::vector<NeedArcs> lists(open.size());
    auto fill = [&](size_t i) {
        NeedArcs &l = lists[i];
        std::vector<ScoredCandidate> ranked = m_pool.ranked(open[i], l.limit + 1);
        l.cutoff = int(ranked.size()) > l.limit ? ranked.back().points : -1;
        if (l.cutoff >= 0)
            ranked.pop_back();
        l.kept = std::move(ranked);
    };
    for (size_t i = 0; i < open.size(); ++i) {
        if (cancelled()) {
            result.status = PlanResult::Status::Cancelled;
            return result;
        }
        lists[i].limit = data.needs()[size_t(open[i])].stillWanted() + std::max(0, options.margin);
        fill(i);
        if (options.progress)
            options.progress(int(i) + 1, int(open.size()));
    }

    for (;;) {
        if (cancelled()) {
            result.status = PlanResult::Status::Cancelled;
            return result;
        }
        ++result.rounds;
        Graph graph;
        Graph::ArcMap<qint64> cost(graph), capacity(graph);
        const Graph::Node s = graph.addNode(), t = graph.addNode();
        std::vector<Graph::Node> needNodes;
        QHash<int, Graph::Node> expertNodes;
        std::vector<std::pair<Graph::Arc, std::pair<size_t, ScoredCandidate>>> choice;
        qint64 wanted = 0;
        auto arc = [&](Graph::Node u, Graph::Node v, qint64 c, qint64 cap) {
            const Graph::Arc a = graph.addArc(u, v);
            cost[a] = c;
            capacity[a] = cap;
            return a;
        };
        for (size_t i = 0; i < open.size(); ++i) {
            const int q = data.needs()[size_t(open[i])].stillWanted();
            wanted += q;
            needNodes.push_back(graph.addNode());
            arc(s, needNodes.back(), 0, q);
            for (const auto *list : { &lists[i].kept, &lists[i].extra }) {
                for (const ScoredCandidate &c : *list) {
                    auto it = expertNodes.find(c.expert);
                    if (it == expertNodes.end()) {
                        it = expertNodes.insert(c.expert, graph.addNode());
                        arc(it.value(), t, 0, 1);
                    }
                    choice.push_back({ arc(needNodes.back(), it.value(), -qint64(c.points), 1), { i, c } });
                }
            }
        }
        arc(s, t, 0, wanted); // leaving places unfilled costs nothing
        result.arcs = int(choice.size());

        Solver solver(graph);
        solver.upperMap(capacity).costMap(cost).stSupply(s, t, wanted);
        if (solver.run() != Solver::OPTIMAL) {
            result.status = PlanResult::Status::Failed;
            result.error = QCoreApplication::translate("Matching", "The plan solver found no solution.");
            return result;
        }

        bool grew = false;
        const qint64 potentialT = solver.potential(t);
        // Experts in the graph by falling potential: a need only has to look at the head.
        std::vector<std::pair<qint64, int>> byPotential;
        byPotential.reserve(size_t(expertNodes.size()));
        for (auto it = expertNodes.cbegin(); it != expertNodes.cend(); ++it)
            byPotential.emplace_back(solver.potential(it.value()), it.key());
        std::sort(byPotential.begin(), byPotential.end(), std::greater<>());
        for (size_t i = 0; i < open.size(); ++i) {
            NeedArcs &l = lists[i];
            if (l.cutoff < 0)
                continue; // every eligible expert is already an arc of this need
            const qint64 slack = solver.potential(needNodes[i]);
            if (l.cutoff > slack - potentialT) {
                l.limit *= 2;
                fill(i);
                l.extra.erase(std::remove_if(l.extra.begin(), l.extra.end(), [&l](const ScoredCandidate &x) {
                                  return std::any_of(l.kept.begin(), l.kept.end(),
                                                     [&x](const ScoredCandidate &k) { return k.expert == x.expert; });
                              }),
                              l.extra.end());
                grew = true;
                continue;
            }
            auto listed = [&l](int expert) {
                for (const auto *list : { &l.kept, &l.extra })
                    for (const ScoredCandidate &c : *list)
                        if (c.expert == expert)
                            return true;
                return false;
            };
            for (const auto &[potential, expert] : byPotential) {
                if (l.cutoff <= slack - potential)
                    break; // and for every expert after it
                if (listed(expert))
                    continue;
                const MatchEvaluation e = scorer.evaluate(open[i], expert);
                if (e.eligible() && e.points > slack - potential) {
                    l.extra.push_back({ expert, e.points });
                    grew = true;
                }
            }
        }
        if (grew)
            continue;

        for (const auto &[a, pick] : choice) {
            if (solver.flow(a) <= 0)
                continue;
            const ExpertProfile &expert = data.experts()[size_t(pick.second.expert)];
            const int needIndex = open[pick.first];
            const NeedProfile &need = data.needs()[size_t(needIndex)];
            PlanAssignment assignment { need.id, expert.id, double(pick.second.points) / MatchScorer::kScale,
                                        pick.second.points, {}, {} };
            if (const int day = firstFreeDay(expert, need, needIndex)) {
                assignment.start = QDate::fromJulianDay(day);
                assignment.end = assignment.start.addDays(need.durationDays - 1);
            }
            result.assignments << assignment;
            result.totalPoints += pick.second.points;
        }
        result.totalScore = double(result.totalPoints) / MatchScorer::kScale;
        return result;
    }
}

} // namespace ed
