#include "TestDatabase.h"

#include "itemmodels/TranslationQueueModel.h"
#include "storage/TranslationQueue.h"
#include "storage/TranslationStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ed;

namespace {

// "table/record/field/language/state" with the record named by the test, for readable failures.
QString describe(const QString &table, const QString &id, const QString &field, const QString &language,
                 const QString &state, const QHash<QString, QString> &names)
{
    return QStringList { table, names.value(id, id), field, language, state }.join(QLatin1Char('/'));
}

QStringList itemsOf(const QList<TranslationQueueItem> &items, const QHash<QString, QString> &names)
{
    QStringList rows;
    for (const TranslationQueueItem &item : items)
        rows << describe(item.table, item.recordId, item.field, item.language,
                         item.state == TranslationQueueItem::State::Missing ? "missing" : "outdated", names);
    return rows;
}

QStringList rowsOf(const TranslationQueueModel &model, const QHash<QString, QString> &names)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows << describe(index.data(TranslationQueueModel::TableRole).toString(),
                         index.data(TranslationQueueModel::RecordIdRole).toString(),
                         index.data(TranslationQueueModel::FieldRole).toString(),
                         index.data(TranslationQueueModel::LanguageRole).toString(),
                         index.data(TranslationQueueModel::StateRole).toString(), names);
    }
    return rows;
}

void fetchAll(TranslationQueueModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestTranslationQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void queueListsWhatIsMissing();
    void filters_data();
    void filters();
    void pagesResumeWhereTheyStopped();
    void modelColumnsAndRoles();
    void modelFollowsEdits();
    void modelLeavesUnfetchedRowsToFetchMore();
    void modelReloadsAfterABatch();
    void queueStaysFastWithManyExperts();

private:
    QString addExpert(const QString &name, const QString &bio, const QString &language = "en");

    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<TranslationStore> store;
    QHash<QString, QString> names; // record id → short name used in expectations
    QString institution, need, amina, karim, noBio;
};

QString TestTranslationQueue::addExpert(const QString &name, const QString &bio, const QString &language)
{
    QVariantMap expert = TestRecords::expert();
    expert.insert("name", name);
    expert.insert("email", name.toLower() + "@example.org");
    expert.insert("bio", bio);
    expert.insert("text_language", language);
    const WriteResult result = t->repository->insert(Schema::experts(), expert);
    if (!result.ok())
        qWarning() << result.message();
    names.insert(result.id, name.toLower());
    return result.id;
}

void TestTranslationQueue::init()
{
    t = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(t->open(&error), qPrintable(error));
    store = std::make_unique<TranslationStore>(*t->repository, t->clock);
    names.clear();
    institution = t->repository->insert(Schema::institutions(), TestRecords::institution()).id;
    names.insert(institution, "akuh");
    QVariantMap needValues = TestRecords::need(institution);
    needValues.insert("description", "Train four technicians on the Magnetom Aera.");
    need = t->repository->insert(Schema::needs(), needValues).id;
    names.insert(need, "mri");
    amina = addExpert("Amina", "Biomedical engineer.");
    karim = addExpert("Karim", "Ingénieur en énergies renouvelables.", "fr");
    noBio = addExpert("Nobio", "");
    QVERIFY(!amina.isEmpty() && !karim.isEmpty() && !noBio.isEmpty());
}

void TestTranslationQueue::cleanup()
{
    store.reset();
    t.reset();
}

