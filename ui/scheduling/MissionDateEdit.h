#pragma once

#include <QDate>
#include <QString>
#include <Qt>

class QKeyEvent;

namespace ed {

class SchedulingState;
struct MissionSlot;

// How the month view and the timeline change a mission's dates by hand, so both follow the same
// rules: which missions may move, how a drag or an arrow key becomes new dates, and that each
// change is one undoable command checked by the repository.
namespace MissionDateEdit {

    // What a drag holds: the whole bar, or its start or end edge.
    enum class Edit { None, Move, Start, End };

    // History (finished) and cancelled missions keep their dates.
    bool isEditable(const MissionSlot &mission);

    // The dates after moving `edit` by `days`: Move shifts both, Start or End one edge, never past
    // the other one, so a mission keeps at least one day.
    void shifted(const MissionSlot &mission, Edit edit, int days, QDate *start, QDate *end);

    // Applies shifted() as one UpdateRecordCommand on the shared undo stack; a refusal is reported
    // through SchedulingState::error. Returns whether the dates changed.
    bool apply(SchedulingState &state, const QString &missionId, Edit edit, int days);

    // Arrow keys on the selected mission: Right is later in a left-to-right layout and earlier in a
    // right-to-left one; Shift moves only the end. Returns false for a key it does not use.
    bool handleKey(SchedulingState &state, const QKeyEvent &event, Qt::LayoutDirection direction);

} // namespace MissionDateEdit
} // namespace ed
