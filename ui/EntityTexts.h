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
// What an empty list says: nothing matches the search (or, with an empty search, the filters),
// and how to see more; or, with neither, that there is nothing yet and how to add some.
QString emptyList(const QString &table, const QString &search, bool filtered);
} // namespace EntityTexts

} // namespace ed
