#include "TestDatabase.h"

#include "domain/Schema.h"
#include "io/DemoData.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ed;

namespace {

const QDate kAnchor(2026, 11, 22);

DemoOptions options(int experts = 600, quint32 seed = 2026)
{
    DemoOptions o;
    o.experts = experts;
    o.seed = seed;
    o.today = kAnchor;
    return o;
}

QVariant scalar(const TestDatabase &t, const QString &sql)
{
    QSqlQuery query(t.database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed:" << sql;
        return {};
    }
    return query.value(0);
}

int count(const TestDatabase &t, const QString &sql)
{
    return scalar(t, sql).toInt();
}

// Every column of every synced table except field_hlc, whose HLCs name the replica.
QStringList dump(const TestDatabase &t)
{
    QStringList rows;
    for (const EntitySpec *spec : Schema::all()) {
        QSqlQuery query(t.database->connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(spec->table));
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList cells { spec->table };
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != QLatin1String("field_hlc"))
                    cells << record.fieldName(i) + QLatin1Char('=') + record.value(i).toString();
            }
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void coversEveryCountrySectorAndStatus();
    void datesAndStatusesAgree();
    void namesContactsAndVocabulary();
    void sameSeedSameData();
    void otherSeedOtherData();
    void cancelKeepsNothing();
    void tinyRosterStillWorks();

private:
    TestDatabase m_db;
};

void TestDemoData::initTestCase()
{
    QString error;
    QVERIFY2(m_db.open(&error), qPrintable(error));
    QVERIFY2(DemoData::generate(*m_db.repository, options(), nullptr, &error), qPrintable(error));
}

void TestDemoData::coversEveryCountrySectorAndStatus()
{
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM experts")), 600);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM institutions")), 60);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM needs")), 120);
    const int missions = count(m_db, QStringLiteral("SELECT count(*) FROM missions"));
    QVERIFY2(missions >= 80 && missions <= 180, qPrintable(QString::number(missions)));

    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT nationality) FROM experts")), 57);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT json_extract(sectors, '$[0]')) FROM experts")), 19);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT country) FROM institutions")), 57);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT type) FROM institutions")), 5);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT status) FROM needs")),
             Schema::needs().field(QStringLiteral("status"))->values.size());
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT service_type) FROM needs")), 5);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE status = 'active'")) > 480);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE status != 'active'")) > 0);
    // every row was written through the repository, with its outbox entry
    QCOMPARE(m_db.repository->outboxSize(),
             count(m_db, QStringLiteral("SELECT (SELECT count(*) FROM experts) + (SELECT count(*) FROM institutions) "
                                        "+ (SELECT count(*) FROM needs) + (SELECT count(*) FROM missions) "
                                        "+ (SELECT count(*) FROM evaluations)")));
    // the clock stored for the next session is the last one the batch used
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'hlc'")).toString(),
             scalar(m_db, QStringLiteral("SELECT max(hlc) FROM outbox")).toString());
}

void TestDemoData::datesAndStatusesAgree()
{
    const QString today = kAnchor.toString(Qt::ISODate);
    auto where = [&](const QString &condition) {
        return count(m_db, QStringLiteral("SELECT count(*) FROM missions WHERE ") + QString(condition).replace(QStringLiteral("@today"), QLatin1Char('\'') + today + QLatin1Char('\'')));
    };
    QVERIFY(where(QStringLiteral("\"end\" < @today")) > 0);
    QVERIFY(where(QStringLiteral("start > @today")) > 0);
    QCOMPARE(where(QStringLiteral("start < date(@today, '-366 days') OR start > date(@today, '+366 days')")), 0);
    // the past is done, the future is not
    QCOMPARE(where(QStringLiteral("\"end\" < @today AND status IN ('draft', 'proposed', 'confirmed', 'travel_booked', 'in_progress')")), 0);
    QCOMPARE(where(QStringLiteral("start > @today AND status IN ('in_progress', 'completed', 'evaluated')")), 0);
    QCOMPARE(where(QStringLiteral("status = 'in_progress' AND NOT (start <= @today AND \"end\" >= @today)")), 0);
    QCOMPARE(where(QStringLiteral("status = 'cancelled' AND coalesce(cancel_reason, '') = ''")), 0);
    QVERIFY(where(QStringLiteral("status = 'cancelled'")) > 0);
    QVERIFY(where(QStringLiteral("status = 'evaluated'")) > 0);
    QVERIFY(where(QStringLiteral("status IN ('draft', 'proposed', 'confirmed', 'travel_booked')")) > 0);
    // evaluations exist, and only for evaluated missions
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM evaluations")) > 0);
    QCOMPARE(where(QStringLiteral("status = 'evaluated' AND id NOT IN (SELECT mission_id FROM evaluations)")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM evaluations WHERE mission_id NOT IN "
                                        "(SELECT id FROM missions WHERE status = 'evaluated')")), 0);
    // missions sit inside their need's window, at the need's institution, abroad for the expert
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM missions m JOIN needs n ON n.id = m.need_id "
                                        "WHERE m.start < n.window_start OR m.\"end\" > n.window_end "
                                        "OR m.institution_id != n.institution_id")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM needs WHERE window_end < window_start")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM needs WHERE status IN ('received', 'screening', "
                                        "'accepted', 'rejected') AND id IN (SELECT need_id FROM missions)")), 0);
    const int abroad = count(m_db, QStringLiteral("SELECT count(*) FROM missions m JOIN experts e ON e.id = m.expert_id "
                                                  "JOIN institutions i ON i.id = m.institution_id WHERE e.country != i.country"));
    QVERIFY(abroad * 10 >= count(m_db, QStringLiteral("SELECT count(*) FROM missions")) * 9);
}

