#include "MissionDateEdit.h"

#include "SchedulingState.h"
#include "scheduling/MissionLifecycle.h"

#include <QKeyEvent>

namespace ed::MissionDateEdit {

bool isEditable(const MissionSlot &mission)
{
    return MissionLifecycle::isLive(mission.status)
        && !MissionLifecycle::isFinished(mission.status);
}

void shifted(const MissionSlot &mission, Edit edit, int days, QDate *start, QDate *end)
{
    *start = mission.start;
    *end = mission.end;
    if (edit == Edit::Move || edit == Edit::Start)
        *start = mission.start.addDays(days);
    if (edit == Edit::Move || edit == Edit::End)
        *end = mission.end.addDays(days);
    if (edit == Edit::Start)
        *start = std::min(*start, *end);
    if (edit == Edit::End)
        *end = std::max(*end, *start);
}

bool apply(SchedulingState &state, const QString &missionId, Edit edit, int days)
{
    const MissionSlot *mission = state.data().mission(missionId);
    if (!mission || edit == Edit::None || days == 0 || !isEditable(*mission))
        return false;
    QDate start, end;
    shifted(*mission, edit, days, &start, &end);
    const QString error = state.changeDates(missionId, start, end);
    if (!error.isEmpty()) {
        emit state.error(error);
        return false;
    }
    return true;
}

bool handleKey(SchedulingState &state, const QKeyEvent &event, Qt::LayoutDirection direction)
{
    const int forward = direction == Qt::LeftToRight ? 1 : -1;
    int step = 0;
    if (event.key() == Qt::Key_Right)
        step = forward;
    else if (event.key() == Qt::Key_Left)
        step = -forward;
    if (step == 0 || state.selectedMission().isEmpty())
        return false;
    apply(state, state.selectedMission(),
        event.modifiers() & Qt::ShiftModifier ? Edit::End : Edit::Move, step);
    return true;
}

} // namespace ed::MissionDateEdit
