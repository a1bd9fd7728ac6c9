#pragma once

#include <QDate>
#include <QString>

namespace ed {

// What the dashboard and the programme report look at. The date range applies to what has a
// date: needs by the day they were submitted (created_at), missions by their planned start,
// evaluations and airfare through their mission's start. Experts have no date: the range does
// not narrow the roster. Sector and country apply everywhere (an expert is in a sector when it
// is any of theirs; a need's or mission's country is its (host) institution's).
struct DashboardFilter
{
    QDate from;      // inclusive
    QDate to;        // inclusive
    QString sector;  // sector code, empty for all
    QString country; // ISO alpha-2, empty for all
    QDate today;     // anchors "this year"; tests pass a fixed day

    // The default view: the 12 months up to and including this one, and the next 6.
    static DashboardFilter defaultRange(const QDate &today, int monthsBack = 12, int monthsAhead = 6);
    // First days of the months the range touches, oldest first (the missions-per-month axis).
    QList<QDate> months() const;
    bool operator==(const DashboardFilter &other) const;
    bool operator!=(const DashboardFilter &other) const { return !(*this == other); }
};

} // namespace ed