void TestDemoData::namesContactsAndVocabulary()
{
    // Arab-world experts carry their name in Arabic script, others need not
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE nationality IN ('SA', 'EG', 'MA', 'JO', 'AE') "
                                        "AND coalesce(name_ar, '') = ''")), 0);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE nationality IN ('SA', 'EG', 'MA')")) > 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE nationality IN ('TR', 'MY', 'SN', 'ID') "
                                        "AND name_ar IS NOT NULL")), 0);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE name LIKE '% bin %' OR name LIKE '% binti %'")) > 0);
    // languages come with levels and the primary sector's equipment has real makes
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE json_array_length(languages) = 0 "
                                        "OR json_array_length(skills) < 2 OR json_array_length(equipment) < 1")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM experts, json_each(experts.languages) "
                                        "WHERE json_extract(value, '$.level') NOT BETWEEN 1 AND 4")), 0);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts, json_each(experts.equipment) "
                                       "WHERE json_extract(value, '$.model') = 'Magnetom Aera'")) > 0);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts, json_each(experts.languages) "
                                       "WHERE json_extract(value, '$.code') = 'ar'")) > 0);
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts WHERE json_array_length(unavailability) > 0")) > 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM needs WHERE json_array_length(required_skills) = 0 "
                                        "OR json_array_length(host_languages) = 0")), 0);
    // full-text search finds experts by equipment
    QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM experts_fts WHERE experts_fts MATCH 'vestas'")) > 0);
    // codes are unique
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT code) FROM needs")), 120);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT code) = count(*) FROM missions")), 1);
}

void TestDemoData::sameSeedSameData()
{
    TestDatabase other;
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QVERIFY2(DemoData::generate(*other.repository, options(), nullptr, &error), qPrintable(error));
    const QStringList a = dump(m_db), b = dump(other);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a[i], b[i]);
}

void TestDemoData::otherSeedOtherData()
{
    TestDatabase other;
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QVERIFY2(DemoData::generate(*other.repository, options(600, 7), nullptr, &error), qPrintable(error));
    QVERIFY(dump(m_db) != dump(other));
}

void TestDemoData::cancelKeepsNothing()
{
    TestDatabase other;
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    int calls = 0;
    const bool ok = DemoData::generate(*other.repository, options(3000), [&](int done, int total) {
        ++calls;
        return done < total / 2; // the user cancels half-way
    }, &error);
    QVERIFY(!ok);
    QVERIFY(calls > 1);
    QVERIFY(!error.isEmpty());
    for (const EntitySpec *spec : Schema::all())
        QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM %1").arg(spec->table)), 0);
    QCOMPARE(other.repository->outboxSize(), 0);
    // the repository stays usable after the rollback
    QVERIFY(other.repository->insert(Schema::institutions(), TestRecords::institution()).ok());
}

void TestDemoData::tinyRosterStillWorks()
{
    TestDatabase other;
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QVERIFY2(DemoData::generate(*other.repository, options(5), nullptr, &error), qPrintable(error));
    QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM experts")), 5);
    QCOMPARE(count(other, QStringLiteral("SELECT count(DISTINCT status) FROM needs")), 10);
    QVERIFY(!DemoData::generate(*other.repository, options(0), nullptr, &error));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
