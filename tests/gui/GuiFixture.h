#pragma once

#include "TestDatabase.h"

#include "domain/Schema.h"

#include <QStringList>

// A small but varied data set written through the repository (the same path as the GUI), for
// model and widget tests that need records of every kind.
namespace GuiFixture {

inline QString checked(const ed::WriteResult &result)
{
    if (!result.ok())
        qFatal("fixture write refused: %s", qPrintable(result.message()));
    return result.id;
}

struct Ids
{
    QStringList institutions, experts, needs, missions;
};

inline Ids seed(ed::RecordRepository &repository, int expertCount = 24)
{
    using namespace ed;
    static const char *countries[] = { "SN", "PK", "EG", "MA", "TR", "MY", "ID", "NG", "JO", "TN", "DZ", "BD" };
    static const char *sectors[] = { "BME", "RE", "IT", "OG", "TEL", "AGR", "HVAC", "MFG" };
    static const char *first[] = { "Amina", "Omar", "Fatima", "Yusuf", "Aisha", "Ibrahim", "Zainab", "Khalid",
                                   "Mariam", "Hassan", "Nur", "Tariq" };
    static const char *last[] = { "Diallo", "Khan", "Hassan", "Benali", "Yilmaz", "Rahman", "Santoso", "Bello",
                                  "Haddad", "Trabelsi", "Mansour", "Chowdhury" };
    static const char *types[] = { "university", "hospital", "research_institute", "company", "lab" };
    static const char *languages[] = { "ar", "fr", "en", "tr", "ms" };
    Ids ids;
    for (int i = 0; i < 8; ++i) {
        const QVariantMap institution {
            { QStringLiteral("name"), QStringLiteral("%1 Institute of Technology %2").arg(QLatin1String(last[i]), QString::number(i + 1)) },
            { QStringLiteral("type"), QLatin1String(types[i % 5]) },
            { QStringLiteral("country"), QLatin1String(countries[i]) },
            { QStringLiteral("city"), QStringLiteral("City %1").arg(i + 1) },
            { QStringLiteral("focal_name"), QStringLiteral("%1 %2").arg(QLatin1String(first[i]), QLatin1String(last[(i + 3) % 12])) },
        };
        ids.institutions << checked(repository.insert(Schema::institutions(), institution));
    }
    for (int i = 0; i < expertCount; ++i) {
        QVariantMap expert {
            { QStringLiteral("name"), QStringLiteral("%1 %2").arg(QLatin1String(first[i % 12]), QLatin1String(last[(i * 5) % 12])) },
            { QStringLiteral("nationality"), QLatin1String(countries[i % 12]) },
            { QStringLiteral("country"), QLatin1String(countries[(i + 1) % 12]) },
            { QStringLiteral("email"), QStringLiteral("expert%1@example.org").arg(i) },
            { QStringLiteral("employer"), QStringLiteral("Company %1").arg(QChar(QLatin1Char('A' + i % 26))) },
            { QStringLiteral("years_experience"), 5 + i % 20 },
            { QStringLiteral("status"), i % 7 == 6 ? QStringLiteral("inactive") : QStringLiteral("active") },
            { QStringLiteral("sectors"), QVariantList { QLatin1String(sectors[i % 8]), QLatin1String(sectors[(i + 3) % 8]) } },
            { QStringLiteral("languages"),
              QVariantList { QVariantMap { { QStringLiteral("code"), QLatin1String(languages[i % 5]) }, { QStringLiteral("level"), 4 } },
                             QVariantMap { { QStringLiteral("code"), QStringLiteral("en") }, { QStringLiteral("level"), 1 + i % 4 } } } },
            { QStringLiteral("skills"),
              QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("Skill %1").arg(i % 6) },
                                           { QStringLiteral("level"), 1 + i % 4 }, { QStringLiteral("years"), i % 15 } } } },
        };
        ids.experts << checked(repository.insert(Schema::experts(), expert));
    }
    static const char *services[] = { "training", "maintenance", "calibration", "installation" };
    for (int i = 0; i < 10; ++i) {
        QVariantMap need = TestRecords::need(ids.institutions.at(i % 8));
        need.insert(QStringLiteral("sector"), QLatin1String(sectors[i % 8]));
        need.insert(QStringLiteral("title"), QStringLiteral("%1 of lab equipment, batch %2")
                                                     .arg(i % 2 ? QStringLiteral("Maintenance") : QStringLiteral("Training"))
                                                     .arg(i + 1));
        need.insert(QStringLiteral("service_type"), QLatin1String(services[i % 4]));
        need.insert(QStringLiteral("priority"), i % 3 ? QStringLiteral("normal") : QStringLiteral("high"));
        ids.needs << checked(repository.insert(Schema::needs(), need));
    }
    for (int i = 0; i < 6; ++i) {
        const QVariantMap mission {
            { QStringLiteral("need_id"), ids.needs.at(i) },
            { QStringLiteral("expert_id"), ids.experts.at(i * 2) },
            { QStringLiteral("start"), QStringLiteral("2027-0%1-10").arg(i + 1) },
            { QStringLiteral("end"), QStringLiteral("2027-0%1-20").arg(i + 1) },
            { QStringLiteral("status"), i % 2 ? QStringLiteral("confirmed") : QStringLiteral("proposed") },
        };
        ids.missions << checked(repository.insert(Schema::missions(), mission));
    }
    return ids;
}

} // namespace GuiFixture
