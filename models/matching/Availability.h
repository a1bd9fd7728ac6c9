#pragma once

#include "MatchingData.h"

namespace ed {

// How an expert's busy days fall in a need's window. Days are whole calendar days and both ends
// of every period are included: a mission ending on 9 January leaves a window opening on the
// 10th free; one ending on the 10th does not.
//
// The rule for a window longer than the mission: the expert is available when the window holds
// some contiguous run of `durationDays` free days (the host can slide the mission inside its
// window). A window shorter than the duration needs to be wholly free.
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

} // namespace ed
