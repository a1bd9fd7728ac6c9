#include "SchedulingFixture.h"

#include "scheduling/MissionLifecycle.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ed;

class TestMissionLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void transitionTable_data();
    void transitionTable();
    void allowedNextMatchesTable();
    void repositoryRefusesInvalidChange();
    void cancellingNeedsReason();
    void statusChangeIsLoggedAtomically();
    void lastChangeCanBeTakenBack();
    void postponedReturns();
    void insideBatch();
};

// Written out independently of MissionLifecycle.cpp: a change to the rules must change both.
static const QSet<QString> kAllowed = {
    "draft>proposed",        "draft>cancelled",
    "proposed>confirmed",    "proposed>postponed",     "proposed>cancelled",
    "confirmed>travel_booked", "confirmed>postponed",  "confirmed>cancelled",
    "travel_booked>in_progress", "travel_booked>postponed", "travel_booked>cancelled",
    "in_progress>completed", "in_progress>cancelled",
    "completed>evaluated",
    "postponed>proposed",    "postponed>confirmed",    "postponed>cancelled",
};

void TestMissionLifecycle::transitionTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QStringList all = MissionLifecycle::statuses();
    QCOMPARE(all.size(), 9);
    for (const QString &from : all) {
        for (const QString &to : all) {
            const QString key = from + '>' + to;
            QTest::newRow(qPrintable(key)) << from << to << kAllowed.contains(key);
        }
    }
}

void TestMissionLifecycle::transitionTable()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(MissionLifecycle::canTransition(from, to), allowed);
}

void TestMissionLifecycle::allowedNextMatchesTable()
{
    QVERIFY(MissionLifecycle::allowedNext("evaluated").isEmpty());
    QVERIFY(MissionLifecycle::allowedNext("cancelled").isEmpty());
    QCOMPARE(MissionLifecycle::allowedNext("completed"), QStringList { "evaluated" });
    QVERIFY(!MissionLifecycle::canTransition("in_progress", "evaluated")); // only after completed
}

void TestMissionLifecycle::repositoryRefusesInvalidChange()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString id = f.mission("2027-01-12", "2027-01-20");
    const int outbox = f.db.repository->outboxSize();
    const WriteResult result = f.db.repository->update(Schema::missions(), id, { { "status", "completed" } });
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().field, QString("status"));
    QVERIFY2(result.message().contains("Proposed"), qPrintable(result.message()));
    QVERIFY2(result.message().contains("Cancelled"), qPrintable(result.message()));
    QCOMPARE(f.db.repository->outboxSize(), outbox);
    QCOMPARE(f.db.repository->get(Schema::missions(), id)->value("status").toString(), QString("draft"));
    QCOMPARE(f.db.repository->count(Schema::missionStatusLog()), 0);
}

void TestMissionLifecycle::cancellingNeedsReason()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString id = f.mission("2027-01-12", "2027-01-20", "proposed");
    QVERIFY(!f.db.repository->update(Schema::missions(), id, { { "status", "cancelled" } }).ok());
    const WriteResult ok = f.db.repository->update(
            Schema::missions(), id, { { "status", "cancelled" }, { "cancel_reason", "Visa refused" } });
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    const QList<QVariantMap> log = f.db.repository->list(Schema::missionStatusLog());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().value("reason").toString(), QString("Visa refused"));
    // Cancelled is final (except taking the change back, see lastChangeCanBeTakenBack).
    QVERIFY(!f.db.repository->update(Schema::missions(), id, { { "status", "confirmed" } }).ok());
}

void TestMissionLifecycle::statusChangeIsLoggedAtomically()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString id = f.mission("2027-01-12", "2027-01-20");
    QSignalSpy inserted(f.db.repository.get(), &RecordRepository::recordInserted);
    const int outbox = f.db.repository->outboxSize();
    QVERIFY(f.db.repository->update(Schema::missions(), id, { { "status", "proposed" } }).ok());
    QCOMPARE(f.db.repository->outboxSize(), outbox + 2); // the mission and its log row
    const QList<QVariantMap> log = f.db.repository->list(Schema::missionStatusLog());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().value("mission_id").toString(), id);
    QCOMPARE(log.first().value("from_status").toString(), QString("draft"));
    QCOMPARE(log.first().value("to_status").toString(), QString("proposed"));
    QCOMPARE(log.first().value("changed_by").toString(), QString("tester"));
    QCOMPARE(log.first().value("changed_at").toString(), QString("2026-11-22T08:00:00.000Z"));
    QCOMPARE(inserted.size(), 1);

    // A refused log write rolls the status back too: make the log table refuse inserts.
    QSqlQuery trigger(f.db.database->connection());
    QVERIFY(trigger.exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON mission_status_log "
                         "BEGIN SELECT RAISE(ABORT, 'log refused'); END"));
    const WriteResult refused = f.db.repository->update(Schema::missions(), id, { { "status", "confirmed" } });
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains("log refused"));
    QCOMPARE(f.db.repository->get(Schema::missions(), id)->value("status").toString(), QString("proposed"));
    QCOMPARE(f.db.repository->outboxSize(), outbox + 2);
    // Other edits are not affected.
    QVERIFY(f.db.repository->update(Schema::missions(), id, { { "notes", "visa in progress" } }).ok());
}

void TestMissionLifecycle::lastChangeCanBeTakenBack()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString id = f.mission("2027-01-12", "2027-01-20", "proposed");
    QVERIFY(f.db.repository->update(Schema::missions(), id, { { "status", "confirmed" } }).ok());
    // Undo: confirmed → proposed is the reverse of the latest change.
    const WriteResult back = f.db.repository->update(Schema::missions(), id, { { "status", "proposed" } });
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(f.db.repository->count(Schema::missionStatusLog()), 2);
    // But not two steps back, nor to a status it never had.
    QVERIFY(f.db.repository->update(Schema::missions(), id, { { "status", "confirmed" } }).ok());
    QVERIFY(f.db.repository->update(Schema::missions(), id, { { "status", "travel_booked" } }).ok());
    QVERIFY(!f.db.repository->update(Schema::missions(), id, { { "status", "proposed" } }).ok());
    QVERIFY(!f.db.repository->update(Schema::missions(), id, { { "status", "draft" } }).ok());
}

void TestMissionLifecycle::postponedReturns()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString id = f.mission("2027-01-12", "2027-01-20", "confirmed");
    for (const char *status : { "postponed", "confirmed", "travel_booked", "in_progress", "completed", "evaluated" }) {
        const WriteResult r = f.db.repository->update(Schema::missions(), id, { { "status", status } });
        QVERIFY2(r.ok(), qPrintable(QString(status) + ": " + r.message()));
    }
    QCOMPARE(f.db.repository->count(Schema::missionStatusLog()), 6);
}

void TestMissionLifecycle::insideBatch()
{
    SchedulingFixture f;
    QVERIFY(f.open());
    const QString a = f.mission("2027-01-12", "2027-01-20");
    {
        RecordRepository::Batch batch(*f.db.repository);
        QVERIFY(f.db.repository->update(Schema::missions(), a, { { "status", "proposed" } }).ok());
        QVERIFY(!f.db.repository->update(Schema::missions(), a, { { "status", "evaluated" } }).ok());
        QVERIFY(batch.commit());
    }
    QCOMPARE(f.db.repository->get(Schema::missions(), a)->value("status").toString(), QString("proposed"));
    QCOMPARE(f.db.repository->count(Schema::missionStatusLog()), 1);
}

QTEST_GUILESS_MAIN(TestMissionLifecycle)
#include "tst_missionlifecycle.moc"
