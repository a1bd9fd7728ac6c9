#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace ed;

namespace {
// The schema as SQLite stores it, to compare before and after a second open.
QString schemaDump(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + query.value(1).toString() + query.value(2).toString();
    return rows.join(QLatin1Char('\n'));
}
} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatestVersion();
    void secondOpenChangesNothing();
    void newerDatabaseIsRefused();
    void walIsOn();
    void referenceDataFromIsoCodes();
    void everySchemaFieldIsAColumn();
};

void TestDatabase_::freshDatabaseReachesLatestVersion()
{
    TestDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    QCOMPARE(t.database->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QVERIFY(!t.database->clientId().isEmpty());
}

void TestDatabase_::secondOpenChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    QString before, clientId;
    {
        Database db(path);
        QString error;
        QCOMPARE(db.open(&error), Database::Status::Ok);
        before = schemaDump(db.connection());
        clientId = db.clientId();
    }
    Database again(path);
    QString error;
    QCOMPARE(again.open(&error), Database::Status::Ok);
    QCOMPARE(schemaDump(again.connection()), before);
    QCOMPARE(again.clientId(), clientId);
    QSqlQuery count(again.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM countries")) && count.next());
    QCOMPARE(count.value(0).toInt(), 57); // reference data not seeded twice
}

void TestDatabase_::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Database db(path);
        QString error;
        QCOMPARE(db.open(&error), Database::Status::Ok);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    Database newer(path);
    QString error;
    QCOMPARE(newer.open(&error), Database::Status::TooNew);
    QVERIFY2(error.contains(QString::number(Database::latestSchemaVersion() + 1)), qPrintable(error));
    QCOMPARE(newer.schemaVersion(), Database::latestSchemaVersion() + 1); // left as it was
}

void TestDatabase_::walIsOn()
{
    TestDatabase t;
    QVERIFY(t.open());
    QSqlQuery query(t.database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase_::referenceDataFromIsoCodes()
{
    TestDatabase t;
    QVERIFY(t.open());
    QCOMPARE(t.reference.countries().size(), 57);
    QCOMPARE(t.reference.sectors().size(), 19);
    QCOMPARE(t.reference.countryName(QStringLiteral("MA"), QStringLiteral("en")), QStringLiteral("Morocco"));
    QCOMPARE(t.reference.countryName(QStringLiteral("MA"), QStringLiteral("fr")), QStringLiteral("Maroc"));
    QCOMPARE(t.reference.countryName(QStringLiteral("MA"), QStringLiteral("ar")), QStringLiteral("المغرب"));
    QCOMPARE(t.reference.countryName(QStringLiteral("SN"), QStringLiteral("fr")), QStringLiteral("Sénégal"));
    QVERIFY(!t.reference.hasCountry(QStringLiteral("FR"))); // not an OIC member state
    // Short common names in all three languages, not the inverted or formal ISO forms.
    QCOMPARE(t.reference.countryName(QStringLiteral("IR"), QStringLiteral("fr")), QStringLiteral("Iran"));
    QCOMPARE(t.reference.countryName(QStringLiteral("IR"), QStringLiteral("ar")), QStringLiteral("إيران"));
    QCOMPARE(t.reference.countryName(QStringLiteral("SY"), QStringLiteral("fr")), QStringLiteral("Syrie"));
    QCOMPARE(t.reference.countryName(QStringLiteral("SY"), QStringLiteral("ar")), QStringLiteral("سوريا"));
    QCOMPARE(t.reference.countryName(QStringLiteral("PS"), QStringLiteral("en")), QStringLiteral("Palestine"));
    QCOMPARE(t.reference.countryName(QStringLiteral("PS"), QStringLiteral("fr")), QStringLiteral("Palestine"));
    QCOMPARE(t.reference.countryName(QStringLiteral("AF"), QStringLiteral("fr")), QStringLiteral("Afghanistan"));
    QCOMPARE(t.reference.countryName(QStringLiteral("NG"), QStringLiteral("fr")), QStringLiteral("Nigeria"));
    QCOMPARE(t.reference.countryName(QStringLiteral("SA"), QStringLiteral("ar")), QStringLiteral("السعودية"));
    const QRegularExpression formal(QStringLiteral("^(République|Republic|État|State|Sultanat|Islamic|الجمهورية|دولة)|, "));
    for (const ReferenceData::Entry &country : t.reference.countries()) {
        QVERIFY2(!country.nameAr.isEmpty() && country.nameAr != country.nameEn, qPrintable(country.code));
        QVERIFY(!country.nameFr.isEmpty());
        for (const QString &name : { country.nameEn, country.nameFr, country.nameAr })
            QVERIFY2(!name.contains(formal) && !name.contains(QChar(0x0651)), qPrintable(country.code + QLatin1Char(' ') + name));
    }
    QVERIFY(t.reference.languages().size() > 150);
    QCOMPARE(t.reference.languageName(QStringLiteral("fr"), QStringLiteral("en")), QStringLiteral("French"));
    QCOMPARE(t.reference.languageName(QStringLiteral("fr"), QStringLiteral("fr")), QStringLiteral("français"));
    QCOMPARE(t.reference.languageName(QStringLiteral("ar"), QStringLiteral("ar")), QStringLiteral("العربية"));
    QCOMPARE(t.reference.languageName(QStringLiteral("wo"), QStringLiteral("ar")), QStringLiteral("الولوفية")); // override
    QCOMPARE(t.reference.languageName(QStringLiteral("xx"), QStringLiteral("en")), QStringLiteral("xx"));
    QSqlQuery suspended(t.database->connection());
    QVERIFY(suspended.exec(QStringLiteral("SELECT status FROM countries WHERE iso2 = 'SY'")) && suspended.next());
    QCOMPARE(suspended.value(0).toString(), QStringLiteral("suspended"));
}

void TestDatabase_::everySchemaFieldIsAColumn()
{
    TestDatabase t;
    QVERIFY(t.open());
    for (const EntitySpec *spec : Schema::all()) {
        QSqlQuery query(t.database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(spec->table)));
        QStringList columns;
        while (query.next())
            columns << query.value(1).toString();
        for (const QString &name : spec->fieldNames() + Schema::systemColumns())
            QVERIFY2(columns.contains(name), qPrintable(spec->table + QLatin1Char('.') + name));
    }
}

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
