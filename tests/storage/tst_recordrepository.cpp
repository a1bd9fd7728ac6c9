#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ed;

namespace {
int rowCount(const TestDatabase &t, const QString &table)
{
    QSqlQuery query(t.database->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toInt() : -1;
}

QList<QVariantMap> outbox(const TestDatabase &t)
{
    QSqlQuery query(t.database->connection());
    query.exec(QStringLiteral("SELECT client_seq, table_name, row_id, op, changes, base_version, hlc FROM outbox ORDER BY client_seq"));
    QList<QVariantMap> entries;
    while (query.next()) {
        entries << QVariantMap { { "seq", query.value(0) }, { "table", query.value(1) }, { "row", query.value(2) },
                                 { "op", query.value(3) },
                                 { "changes", QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object().toVariantMap() },
                                 { "base", query.value(5) }, { "hlc", query.value(6) } };
    }
    return entries;
}
} // namespace

class TestRecordRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertWritesRowAndOutbox();
    void updateRecordsOldAndNew();
    void unchangedUpdateWritesNothing();
    void deleteIsATombstone();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void everyProblemIsReportedAtOnce();
    void rowAndOutboxRollBackTogether();
    void batchRollsBackEverything();
    void searchUsesFullText();
    void insertEntryIsWhatQtWrites();
    void batchIndexedAtCommitFindsEveryRow();
    void filtersBySectorAndCountry();
    void codesAndHostAreFilledIn();
    void signalsNameTheRecord();
    void localEditsSortAfterSyncedHlc();

private:
    std::unique_ptr<TestDatabase> t;
    QString institutionId;
};

void TestRecordRepository::init()
{
    t = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(t->open(&error), qPrintable(error));
    const WriteResult result = t->repository->insert(Schema::institutions(), TestRecords::institution());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    institutionId = result.id;
}

void TestRecordRepository::cleanup()
{
    t.reset();
}

void TestRecordRepository::insertWritesRowAndOutbox()
{
    const WriteResult result = t->repository->insert(Schema::experts(), TestRecords::expert());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const auto expert = t->repository->get(Schema::experts(), result.id);
    QVERIFY(expert);
    QCOMPARE(expert->value("email").toString(), QStringLiteral("amina.diallo@example.org"));
    QCOMPARE(expert->value("status").toString(), QStringLiteral("active")); // default
    QCOMPARE(expert->value("created_by").toString(), QStringLiteral("tester"));
    QCOMPARE(expert->value("skills").toList().first().toMap().value("level").toInt(), 4);

    const QList<QVariantMap> entries = outbox(*t);
    QCOMPARE(entries.size(), 2); // the institution, then the expert
    const QVariantMap entry = entries.last();
    QCOMPARE(entry.value("op").toString(), QStringLiteral("insert"));
    QCOMPARE(entry.value("row").toString(), result.id);
    QCOMPARE(entry.value("base").toInt(), 0);
    QCOMPARE(entry.value("changes").toMap().value("email").toMap().value("new").toString(),
             QStringLiteral("amina.diallo@example.org"));
    QVERIFY(entries.first().value("hlc").toString() < entry.value("hlc").toString());
    const QJsonObject fieldHlc = QJsonDocument::fromJson(expert->value("field_hlc").toString().toUtf8()).object();
    QCOMPARE(fieldHlc.value("email").toString(), entry.value("hlc").toString());
}

void TestRecordRepository::updateRecordsOldAndNew()
{
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    t->clock.advance(60000);
    const WriteResult result = t->repository->update(Schema::experts(), id, { { "phone", "+221 33 889 1234" }, { "city", "Dakar" } });
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const QVariantMap entry = outbox(*t).last();
    QCOMPARE(entry.value("op").toString(), QStringLiteral("update"));
    const QVariantMap changes = entry.value("changes").toMap();
    QCOMPARE(changes.keys(), (QStringList { "city", "phone" }));
    QVERIFY(changes.value("city").toMap().value("old").isNull());
    QCOMPARE(changes.value("city").toMap().value("new").toString(), QStringLiteral("Dakar"));
    const auto expert = t->repository->get(Schema::experts(), id);
    QCOMPARE(expert->value("city").toString(), QStringLiteral("Dakar"));
    QVERIFY(expert->value("updated_at").toString() > expert->value("created_at").toString());
}

void TestRecordRepository::unchangedUpdateWritesNothing()
{
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    const int before = t->repository->outboxSize();
    QVERIFY(t->repository->update(Schema::experts(), id, { { "email", " amina.diallo@example.org " } }).ok());
    QCOMPARE(t->repository->outboxSize(), before);
}

