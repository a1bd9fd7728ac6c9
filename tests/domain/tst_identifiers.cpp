#include "domain/Uuid.h"
#include "sync/Hlc.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ed;

class TestIdentifiers : public QObject
{
    Q_OBJECT
private slots:
    void uuidV7Layout();
    void uuidV7SortsByTime();
    void hlcTickIsMonotonic();
    void hlcObserveMovesPastRemote();
    void hlcTextRoundTripAndOrder();
};

void TestIdentifiers::uuidV7Layout()
{
    const QString id = uuidV7(1795334400000);
    static const QRegularExpression shape(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
    // The first 48 bits are the milliseconds.
    QCOMPARE(id.left(8) + id.mid(9, 4), QStringLiteral("%1").arg(1795334400000LL, 12, 16, QLatin1Char('0')));
}

void TestIdentifiers::uuidV7SortsByTime()
{
    QRandomGenerator rng(7);
    QString previous = uuidV7(1000, &rng);
    for (qint64 ms = 1001; ms < 1100; ++ms) {
        const QString next = uuidV7(ms, &rng);
        QVERIFY(previous < next);
        previous = next;
    }
    QVERIFY(uuidV7(5, &rng) != uuidV7(5, &rng));
}

void TestIdentifiers::hlcTickIsMonotonic()
{
    HlcClock clock(QStringLiteral("a"));
    const Hlc first = clock.tick(1000);
    const Hlc sameMs = clock.tick(1000);
    const Hlc clockWentBack = clock.tick(900);
    QVERIFY(first < sameMs);
    QVERIFY(sameMs < clockWentBack);
    QCOMPARE(clockWentBack.wallMs, 1000);
    QCOMPARE(clockWentBack.counter, 2);
}

void TestIdentifiers::hlcObserveMovesPastRemote()
{
    HlcClock clock(QStringLiteral("a"));
    clock.tick(1000);
    const Hlc remote { 5000, 3, QStringLiteral("b") };
    clock.observe(remote, 1200);
    const Hlc next = clock.tick(1300);
    QVERIFY(remote < next);
    QCOMPARE(next.wallMs, 5000);
}

void TestIdentifiers::hlcTextRoundTripAndOrder()
{
    const Hlc a { 1795334400000, 2, QStringLiteral("node") };
    const Hlc b { 1795334400000, 10, QStringLiteral("node") };
    QCOMPARE(Hlc::fromString(a.toString()).counter, 2);
    QCOMPARE(Hlc::fromString(a.toString()).node, QStringLiteral("node"));
    QVERIFY(a < b);
    QVERIFY(a.toString() < b.toString()); // text order is value order
    QCOMPARE(Hlc::fromString(a.toString()).wallMs, 1795334400000);
    QVERIFY(Hlc::fromString(QStringLiteral("1:2")).isNull());
    QVERIFY(Hlc::fromString(QStringLiteral("1:2:node:extra")).isNull());
    QVERIFY(Hlc::fromString(QString()).isNull());
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
