#include "sync/SyncMerge.h"

#include <QTest>

using namespace ed;
using namespace ed::sync;

namespace {

const QString kBaseHlc = QStringLiteral("1795334400000:00000:server-side");
const QString kEarly = QStringLiteral("1795334300000:00000:client-b");
const QString kLate = QStringLiteral("1795334500000:00000:client-b");

// The server's expert after version 7, written by client A.
ServerRow expertRow(bool deleted = false)
{
    ServerRow row;
    row.exists = true;
    row.version = 7;
    row.deleted = deleted;
    row.values = { { "name", "Amina Diallo" }, { "nationality", "SN" }, { "country", "SN" },
        { "email", "amina@example.org" }, { "sectors", QVariantList { "BME" } },
        { "status", "active" }, { "notes", "server notes" }, { "phone", "+221 33 123 4567" },
        { "passport_expiry", "2030-01-01" } };
    if (Schema::experts().field("text_language"))
        row.values.insert("text_language", "en");
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
        row.fieldHlc.insert(it.key(), kBaseHlc);
    return row;
}

Mutation mutation(MutationOp op, const QVariantMap &changes, qint64 base, const QString &hlc)
{
    Mutation m;
    m.mutationId = "m-1";
    m.clientSeq = 1;
    m.table = "experts";
    m.rowId = "e-1";
    m.op = op;
    m.baseVersion = base;
    m.hlc = hlc;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariantList pair = it.value().toList();
        m.changes.insert(it.key(), { pair.value(0), pair.value(1) });
    }
    return m;
}

QVariantList change(const QVariant &oldValue, const QVariant &newValue)
{
    return { oldValue, newValue };
}

} // namespace

class TestSyncMerge : public QObject {
    Q_OBJECT
private slots:
    void merge_data();
    void merge();
    void unknownRowUpdateBecomesBase();
    void unknownRowIncompleteIsRejected();
    void lwwTieBreaksOnClientId();
    void clampFutureHlc_data();
    void clampFutureHlc();
    void sameValue_data();
    void sameValue();
    void criticalFields();
};

void TestSyncMerge::merge_data()
{
    QTest::addColumn<bool>("serverDeleted");
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<qint64>("baseVersion");
    QTest::addColumn<QString>("hlc");
    QTest::addColumn<QStringList>("editors");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariantMap>("expected"); // stored values after the merge
    QTest::addColumn<bool>("deletedAfter");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<int>("losses");

    const int update = int(MutationOp::Update), remove = int(MutationOp::Delete);
    const QStringList none, byA { "client-a" }, byB { "client-b" };

    QTest::newRow("up to date: applied")
        << false << update << QVariantMap { { "notes", change("server notes", "mine") } }
        << qint64(7) << kLate << none << "applied" << QVariantMap { { "notes", "mine" } } << false
        << QStringList() << 0;
    QTest::newRow("only the other side changed another field: merged")
        << false << update
        << QVariantMap { { "phone", change("+221 33 123 4567", "+221 77 000 0000") } } << qint64(5)
        << kLate << byA << "merged"
        << QVariantMap { { "phone", "+221 77 000 0000" }, { "notes", "server notes" } } << false
        << QStringList() << 0;
    QTest::newRow("own earlier push is not concurrency")
        << false << update << QVariantMap { { "status", change("inactive", "suspended") } }
        << qint64(5) << kLate << byB << "applied" << QVariantMap { { "status", "suspended" } }
        << false << QStringList() << 0;
    QTest::newRow("same value on both sides: no-op")
        << false << update << QVariantMap { { "notes", change("old notes", "server notes") } }
        << qint64(5) << kLate << byA << "merged" << QVariantMap { { "notes", "server notes" } }
        << false << QStringList() << 0;
    QTest::newRow("low-stakes both changed, client later: client wins")
        << false << update << QVariantMap { { "notes", change("old notes", "client notes") } }
        << qint64(5) << kLate << byA << "merged" << QVariantMap { { "notes", "client notes" } }
        << false << QStringList() << 1;
    QTest::newRow("low-stakes both changed, client earlier: server wins")
        << false << update << QVariantMap { { "notes", change("old notes", "client notes") } }
        << qint64(5) << kEarly << byA << "merged" << QVariantMap { { "notes", "server notes" } }
        << false << QStringList() << 1;
    QTest::newRow("critical status both changed: conflict")
        << false << update << QVariantMap { { "status", change("inactive", "suspended") } }
        << qint64(5) << kLate << byA << "conflict" << QVariantMap { { "status", "active" } }
        << false << QStringList { "status" } << 0;
    QTest::newRow("date both changed: conflict")
        << false << update
        << QVariantMap { { "passport_expiry", change("2029-01-01", "2031-06-30") } } << qint64(5)
        << kLate << byA << "conflict" << QVariantMap { { "passport_expiry", "2030-01-01" } }
        << false << QStringList { "passport_expiry" } << 0;
    QTest::newRow("conflict on one field, merge of another")
        << false << update
        << QVariantMap { { "status", change("inactive", "suspended") },
               { "city", change(QVariant(), "Dakar") } }
        << qint64(5) << kLate << byA << "conflict"
        << QVariantMap { { "status", "active" }, { "city", "Dakar" } } << false
        << QStringList { "status" } << 0;
    QTest::newRow("delete, nobody else edited: tombstone")
        << false << remove << QVariantMap { { "deleted", change(false, true) } } << qint64(5)
        << kLate << byB << "applied" << QVariantMap { { "name", "Amina Diallo" } } << true
        << QStringList() << 0;
    QTest::newRow("delete vs edit: conflict, row kept")
        << false << remove << QVariantMap { { "deleted", change(false, true) } } << qint64(5)
        << kLate << byA << "conflict" << QVariantMap { { "name", "Amina Diallo" } } << false
        << QStringList { "deleted" } << 0;
    QTest::newRow("edit vs delete: conflict, tombstone kept")
        << true << update << QVariantMap { { "notes", change("server notes", "client notes") } }
        << qint64(5) << kLate << byA << "conflict" << QVariantMap { { "notes", "server notes" } }
        << true << QStringList { "deleted" } << 0;
    QTest::newRow("delete of a tombstone: no-op")
        << true << remove << QVariantMap { { "deleted", change(false, true) } } << qint64(5)
        << kLate << byA << "applied" << QVariantMap() << true << QStringList() << 0;
    QTest::newRow("restore of a tombstone")
        << true << update << QVariantMap { { "deleted", change(true, false) } } << qint64(7)
        << kLate << none << "applied" << QVariantMap() << false << QStringList() << 0;
    QTest::newRow("invalid e-mail: rejected")
        << false << update
        << QVariantMap { { "email", change("amina@example.org", "not-an-address") } } << qint64(7)
        << kLate << none << "rejected" << QVariantMap { { "email", "amina@example.org" } } << false
        << QStringList() << 0;
    QTest::newRow("unknown field: rejected")
        << false << update << QVariantMap { { "shoe_size", change(QVariant(), 44) } } << qint64(7)
        << kLate << none << "rejected" << QVariantMap() << false << QStringList() << 0;
    QTest::newRow("required field emptied: rejected")
        << false << update << QVariantMap { { "name", change("Amina Diallo", "") } } << qint64(7)
        << kLate << none << "rejected" << QVariantMap() << false << QStringList() << 0;
    QTest::newRow("integer given as text is normalised")
        << false << update << QVariantMap { { "years_experience", change(QVariant(), "12") } }
        << qint64(7) << kLate << none << "applied" << QVariantMap { { "years_experience", 12LL } }
        << false << QStringList() << 0;
}