void TestRecordRepository::deleteIsATombstone()
{
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    QVERIFY(t->repository->remove(Schema::experts(), id).ok());
    QVERIFY(!t->repository->get(Schema::experts(), id));
    QVERIFY(t->repository->get(Schema::experts(), id, true)); // still stored
    QCOMPARE(rowCount(*t, "experts"), 1);
    QCOMPARE(t->repository->count(Schema::experts()), 0);
    QCOMPARE(outbox(*t).last().value("op").toString(), QStringLiteral("delete"));
    QVERIFY(!t->repository->update(Schema::experts(), id, { { "city", "Thiès" } }).ok());
    QVERIFY(t->repository->restore(Schema::experts(), id).ok());
    QCOMPARE(t->repository->count(Schema::experts()), 1);
}

void TestRecordRepository::refusedInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("email") << "email" << QVariant("not-an-email");
    QTest::newRow("phone") << "phone" << QVariant("12");
    QTest::newRow("country") << "country" << QVariant("FR");
    QTest::newRow("nationality") << "nationality" << QVariant("XX");
    QTest::newRow("sector") << "sectors" << QVariant(QVariantList { "BME", "COOKING" });
    QTest::newRow("missing name") << "name" << QVariant("");
    QTest::newRow("unknown field") << "favourite_colour" << QVariant("green");
    QTest::newRow("date") << "passport_expiry" << QVariant("2027-13-01");
}

void TestRecordRepository::refusedInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    const int rowsBefore = rowCount(*t, "experts");
    const int outboxBefore = t->repository->outboxSize();
    QVariantMap expert = TestRecords::expert();
    expert.insert(field, value);
    const WriteResult result = t->repository->insert(Schema::experts(), expert);
    QVERIFY(!result.ok());
    QVERIFY2(std::any_of(result.errors.begin(), result.errors.end(), [&](const FieldError &e) { return e.field == field; }),
             qPrintable(result.message()));
    QCOMPARE(rowCount(*t, "experts"), rowsBefore);
    QCOMPARE(t->repository->outboxSize(), outboxBefore);

    // The same value as an update of a valid record is refused too, and the record is unchanged.
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    const auto before = t->repository->get(Schema::experts(), id);
    const int outboxAfterInsert = t->repository->outboxSize();
    QVERIFY(!t->repository->update(Schema::experts(), id, { { field, value } }).ok());
    QCOMPARE(*t->repository->get(Schema::experts(), id), *before);
    QCOMPARE(t->repository->outboxSize(), outboxAfterInsert);
}

void TestRecordRepository::everyProblemIsReportedAtOnce()
{
    QVariantMap expert = TestRecords::expert();
    expert.insert("email", "not-an-email");
    expert.insert("country", "FR");
    expert.remove("name");
    const WriteResult result = t->repository->insert(Schema::experts(), expert);
    QStringList fields;
    for (const FieldError &e : result.errors)
        fields << e.field;
    fields.sort();
    QCOMPARE(fields, (QStringList { "country", "email", "name" })); // the bad e-mail is not also "required"

    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    const WriteResult update = t->repository->update(Schema::experts(), id, { { "email", "x" }, { "nationality", "XX" } });
    fields.clear();
    for (const FieldError &e : update.errors)
        fields << e.field;
    fields.sort();
    QCOMPARE(fields, (QStringList { "email", "nationality" }));
}

void TestRecordRepository::rowAndOutboxRollBackTogether()
{
    // Make the outbox write fail after the row was written: both must disappear.
    QSqlQuery trigger(t->database->connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const int before = rowCount(*t, "experts");
    const WriteResult result = t->repository->insert(Schema::experts(), TestRecords::expert());
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(QLatin1String("disk full")));
    QCOMPARE(rowCount(*t, "experts"), before);
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_outbox")));
    QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
    QCOMPARE(rowCount(*t, "experts"), before + 1);
}

void TestRecordRepository::batchRollsBackEverything()
{
    const int before = t->repository->outboxSize();
    {
        RecordRepository::Batch batch(*t->repository);
        QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
        QVERIFY(!t->repository->insert(Schema::experts(), { { "name", "No e-mail" } }).ok());
        QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
        // not committed
    }
    QCOMPARE(rowCount(*t, "experts"), 0);
    QCOMPARE(t->repository->outboxSize(), before);
    {
        RecordRepository::Batch batch(*t->repository);
        QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
        QVERIFY(!t->repository->insert(Schema::experts(), { { "name", "No e-mail" } }).ok());
        QVERIFY(batch.commit());
    }
    QCOMPARE(rowCount(*t, "experts"), 1); // the refused one alone is missing
}

