// Demo experts: people from every member state and sector, with languages, skills, equipment and
// the periods they cannot travel.
#include "domain/Schema.h"
#include "io/DemoGenerator.h"

#include <algorithm>

namespace ed::demo {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QVariantList Generator::languages(int nationality, int residence)
{
    QVariantList list;
    QStringList codes;
    auto add = [&](const QString &code, int level) {
        if (codes.contains(code))
            return;
        codes << code;
        list << QVariantMap { { QStringLiteral("code"), code }, { QStringLiteral("level"), qBound(1, level, 4) } };
    };
    // "ar4 fr3 en2": the first is the mother tongue, the others are spoken more or less well
    const QStringList usual = text(countries()[size_t(nationality)].languages).split(QLatin1Char(' '));
    for (int i = 0; i < usual.size(); ++i) {
        const QString code = usual[i].left(usual[i].size() - 1);
        const int level = usual[i].right(1).toInt();
        if (i == 0)
            add(code, 4);
        else if (chance(0.85))
            add(code, level + between(-1, 1));
    }
    if (residence != nationality && chance(0.6)) {
        const QString first = text(countries()[size_t(residence)].languages).section(QLatin1Char(' '), 0, 0);
        add(first.left(first.size() - 1), between(1, 3));
    }
    if (chance(0.6))
        add(QStringLiteral("en"), between(1, 3));
    if (chance(0.08))
        add(QStringLiteral("fr"), between(1, 3));
    if (chance(0.08))
        add(QStringLiteral("ar"), between(1, 3));
    return list;
}

bool Generator::experts()
{
    m_expertsBySector.assign(sectors().size(), {});
    for (int i = 0; i < m_options.experts; ++i) {
        if (!expert(i))
            return false;
    }
    return true;
}

bool Generator::expert(int index)
{
    const int countryCount = int(countries().size());
    const int sectorCount = int(sectors().size());
    // the first 57 experts cover every country and the first 19 every sector
    const int nationality = index < countryCount ? index : weighted(m_countryWeights);
    const int sector = index < sectorCount ? index : weighted(m_sectorWeights);
    // a few live abroad, mostly in the Gulf and Malaysia where many engineers work
    static const std::vector<int> hubs = [] {
        std::vector<int> list;
        for (const char *code : { "AE", "SA", "KW", "QA", "MY", "TR" }) {
            for (size_t i = 0; i < countries().size(); ++i) {
                if (qstrcmp(countries()[i].iso2, code) == 0)
                    list.push_back(int(i));
            }
        }
        return list;
    }();
    const int residence = chance(0.1) ? any(hubs) : nationality;
    const Country &home = countries()[size_t(residence)];
    const City &city = any(home.cities);
    const Sector &s = sectors()[size_t(sector)];
    const bool female = chance(0.3);
    const PersonName name = personName(nationality, female);

    const int years = between(3, 35);
    static const std::vector<int> degreeWeights { 15, 30, 35, 20 };
    static const char *const degrees[] = { "diploma", "bachelor", "master", "phd" };
    const int degree = weighted(degreeWeights);

    // employer: often one of the demo institutions in the same country, else a plausible one
    QString employer, position;
    const std::vector<int> &local = m_institutionsByCountry[size_t(residence)];
    const bool academic = degree == 3 && chance(0.6);
    if (!local.empty() && chance(0.2))
        employer = m_institutions[size_t(any(local))].name;
    else
        employer = institutionName(academic ? 0 : 3, residence, text(city.name), sector);
    if (academic)
        position = text(any(academicPositions()));
    else
        position = text(any(seniority())).arg(text(s.profession));

    QVariantList sectorList { text(s.code) };
    for (int other : distinct(chance(0.45) ? between(1, 2) : 0, sectorCount)) {
        if (other != sector)
            sectorList << text(sectors()[size_t(other)].code);
    }

    QVariantList skills;
    for (int k : distinct(between(2, 4), int(s.skills.size())))
        skills << QVariantMap { { QStringLiteral("name"), text(s.skills[size_t(k)]) },
                                { QStringLiteral("level"), between(2, 4) },
                                { QStringLiteral("years"), between(1, years) } };
    for (int k = 1; k < sectorList.size(); ++k) {
        const Sector &other = sectors()[size_t(std::find_if(sectors().begin(), sectors().end(), [&](const Sector &x) {
                                            return sectorList[k].toString() == QLatin1String(x.code);
                                        }) - sectors().begin())];
        skills << QVariantMap { { QStringLiteral("name"), text(any(other.skills)) },
                                { QStringLiteral("level"), between(1, 3) },
                                { QStringLiteral("years"), between(1, qMax(1, years / 2)) } };
    }
    QVariantList equipment;
    for (int k : distinct(between(1, 3), int(s.equipment.size()))) {
        const Equipment &e = s.equipment[size_t(k)];
        equipment << QVariantMap { { QStringLiteral("manufacturer"), text(e.manufacturer) },
                                   { QStringLiteral("model"), text(e.model) },
                                   { QStringLiteral("level"), between(2, 4) },
                                   { QStringLiteral("years"), between(1, years) } };
    }

    ExpertInfo info;
    info.id = nextId();
    info.country = residence;
    const int statusRoll = pick(100);
    info.active = statusRoll < 88;
    info.maxMissions = weighted({ 0, 3, 5, 3, 1 });
    QVariantList unavailable;
    const int periods = weighted({ 45, 35, 20 });
    for (int p = 0; p < periods; ++p) {
        const QDate start = m_today.addDays(between(-60, 330));
        const QDate end = start.addDays(between(4, 45));
        info.busy.push_back({ start, end });
        unavailable << QVariantMap { { QStringLiteral("start"), iso(start) },
                                     { QStringLiteral("end"), iso(end) },
                                     { QStringLiteral("reason"), text(any(unavailabilityReasons())) } };
    }
    std::sort(unavailable.begin(), unavailable.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("start")).toString() < b.toMap().value(QStringLiteral("start")).toString();
    });

    QVariantMap record {
        { QStringLiteral("id"), info.id },
        { QStringLiteral("name"), name.full },
        { QStringLiteral("gender"), female ? QStringLiteral("female") : QStringLiteral("male") },
        { QStringLiteral("nationality"), text(countries()[size_t(nationality)].iso2) },
        { QStringLiteral("country"), text(home.iso2) },
        { QStringLiteral("city"), text(city.name) },
        { QStringLiteral("airport"), text(city.iata) },
        { QStringLiteral("email"), email(name, employer) },
        { QStringLiteral("phone"), phone(residence) },
        { QStringLiteral("employer"), employer },
        { QStringLiteral("position"), position },
        { QStringLiteral("degree"), text(degrees[degree]) },
        { QStringLiteral("years_experience"), years },
        { QStringLiteral("status"), statusRoll < 88 ? QStringLiteral("active")
                  : statusRoll < 96                 ? QStringLiteral("inactive")
                                                    : QStringLiteral("suspended") },
        { QStringLiteral("languages"), languages(nationality, residence) },
        { QStringLiteral("sectors"), sectorList },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("equipment"), equipment },
        { QStringLiteral("unavailability"), unavailable },
        { QStringLiteral("max_missions_per_year"), info.maxMissions },
        { QStringLiteral("passport_expiry"), iso(m_today.addDays(between(-90, 3600))) },
        { QStringLiteral("consent_date"), iso(m_today.addDays(-between(10, 1500))) },
        { QStringLiteral("bio"),
          QStringLiteral("%1 at %2 with %3 years of experience in %4, specialised in %5 and the %6 %7.")
                  .arg(position, employer)
                  .arg(years)
                  .arg(text(s.field).toLower(), skills.first().toMap().value(QStringLiteral("name")).toString(),
                       equipment.first().toMap().value(QStringLiteral("manufacturer")).toString(),
                       equipment.first().toMap().value(QStringLiteral("model")).toString()) },
    };
    if (!name.arabic.isEmpty())
        record.insert(QStringLiteral("name_ar"), name.arabic);
    if (chance(0.8))
        record.insert(QStringLiteral("source"), QStringLiteral("59%1").arg(m_rng.generate64() % 100000000000000000ULL, 17, 10, QLatin1Char('0')));
    if (!write(Schema::experts(), record))
        return false;
    m_expertsBySector[size_t(sector)].push_back(int(m_experts.size()));
    m_experts.push_back(std::move(info));
    return true;
}

} // namespace ed::demo