void TestSyncMerge::merge()
{
    QFETCH(bool, serverDeleted);
    QFETCH(int, op);
    QFETCH(QVariantMap, changes);
    QFETCH(qint64, baseVersion);
    QFETCH(QString, hlc);
    QFETCH(QStringList, editors);
    QFETCH(QString, status);
    QFETCH(QVariantMap, expected);
    QFETCH(bool, deletedAfter);
    QFETCH(QStringList, conflicts);
    QFETCH(int, losses);

    const ServerRow current = expertRow(serverDeleted);
    const MergeOutcome outcome = SyncMerge::merge(Schema::experts(), current,
        mutation(MutationOp(op), changes, baseVersion, hlc), "client-b",
        QSet<QString>(editors.cbegin(), editors.cend()));
    QCOMPARE(statusName(outcome.status), status);
    if (outcome.status == MutationStatus::Rejected) {
        QVERIFY(!outcome.reason.isEmpty());
        QCOMPARE(outcome.error, QString(RejectCode::Invalid));
        return;
    }
    const ServerRow &stored = outcome.rowChanged ? outcome.row : current;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(
            SyncMerge::sameValue(stored.values.value(it.key()), it.value()), qPrintable(it.key()));
    QCOMPARE(stored.deleted, deletedAfter);
    QStringList conflictFields;
    for (const MergeConflict &c : outcome.conflicts)
        conflictFields << c.field;
    QCOMPARE(conflictFields, conflicts);
    QCOMPARE(outcome.losses.size(), losses);
    for (const MergeConflict &c : outcome.conflicts) {
        QCOMPARE(c.clientHlc, hlc);
        QVERIFY(!c.serverHlc.isEmpty() || c.field == "deleted");
    }
    // Every applied field carries the mutation's HLC; the others keep theirs.
    for (auto it = outcome.changed.cbegin(); it != outcome.changed.cend(); ++it)
        QCOMPARE(stored.fieldHlc.value(it.key()), hlc);
}