void TestRecordRepository::searchUsesFullText()
{
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    QVariantMap other = TestRecords::expert();
    other.insert("name", "Kemal Öztürk");
    other.insert("employer", "Ankara City Hospital");
    other.insert("skills", QVariantList { QVariantMap { { "name", "CNC programming" }, { "level", 3 } } });
    other.insert("equipment", QVariantList { QVariantMap { { "manufacturer", "Haas" }, { "model", "VF-2" }, { "level", 3 } } });
    QVERIFY(t->repository->insert(Schema::experts(), other).ok());

    auto search = [&](const QString &text) {
        QStringList ids;
        for (const QVariantMap &record : t->repository->list(Schema::experts(), { text }))
            ids << record.value("id").toString();
        return ids;
    };
    QCOMPARE(search("magnetom"), QStringList { id });  // equipment model
    QCOMPARE(search("siem"), QStringList { id });      // equipment manufacturer, prefix
    QCOMPARE(search("MRI maint"), QStringList { id }); // skill words
    QCOMPARE(search("Ankara").size(), 1);              // employer
    QCOMPARE(search("ozturk").size(), 1);              // diacritics folded
    QCOMPARE(search("\"unbalanced AND (").size(), 0);  // FTS syntax never leaks through
    QVERIFY(t->repository->update(Schema::experts(), id, { { "equipment", "[]" } }).ok());
    QCOMPARE(search("magnetom"), QStringList {});      // index follows updates
}

