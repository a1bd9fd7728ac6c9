#include "SchedulingFixture.h"

#include "scheduling/ConflictDetector.h"
#include "scheduling/WeekendCalendar.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ed;

namespace {

MissionSlot slot(const QString &id, const QString &expert, const char *start, const char *end,
                 const QString &status = QStringLiteral("confirmed"), const QString &country = QStringLiteral("PK"))
{
    MissionSlot m;
    m.id = id;
    m.code = id.toUpper();
    m.expertId = expert;
    m.needId = QStringLiteral("need");
    m.start = QDate::fromString(QLatin1String(start), Qt::ISODate);
    m.end = QDate::fromString(QLatin1String(end), Qt::ISODate);
    m.status = status;
    m.country = country;
    return m;
}

// Expert "e" with a passport valid long enough, so only the conflict under test shows.
SchedulingData dataWith(QList<MissionSlot> missions)
{
    SchedulingData data;
    data.missions = std::move(missions);
    for (const MissionSlot &m : std::as_const(data.missions))
        data.experts.insert(m.expertId, ExpertSlot { m.expertId, m.expertId, "PK", QDate(2035, 1, 1), {} });
    return data;
}

QList<Conflict> ofKind(const QList<Conflict> &all, ConflictKind kind)
{
    QList<Conflict> out;
    for (const Conflict &c : all) {
        if (c.kind == kind)
            out << c;
    }
    return out;
}

} // namespace

class TestConflictDetector : public QObject
{
    Q_OBJECT
private slots:
    void doubleBooking_data();
    void doubleBooking();
    void doubleBookingReportsEveryPair();
    void unavailability_data();
    void unavailability();
    void outsideWindow_data();
    void outsideWindow();
    void passport_data();
    void passport();
    void weekendByCountry_data();
    void weekendByCountry();
    void finishedMissionsOnlyDoubleBook();
    void fromDatabase();
    void tenThousandMissions();
};

void TestConflictDetector::doubleBooking_data()
{
    QTest::addColumn<QString>("aStart");
    QTest::addColumn<QString>("aEnd");
    QTest::addColumn<QString>("bStart");
    QTest::addColumn<QString>("bEnd");
    QTest::addColumn<QString>("bStatus");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QString>("overlapStart");
    QTest::addColumn<QString>("overlapEnd");
    // Mondays are used so no weekend conflict joins in.
    QTest::newRow("overlap") << "2027-01-04" << "2027-01-14" << "2027-01-11" << "2027-01-20" << "confirmed" << true << "2027-01-11" << "2027-01-14";
    QTest::newRow("touching same day") << "2027-01-04" << "2027-01-11" << "2027-01-11" << "2027-01-20" << "confirmed" << true << "2027-01-11" << "2027-01-11";
    QTest::newRow("next day") << "2027-01-04" << "2027-01-10" << "2027-01-11" << "2027-01-20" << "confirmed" << false << "" << "";
    QTest::newRow("one-day inside") << "2027-01-04" << "2027-01-14" << "2027-01-12" << "2027-01-12" << "confirmed" << true << "2027-01-12" << "2027-01-12";
    QTest::newRow("two one-day same day") << "2027-01-12" << "2027-01-12" << "2027-01-12" << "2027-01-12" << "draft" << true << "2027-01-12" << "2027-01-12";
    QTest::newRow("cancelled ignored") << "2027-01-04" << "2027-01-14" << "2027-01-11" << "2027-01-20" << "cancelled" << false << "" << "";
    QTest::newRow("contained") << "2027-01-04" << "2027-01-30" << "2027-01-11" << "2027-01-13" << "proposed" << true << "2027-01-11" << "2027-01-13";
}

void TestConflictDetector::doubleBooking()
{
    QFETCH(QString, aStart);
    QFETCH(QString, aEnd);
    QFETCH(QString, bStart);
    QFETCH(QString, bEnd);
    QFETCH(QString, bStatus);
    QFETCH(bool, conflict);
    QFETCH(QString, overlapStart);
    QFETCH(QString, overlapEnd);
    // b is listed first: the detector must not rely on the input order.
    const SchedulingData data = dataWith({ slot("b", "e", qPrintable(bStart), qPrintable(bEnd), bStatus),
                                           slot("a", "e", qPrintable(aStart), qPrintable(aEnd)),
                                           slot("other", "f", qPrintable(aStart), qPrintable(aEnd)) });
    const QList<Conflict> found = ofKind(ConflictDetector::detect(data), ConflictKind::DoubleBooked);
    QCOMPARE(found.size(), conflict ? 1 : 0);
    if (conflict) {
        QCOMPARE(QSet<QString>(found.first().missionIds.begin(), found.first().missionIds.end()), (QSet<QString> { "a", "b" }));
        QCOMPARE(found.first().expertId, QString("e"));
        QCOMPARE(found.first().start, QDate::fromString(overlapStart, Qt::ISODate));
        QCOMPARE(found.first().end, QDate::fromString(overlapEnd, Qt::ISODate));
        QVERIFY(found.first().description.contains("A"));
        QCOMPARE(found.first().kindKey(), QString("double_booked"));
    }
}

