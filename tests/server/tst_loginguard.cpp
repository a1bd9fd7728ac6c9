// LoginGuard on an injected clock: when wrong passwords start to cost a wait, how it grows, its
// caps, and when it is forgotten.
#include "LoginGuard.h"
#include "domain/Clock.h"

#include <QTest>

using ed::server::LoginGuard;

class TestLoginGuard : public QObject {
    Q_OBJECT

private slots:
    void freeFailuresThenADoublingWait();
    void theNameWaitIsCappedTheAddressWaitGrowsFurther();
    void quietTimeAndSuccessForgive();
    void hashSlotsAreBounded();
};

void TestLoginGuard::freeFailuresThenADoublingWait()
{
    ed::ManualClock clock(1'000'000);
    LoginGuard guard(clock);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(guard.waitMs("amina", "10.0.0.1"), 0);
        guard.recordFailure("amina", "10.0.0.1");
    }
    QCOMPARE(guard.waitMs("amina", "10.0.0.1"), 0); // five wrong passwords cost nothing
    guard.recordFailure("amina", "10.0.0.1");
    QCOMPARE(guard.waitMs("amina", "10.0.0.2"), 1000); // sixth: 1 s, whatever the address
    clock.advance(400);
    QCOMPARE(guard.waitMs("AMINA", "10.0.0.2"), 600); // names compare without case
    clock.advance(600);
    QCOMPARE(guard.waitMs("amina", "10.0.0.2"), 0);
    guard.recordFailure("amina", "10.0.0.1");
    QCOMPARE(guard.waitMs("amina", "10.0.0.3"), 2000);
    clock.advance(2000);
    guard.recordFailure("amina", "10.0.0.1");
    QCOMPARE(guard.waitMs("amina", "10.0.0.3"), 4000);
    QCOMPARE(guard.waitMs("omar", "10.0.0.3"), 0); // another name from another address
}

void TestLoginGuard::theNameWaitIsCappedTheAddressWaitGrowsFurther()
{
    ed::ManualClock clock(1'000'000);
    LoginGuard guard(clock);
    for (int i = 0; i < 40; ++i)
        guard.recordFailure("amina", QByteArray("10.0.1.") + QByteArray::number(i)); // spread
    QCOMPARE(guard.waitMs("amina", "10.9.9.9"), 30'000); // the real user waits 30 s at most
    for (int i = 0; i < 40; ++i)
        guard.recordFailure(QStringLiteral("user%1").arg(i), "10.0.0.66"); // one address, many names
    QCOMPARE(guard.waitMs("fresh", "10.0.0.66"), 5 * 60'000);
}

void TestLoginGuard::quietTimeAndSuccessForgive()
{
    ed::ManualClock clock(1'000'000);
    LoginGuard guard(clock);
    for (int i = 0; i < 8; ++i)
        guard.recordFailure("amina", "10.0.0.1");
    QVERIFY(guard.waitMs("amina", "10.0.0.9") > 0);
    guard.recordSuccess("amina", "10.0.0.1");
    QCOMPARE(guard.waitMs("amina", "10.0.0.9"), 0);
    for (int i = 0; i < 12; ++i)
        guard.recordFailure(QStringLiteral("n%1").arg(i), "10.0.0.7");
    QVERIFY(guard.waitMs("x", "10.0.0.7") > 0);
    guard.recordSuccess("x", "10.0.0.7"); // signing in as oneself does not clear the address
    QVERIFY(guard.waitMs("x", "10.0.0.7") > 0);
    clock.advance(15 * 60'000);
    QCOMPARE(guard.waitMs("x", "10.0.0.7"), 0);
}

void TestLoginGuard::hashSlotsAreBounded()
{
    ed::ManualClock clock(0);
    LoginGuard::Policy policy;
    policy.concurrentHashes = 2;
    policy.waitingHashes = 0; // nobody may queue: a third check is refused at once
    LoginGuard guard(clock, policy);
    {
        const LoginGuard::HashSlot a = guard.acquireHashSlot();
        const LoginGuard::HashSlot b = guard.acquireHashSlot();
        QVERIFY(a.isValid());
        QVERIFY(b.isValid());
        QVERIFY(!guard.acquireHashSlot().isValid());
    }
    QVERIFY(guard.acquireHashSlot().isValid()); // released when they went out of scope
}

QTEST_GUILESS_MAIN(TestLoginGuard)
#include "tst_loginguard.moc"