void TestSyncMerge::unknownRowUpdateBecomesBase()
{
    const QVariantMap changes { { "name", change("Old", "Karim Benali") },
        { "nationality", change("", "ma") }, { "country", change("", "MA") },
        { "email", change("", "karim@example.org") },
        { "sectors", change(QVariantList(), QVariantList { "it" }) } };
    const MergeOutcome outcome = SyncMerge::merge(Schema::experts(), ServerRow(),
        mutation(MutationOp::Update, changes, 3, kLate), "client-b", {});
    QCOMPARE(outcome.status, MutationStatus::Applied);
    QVERIFY(outcome.rowChanged);
    QCOMPARE(outcome.row.values.value("name").toString(), QString("Karim Benali"));
    QCOMPARE(outcome.row.values.value("nationality").toString(), QString("MA"));
    QCOMPARE(outcome.row.values.value("sectors").toList(), QVariantList { "IT" });
    // Defaults fill what the update did not carry, as an insert would.
    QCOMPARE(outcome.row.values.value("status").toString(), QString("active"));
}

void TestSyncMerge::unknownRowIncompleteIsRejected()
{
    const MergeOutcome outcome = SyncMerge::merge(Schema::experts(), ServerRow(),
        mutation(MutationOp::Update, { { "notes", change("a", "b") } }, 3, kLate), "client-b", {});
    QCOMPARE(outcome.status, MutationStatus::Rejected);
    QVERIFY(outcome.reason.contains("required"));
}

void TestSyncMerge::lwwTieBreaksOnClientId()
{
    ServerRow row = expertRow();
    row.fieldHlc["notes"] = "1795334400000:00003:client-a";
    const QVariantMap changes { { "notes", change("old", "client notes") } };
    // Same wall time and counter: the larger client id wins.
    MergeOutcome outcome = SyncMerge::merge(Schema::experts(), row,
        mutation(MutationOp::Update, changes, 5, "1795334400000:00003:client-b"), "client-b",
        { "client-a" });
    QCOMPARE(outcome.row.values.value("notes").toString(), QString("client notes"));
    outcome = SyncMerge::merge(Schema::experts(), row,
        mutation(MutationOp::Update, changes, 5, "1795334400000:00003:client-0"), "client-0",
        { "client-a" });
    QCOMPARE(outcome.row.values.value("notes").toString(), QString("server notes"));
    QVERIFY(outcome.losses.value(0).clientLost);
}

void TestSyncMerge::clampFutureHlc_data()
{
    QTest::addColumn<qint64>("wall");
    QTest::addColumn<qint64>("expected");
    const qint64 now = 1795334400000;
    QTest::newRow("past") << now - 5000 << now - 5000;
    QTest::newRow("59 s ahead") << now + 59000 << now + 59000;
    QTest::newRow("60 s ahead") << now + 60000 << now + 60000;
    QTest::newRow("a day ahead") << now + 86400000 << now + 60000;
}

void TestSyncMerge::clampFutureHlc()
{
    QFETCH(qint64, wall);
    QFETCH(qint64, expected);
    const Hlc clamped = SyncMerge::clamp(Hlc { wall, 4, "node" }, 1795334400000);
    QCOMPARE(clamped.wallMs, expected);
    QCOMPARE(clamped.counter, 4);
    QCOMPARE(clamped.node, QString("node"));
}

void TestSyncMerge::sameValue_data()
{
    QTest::addColumn<QVariant>("a");
    QTest::addColumn<QVariant>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("null and empty text") << QVariant() << QVariant(QString()) << true;
    QTest::newRow("null and empty list") << QVariant() << QVariant(QVariantList()) << true;
    QTest::newRow("int and double") << QVariant(3LL) << QVariant(3.0) << true;
    QTest::newRow("text differs") << QVariant("a") << QVariant("b") << false;
    QTest::newRow("empty and value") << QVariant() << QVariant("b") << false;
    QTest::newRow("equal lists")
        << QVariant(QVariantList { QVariantMap { { "code", "fr" }, { "level", 4LL } } })
        << QVariant(QVariantList { QVariantMap { { "code", "fr" }, { "level", 4.0 } } }) << true;
}

void TestSyncMerge::sameValue()
{
    QFETCH(QVariant, a);
    QFETCH(QVariant, b);
    QFETCH(bool, same);
    QCOMPARE(SyncMerge::sameValue(a, b), same);
}

void TestSyncMerge::criticalFields()
{
    QVERIFY(SyncMerge::isCritical(*Schema::missions().field("need_id")));
    QVERIFY(SyncMerge::isCritical(*Schema::missions().field("start")));
    QVERIFY(SyncMerge::isCritical(*Schema::needs().field("status")));
    QVERIFY(SyncMerge::isCritical(*Schema::experts().field("passport_expiry")));
    QVERIFY(!SyncMerge::isCritical(*Schema::experts().field("notes")));
    QVERIFY(!SyncMerge::isCritical(*Schema::experts().field("phone")));
    QVERIFY(!SyncMerge::isCritical(*Schema::needs().field("description")));
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
