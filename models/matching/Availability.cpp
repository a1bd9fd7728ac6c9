#include "Availability.h"

#include <algorithm>

namespace ed {

namespace {

struct Sweep
{
    int freeDays = 0;
    int longestRun = 0;
    int firstFit = 0; // first day of the first free run of at least `run` days; 0: none
};

template<typename Counts>
Sweep sweep(const std::vector<BusyPeriod> &busy, int first, int last, int run, Counts counts)
{
    Sweep result;
    int cursor = first; // first day not yet known to be covered
    auto gap = [&result, &cursor, run](int days) {
        result.freeDays += days;
        result.longestRun = std::max(result.longestRun, days);
        if (!result.firstFit && days >= run)
            result.firstFit = cursor;
    };
    for (const BusyPeriod &p : busy) { // sorted by first day, so clipped starts are sorted too
        if (!counts(p) || p.last < cursor)
            continue;
        if (p.first > last)
            break;
        const int a = std::max(p.first, first);
        if (a > cursor)
            gap(a - cursor);
        cursor = std::max(cursor, std::min(p.last, last) + 1);
    }
    if (cursor <= last)
        gap(last - cursor + 1);
    return result;
}

// The days a mission for the need may cover: the window, or from its first day for the whole
// duration when the window is shorter.
int lastPossibleDay(const NeedProfile &need)
{
    return std::max(need.windowLast, need.windowFirst + need.durationDays - 1);
}

} // namespace

AvailabilityCheck checkAvailability(const ExpertProfile &expert, const NeedProfile &need, int needIndex)
{
    AvailabilityCheck check;
    if (!need.hasWindow)
        return check;
    check.windowDays = need.windowLast - need.windowFirst + 1;
    if (expert.busy.empty()) {
        check.freeDays = check.windowDays;
        return check;
    }
    auto elsewhere = [needIndex](const BusyPeriod &p) { return p.needIndex != needIndex; };
    const int run = need.durationDays;
    check.freeDays = sweep(expert.busy, need.windowFirst, need.windowLast, run, elsewhere).freeDays;
    const int last = lastPossibleDay(need);
    check.fits = sweep(expert.busy, need.windowFirst, last, run, elsewhere).longestRun >= run;
    if (!check.fits) {
        const Sweep declared = sweep(expert.busy, need.windowFirst, last, run, [](const BusyPeriod &p) { return !p.isMission(); });
        check.fitsUnavailability = declared.longestRun >= run;
    }
    return check;
}

int firstFreeDay(const ExpertProfile &expert, const NeedProfile &need, int needIndex)
{
    if (!need.hasWindow)
        return 0;
    return sweep(expert.busy, need.windowFirst, lastPossibleDay(need), need.durationDays,
                 [needIndex](const BusyPeriod &p) { return p.needIndex != needIndex; })
            .firstFit;
}

} // namespace ed
