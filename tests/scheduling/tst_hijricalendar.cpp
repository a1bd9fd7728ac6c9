#include "scheduling/HijriCalendar.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ed;

// Expected values come from the tabular Islamic civil calendar (epoch Friday 16 July 622 Julian,
// leap years where (14 + 11·year) mod 30 < 11), computed independently of Qt with the usual
// Julian-day formulas: jd = day + ⌈29.5·(month − 1)⌉ + 354·(year − 1) + ⌊(3 + 11·year) / 30⌋ + 1948439.5 − 1.
class TestHijriCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void conversions_data();
    void conversions();
    void formatsInLanguage();
    void setting();
};

void TestHijriCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("COMSTECH-test");
    QCoreApplication::setApplicationName("tst_scheduling_hijri");
    QSettings().clear();
}

void TestHijriCalendar::conversions_data()
{
    QTest::addColumn<QDate>("gregorian");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("1 Ramadan 1447") << QDate(2026, 2, 18) << 1447 << 9 << 1;
    QTest::newRow("day before Ramadan") << QDate(2026, 2, 17) << 1447 << 8 << 29;
    QTest::newRow("2026-11-22") << QDate(2026, 11, 22) << 1448 << 6 << 11;
    QTest::newRow("1 Shawwal 1447") << QDate(2026, 3, 20) << 1447 << 10 << 1;
    QTest::newRow("2024-01-01") << QDate(2024, 1, 1) << 1445 << 6 << 19;
    QTest::newRow("1 Ramadan 1446") << QDate(2025, 3, 1) << 1446 << 9 << 1;
}

void TestHijriCalendar::conversions()
{
    QFETCH(QDate, gregorian);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const QCalendar::YearMonthDay parts = HijriCalendar::calendar().partsFromDate(gregorian);
    QCOMPARE(parts.year, year);
    QCOMPARE(parts.month, month);
    QCOMPARE(parts.day, day);
    QCOMPARE(HijriCalendar::dayOfMonth(gregorian), day);
    QCOMPARE(HijriCalendar::calendar().dateFromParts(year, month, day), gregorian);
}

void TestHijriCalendar::formatsInLanguage()
{
    const QDate date(2026, 2, 18);
    const QString en = HijriCalendar::format(date, QLocale(QLocale::English));
    QVERIFY2(en.contains("Ramadan") && en.contains("1447") && en.startsWith("1 "), qPrintable(en));
    const QString ar = HijriCalendar::format(date, QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    QVERIFY2(ar.contains(QString::fromUtf8("رمضان")), qPrintable(ar));
    const QString fr = HijriCalendar::format(date, QLocale(QLocale::French));
    QVERIFY2(fr.contains("1447"), qPrintable(fr));
    QVERIFY(HijriCalendar::format(QDate()).isEmpty());
    QVERIFY2(HijriCalendar::monthTitle(date, QLocale(QLocale::English)).contains("Ramadan"),
             qPrintable(HijriCalendar::monthTitle(date, QLocale(QLocale::English))));
}

void TestHijriCalendar::setting()
{
    QSettings().remove(HijriCalendar::settingsKey());
    QVERIFY(HijriCalendar::showHijri("ar"));
    QVERIFY(!HijriCalendar::showHijri("en"));
    QVERIFY(!HijriCalendar::showHijri("fr"));
    HijriCalendar::setShowHijri(true);
    QVERIFY(HijriCalendar::showHijri("en"));
    HijriCalendar::setShowHijri(false);
    QVERIFY(!HijriCalendar::showHijri("ar"));
    QSettings().remove(HijriCalendar::settingsKey());
}

QTEST_GUILESS_MAIN(TestHijriCalendar)
#include "tst_hijricalendar.moc"
