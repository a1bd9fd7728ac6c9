#include "TestDatabase.h"

#include "storage/TranslationStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ed;

namespace {

QVariant scalar(const TestDatabase &t, const QString &sql)
{
    QSqlQuery query(t.database->connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

// Everything a refused write could have touched.
QStringList snapshot(const TestDatabase &t)
{
    QStringList rows;
    for (const QString &sql : { QStringLiteral("SELECT id, deleted, text, source_text, updated_at FROM translations ORDER BY id"),
                                QStringLiteral("SELECT client_seq, table_name, row_id, op, changes FROM outbox ORDER BY client_seq"),
                                QStringLiteral("SELECT value FROM sync_state WHERE key = 'hlc'") }) {
        QSqlQuery query(t.database->connection());
        query.exec(sql);
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << query.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

const QString kFrenchBio = QStringLiteral("Ingénieure biomédicale, douze ans de maintenance IRM.");
const QString kArabicBio = QStringLiteral("مهندسة طبية حيوية، اثنا عشر عامًا في صيانة أجهزة الرنين المغناطيسي.");

} // namespace

class TestTranslationStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void setTranslationWritesRowAndOutbox();
    void rowAndOutboxFailTogether();
    void idIsDeterministic_data();
    void idIsDeterministic();
    void secondTranslationUpdatesTheSameRow();
    void refusalChangesNothing_data();
    void refusalChangesNothing();
    void outdatedAfterSourceChanges();
    void textInFallsBackToSource_data();
    void textInFallsBackToSource();
    void removedTranslationComesBackUnderItsId();
    void recordLanguageIsNeverATranslation();
    void schemaMarksTheTranslatableFields();

private:
    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<TranslationStore> store;
    QString institutionId, expertId, needId;
};

void TestTranslationStore::init()
{
    t = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(t->open(&error), qPrintable(error));
    store = std::make_unique<TranslationStore>(*t->repository, t->clock);
    institutionId = t->repository->insert(Schema::institutions(), TestRecords::institution()).id;
    QVariantMap expert = TestRecords::expert();
    expert.insert("bio", "Biomedical engineer, twelve years of MRI service.");
    expertId = t->repository->insert(Schema::experts(), expert).id;
    needId = t->repository->insert(Schema::needs(), TestRecords::need(institutionId)).id;
    QVERIFY(!institutionId.isEmpty() && !expertId.isEmpty() && !needId.isEmpty());
}

void TestTranslationStore::cleanup()
{
    store.reset();
    t.reset();
}

void TestTranslationStore::setTranslationWritesRowAndOutbox()
{
    const int outboxBefore = t->repository->outboxSize();
    t->clock.advance(60000);
    const WriteResult result = store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio);
    QVERIFY2(result.ok(), qPrintable(result.message()));

    const auto row = t->repository->get(TranslationStore::spec(), result.id);
    QVERIFY(row);
    QCOMPARE(row->value("record_table").toString(), QStringLiteral("experts"));
    QCOMPARE(row->value("record_id").toString(), expertId);
    QCOMPARE(row->value("field").toString(), QStringLiteral("bio"));
    QCOMPARE(row->value("language").toString(), QStringLiteral("fr"));
    QCOMPARE(row->value("text").toString(), kFrenchBio);
    QCOMPARE(row->value("translated_by").toString(), QStringLiteral("tester"));
    QCOMPARE(row->value("translated_at").toString(), QStringLiteral("2026-11-22T08:01:00.000Z"));
    QCOMPARE(row->value("source_text").toString(), QStringLiteral("Biomedical engineer, twelve years of MRI service."));

    QCOMPARE(t->repository->outboxSize(), outboxBefore + 1);
    QSqlQuery outbox(t->database->connection());
    QVERIFY(outbox.exec("SELECT table_name, row_id, op, changes FROM outbox ORDER BY client_seq DESC LIMIT 1"));
    QVERIFY(outbox.next());
    QCOMPARE(outbox.value(0).toString(), QStringLiteral("translations"));
    QCOMPARE(outbox.value(1).toString(), result.id);
    QCOMPARE(outbox.value(2).toString(), QStringLiteral("insert"));
    const QJsonObject changes = QJsonDocument::fromJson(outbox.value(3).toByteArray()).object();
    QCOMPARE(changes.value("text").toObject().value("new").toString(), kFrenchBio);
    QCOMPARE(changes.value("language").toObject().value("new").toString(), QStringLiteral("fr"));
}

// The row and its outbox entry are one transaction: when the outbox refuses, the row is gone too.
void TestTranslationStore::rowAndOutboxFailTogether()
{
    QSqlQuery trigger(t->database->connection());
    QVERIFY(trigger.exec("CREATE TEMP TRIGGER refuse_translations BEFORE INSERT ON outbox "
                         "WHEN new.table_name = 'translations' BEGIN SELECT RAISE(ABORT, 'outbox full'); END"));
    const QStringList before = snapshot(*t);
    const WriteResult result = store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains("outbox full"), qPrintable(result.message()));
    QCOMPARE(snapshot(*t), before);
    QCOMPARE(scalar(*t, "SELECT count(*) FROM translations").toInt(), 0);

    // Restoring a removed translation is two writes; a failure in the second undoes the first.
    QVERIFY(trigger.exec("DROP TRIGGER refuse_translations"));
    QVERIFY(store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio).ok());
    QVERIFY(store->removeTranslation(Schema::experts(), expertId, "bio", "fr").ok());
    QVERIFY(trigger.exec("CREATE TEMP TRIGGER refuse_text BEFORE INSERT ON outbox "
                         "WHEN new.table_name = 'translations' AND new.op = 'update' AND new.changes LIKE '%\"text\"%' "
                         "BEGIN SELECT RAISE(ABORT, 'outbox full'); END"));
    const QStringList removed = snapshot(*t);
    QVERIFY(!store->setTranslation(Schema::experts(), expertId, "bio", "fr", "Autre texte").ok());
    QCOMPARE(snapshot(*t), removed);
}

