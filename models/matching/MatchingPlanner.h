#pragma once

#include "CandidatePool.h"

#include <QList>

#include <atomic>
#include <functional>

namespace ed {

struct PlanAssignment
{
    QString needId;
    QString expertId;
    double score = 0;
    int points = 0;
};

struct PlanResult
{
    enum class Status { Optimal, Cancelled, Failed };
    Status status = Status::Optimal;
    QList<PlanAssignment> assignments; // by need, then best score
    double totalScore = 0;
    qint64 totalPoints = 0; // Σ points: what the solver maximises exactly
    int rounds = 0;         // solver runs (more than 1 when candidate lists had to grow)
    int arcs = 0;           // need→expert arcs in the last run
    QString error;
};

struct PlanOptions
{
    // Candidates kept per need beyond experts_wanted. Any value gives the optimum (see the
    // comment in MatchingPlanner.cpp); a larger one just makes a second round rarer.
    int margin = 30;
    std::function<void(int done, int total)> progress; // per need prepared; total = open needs
    const std::atomic_bool *cancel = nullptr;
};

// The globally optimal plan over all open needs (accepted or matching): each need gets up to
// experts_wanted eligible experts, each expert at most one need of the plan (so no overlap),
// and the total score is maximal. Solved as a min-cost flow with LEMON's NetworkSimplex.
class MatchingPlanner
{
public:
    explicit MatchingPlanner(const CandidatePool &pool) : m_pool(pool) { }
    PlanResult solve(const PlanOptions &options = {}) const;

private:
    const CandidatePool &m_pool;
};

} // namespace ed
