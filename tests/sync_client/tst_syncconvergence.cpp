// Convergence fuzz: replicas edit the same rows at random and sync in random order; afterwards
// every replica holds the same rows, versions and digests as the server.
#include "SyncTestKit.h"

#include <QRandomGenerator>

using namespace ed::sync;

class TestSyncConvergence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_tokens = { m_server.token("amina"), m_server.token("karim") };
    }
    void converges_data();
    void converges();

private:
    // One server for every seed: each seed's fresh replicas also pull the earlier seeds' rows,
    // which only makes the comparison larger.
    TestServerStore m_server;
    QStringList m_tokens;
};

void TestSyncConvergence::converges_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("replicas");
    const int seeds = qEnvironmentVariableIsSet("EXPERTDESK_FUZZ_SEEDS") ? qEnvironmentVariableIntValue("EXPERTDESK_FUZZ_SEEDS") : 20;
    for (int i = 0; i < seeds; ++i)
        QTest::addRow("seed %d", i) << quint32(1000 + i) << 3 + i % 3;
}

void TestSyncConvergence::converges()
{
    QFETCH(quint32, seed);
    QFETCH(int, replicas);
    TestServerStore &server = m_server;
    std::vector<std::unique_ptr<Replica>> copies;
    for (int i = 0; i < replicas; ++i) {
        copies.push_back(std::make_unique<Replica>());
        QVERIFY(copies.back()->open(server.url(), i % 2 ? "karim" : "amina", m_tokens.at(i % 2)));
    }
    QRandomGenerator random(seed);
    QStringList ids;
    const QStringList cities { "Karachi", "Lahore", "Dakar", "Rabat", "Tunis" };
    const QStringList types { "hospital", "university", "lab", "company" };
    for (int op = 0; op < 40; ++op) {
        Replica &r = *copies[random.bounded(replicas)];
        const int kind = random.bounded(10);
        // Rows this replica knows about (it may not have pulled the others yet).
        QStringList known;
        for (const QString &id : std::as_const(ids))
            if (!r.row("institutions", id).isEmpty() && !r.row("institutions", id).value("deleted").toBool())
                known << id;
        if (kind < 2 || known.isEmpty()) {
            const QString id = r.add("institutions", institution(QStringLiteral("Fuzz %1-%2").arg(seed).arg(op)));
            if (!id.isEmpty())
                ids << id;
        } else if (kind < 6) {
            const QString id = known.at(random.bounded(known.size()));
            QVariantMap change;
            switch (random.bounded(4)) {
            case 0: change = { { "city", cities.at(random.bounded(cities.size())) } }; break;
            case 1: change = { { "notes", QStringLiteral("note %1").arg(op) } }; break;
            case 2: change = { { "type", types.at(random.bounded(types.size())) } }; break;
            default: change = { { "name", QStringLiteral("Renamed %1").arg(op) } }; break;
            }
            r.update("institutions", id, change);
        } else if (kind < 7) {
            r.remove("institutions", known.at(random.bounded(known.size())));
        } else {
            const SyncReport report = r.sync();
            QVERIFY2(report.ok(), qPrintable(report.message));
        }
    }
    // Two rounds: the first sends everything, the second brings everyone's changes to everyone.
    for (int round = 0; round < 2; ++round)
        for (auto &r : copies) {
            const SyncReport report = r->sync();
            QVERIFY2(report.ok(), qPrintable(report.message));
        }
    const QJsonObject serverTables = server.digest().value("tables").toObject();
    const QString reference = copies.front()->dump();
    for (auto &r : copies) {
        QCOMPARE(r->outbox(), 0);
        QCOMPARE(r->dump(), reference);
        const auto digest = r->digest();
        for (auto it = digest.cbegin(); it != digest.cend(); ++it)
            QVERIFY2(it->endsWith(serverTables.value(it.key()).toObject().value("hash").toString()), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
