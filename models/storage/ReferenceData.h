#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ed {

// The read-only reference tables (countries, sectors) held in memory: 57 + 19 rows that every
// view and validator asks about constantly.
class ReferenceData
{
public:
    struct Entry
    {
        QString code;
        QString nameEn, nameFr, nameAr;
        QString status; // countries: member | suspended
        QString name(const QString &language) const;
    };

    bool load(const QSqlDatabase &db, QString *error);

    const QList<Entry> &countries() const { return m_countries; }
    const QList<Entry> &sectors() const { return m_sectors; }
    // Languages with an ISO 639-1 code, names from iso-codes (generated at build time).
    const QList<Entry> &languages() const { return m_languages; }
    bool hasCountry(const QString &iso2) const { return m_countryIndex.contains(iso2); }
    bool hasSector(const QString &code) const { return m_sectorIndex.contains(code); }
    // Names in `language` ("en", "fr", "ar"); empty means the current UI language.
    QString countryName(const QString &iso2, const QString &language = {}) const;
    QString sectorName(const QString &code, const QString &language = {}) const;
    // The name of the language `code` ("fr") in `language`; the code itself when unknown.
    QString languageName(const QString &code, const QString &language = {}) const;

    static QString uiLanguage();

private:
    QList<Entry> m_countries, m_sectors, m_languages;
    QHash<QString, int> m_countryIndex, m_sectorIndex, m_languageIndex;
};

} // namespace ed
