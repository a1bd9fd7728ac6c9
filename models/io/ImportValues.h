#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ed::ImportValues {

// How a form writes a date with numbers only: JotForm's default is month first (06-15-2024).
enum class DateOrder { MonthFirst, DayFirst };

// "Jun 12, 2024", "June 12 2024", "12 juin 2024", "06-15-2024", "15/06/2024" (day first when the
// first number cannot be a month, or with DayFirst), "2024-06-12", "2024-06-12 10:33:45" → the
// date. An invalid QDate when it is not a date; *impossible is set for "02-30-2024".
QDate parseDate(const QString &text, DateOrder order, bool *impossible = nullptr);

// A phone number as people write it — "0092 300 1234567", "+92 (0)300-123 45 67", Arabic-Indic
// digits, "Tel: …" — in the form the validator takes: "+" and the digits, grouped as written.
QString cleanPhone(const QString &text);

// The answers of a checkbox question in one cell: one per line, or comma or semicolon
// separated; empty pieces dropped.
QStringList splitAnswers(const QString &text);

// Whether the text is written in Arabic script (for the Arabic-name field and the text language).
bool isArabicScript(const QString &text);

// A checkbox or yes/no answer that says yes ("Yes", "Oui", "نعم", "I agree…", "TRUE", "1").
bool isYes(const QString &text);

} // namespace ed::ImportValues
