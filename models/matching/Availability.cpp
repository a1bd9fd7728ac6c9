#include "Availability.h"

#include <algorithm>

namespace ed {

namespace {

struct Sweep
{
    int freeDays = 0;
    int longestRun = 0;
};

template<typename Counts>
Sweep sweep(const std::vector<BusyPeriod> &busy, int first, int last, Counts counts)
{
    Sweep result;
    int cursor = first; // first day not yet known to be covered
    auto gap = [&result](int days) {
        result.freeDays += days;
        result.longestRun = std::max(result.longestRun, days);
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

} // namespace

AvailabilityCheck checkAvailability(const ExpertProfile &expert, const NeedProfile &need, int needIndex)
{
    AvailabilityCheck check;
    if (!need.hasWindow)
        return check;
    check.windowDays = need.windowLast - need.windowFirst + 1;
    const int run = std::min(need.durationDays, check.windowDays);
    if (expert.busy.empty()) {
        check.freeDays = check.windowDays;
        return check;
    }
    const Sweep all = sweep(expert.busy, need.windowFirst, need.windowLast,
                            [needIndex](const BusyPeriod &p) { return p.needIndex != needIndex; });
    check.freeDays = all.freeDays;
    check.fits = all.longestRun >= run;
    if (!check.fits) {
        const Sweep declared = sweep(expert.busy, need.windowFirst, need.windowLast,
                                     [](const BusyPeriod &p) { return !p.isMission(); });
        check.fitsUnavailability = declared.longestRun >= run;
    }
    return check;
}

} // namespace ed
