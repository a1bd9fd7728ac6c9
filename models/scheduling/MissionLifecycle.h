#pragma once

#include <QString>
#include <QStringList>

namespace ed {

// The mission status machine (DESIGN.md §2): draft → proposed → confirmed → travel_booked →
// in_progress → completed → evaluated, with postponed and cancelled on the side. RecordRepository
// consults it on every update of missions.status, so the GUI, the CLI and imports obey the same
// table; the change is logged in mission_status_log in the same savepoint.
namespace MissionLifecycle {

// Every status, in lifecycle order.
const QStringList &statuses();
// The statuses a mission in `status` may move to (empty for evaluated and cancelled).
QStringList allowedNext(const QString &status);
bool canTransition(const QString &from, const QString &to);
// Cancelled missions count for nothing: not in calendars' conflicts, not in double bookings.
bool isLive(const QString &status);
// Completed and evaluated missions are history: dates can no longer be moved to fix a conflict.
bool isFinished(const QString &status);
// The status's label in the UI language ("Travel booked").
QString label(const QString &status);

// Checks a change a user asked for. Besides the table, taking back the mission's latest logged
// change (lastFrom → lastTo, e.g. an undo) is allowed, so a mistaken click is not final.
// On refusal `message` (translated) names the statuses that are allowed.
bool checkChange(const QString &from, const QString &to, const QString &lastFrom, const QString &lastTo,
                 QString *message);

} // namespace MissionLifecycle
} // namespace ed