void TestTranslationStore::idIsDeterministic_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("language");
    QTest::newRow("expert bio in Arabic") << "experts" << "bio" << "ar";
    QTest::newRow("institution name in French") << "institutions" << "name" << "fr";
    QTest::newRow("need title in Arabic") << "needs" << "title" << "ar";
}

// Two replicas translating the same field offline must write the same row.
void TestTranslationStore::idIsDeterministic()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, language);
    const EntitySpec &spec = *Schema::find(table);
    const QString recordId = table == "experts" ? expertId : table == "needs" ? needId : institutionId;
    const QString expected = QStringLiteral("tr:%1:%2:%3:%4").arg(table, recordId, field, language);
    QCOMPARE(TranslationStore::translationId(table, recordId, field, language), expected);

    const WriteResult result = store->setTranslation(spec, recordId, field, language, "نص مترجم");
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.id, expected);

    // Another replica, with its own database and client id, makes the same id.
    TestDatabase other;
    QVERIFY(other.open());
    QVERIFY(other.database->clientId() != t->database->clientId());
    QVariantMap values = *t->repository->get(spec, recordId);
    for (const QString &column : Schema::systemColumns())
        values.remove(column);
    values.insert("id", recordId);
    if (table == "needs") {
        QVariantMap institution = TestRecords::institution();
        institution.insert("id", institutionId);
        QVERIFY(other.repository->insert(Schema::institutions(), institution).ok());
    }
    const WriteResult copied = other.repository->insert(spec, values);
    QVERIFY2(copied.ok(), qPrintable(copied.message()));
    TranslationStore otherStore(*other.repository, other.clock);
    QCOMPARE(otherStore.setTranslation(spec, recordId, field, language, "نص آخر").id, expected);
}

void TestTranslationStore::secondTranslationUpdatesTheSameRow()
{
    const WriteResult first = store->setTranslation(Schema::needs(), needId, "title", "fr", "Formation IRM");
    QVERIFY2(first.ok(), qPrintable(first.message()));
    t->clock.advance(1000);
    const WriteResult second = store->setTranslation(Schema::needs(), needId, "title", "fr",
                                                     "Formation à la maintenance IRM");
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second.id, first.id);
    QCOMPARE(scalar(*t, "SELECT count(*) FROM translations").toInt(), 1);
    QCOMPARE(scalar(*t, "SELECT op FROM outbox ORDER BY client_seq DESC LIMIT 1").toString(), QStringLiteral("update"));
    QCOMPARE(store->translationsFor(Schema::needs(), needId).value("title").value("fr").text,
             QStringLiteral("Formation à la maintenance IRM"));
}

