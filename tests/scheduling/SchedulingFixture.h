#pragma once

#include "TestDatabase.h"

#include "domain/Schema.h"

// One institution (host country chosen by the test), one need and one expert, written through the
// repository; missions are added per test.
struct SchedulingFixture
{
    TestDatabase db;
    QString institution, need, expert;

    bool open(const QString &country = QStringLiteral("PK"))
    {
        if (!db.open())
            return false;
        QVariantMap i = TestRecords::institution();
        i.insert(QStringLiteral("country"), country);
        institution = db.repository->insert(ed::Schema::institutions(), i).id;
        need = db.repository->insert(ed::Schema::needs(), TestRecords::need(institution)).id;
        QVariantMap e = TestRecords::expert();
        e.insert(QStringLiteral("passport_expiry"), QStringLiteral("2030-01-01"));
        expert = db.repository->insert(ed::Schema::experts(), e).id;
        return !institution.isEmpty() && !need.isEmpty() && !expert.isEmpty();
    }

    QString mission(const QString &start, const QString &end, const QString &status = QStringLiteral("draft"),
                    const QString &expertId = {})
    {
        QVariantMap values { { QStringLiteral("need_id"), need },
                             { QStringLiteral("expert_id"), expertId.isEmpty() ? expert : expertId },
                             { QStringLiteral("start"), start },
                             { QStringLiteral("end"), end },
                             { QStringLiteral("status"), status } };
        if (status == QLatin1String("cancelled"))
            values.insert(QStringLiteral("cancel_reason"), QStringLiteral("Host closed for renovation"));
        const ed::WriteResult result = db.repository->insert(ed::Schema::missions(), values);
        if (!result.ok())
            qWarning("mission refused: %s", qPrintable(result.message()));
        return result.id;
    }
};