void TestConflictDetector::doubleBookingReportsEveryPair()
{
    // A long mission overlapping two short ones that do not overlap each other: two conflicts.
    const SchedulingData data = dataWith({ slot("long", "e", "2027-01-04", "2027-01-30"),
                                           slot("s1", "e", "2027-01-05", "2027-01-06"),
                                           slot("s2", "e", "2027-01-19", "2027-01-20") });
    QCOMPARE(ofKind(ConflictDetector::detect(data), ConflictKind::DoubleBooked).size(), 2);
}

void TestConflictDetector::unavailability_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("inside") << "2027-01-12" << "2027-01-13" << true;
    QTest::newRow("touches first day") << "2027-01-01" << "2027-01-11" << true;
    QTest::newRow("touches last day") << "2027-01-15" << "2027-01-31" << true;
    QTest::newRow("day before") << "2027-01-01" << "2027-01-10" << false;
    QTest::newRow("day after") << "2027-01-16" << "2027-01-31" << false;
}

void TestConflictDetector::unavailability()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, conflict);
    SchedulingData data = dataWith({ slot("a", "e", "2027-01-11", "2027-01-15") });
    data.experts["e"].unavailability << Period { QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate), "conference" };
    const QList<Conflict> found = ofKind(ConflictDetector::detect(data), ConflictKind::Unavailable);
    QCOMPARE(found.size(), conflict ? 1 : 0);
    if (conflict)
        QVERIFY(found.first().description.contains("conference"));
}

void TestConflictDetector::outsideWindow_data()
{
    QTest::addColumn<QString>("windowStart");
    QTest::addColumn<QString>("windowEnd");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("inside") << "2027-01-01" << "2027-01-31" << false;
    QTest::newRow("exactly the window") << "2027-01-11" << "2027-01-15" << false;
    QTest::newRow("starts early") << "2027-01-12" << "2027-01-31" << true;
    QTest::newRow("ends late") << "2027-01-01" << "2027-01-14" << true;
    QTest::newRow("no window") << "" << "" << false;
    QTest::newRow("open end") << "2027-01-12" << "" << true;
}

void TestConflictDetector::outsideWindow()
{
    QFETCH(QString, windowStart);
    QFETCH(QString, windowEnd);
    QFETCH(bool, conflict);
    SchedulingData data = dataWith({ slot("a", "e", "2027-01-11", "2027-01-15") });
    data.needs.insert("need", NeedSlot { QDate::fromString(windowStart, Qt::ISODate), QDate::fromString(windowEnd, Qt::ISODate) });
    QCOMPARE(ofKind(ConflictDetector::detect(data), ConflictKind::OutsideWindow).size(), conflict ? 1 : 0);
}

void TestConflictDetector::passport_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<bool>("conflict");
    // The mission ends 2027-01-15: the passport must be valid until 2027-07-15 at least.
    QTest::newRow("exactly six months") << "2027-07-15" << false;
    QTest::newRow("a day short") << "2027-07-14" << true;
    QTest::newRow("long valid") << "2031-01-01" << false;
    QTest::newRow("expired") << "2026-01-01" << true;
    QTest::newRow("missing") << "" << true;
}

void TestConflictDetector::passport()
{
    QFETCH(QString, expiry);
    QFETCH(bool, conflict);
    SchedulingData data = dataWith({ slot("a", "e", "2027-01-11", "2027-01-15") });
    data.experts["e"].passportExpiry = QDate::fromString(expiry, Qt::ISODate);
    const QList<Conflict> found = ofKind(ConflictDetector::detect(data), ConflictKind::Passport);
    QCOMPARE(found.size(), conflict ? 1 : 0);
    QCOMPARE(ConflictDetector::passportValid(QDate::fromString(expiry, Qt::ISODate), QDate(2027, 1, 15)), !conflict);
}

