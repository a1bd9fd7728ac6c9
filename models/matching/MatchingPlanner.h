#pragma once

#include "CandidatePool.h"

#include <QDate>
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
    QDate start; // first day of the window the expert is free for the whole mission
    QDate end;   // start + duration − 1
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
    int openNeeds = 0;      // accepted or matching
    int needsWanting = 0;   // open needs that still want experts once their missions count
    int placesWanted = 0;   // how many experts those needs still want in all
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

// The globally optimal plan over all open needs (accepted or matching): each need gets up to the
// experts it still wants (experts_wanted less its missions that are not cancelled), never one
// already on it, each expert at most one need of the plan, dated where the expert is free (so
// no overlap with their missions), and the total score is maximal. Solved as a min-cost flow with LEMON's NetworkSimplex.
class MatchingPlanner
{
public:
    explicit MatchingPlanner(const CandidatePool &pool) : m_pool(pool) { }
    PlanResult solve(const PlanOptions &options = {}) const;

private:
    const CandidatePool &m_pool;
};

} // namespace ed