void TestTranslationStore::refusalChangesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("record"); // "live", "deleted" or "missing"
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("field not translatable") << "experts" << "live" << "notes" << "fr" << "Notes" << "field";
    QTest::newRow("no such field") << "experts" << "live" << "motto" << "fr" << "Devise" << "field";
    QTest::newRow("entity without translatable fields") << "missions" << "missing" << "notes" << "fr" << "x" << "field";
    QTest::newRow("unknown language") << "experts" << "live" << "bio" << "de" << "Biografie" << "language";
    QTest::newRow("language code in capitals") << "experts" << "live" << "bio" << "FR" << "Bio" << "language";
    QTest::newRow("the record's own language") << "experts" << "live" << "bio" << "en" << "Bio" << "language";
    QTest::newRow("no such record") << "experts" << "missing" << "bio" << "fr" << "Bio" << "record_id";
    QTest::newRow("deleted record") << "experts" << "deleted" << "bio" << "fr" << "Bio" << "record_id";
    QTest::newRow("empty source") << "needs" << "live" << "description" << "fr" << "Description" << "field";
    QTest::newRow("empty translation") << "needs" << "live" << "title" << "fr" << "   " << "text";
}

void TestTranslationStore::refusalChangesNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, errorField);
    const EntitySpec &spec = *Schema::find(table);
    QString recordId = table == "experts" ? expertId : needId;
    if (record == "missing")
        recordId = "0190a1b2-0000-7000-8000-000000000000";
    if (record == "deleted")
        QVERIFY(t->repository->remove(spec, recordId).ok());
    const QStringList before = snapshot(*t);
    const WriteResult result = store->setTranslation(spec, recordId, field, language, text);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().field, errorField);
    QVERIFY(!result.errors.constFirst().message.isEmpty());
    QCOMPARE(snapshot(*t), before);
}

void TestTranslationStore::outdatedAfterSourceChanges()
{
    QVERIFY(store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio).ok());
    QVERIFY(store->setTranslation(Schema::experts(), expertId, "bio", "ar", kArabicBio).ok());
    auto translations = store->translationsFor(Schema::experts(), expertId);
    QCOMPARE(translations.value("bio").size(), 2);
    QVERIFY(!translations.value("bio").value("fr").outdated);
    QCOMPARE(translations.value("bio").value("ar").translatedBy, QStringLiteral("tester"));
    QCOMPARE(translations.value("bio").value("ar").translatedAt,
             QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));

    // A change elsewhere in the record leaves translations current.
    QVERIFY(t->repository->update(Schema::experts(), expertId, { { "phone", "+221 77 000 00 00" } }).ok());
    QVERIFY(!store->translationsFor(Schema::experts(), expertId).value("bio").value("fr").outdated);

    QVERIFY(t->repository->update(Schema::experts(), expertId,
                                  { { "bio", "Biomedical engineer, fourteen years of MRI and CT service." } }).ok());
    translations = store->translationsFor(Schema::experts(), expertId);
    QVERIFY(translations.value("bio").value("fr").outdated);
    QVERIFY(translations.value("bio").value("ar").outdated);
    const LocalizedText french = store->textIn(Schema::experts(), *t->repository->get(Schema::experts(), expertId),
                                               "bio", "fr");
    QVERIFY(french.translated);
    QVERIFY(french.outdated);
    QCOMPARE(french.text, kFrenchBio);

    // Translating again (even to the same words) confirms the translation against the new source.
    QVERIFY(store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio).ok());
    translations = store->translationsFor(Schema::experts(), expertId);
    QVERIFY(!translations.value("bio").value("fr").outdated);
    QVERIFY(translations.value("bio").value("ar").outdated);
}

void TestTranslationStore::textInFallsBackToSource_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("textLanguage");
    QTest::addColumn<bool>("translated");
    QTest::newRow("translated") << "fr" << "Formation IRM" << "fr" << true;
    QTest::newRow("not translated") << "ar" << "MRI scanner maintenance training" << "en" << false;
    QTest::newRow("the source language") << "en" << "MRI scanner maintenance training" << "en" << false;
    QTest::newRow("no language asked") << "" << "MRI scanner maintenance training" << "en" << false;
    QTest::newRow("unknown language") << "de" << "MRI scanner maintenance training" << "en" << false;
}