void TestTranslationQueue::queueListsWhatIsMissing()
{
    QVERIFY(store->setTranslation(Schema::experts(), amina, "bio", "fr", "Ingénieure biomédicale.").ok());
    QVERIFY(store->setTranslation(Schema::experts(), amina, "bio", "ar", "مهندسة طبية حيوية.").ok());
    QVERIFY(store->setTranslation(Schema::needs(), need, "title", "ar", "تدريب على صيانة الرنين").ok());
    QVERIFY(t->repository->update(Schema::experts(), amina, { { "bio", "Biomedical engineer, MRI." } }).ok());
    QVERIFY(store->setTranslation(Schema::experts(), amina, "bio", "ar", "مهندسة طبية حيوية، رنين مغناطيسي.").ok());

    TranslationQueue queue(t->repository->database());
    bool atEnd = false;
    const QStringList expected = {
        "experts/amina/bio/fr/outdated",     // source changed after the French translation
        "experts/karim/bio/en/missing",      // written in French: English and Arabic are wanted
        "experts/karim/bio/ar/missing",      // (nobio has nothing to translate)
        "institutions/akuh/name/fr/missing",
        "institutions/akuh/name/ar/missing",
        "needs/mri/title/fr/missing",
        "needs/mri/description/fr/missing",
        "needs/mri/description/ar/missing",
    };
    QCOMPARE(itemsOf(queue.page({}, {}, 100, &atEnd), names), expected);
    QVERIFY(atEnd);
    QCOMPARE(queue.count({}), expected.size());

    const QList<TranslationQueueItem> karims = queue.itemsFor({}, "experts", karim);
    QCOMPARE(karims.size(), 2);
    QCOMPARE(karims.constFirst().title, QStringLiteral("Karim"));
    QCOMPARE(karims.constFirst().sourceLanguage, QStringLiteral("fr"));
    QCOMPARE(karims.constFirst().sourceText, QStringLiteral("Ingénieur en énergies renouvelables."));

    // Deleted records leave the queue; so does a translation's record when restored it comes back.
    QVERIFY(t->repository->remove(Schema::experts(), karim).ok());
    QCOMPARE(queue.count({}), expected.size() - 2);
    QVERIFY(queue.itemsFor({}, "experts", karim).isEmpty());
    QVERIFY(t->repository->restore(Schema::experts(), karim).ok());
    QCOMPARE(queue.count({}), expected.size());
}

void TestTranslationQueue::filters_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("French") << "fr" << ""
                            << QStringList { "experts/amina/bio/fr/missing", "institutions/akuh/name/fr/missing",
                                             "needs/mri/title/fr/missing", "needs/mri/description/fr/missing" };
    QTest::newRow("English") << "en" << "" << QStringList { "experts/karim/bio/en/missing" };
    QTest::newRow("Arabic experts") << "ar" << "experts"
                                    << QStringList { "experts/amina/bio/ar/missing", "experts/karim/bio/ar/missing" };
    QTest::newRow("all languages, institutions")
            << "" << "institutions"
            << QStringList { "institutions/akuh/name/fr/missing", "institutions/akuh/name/ar/missing" };
    QTest::newRow("unknown language") << "de" << "" << QStringList();
    QTest::newRow("table without translatable fields") << "" << "missions" << QStringList();
}

