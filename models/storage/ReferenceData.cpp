#include "ReferenceData.h"

#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace ed {

QString ReferenceData::Entry::name(const QString &language) const
{
    const QString lang = language.isEmpty() ? uiLanguage() : language;
    if (lang == QLatin1String("fr"))
        return nameFr;
    if (lang == QLatin1String("ar"))
        return nameAr;
    return nameEn;
}

QString ReferenceData::uiLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Arabic:
        return QStringLiteral("ar");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

bool ReferenceData::load(const QSqlDatabase &db, QString *error)
{
    auto read = [&](const QString &sql, QList<Entry> *entries, QHash<QString, int> *index) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
        entries->clear();
        index->clear();
        while (query.next()) {
            index->insert(query.value(0).toString(), int(entries->size()));
            entries->append({ query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString() });
        }
        return true;
    };
    if (!read(QStringLiteral("SELECT iso2, name_en, name_fr, name_ar, status FROM countries ORDER BY name_en"),
              &m_countries, &m_countryIndex)
        || !read(QStringLiteral("SELECT code, name_en, name_fr, name_ar, '' FROM sectors ORDER BY position"),
                 &m_sectors, &m_sectorIndex))
        return false;
    // Languages are only looked up, never joined in SQL: they stay a resource, not a table.
    QFile languages(QStringLiteral(":/expertdesk/data/languages.tsv"));
    if (!languages.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("reference data languages.tsv is missing from this build");
        return false;
    }
    m_languages.clear();
    m_languageIndex.clear();
    while (!languages.atEnd()) {
        const QStringList cells = QString::fromUtf8(languages.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cells.size() != 4)
            continue;
        m_languageIndex.insert(cells.at(0), int(m_languages.size()));
        m_languages.append({ cells.at(0), cells.at(1), cells.at(2), cells.at(3), QString() });
    }
    return true;
}

QString ReferenceData::countryName(const QString &iso2, const QString &language) const
{
    const auto it = m_countryIndex.constFind(iso2);
    return it == m_countryIndex.constEnd() ? iso2 : m_countries.at(*it).name(language);
}

QString ReferenceData::languageName(const QString &code, const QString &language) const
{
    const auto it = m_languageIndex.constFind(code);
    return it == m_languageIndex.constEnd() ? code : m_languages.at(*it).name(language);
}

QString ReferenceData::sectorName(const QString &code, const QString &language) const
{
    const auto it = m_sectorIndex.constFind(code);
    return it == m_sectorIndex.constEnd() ? code : m_sectors.at(*it).name(language);
}

} // namespace ed