void TestConflictDetector::weekendByCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("conflict");
    // 2027-01-07 Thursday, 08 Friday, 09 Saturday, 10 Sunday, 11 Monday.
    QTest::newRow("SA Friday") << "SA" << "2027-01-08" << true;
    QTest::newRow("SA Saturday") << "SA" << "2027-01-09" << true;
    QTest::newRow("SA Sunday") << "SA" << "2027-01-10" << false;
    QTest::newRow("EG Friday") << "EG" << "2027-01-08" << true;
    QTest::newRow("BD Friday") << "BD" << "2027-01-08" << true;
    QTest::newRow("PK Friday") << "PK" << "2027-01-08" << false;
    QTest::newRow("PK Saturday") << "PK" << "2027-01-09" << true;
    QTest::newRow("MA Sunday") << "MA" << "2027-01-10" << true;
    QTest::newRow("TR Monday") << "TR" << "2027-01-11" << false;
    QTest::newRow("AF Thursday") << "AF" << "2027-01-07" << true;
    QTest::newRow("AF Saturday") << "AF" << "2027-01-09" << false;
    QTest::newRow("AE Saturday (since 2022)") << "AE" << "2027-01-09" << true;
    QTest::newRow("AE Friday (since 2022)") << "AE" << "2027-01-08" << false;
}

void TestConflictDetector::weekendByCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, start);
    QFETCH(bool, conflict);
    const QDate day = QDate::fromString(start, Qt::ISODate);
    QCOMPARE(WeekendCalendar::isWeekend(country, day), conflict);
    const SchedulingData data = dataWith({ slot("a", "e", qPrintable(start), "2027-01-20", "confirmed", country) });
    QCOMPARE(ofKind(ConflictDetector::detect(data), ConflictKind::WeekendStart).size(), conflict ? 1 : 0);
}

void TestConflictDetector::finishedMissionsOnlyDoubleBook()
{
    SchedulingData data = dataWith({ slot("done", "e", "2027-01-08", "2027-01-12", "completed", "SA"),
                                     slot("next", "e", "2027-01-12", "2027-01-14", "proposed") });
    data.experts["e"].passportExpiry = QDate();
    const QList<Conflict> all = ConflictDetector::detect(data);
    QCOMPARE(ofKind(all, ConflictKind::DoubleBooked).size(), 1);
    QCOMPARE(ofKind(all, ConflictKind::WeekendStart).size(), 0); // the completed one started on a Friday in SA
    QCOMPARE(ofKind(all, ConflictKind::Passport).size(), 1);      // only for the mission still ahead
    QCOMPARE(ConflictDetector::forMission(all, "done").size(), 1);
}

void TestConflictDetector::fromDatabase()
{
    SchedulingFixture f;
    QVERIFY(f.open("SA"));
    // need window 2027-01-10 … 2027-02-10; 2027-01-15 is a Friday.
    const QString a = f.mission("2027-01-11", "2027-01-14");
    const QString b = f.mission("2027-01-14", "2027-01-20");
    f.mission("2027-01-15", "2027-01-16", "cancelled");
    SchedulingData data;
    QString error;
    QVERIFY2(data.load(f.db.database->connection(), &error), qPrintable(error));
    QCOMPARE(data.missions.size(), 3);
    QCOMPARE(data.missions.first().country, QString("SA"));
    QCOMPARE(data.missions.first().expertName, QString("Amina Diallo"));
    const QList<Conflict> all = ConflictDetector::detect(data);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().kind, ConflictKind::DoubleBooked);
    QCOMPARE(all.first().missionIds, (QStringList { a, b }));
}

void TestConflictDetector::tenThousandMissions()
{
    // 1,000 experts × 10 back-to-back missions with one overlap each: linear work, 1,000 conflicts.
    QList<MissionSlot> missions;
    for (int e = 0; e < 1000; ++e) {
        QDate start(2027, 1, 4);
        for (int i = 0; i < 10; ++i) {
            MissionSlot m = slot(QString("m%1-%2").arg(e).arg(i), QString("e%1").arg(e), "2027-01-04", "2027-01-04");
            m.start = start;
            m.end = start.addDays(i == 0 ? 7 : 6); // the first overlaps the second by a day
            start = start.addDays(7);
            missions << m;
        }
    }
    const SchedulingData data = dataWith(missions);
    QElapsedTimer timer;
    timer.start();
    const QList<Conflict> found = ofKind(ConflictDetector::detect(data), ConflictKind::DoubleBooked);
    QCOMPARE(found.size(), 1000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestConflictDetector)
#include "tst_conflictdetector.moc"