void TestTranslationQueue::filters()
{
    QFETCH(QString, language);
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    TranslationQueue queue(t->repository->database());
    const TranslationQueueFilter filter { language, table };
    bool atEnd = false;
    QCOMPARE(itemsOf(queue.page(filter, {}, 100, &atEnd), names), expected);
    QCOMPARE(queue.count(filter), expected.size());

    TranslationQueueModel model(*t->repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTargetLanguage(language);
    model.setTable(table);
    fetchAll(model);
    QCOMPARE(rowsOf(model, names), expected);
    QCOMPARE(model.totalCount(), expected.size());
}

void TestTranslationQueue::pagesResumeWhereTheyStopped()
{
    TranslationQueue queue(t->repository->database());
    bool atEnd = false;
    const QList<TranslationQueueItem> all = queue.page({}, {}, 1000, &atEnd);
    QCOMPARE(all.size(), 10);
    for (int size : { 1, 2, 3, 4, 10, 11 }) {
        QList<TranslationQueueItem> paged;
        TranslationQueueKey after;
        for (int pages = 0; pages < 20; ++pages) {
            const QList<TranslationQueueItem> page = queue.page({}, after, size, &atEnd);
            QVERIFY(page.size() <= size);
            paged << page;
            if (atEnd)
                break;
            QVERIFY(!page.isEmpty() || atEnd);
            after = page.constLast().key;
        }
        QVERIFY(atEnd);
        QCOMPARE(itemsOf(paged, names), itemsOf(all, names));
    }
}

void TestTranslationQueue::modelColumnsAndRoles()
{
    TranslationQueueModel model(*t->repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTargetLanguage("en");
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(TranslationQueueModel::ColumnCount));
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList { "Record", "Field", "From", "To", "Source text", "State" }));
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(0, column).data().toString();
    QCOMPARE(cells, (QStringList { "Karim", "Biography", "French", "English", "Ingénieur en énergies renouvelables.",
                                   "Missing" }));
    const QVariantMap key = model.index(0, 0).data(TranslationQueueModel::KeyRole).toMap();
    QCOMPARE(key, (QVariantMap { { "table", "experts" }, { "id", karim }, { "field", "bio" }, { "language", "en" } }));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Expert"));
    QVERIFY(model.roleNames().values().contains("key"));

    // The key is what the store takes to translate the row.
    QVERIFY(store->setTranslation(*Schema::find(key.value("table").toString()), key.value("id").toString(),
                                  key.value("field").toString(), key.value("language").toString(),
                                  "Renewable energy engineer.").ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestTranslationQueue::modelFollowsEdits()
{
    TranslationQueueModel model(*t->repository, 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    TranslationQueue queue(t->repository->database());
    auto expected = [&] {
        bool atEnd = false;
        return itemsOf(queue.page({}, {}, 1000, &atEnd), names);
    };
    QCOMPARE(rowsOf(model, names), expected());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A translation takes one row out.
    QVERIFY(store->setTranslation(Schema::experts(), amina, "bio", "fr", "Ingénieure biomédicale.").ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(rowsOf(model, names), expected());

    // The source changes: the row comes back as outdated, next to the one still missing.
    QVERIFY(t->repository->update(Schema::experts(), amina, { { "bio", "Biomedical engineer, MRI." } }).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(rowsOf(model, names), expected());
    QVERIFY(rowsOf(model, names).contains("experts/amina/bio/fr/outdated"));

    // The record's name changes: its rows change in place.
    changed.clear();
    inserted.clear();
    QVERIFY(t->repository->update(Schema::experts(), amina, { { "name", "Amina Diallo" } }).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0, TranslationQueueModel::RecordColumn).data().toString(), QStringLiteral("Amina Diallo"));
    QCOMPARE(inserted.size(), 0);

    // An unrelated field changes nothing.
    QVERIFY(t->repository->update(Schema::experts(), amina, { { "phone", "+221 77 000 00 00" } }).ok());
    QCOMPARE(changed.size(), 2);

    // Removing a translation brings the row back as missing.
    QVERIFY(store->setTranslation(Schema::needs(), need, "title", "ar", "تدريب").ok());
    QVERIFY(store->removeTranslation(Schema::needs(), need, "title", "ar").ok());
    QCOMPARE(rowsOf(model, names), expected());

    // A new record, a new source language, a deleted record.
    const QString leila = addExpert("Leila", "مهندسة اتصالات.", "ar");
    QCOMPARE(rowsOf(model, names), expected());
    QVERIFY(rowsOf(model, names).contains("experts/leila/bio/fr/missing"));
    QVERIFY(t->repository->update(Schema::experts(), leila, { { "text_language", "en" }, { "bio", "Telecom engineer." } }).ok());
    QCOMPARE(rowsOf(model, names), expected());
    QVERIFY(t->repository->update(Schema::needs(), need, { { "description", "" } }).ok());
    QCOMPARE(rowsOf(model, names), expected());
    QVERIFY(t->repository->remove(Schema::institutions(), institution).ok());
    QCOMPARE(rowsOf(model, names), expected());
    QVERIFY(!rowsOf(model, names).join(',').contains("institutions"));
    QCOMPARE(model.totalCount(), expected().size());
    QCOMPARE(resets.size(), 0); // never a reset for a one-record change
}

void TestTranslationQueue::modelLeavesUnfetchedRowsToFetchMore()
{
    // No QAbstractItemModelTester here: it fetches more rows after every change, and what is
    // fetched is the point of this test (the tester runs on the same model in the tests above).
    TranslationQueueModel model(*t->repository, 2);
    QCOMPARE(model.rowCount(), 2); // amina fr, amina ar
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 10);
    QSignalSpy counted(&model, &TranslationQueueModel::totalCountChanged);

    // Needs come last in the queue: a change there is counted but waits for fetchMore.
    QVERIFY(store->setTranslation(Schema::needs(), need, "title", "fr", "Formation IRM").ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.totalCount(), 9);
    // A change inside the fetched rows shows at once.
    QVERIFY(store->setTranslation(Schema::experts(), amina, "bio", "ar", "مهندسة طبية حيوية.").ok());
    QCOMPARE(model.rowCount(), 1);

    fetchAll(model);
    TranslationQueue queue(t->repository->database());
    bool atEnd = false;
    QCOMPARE(rowsOf(model, names), itemsOf(queue.page({}, {}, 1000, &atEnd), names));
    QCOMPARE(model.rowCount(), model.totalCount());
}

void TestTranslationQueue::modelReloadsAfterABatch()
{
    TranslationQueueModel model(*t->repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    {
        RecordRepository::Batch batch(*t->repository);
        for (const char *language : { "fr", "ar" })
            QVERIFY(store->setTranslation(Schema::needs(), need, "description", language, "…").ok());
        QVERIFY(batch.commit());
    }
    QCOMPARE(resets.size(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 8);
}

// 100,000 experts with a bio each, half of them translated into French (DESIGN.md: the queue must
// stay usable at that size). Rows are written in SQL: this measures the queue, not the repository.
void TestTranslationQueue::queueStaysFastWithManyExperts()
{
    const int experts = 100000;
    QSqlDatabase db = t->database->connection();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(db.transaction());
    QSqlQuery fill(db);
    QVERIFY2(fill.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO experts (id, created_at, updated_at, name, nationality, country, email, sectors, bio) "
                     "SELECT 'bulk-' || i, 'now', 'now', 'Expert ' || i, 'PK', 'PK', 'e' || i || '@example.org', "
                     "'[\"IT\"]', 'Engineer number ' || i || ' with a long biography ' || hex(randomblob(200)) FROM n")
                              .arg(experts)),
             qPrintable(fill.lastError().text()));
    QVERIFY2(fill.exec(QStringLiteral(
                     "INSERT INTO translations (id, created_at, updated_at, record_table, record_id, field, language, "
                     "text, source_text) SELECT 'tr:experts:' || id || ':bio:fr', 'now', 'now', 'experts', id, 'bio', "
                     "'fr', 'Traduction', bio FROM experts WHERE id LIKE 'bulk-%' AND rid % 2 = 0")),
             qPrintable(fill.lastError().text()));
    QVERIFY(db.commit());
    const qint64 fillMs = timer.restart();

    TranslationQueue queue(t->repository->database());
    const int total = queue.count({});
    const qint64 countMs = timer.restart();
    bool atEnd = false;
    const QList<TranslationQueueItem> first = queue.page({}, {}, 200, &atEnd);
    const qint64 firstMs = timer.restart();
    TranslationQueueKey deep { 0, experts - 100, 0, 0 };
    const QList<TranslationQueueItem> last = queue.page({ "fr", {} }, deep, 200, &atEnd);
    const qint64 deepMs = timer.restart();
    TranslationQueueModel model(*t->repository);
    const qint64 modelMs = timer.restart();
    QVERIFY(store->setTranslation(Schema::experts(), "bulk-99999", "bio", "fr", "Traduction").ok());
    const qint64 editMs = timer.elapsed();
    qInfo("fill %lld ms; count %d items %lld ms; first page %lld ms; page at the end %lld ms; model %lld ms; "
          "edit followed by the model %lld ms",
          fillMs, total, countMs, firstMs, deepMs, modelMs, editMs);

    // 2 languages × 100,000 experts, less the French half; plus the fixture's 10.
    QCOMPARE(total, 2 * experts - experts / 2 + 10);
    QCOMPARE(first.size(), 200);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(last.size() > 0 && last.size() <= 100);
    // Generous bounds for a shared, debug-built test machine; the measured times are printed above.
    QVERIFY2(firstMs < 1000 && deepMs < 1000, "a page must not scan the whole queue");
    QVERIFY2(countMs < 5000, "counting 150,000 items");
}

QTEST_GUILESS_MAIN(TestTranslationQueue)
#include "tst_translationqueue.moc"
