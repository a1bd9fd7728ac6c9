#pragma once

#include <QRect>
#include <QStringList>

class QWidget;

namespace ed {

class SchedulingState;

// What a calendar view tells the screen reader about the missions it draws. The views paint
// their bars themselves, so without this the whole month was one unnamed filler: a blind
// coordinator could not find, read or move a mission.
class MissionItemView
{
public:
    virtual ~MissionItemView() = default;
    // The missions the view shows now, in reading order (by start), also those in a "+n" marker.
    virtual QStringList shownMissionIds() const = 0;
    // Where the mission's (first) bar is drawn, in the view's coordinates; empty when not drawn.
    virtual QRect missionRect(const QString &missionId) const = 0;
    virtual SchedulingState &schedulingState() const = 0;
};

namespace MissionAccessibility {
// Installs the accessibility factory that exposes each mission of a MissionItemView as an item
// with a name (code, expert, dates, status), a description (the need and its conflicts), its
// selection, and actions to select it and to move it by a day or a week. Idempotent.
void install();
} // namespace MissionAccessibility

} // namespace ed
