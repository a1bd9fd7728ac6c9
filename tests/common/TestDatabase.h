#pragma once

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh, migrated database in a temporary folder, with a repository on a manual clock
// (2026-11-22T08:00:00Z) so stamps are predictable.
struct TestDatabase
{
    QTemporaryDir dir;
    ed::ManualClock clock { 1795334400000 };
    std::unique_ptr<ed::Database> database;
    ed::ReferenceData reference;
    std::unique_ptr<ed::RecordRepository> repository;

    bool open(QString *error = nullptr)
    {
        QString message;
        database = std::make_unique<ed::Database>(dir.filePath(QStringLiteral("test.sqlite")));
        if (database->open(&message) != ed::Database::Status::Ok || !reference.load(database->connection(), &message)) {
            if (error)
                *error = message;
            return false;
        }
        repository = std::make_unique<ed::RecordRepository>(*database, reference, clock, QStringLiteral("tester"));
        return true;
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};

// Minimal valid records, for tests that need one of each.
namespace TestRecords {
inline QVariantMap institution()
{
    return { { QStringLiteral("name"), QStringLiteral("Aga Khan University Hospital") },
             { QStringLiteral("type"), QStringLiteral("hospital") },
             { QStringLiteral("country"), QStringLiteral("PK") },
             { QStringLiteral("city"), QStringLiteral("Karachi") } };
}
inline QVariantMap expert()
{
    return { { QStringLiteral("name"), QStringLiteral("Amina Diallo") },
             { QStringLiteral("nationality"), QStringLiteral("SN") },
             { QStringLiteral("country"), QStringLiteral("SN") },
             { QStringLiteral("email"), QStringLiteral("amina.diallo@example.org") },
             { QStringLiteral("sectors"), QVariantList { QStringLiteral("BME") } },
             { QStringLiteral("skills"),
               QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("MRI maintenance") },
                                            { QStringLiteral("level"), 4 },
                                            { QStringLiteral("years"), 9 } } } },
             { QStringLiteral("equipment"),
               QVariantList { QVariantMap { { QStringLiteral("manufacturer"), QStringLiteral("Siemens") },
                                            { QStringLiteral("model"), QStringLiteral("Magnetom Aera") },
                                            { QStringLiteral("level"), 4 } } } },
             { QStringLiteral("languages"),
               QVariantList { QVariantMap { { QStringLiteral("code"), QStringLiteral("fr") },
                                            { QStringLiteral("level"), 4 } } } } };
}
inline QVariantMap need(const QString &institutionId)
{
    return { { QStringLiteral("institution_id"), institutionId },
             { QStringLiteral("sector"), QStringLiteral("BME") },
             { QStringLiteral("title"), QStringLiteral("MRI scanner maintenance training") },
             { QStringLiteral("service_type"), QStringLiteral("maintenance") },
             { QStringLiteral("window_start"), QStringLiteral("2027-01-10") },
             { QStringLiteral("window_end"), QStringLiteral("2027-02-10") },
             { QStringLiteral("duration_days"), 10 } };
}
} // namespace TestRecords
