#include "ConflictDetector.h"

#include "MissionLifecycle.h"
#include "WeekendCalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace ed {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("ed", text, comment); // the context lupdate gives these free functions
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

void doubleBookings(const SchedulingData &data, QList<Conflict> *out)
{
    // `running` holds the indexes of this expert's missions whose end is not yet before the
    // current start; it stays as small as the deepest overlap.
    // SchedulingData loads them in this order already; sorting indexes keeps hand-built data safe.
    QList<int> order(data.missions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const MissionSlot &x = data.missions.at(a), &y = data.missions.at(b);
        return x.expertId != y.expertId ? x.expertId < y.expertId : x.start < y.start;
    });
    QList<int> running;
    QString expert;
    for (int i : std::as_const(order)) {
        const MissionSlot &m = data.missions.at(i);
        if (!MissionLifecycle::isLive(m.status))
            continue;
        if (m.expertId != expert) {
            expert = m.expertId;
            running.clear();
        }
        // Same-day end and start is an overlap (the expert cannot be in both places that day).
        running.erase(std::remove_if(running.begin(), running.end(),
                                     [&](int j) { return data.missions.at(j).end < m.start; }),
                      running.end());
        for (int j : std::as_const(running)) {
            const MissionSlot &other = data.missions.at(j);
            const QDate from = std::max(other.start, m.start);
            const QDate to = std::min(other.end, m.end);
            //: %1 and %2 are mission codes, %3 and %4 the first and last shared day
            const QString text = tr("The expert is on missions %1 and %2 at the same time, %3 to %4.")
                                         .arg(other.code, m.code, day(from), day(to));
            out->append({ ConflictKind::DoubleBooked, { other.id, m.id }, m.expertId, from, to, text });
        }
        running.append(i);
    }
}

void perMission(const SchedulingData &data, const MissionSlot &m, QList<Conflict> *out)
{
    const ExpertSlot expert = data.experts.value(m.expertId);
    for (const Period &p : expert.unavailability) {
        if (p.start > m.end)
            break; // sorted by start
        if (p.end < m.start)
            continue;
        const QString text = p.reason.isEmpty()
                ? tr("Mission %1 falls in a period the expert is unavailable, %2 to %3.")
                          .arg(m.code, day(p.start), day(p.end))
                //: %4 is the reason the expert gave, e.g. "conference"
                : tr("Mission %1 falls in a period the expert is unavailable, %2 to %3 (%4).")
                          .arg(m.code, day(p.start), day(p.end), p.reason);
        out->append({ ConflictKind::Unavailable, { m.id }, m.expertId, std::max(p.start, m.start),
                      std::min(p.end, m.end), text });
    }

    const NeedSlot need = data.needs.value(m.needId);
    const bool early = need.windowStart.isValid() && m.start < need.windowStart;
    const bool late = need.windowEnd.isValid() && m.end > need.windowEnd;
    if (early || late) {
        const QString window = need.windowStart.isValid() && need.windowEnd.isValid()
                ? tr("%1 to %2").arg(day(need.windowStart), day(need.windowEnd))
                : need.windowStart.isValid() ? tr("from %1").arg(day(need.windowStart))
                                             : tr("until %1").arg(day(need.windowEnd));
        out->append({ ConflictKind::OutsideWindow, { m.id }, m.expertId, m.start, m.end,
                      //: %2 describes the host's preferred dates, e.g. "10/01/2027 to 10/02/2027"
                      tr("Mission %1 is outside the dates the host prefers (%2).").arg(m.code, window) });
    }

    if (!ConflictDetector::passportValid(expert.passportExpiry, m.end)) {
        const QString text = expert.passportExpiry.isValid()
                //: %2 is the expiry date, %3 the number of months required after the mission
                ? tr("The expert's passport expires on %2, less than %3 months after mission %1 ends.")
                          .arg(m.code, day(expert.passportExpiry))
                          .arg(ConflictDetector::kPassportMonths)
                : tr("The expert's passport expiry date is not recorded; check it before mission %1.")
                          .arg(m.code);
        out->append({ ConflictKind::Passport, { m.id }, m.expertId, m.start, m.end, text });
    }

    if (!m.country.isEmpty() && WeekendCalendar::isWeekend(m.country, m.start)) {
        out->append({ ConflictKind::WeekendStart, { m.id }, m.expertId, m.start, m.start,
                      //: %2 is a weekday ("Friday"), %3 the host country's rest days ("Friday and Saturday")
                      tr("Mission %1 starts on a %2, a weekend day at the host (%3).")
                              .arg(m.code, QLocale().dayName(m.start.dayOfWeek()),
                                   WeekendCalendar::describe(m.country)) });
    }
}

} // namespace

QString Conflict::keyOf(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::DoubleBooked: return QStringLiteral("double_booked");
    case ConflictKind::Unavailable: return QStringLiteral("unavailable");
    case ConflictKind::OutsideWindow: return QStringLiteral("outside_window");
    case ConflictKind::Passport: return QStringLiteral("passport");
    case ConflictKind::WeekendStart: return QStringLiteral("weekend_start");
    }
    return {};
}

QString Conflict::kindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::DoubleBooked: return QCoreApplication::translate("ed::Conflict", "Double booking");
    case ConflictKind::Unavailable: return QCoreApplication::translate("ed::Conflict", "Expert unavailable");
    case ConflictKind::OutsideWindow: return QCoreApplication::translate("ed::Conflict", "Outside the preferred dates");
    case ConflictKind::Passport: return QCoreApplication::translate("ed::Conflict", "Passport validity");
    case ConflictKind::WeekendStart: return QCoreApplication::translate("ed::Conflict", "Starts on a weekend", "conflict kind");
    }
    return {};
}

bool ConflictDetector::passportValid(const QDate &expiry, const QDate &missionEnd)
{
    return expiry.isValid() && expiry >= missionEnd.addMonths(kPassportMonths);
}

QList<Conflict> ConflictDetector::detect(const SchedulingData &data)
{
    QList<Conflict> conflicts;
    doubleBookings(data, &conflicts);
    for (const MissionSlot &m : data.missions) {
        if (MissionLifecycle::isLive(m.status) && !MissionLifecycle::isFinished(m.status))
            perMission(data, m, &conflicts);
    }
    return conflicts;
}

QList<Conflict> ConflictDetector::forMission(const QList<Conflict> &all, const QString &missionId)
{
    QList<Conflict> mine;
    for (const Conflict &c : all) {
        if (c.missionIds.contains(missionId))
            mine << c;
    }
    return mine;
}

} // namespace ed
