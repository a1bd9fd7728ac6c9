#pragma once

#include <QDate>
#include <QString>

namespace ed {

// The weekly rest days of a host country, so a mission is not planned to start on a day the host
// institution is closed (nobody meets the expert, the lab is locked).
namespace WeekendCalendar {

// Bit (1 << Qt::DayOfWeek) set for each weekend day of the country (ISO 3166-1 alpha-2).
// Countries not in the table rest on Saturday and Sunday.
int weekendDays(const QString &iso2);
bool isWeekend(const QString &iso2, const QDate &date);
// "Friday and Saturday" in the UI language.
QString describe(const QString &iso2);

} // namespace WeekendCalendar
} // namespace ed