void TestRecordRepository::insertEntryIsWhatQtWrites()
{
    // An insert's outbox entry and field clock are written as text; they must be what Qt's JSON
    // writer gives for the same values (the sync server and older copies read them).
    QVariantMap expert = TestRecords::expert();
    expert.insert("bio", QString::fromUtf8("Says \"hello\" \\ back\n\tand: مرحبا — ok \U0001F600"));
    expert.insert("name_ar", QString::fromUtf8("أمينة ديالو"));
    expert.insert("years_experience", 12);
    const WriteResult result = t->repository->insert(Schema::experts(), expert);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const QVariantMap record = *t->repository->get(Schema::experts(), result.id);
    QSqlQuery query(t->database->connection());
    QVERIFY(query.exec("SELECT changes, hlc FROM outbox WHERE row_id = '" + result.id + "'") && query.next());
    const QString changes = query.value(0).toString(), hlc = query.value(1).toString();

    QJsonObject expected, expectedHlc;
    const QJsonObject written = QJsonDocument::fromJson(changes.toUtf8()).object();
    for (auto it = written.begin(); it != written.end(); ++it) {
        const QVariant value = record.value(it.key());
        expected.insert(it.key(), QJsonObject { { "old", QJsonValue::fromVariant(QVariant()) },
                                                { "new", QJsonValue::fromVariant(value) } });
        expectedHlc.insert(it.key(), hlc);
    }
    QVERIFY(written.size() > 10);
    QCOMPARE(changes, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    QCOMPARE(record.value("field_hlc").toString(), QString::fromUtf8(QJsonDocument(expectedHlc).toJson(QJsonDocument::Compact)));
    QCOMPARE(written.value("bio").toObject().value("new").toString(), expert.value("bio").toString());
}

void TestRecordRepository::batchIndexedAtCommitFindsEveryRow()
{
    auto search = [&](const QString &text) {
        return t->repository->list(Schema::experts(), { text }).size();
    };
    QString first;
    {
        RecordRepository::Batch batch(*t->repository, RecordRepository::Batch::Indexing::AtCommit);
        for (int i = 0; i < 5; ++i) {
            QVariantMap expert = TestRecords::expert();
            expert.insert("email", QString("bulk%1@example.org").arg(i));
            expert.insert("employer", QString("Bulkhospital%1").arg(i));
            const WriteResult result = t->repository->insert(Schema::experts(), expert);
            QVERIFY2(result.ok(), qPrintable(result.message()));
            if (i == 0)
                first = result.id;
        }
        // An update inside the batch indexes the rows first, so its trigger finds them.
        QVERIFY(t->repository->update(Schema::experts(), first, { { "employer", "Renamedclinic" } }).ok());
        QVariantMap late = TestRecords::expert();
        late.insert("employer", "Latecomerlab");
        QVERIFY(t->repository->insert(Schema::experts(), late).ok());
        QVERIFY(batch.commit());
    }
    QCOMPARE(search("Bulkhospital0"), 0);
    QCOMPARE(search("Renamedclinic"), 1);
    QCOMPARE(search("Bulkhospital4"), 1);
    QCOMPARE(search("Latecomerlab"), 1);
    QCOMPARE(rowCount(*t, "fts_paused"), 0);
    {
        // Rolled back: neither the rows nor the pause stay.
        RecordRepository::Batch batch(*t->repository, RecordRepository::Batch::Indexing::AtCommit);
        QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
    }
    QCOMPARE(rowCount(*t, "fts_paused"), 0);
    QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
    QCOMPARE(search("amina"), 7); // six in the committed batch, one after the rolled-back one
}

void TestRecordRepository::filtersBySectorAndCountry()
{
    QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
    QVariantMap other = TestRecords::expert();
    other.insert("country", "MY");
    other.insert("sectors", QVariantList { "IT", "BME" });
    QVERIFY(t->repository->insert(Schema::experts(), other).ok());
    QCOMPARE(t->repository->count(Schema::experts(), { {}, "BME" }), 2);
    QCOMPARE(t->repository->count(Schema::experts(), { {}, "IT" }), 1);
    QCOMPARE(t->repository->count(Schema::experts(), { {}, {}, "MY" }), 1);
    const WriteResult need = t->repository->insert(Schema::needs(), TestRecords::need(institutionId));
    QVERIFY2(need.ok(), qPrintable(need.message()));
    QCOMPARE(t->repository->count(Schema::needs(), { {}, {}, "PK" }), 1); // through the institution
    QCOMPARE(t->repository->count(Schema::needs(), { {}, {}, "MA" }), 0);
}

void TestRecordRepository::codesAndHostAreFilledIn()
{
    const WriteResult need = t->repository->insert(Schema::needs(), TestRecords::need(institutionId));
    QVERIFY(need.ok());
    QVERIFY(t->repository->get(Schema::needs(), need.id)->value("code").toString().startsWith(QLatin1String("N-2611-")));
    const QString expert = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    const WriteResult mission = t->repository->insert(
            Schema::missions(), { { "need_id", need.id }, { "expert_id", expert }, { "start", "2027-01-12" }, { "end", "2027-01-20" } });
    QVERIFY2(mission.ok(), qPrintable(mission.message()));
    QCOMPARE(t->repository->get(Schema::missions(), mission.id)->value("institution_id").toString(), institutionId);

    const WriteResult orphan = t->repository->insert(
            Schema::missions(), { { "need_id", "nope" }, { "expert_id", expert }, { "start", "2027-01-12" }, { "end", "2027-01-20" } });
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.errors.first().field, QStringLiteral("need_id"));
}

void TestRecordRepository::signalsNameTheRecord()
{
    QSignalSpy inserted(t->repository.get(), &RecordRepository::recordInserted);
    QSignalSpy updated(t->repository.get(), &RecordRepository::recordUpdated);
    QSignalSpy removed(t->repository.get(), &RecordRepository::recordRemoved);
    const QString id = t->repository->insert(Schema::experts(), TestRecords::expert()).id;
    QVERIFY(t->repository->update(Schema::experts(), id, { { "city", "Dakar" } }).ok());
    QVERIFY(t->repository->remove(Schema::experts(), id).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toString(), id);
    QCOMPARE(updated.first().at(2).toStringList(), QStringList { "city" });
    QCOMPARE(removed.size(), 1);
    QVERIFY(!t->repository->insert(Schema::experts(), {}).ok());
    QCOMPARE(inserted.size(), 1); // a refused write says nothing
}

void TestRecordRepository::localEditsSortAfterSyncedHlc()
{
    // Another connection (the sync thread) stored an HLC from a clock an hour ahead.
    const QString ahead = Hlc { t->clock.nowMs() + 3600000, 7, QStringLiteral("server") }.toString();
    QSqlQuery store(t->database->connection());
    store.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'hlc'"));
    store.addBindValue(ahead);
    QVERIFY(store.exec());
    QVERIFY(t->repository->insert(Schema::experts(), TestRecords::expert()).ok());
    QVERIFY2(outbox(*t).last().value("hlc").toString() > ahead, qPrintable(outbox(*t).last().value("hlc").toString()));
}

QTEST_GUILESS_MAIN(TestRecordRepository)
#include "tst_recordrepository.moc"
