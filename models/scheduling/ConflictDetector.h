#pragma once

#include "SchedulingData.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ed {

enum class ConflictKind {
    DoubleBooked,     // two live missions of one expert share at least a day
    Unavailable,      // the mission overlaps one of the expert's unavailability periods
    OutsideWindow,    // the mission is not inside the need's preferred window
    Passport,         // passport unknown or valid less than 6 months after the mission ends
    WeekendStart,     // the mission starts on a rest day of the host country
};

struct Conflict
{
    ConflictKind kind;
    QStringList missionIds; // two for DoubleBooked, one otherwise
    QString expertId;
    QDate start, end;       // the days concerned (the overlap for double bookings)
    QString description;    // translated, names the dates

    QString kindKey() const { return keyOf(kind); } // "double_booked", … (CLI JSON)
    static QString keyOf(ConflictKind kind);
    static QString kindName(ConflictKind kind); // translated, for the list panel
};

// Finds scheduling conflicts in a snapshot. Missions arrive sorted by expert and start, so double
// bookings come from one sweep per expert that keeps only the missions still running — O(n log n)
// plus the overlaps themselves, never every pair. Cancelled missions are ignored; finished ones
// (completed, evaluated) only count for double bookings: their other problems can't be fixed.
class ConflictDetector
{
public:
    // The passport must stay valid this long after the mission ends (entry rules of most hosts).
    static constexpr int kPassportMonths = 6;

    static QList<Conflict> detect(const SchedulingData &data);
    // Conflicts of one mission, for tooltips (same rules, the other side of a double booking too).
    static QList<Conflict> forMission(const QList<Conflict> &all, const QString &missionId);
    // True when the passport is valid at least kPassportMonths after `missionEnd`.
    static bool passportValid(const QDate &expiry, const QDate &missionEnd);
};

} // namespace ed
