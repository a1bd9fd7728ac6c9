// SqliteStatement binds values through SQLite's C API as QSqlQuery binds them: the same value
// stored both ways must come back with the same storage class and the same bytes.
#include "storage/SqliteStatement.h"

#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace ed;

class TestSqliteStatement : public QObject
{
    Q_OBJECT
private slots:
    void bindsAsQSqlQueryDoes_data();
    void bindsAsQSqlQueryDoes();
    void failureLeavesAMessage();
};

void TestSqliteStatement::bindsAsQSqlQueryDoes_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QVariant(QString::fromUtf8("Öztürk محمد \U0001F600"));
    QTest::newRow("empty text") << QVariant(QString(""));
    QTest::newRow("null text") << QVariant(QString());
    QTest::newRow("nothing") << QVariant();
    QTest::newRow("typed null") << QVariant(QMetaType(QMetaType::QString));
    QTest::newRow("int") << QVariant(-7);
    QTest::newRow("long long") << QVariant(qlonglong(1) << 40);
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("false") << QVariant(false);
    QTest::newRow("double") << QVariant(2.25);
    QTest::newRow("bytes") << QVariant(QByteArray("\x01\x02\xff", 3));
    QTest::newRow("date") << QVariant(QDate(2026, 12, 8));
}

void TestSqliteStatement::bindsAsQSqlQueryDoes()
{
    QFETCH(QVariant, value);
    TestDatabase t;
    QVERIFY(t.open());
    QSqlDatabase db = t.database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec("CREATE TEMP TABLE bound (how TEXT, value)"));
    QVERIFY(query.prepare("INSERT INTO bound VALUES ('qt', ?)"));
    query.addBindValue(value);
    QVERIFY(query.exec());
    SqliteStatement statement(SqliteStatement::handle(db), QStringLiteral("INSERT INTO bound VALUES ('c', ?)"));
    QVERIFY2(statement.isValid(), qPrintable(statement.error()));
    statement.bind(1, value);
    QVERIFY2(statement.exec(), qPrintable(statement.error()));
    QVERIFY(query.exec("SELECT typeof(value), quote(value) FROM bound ORDER BY how DESC"));
    QVERIFY(query.next());
    const QString qtType = query.value(0).toString(), qtValue = query.value(1).toString();
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), qtType);
    QCOMPARE(query.value(1).toString(), qtValue);
}

void TestSqliteStatement::failureLeavesAMessage()
{
    TestDatabase t;
    QVERIFY(t.open());
    SqliteStatement broken(SqliteStatement::handle(t.database->connection()), QStringLiteral("INSERT INTO nowhere VALUES (1)"));
    QVERIFY(!broken.isValid());
    QVERIFY(!broken.exec());
    QVERIFY(broken.error().contains("nowhere"));
    SqliteStatement twice(SqliteStatement::handle(t.database->connection()),
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('client_id', ?)"));
    twice.bindText(1, QStringLiteral("x"));
    QVERIFY(!twice.exec()); // the key is taken
    QVERIFY2(twice.error().contains("UNIQUE"), qPrintable(twice.error()));
    QVERIFY(!SqliteStatement::handle(QSqlDatabase()));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
