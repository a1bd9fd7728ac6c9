#pragma once

#include "MatchingData.h"

namespace ed {

// How an expert's busy days fall in a need's window. Days are whole calendar days and both ends
// of every period are included: a mission ending on 9 January leaves a window opening on the
// 10th free; one ending on the 10th does not.
//
// The rule for a window longer than the mission: the expert is available when the window holds
// some contiguous run of `durationDays` free days (the host can slide the mission inside its
// window). A window shorter than the duration holds the mission's start: the mission then runs
// from the window's first day for `durationDays`, and all of those days must be free.
struct AvailabilityCheck
{
    int windowDays = 0; // 0 when the need has no dates yet
    int freeDays = 0;
    bool fitsUnavailability = true; // a run exists when only declared unavailability counts
    bool fits = true;               // a run exists when missions count as well

    double freeShare() const { return windowDays ? double(freeDays) / windowDays : 1.0; }
};

// Missions of the need itself are ignored: an expert already proposed for it is not "elsewhere".
AvailabilityCheck checkAvailability(const ExpertProfile &expert, const NeedProfile &need, int needIndex);

// The first day (Julian) of the window from which the expert is free for the whole mission, its
// missions elsewhere and declared unavailability counted; 0 when the need has no window or no
// such day exists. A draft mission starts there, so it never overlaps what the expert has.
int firstFreeDay(const ExpertProfile &expert, const NeedProfile &need, int needIndex);

} // namespace ed
