#pragma once

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>

namespace ed {

// Hijri dates beside Gregorian ones (DESIGN.md §7). The Islamic civil (tabular) calendar is
// arithmetic, so it never disagrees between machines; it may differ by a day from a sighting-
// based calendar such as Umm al-Qura, which the UI says in its tooltip.
namespace HijriCalendar {

QCalendar calendar();
// "1 Ramadan 1447" in the locale's language (month names from QLocale's CLDR data).
QString format(const QDate &date, const QLocale &locale = QLocale());
// Short form for narrow calendar cells: day and month only ("1 Ram.").
QString formatShort(const QDate &date, const QLocale &locale = QLocale());
// Month and year of the Hijri month a date falls in ("Ramadan 1447").
QString monthTitle(const QDate &date, const QLocale &locale = QLocale());
// Day of the Hijri month (1–30).
int dayOfMonth(const QDate &date);

// The "show Hijri dates" setting, QSettings key "calendar/hijri". Unset, it is on for Arabic and
// off for the other languages (`language` is the UI language, "ar", "fr", "en").
bool showHijri(const QString &language);
void setShowHijri(bool show);
QString settingsKey();

} // namespace HijriCalendar
} // namespace ed
