#pragma once

#include <QString>

namespace ed {

// Whole, translatable sentences per kind of record. Building "Search " + plural would not
// translate (gender, plural forms and word order differ in French and Arabic).
namespace EntityTexts {
QString title(const QString &table);             // "Experts"
QString searchPlaceholder(const QString &table); // "Search experts…"
QString count(const QString &table, int n);      // "1,234 experts"
QString exportTitle(const QString &table);       // "Export Experts"
QString deleteQuestion(const QString &table, const QString &name);
} // namespace EntityTexts

} // namespace ed
