#include "TestDatabase.h"

#include "storage/Migrations.h"
#include "storage/TranslationStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;

namespace {

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QStringList names;
    while (query.next())
        names << query.value(1).toString();
    return names;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

// A database as Expert Desk 0.1 left it: migration 1 only, with one record of each kind written
// the way the version-1 repository wrote them.
bool writeVersion1(const QString &path, QString *error)
{
    const QString name = QStringLiteral("version1");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery query(db);
        const Migration &first = migrations().constFirst();
        if (first.version != 1) {
            *error = QStringLiteral("the first migration is not version 1");
            return false;
        }
        for (const QString &statement : first.statements) {
            if (ok && !query.exec(statement)) {
                *error = query.lastError().text() + QLatin1String(" in ") + statement;
                ok = false;
            }
        }
        if (ok && first.afterStatements)
            ok = first.afterStatements(db, error);
        const QStringList rows = {
            QStringLiteral("INSERT INTO institutions (id, created_at, updated_at, name, type, country) VALUES "
                           "('inst-1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                           "'Université Cheikh Anta Diop', 'university', 'SN')"),
            QStringLiteral("INSERT INTO experts (id, created_at, updated_at, name, nationality, country, email, "
                           "sectors, bio) VALUES ('exp-1', '2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:00.000Z', 'Amina Diallo', 'SN', 'SN', 'amina@example.org', "
                           "'[\"BME\"]', 'Biomedical engineer, twelve years of MRI service.')"),
            QStringLiteral("INSERT INTO needs (id, created_at, updated_at, code, institution_id, sector, title, "
                           "service_type) VALUES ('need-1', '2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:00.000Z', 'N-2601-AAAAA', 'inst-1', 'BME', 'MRI maintenance', "
                           "'maintenance')"),
            QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, base_version, hlc, "
                           "created_at) VALUES ('m-1', 'experts', 'exp-1', 'insert', '{}', 0, 'h', 'now')"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : rows) {
            if (ok && !query.exec(statement)) {
                *error = query.lastError().text() + QLatin1String(" in ") + statement;
                ok = false;
            }
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestTranslationMigration : public QObject
{
    Q_OBJECT
private slots:
    void upgradesVersion1KeepingData();
    void upgradedDatabaseTakesTranslations();
    void freshDatabaseHasTheSameSchema_data();
    void freshDatabaseHasTheSameSchema();
};

void TestTranslationMigration::upgradesVersion1KeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QString error;
    QVERIFY2(writeVersion1(path, &error), qPrintable(error));

    Database database(path);
    QCOMPARE(database.open(&error), Database::Status::Ok);
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion()); // every later step applied too
    QSqlDatabase db = database.connection();
    for (const QString &table : { QStringLiteral("experts"), QStringLiteral("institutions"), QStringLiteral("needs") }) {
        QVERIFY2(columns(db, table).contains(QStringLiteral("text_language")), qPrintable(table));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), 1);
        // Existing records were written in English: the old forms were English only.
        QCOMPARE(scalar(db, QStringLiteral("SELECT text_language FROM %1").arg(table)).toString(),
                 QStringLiteral("en"));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT bio FROM experts WHERE id = 'exp-1'")).toString(),
             QStringLiteral("Biomedical engineer, twelve years of MRI service."));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM institutions WHERE id = 'inst-1'")).toString(),
             QStringLiteral("Université Cheikh Anta Diop"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM countries")).toInt(), 57); // not seeded twice
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);      // no schema edits pushed
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM translations")).toInt(), 0);
    // Full-text search still follows the upgraded rows.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM experts_fts WHERE experts_fts MATCH 'amina'")).toInt(), 1);

    const QStringList translationColumns = columns(db, QStringLiteral("translations"));
    for (const QString &column : Schema::systemColumns() + TranslationStore::spec().fieldNames())
        QVERIFY2(translationColumns.contains(column), qPrintable(column));
    QVERIFY(translationColumns.contains(QStringLiteral("rid")));
}

void TestTranslationMigration::upgradedDatabaseTakesTranslations()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QString error;
    QVERIFY2(writeVersion1(path, &error), qPrintable(error));
    Database database(path);
    QCOMPARE(database.open(&error), Database::Status::Ok);
    ReferenceData reference;
    QVERIFY2(reference.load(database.connection(), &error), qPrintable(error));
    ManualClock clock(1795334400000);
    RecordRepository repository(database, reference, clock, QStringLiteral("translator"));
    TranslationStore store(repository, clock);

    const WriteResult result = store.setTranslation(Schema::experts(), QStringLiteral("exp-1"), QStringLiteral("bio"),
                                                    QStringLiteral("fr"),
                                                    QStringLiteral("Ingénieure biomédicale, douze ans de maintenance IRM."));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.id, QStringLiteral("tr:experts:exp-1:bio:fr"));
    // The key is unique even for rows written around the store.
    QSqlQuery duplicate(database.connection());
    QVERIFY(!duplicate.exec(QStringLiteral(
            "INSERT INTO translations (id, created_at, updated_at, record_table, record_id, field, language, text) "
            "VALUES ('other', 'x', 'x', 'experts', 'exp-1', 'bio', 'fr', 'Autre')")));
}

void TestTranslationMigration::freshDatabaseHasTheSameSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : { "experts", "institutions", "needs", "translations" })
        QTest::newRow(table) << QString::fromLatin1(table);
}

// An upgraded database and a new one must not differ, or sync would see two schemas.
void TestTranslationMigration::freshDatabaseHasTheSameSchema()
{
    QFETCH(QString, table);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writeVersion1(dir.filePath(QStringLiteral("old.sqlite")), &error), qPrintable(error));
    Database upgraded(dir.filePath(QStringLiteral("old.sqlite")));
    Database fresh(dir.filePath(QStringLiteral("new.sqlite")));
    QCOMPARE(upgraded.open(&error), Database::Status::Ok);
    QCOMPARE(fresh.open(&error), Database::Status::Ok);
    QCOMPARE(columns(upgraded.connection(), table), columns(fresh.connection(), table));
    const QString indexes = QStringLiteral("SELECT group_concat(name || ':' || sql, '|') FROM "
                                           "(SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                           "tbl_name = '%1' ORDER BY name)").arg(table);
    QCOMPARE(scalar(upgraded.connection(), indexes), scalar(fresh.connection(), indexes));
}

QTEST_GUILESS_MAIN(TestTranslationMigration)
#include "tst_translationmigration.moc"