void TestTranslationStore::textInFallsBackToSource()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, textLanguage);
    QFETCH(bool, translated);
    QVERIFY(store->setTranslation(Schema::needs(), needId, "title", "fr", "Formation IRM").ok());
    const LocalizedText result = store->textIn(Schema::needs(), *t->repository->get(Schema::needs(), needId),
                                               "title", language);
    QCOMPARE(result.text, text);
    QCOMPARE(result.language, textLanguage);
    QCOMPARE(result.translated, translated);
    QVERIFY(!result.outdated);
}

void TestTranslationStore::removedTranslationComesBackUnderItsId()
{
    const WriteResult first = store->setTranslation(Schema::institutions(), institutionId, "name", "ar",
                                                    "مستشفى جامعة آغا خان");
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY(store->removeTranslation(Schema::institutions(), institutionId, "name", "ar").ok());
    QCOMPARE(scalar(*t, "SELECT deleted FROM translations").toInt(), 1); // a tombstone, for sync
    QVERIFY(store->translationsFor(Schema::institutions(), institutionId).isEmpty());
    QVERIFY(!store->textIn(Schema::institutions(), *t->repository->get(Schema::institutions(), institutionId),
                           "name", "ar").translated);
    QVERIFY(!store->removeTranslation(Schema::institutions(), institutionId, "name", "ar").ok());

    const WriteResult again = store->setTranslation(Schema::institutions(), institutionId, "name", "ar",
                                                    "مستشفى جامعة الآغا خان");
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again.id, first.id);
    QCOMPARE(scalar(*t, "SELECT count(*) FROM translations").toInt(), 1);
    QCOMPARE(scalar(*t, "SELECT deleted FROM translations").toInt(), 0);
    QCOMPARE(store->translationsFor(Schema::institutions(), institutionId).value("name").value("ar").text,
             QStringLiteral("مستشفى جامعة الآغا خان"));
}

void TestTranslationStore::recordLanguageIsNeverATranslation()
{
    QVERIFY(store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio).ok());
    // The record turns out to be written in French (say, a form filled in Dakar).
    QVERIFY(t->repository->update(Schema::experts(), expertId, { { "text_language", "fr" }, { "bio", kFrenchBio } }).ok());
    QVERIFY(store->translationsFor(Schema::experts(), expertId).isEmpty());
    QVERIFY(!store->setTranslation(Schema::experts(), expertId, "bio", "fr", kFrenchBio).ok());
    const WriteResult english = store->setTranslation(Schema::experts(), expertId, "bio", "en",
                                                      "Biomedical engineer, twelve years of MRI service.");
    QVERIFY2(english.ok(), qPrintable(english.message()));
    const LocalizedText text = store->textIn(Schema::experts(), *t->repository->get(Schema::experts(), expertId),
                                             "bio", "fr");
    QCOMPARE(text.text, kFrenchBio);
    QVERIFY(!text.translated);
    // An unknown language is refused by validation, also outside the store.
    QVERIFY(!t->repository->update(Schema::experts(), expertId, { { "text_language", "de" } }).ok());
}

void TestTranslationStore::schemaMarksTheTranslatableFields()
{
    QList<QStringList> found;
    for (const EntitySpec *spec : TranslationStore::translatableEntities())
        found << (QStringList { spec->table } + TranslationStore::translatableFields(*spec));
    const QList<QStringList> expected = { { "experts", "bio" }, { "institutions", "name" },
                                          { "needs", "title", "description" } };
    QCOMPARE(found, expected);
    QCOMPARE(TranslationStore::languages(), (QStringList { "en", "fr", "ar" }));
    QCOMPARE(TranslationStore::languageName("ar"), QStringLiteral("Arabic"));
    QVERIFY(Schema::find("translation"));
    QVERIFY(Schema::all().contains(&TranslationStore::spec()));
    for (const EntitySpec *spec : TranslationStore::translatableEntities())
        QCOMPARE(spec->field("text_language")->defaultValue.toString(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslationStore)
#include "tst_translationstore.moc"
