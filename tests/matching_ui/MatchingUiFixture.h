#pragma once

#include "TestDatabase.h"

#include "domain/Schema.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QStandardPaths>

// A small database for the matching widgets: one host, five experts whose ranking for the MRI
// need is known (best > good > weak), one inactive and one without the mandatory skill, two open
// needs in different sectors and one that is not open.
struct MatchingUiFixture
{
    TestDatabase db;
    QString host;
    QString best, good, weak, inactive, noSkill;
    QString mriNeed, itNeed, closedNeed;

    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("expertdesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_matching_ui"));
    }

    static QString checked(const ed::WriteResult &result)
    {
        if (!result.ok())
            qFatal("fixture write refused: %s", qPrintable(result.message()));
        return result.id;
    }

    QString expert(const QString &name, int level, const QString &status, bool siemens, const QString &sector = QStringLiteral("BME"))
    {
        QVariantMap e = TestRecords::expert();
        e.insert(QStringLiteral("name"), name);
        e.insert(QStringLiteral("email"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.org"));
        e.insert(QStringLiteral("status"), status);
        e.insert(QStringLiteral("sectors"), QVariantList { sector });
        e.insert(QStringLiteral("languages"),
                 QVariantList { QVariantMap { { QStringLiteral("code"), QStringLiteral("en") }, { QStringLiteral("level"), 4 } } });
        e.insert(QStringLiteral("skills"),
                 level > 0 ? QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("MRI maintenance") },
                                                          { QStringLiteral("level"), level } } }
                           : QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("Networking") },
                                                          { QStringLiteral("level"), 4 } } });
        if (!siemens)
            e.insert(QStringLiteral("equipment"), QVariantList {});
        return checked(db.repository->insert(ed::Schema::experts(), e));
    }

    QString need(const QString &title, const QString &sector, const QString &status, int wanted, const QString &priority)
    {
        QVariantMap n = TestRecords::need(host);
        n.insert(QStringLiteral("title"), title);
        n.insert(QStringLiteral("sector"), sector);
        n.insert(QStringLiteral("status"), status);
        n.insert(QStringLiteral("priority"), priority);
        n.insert(QStringLiteral("experts_wanted"), wanted);
        n.insert(QStringLiteral("window_start"), QStringLiteral("2030-01-10"));
        n.insert(QStringLiteral("window_end"), QStringLiteral("2030-02-10"));
        n.insert(QStringLiteral("host_languages"), QVariantList { QStringLiteral("en") });
        n.insert(QStringLiteral("equipment_manufacturer"), QStringLiteral("Siemens"));
        n.insert(QStringLiteral("equipment_model"), QStringLiteral("Magnetom Aera"));
        if (sector == QLatin1String("BME"))
            n.insert(QStringLiteral("required_skills"),
                     QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("MRI maintenance") },
                                                  { QStringLiteral("level"), 2 },
                                                  { QStringLiteral("mandatory"), true } } });
        return checked(db.repository->insert(ed::Schema::needs(), n));
    }

    bool open()
    {
        if (!db.open())
            return false;
        host = checked(db.repository->insert(ed::Schema::institutions(), TestRecords::institution()));
        best = expert(QStringLiteral("Amina Best"), 4, QStringLiteral("active"), true);
        good = expert(QStringLiteral("Omar Good"), 3, QStringLiteral("active"), false);
        weak = expert(QStringLiteral("Yusuf Weak"), 2, QStringLiteral("active"), false, QStringLiteral("IT"));
        inactive = expert(QStringLiteral("Ines Inactive"), 4, QStringLiteral("inactive"), true);
        noSkill = expert(QStringLiteral("Nadia Noskill"), 0, QStringLiteral("active"), false, QStringLiteral("IT"));
        mriNeed = need(QStringLiteral("MRI scanner maintenance"), QStringLiteral("BME"), QStringLiteral("accepted"), 2,
                       QStringLiteral("high"));
        itNeed = need(QStringLiteral("Network training"), QStringLiteral("IT"), QStringLiteral("matching"), 1,
                      QStringLiteral("normal"));
        closedNeed = need(QStringLiteral("Old request"), QStringLiteral("BME"), QStringLiteral("received"), 1,
                          QStringLiteral("low"));
        return true;
    }

    QList<QVariantMap> missions() const { return db.repository->list(ed::Schema::missions()); }
};
