#pragma once

#include "TestDatabase.h"

#include <QFile>
#include <QStringList>

// Reading back what the exports wrote, without the code under test: an RFC 4180 parser and a
// database with a few experts whose fields exercise quoting, Arabic and filters.
namespace ExportFixture {

// Rows of fields; quoted fields may hold commas, doubled quotes and line breaks. Rows end in CRLF.
inline QList<QStringList> parseCsv(const QString &text, bool *crlfOnly)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\n') || i + 1 >= text.size()
                || text.at(i + 1) != QLatin1Char('\n'))
                *crlfOnly = false;
            if (c == QLatin1Char('\r'))
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

inline int fieldIndex(const ed::EntitySpec &spec, const QString &name)
{
    return int(spec.fieldNames().indexOf(name));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Experts {
    QString senegalId, arabicId, pakistanId;
};

inline QVariantMap expert(const QString &name, const QString &country, const QString &email)
{
    QVariantMap e = TestRecords::expert();
    e[QStringLiteral("name")] = name;
    e[QStringLiteral("country")] = country;
    e[QStringLiteral("nationality")] = country;
    e[QStringLiteral("email")] = email;
    return e;
}

// Three experts: two in Senegal (one with an Arabic name and a tricky note), one in Pakistan.
inline bool addExperts(TestDatabase &t, Experts *ids)
{
    QVariantMap senegal = expert(
        QStringLiteral("Amina Diallo"), QStringLiteral("SN"), QStringLiteral("amina@example.org"));
    senegal[QStringLiteral("notes")] = QStringLiteral("Line one, with \"quotes\"\r\nline two");
    senegal[QStringLiteral("consent_date")] = QStringLiteral("2026-05-01");
    senegal[QStringLiteral("years_experience")] = 12;
    QVariantMap arabic = expert(QStringLiteral("Fatima Zahra Ndiaye"), QStringLiteral("SN"),
        QStringLiteral("fatima@example.org"));
    arabic[QStringLiteral("name_ar")] = QStringLiteral("فاطمة الزهراء انجاي");
    arabic[QStringLiteral("consent_date")] = QStringLiteral("2026-02-14");
    QVariantMap pakistan = expert(
        QStringLiteral("Imran Qureshi"), QStringLiteral("PK"), QStringLiteral("imran@example.org"));
    pakistan[QStringLiteral("sectors")] = QVariantList { QStringLiteral("IT") };
    const auto a = t.repository->insert(ed::Schema::experts(), senegal);
    const auto b = t.repository->insert(ed::Schema::experts(), arabic);
    const auto c = t.repository->insert(ed::Schema::experts(), pakistan);
    if (!a.ok() || !b.ok() || !c.ok())
        return false;
    *ids = { a.id, b.id, c.id };
    return true;
}

} // namespace ExportFixture
