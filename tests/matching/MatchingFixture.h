#pragma once

#include "matching/MatchingData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <memory>

// Builds matching snapshots from rows, without a database: a base need and expert that match,
// which each test bends with a few changes.
namespace MatchingFixture {

inline QString json(const QVariantList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact));
}

inline QDate today()
{
    return QDate(2026, 11, 22);
}

inline ed::ExpertRow baseExpert(const QString &id)
{
    ed::ExpertRow e;
    e.id = id;
    e.name = QStringLiteral("Expert %1").arg(id);
    e.status = "active";
    e.country = "SN";
    e.employer = "Hôpital Principal de Dakar";
    e.languages = R"([{"code":"en","level":3},{"code":"fr","level":4}])";
    e.sectors = R"(["BME","IT"])";
    e.skills = R"([{"name":"MRI maintenance","level":4,"years":9}])";
    e.equipment = R"([{"manufacturer":"Siemens","model":"Magnetom Aera","level":4,"years":5}])";
    e.unavailability = "[]";
    e.maxMissionsPerYear = 2;
    return e;
}

inline ed::NeedRow baseNeed(const QString &id)
{
    ed::NeedRow n;
    n.id = id;
    n.code = id.toUpper();
    n.title = "MRI scanner maintenance training";
    n.status = "accepted";
    n.institutionId = "inst-pk";
    n.sector = "BME";
    n.requiredSkills = R"([{"name":"MRI maintenance","level":2,"mandatory":true}])";
    n.hostLanguages = R"(["en","ur"])";
    n.manufacturer = "Siemens";
    n.model = "Magnetom Aera";
    n.expertsWanted = 1;
    n.windowStart = "2027-01-10";
    n.windowEnd = "2027-02-10";
    n.durationDays = 10;
    return n;
}

inline void addInstitutions(ed::MatchingData &data)
{
    data.addInstitution("inst-pk", "Aga Khan University Hospital", "PK");
    data.addInstitution("inst-sn", "Hôpital Principal de Dakar", "SN");
    data.addInstitution("inst-eg", "Cairo University", "EG");
}

// Small random instances for comparing the planner and the ranking with brute force. Words come
// from short lists so that needs compete for the same experts.
inline std::unique_ptr<ed::MatchingData> randomData(quint32 seed, int needs, int experts, int maxWanted)
{
    QRandomGenerator rng(seed);
    auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(list.size()))); };
    const QStringList skills = { "MRI maintenance", "CT calibration", "PLC programming", "Welding", "HVAC design" };
    const QStringList makers = { "Siemens", "GE", "Philips" };
    const QStringList models = { "A", "B" };
    const QStringList languages = { "en", "fr", "ar" };
    const QStringList sectors = { "BME", "IT", "HVAC" };
    const QStringList countries = { "PK", "SN", "EG", "ID", "MA" };
    auto data = std::make_unique<ed::MatchingData>(today());
    addInstitutions(*data);
    const QStringList institutions = { "inst-pk", "inst-sn", "inst-eg" };
    for (int i = 0; i < experts; ++i) {
        ed::ExpertRow e = baseExpert(QStringLiteral("e%1").arg(i, 3, 10, QLatin1Char('0')));
        e.status = rng.bounded(10) == 0 ? "inactive" : "active";
        e.country = pick(countries);
        e.employer = rng.bounded(8) == 0 ? "Cairo University" : "Somewhere else";
        QVariantList langs, sks, eq, sec, unav;
        for (int k = 0, n = 1 + int(rng.bounded(2)); k < n; ++k)
            langs << QVariantMap { { "code", pick(languages) }, { "level", 1 + int(rng.bounded(4)) } };
        for (int k = 0, n = int(rng.bounded(4)); k < n; ++k)
            sks << QVariantMap { { "name", pick(skills) }, { "level", 1 + int(rng.bounded(4)) } };
        if (rng.bounded(2))
            eq << QVariantMap { { "manufacturer", pick(makers) }, { "model", pick(models) }, { "level", 1 + int(rng.bounded(4)) } };
        sec << pick(sectors) << pick(sectors);
        if (rng.bounded(4) == 0) {
            const QDate start = QDate(2027, 1, 1).addDays(rng.bounded(60));
            unav << QVariantMap { { "start", start.toString(Qt::ISODate) },
                                  { "end", start.addDays(rng.bounded(20)).toString(Qt::ISODate) } };
        }
        e.languages = json(langs);
        e.skills = json(sks);
        e.equipment = json(eq);
        e.sectors = json(sec);
        e.unavailability = json(unav);
        e.maxMissionsPerYear = int(rng.bounded(4));
        data->addExpert(e);
    }
    for (int i = 0; i < needs; ++i) {
        ed::NeedRow n = baseNeed(QStringLiteral("n%1").arg(i));
        n.institutionId = pick(institutions);
        n.sector = pick(sectors);
        n.status = rng.bounded(8) == 0 ? "scheduled" : "accepted";
        QVariantList req, host;
        for (int k = 0, c = int(rng.bounded(3)); k < c; ++k)
            req << QVariantMap { { "name", pick(skills) }, { "level", 1 + int(rng.bounded(4)) },
                                 { "mandatory", rng.bounded(4) == 0 } };
        host << pick(languages);
        n.requiredSkills = json(req);
        n.hostLanguages = json(host);
        n.interpreter = rng.bounded(3) == 0;
        n.manufacturer = rng.bounded(2) ? pick(makers) : QString();
        n.model = rng.bounded(2) ? pick(models) : QString();
        n.expertsWanted = 1 + int(rng.bounded(quint32(maxWanted)));
        const QDate start = QDate(2027, 1, 1).addDays(rng.bounded(60));
        n.windowStart = start.toString(Qt::ISODate);
        n.windowEnd = start.addDays(rng.bounded(30)).toString(Qt::ISODate);
        n.durationDays = 1 + int(rng.bounded(15));
        data->addNeed(n);
    }
    for (int i = 0; i < experts / 2; ++i) {
        const QDate start = QDate(2026, 1, 1).addDays(rng.bounded(500));
        data->addMission({ QStringLiteral("m%1").arg(i), QStringLiteral("n%1").arg(rng.bounded(needs + 1)),
                           QStringLiteral("e%1").arg(rng.bounded(experts), 3, 10, QLatin1Char('0')),
                           start.toString(Qt::ISODate), start.addDays(rng.bounded(10)).toString(Qt::ISODate),
                           rng.bounded(5) == 0 ? "cancelled" : "confirmed" });
        data->addRating(QStringLiteral("e%1").arg(rng.bounded(experts), 3, 10, QLatin1Char('0')),
                        1 + int(rng.bounded(5)));
    }
    data->finalize();
    return data;
}

} // namespace MatchingFixture
