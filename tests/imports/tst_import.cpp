// The JotForm importer against a real database: what a coordinator's first import and every
// later one do (idempotency, updates that keep later edits, merges, the review list, needs and
// their institutions, the log) and an interrupted import completed by a second run.
#include "io/ImportMapping.h"
#include "io/ImportReviews.h"
#include "io/ImportVocabulary.h"
#include "io/JotformImporter.h"
#include "io/TableReader.h"

#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ed;

namespace {

struct Run
{
    ImportSummary summary;
    QStringList unmapped;
};

Run import(TestDatabase &db, const QString &form, const QString &path, bool dryRun = false,
    const JotformImporter::Progress &progress = {}, int batchRows = 500)
{
    const ImportVocabulary vocabulary(db.reference);
    const std::unique_ptr<TableReader> reader = TableReader::forFile(path);
    QString error;
    QStringList headers;
    Run run;
    if (!reader->open(&error) || !reader->next(&headers)) {
        run.summary.error = error.isEmpty() ? reader->error() : error;
        return run;
    }
    const ImportMapping mapping(form, headers, vocabulary);
    JotformImporter importer(*db.repository, vocabulary);
    JotformImporter::Options options;
    options.dryRun = dryRun;
    options.batchRows = batchRows;
    options.fileName = path.section('/', -1);
    run.summary = importer.run(*reader, mapping, options, progress);
    run.unmapped = mapping.unmappedColumns();
    return run;
}

QString problemAt(const ImportSummary &summary, int row)
{
    QStringList lines;
    for (const ImportProblem &problem : summary.problems) {
        if (problem.row == row)
            lines << problem.column + ": " + problem.reason;
    }
    return lines.join('\n');
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QList<QStringList> &rows)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << '"' + cell.replace('"', "\"\"") + '"';
        file.write(cells.join(',').toUtf8() + "\r\n");
    }
    return file.fileName();
}

int scalar(TestDatabase &db, const QString &sql)
{
    QSqlQuery query(db.database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

const QStringList kExpertHeaders { "Submission ID", "Full Name", "E-mail", "Phone Number", "Nationality",
    "Country of Residence", "Areas of Expertise", "City" };

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void expertsFromARealExport();
    void secondImportAddsNothing();
    void changedSubmissionUpdatesOnlyWhatChanged();
    void sameEmailIsMergedNotDoubled();
    void crossScriptNameGoesToReview();
    void reviewListMergesOrKeepsApart();
    void rowsWithoutSubmissionIdAreRecognisedByContent();
    void needsFindOrCreateTheirInstitutionOnce();
    void dryRunWritesNothing();
    void interruptedImportCompletesOnSecondRun();
    void emptyOrUnreadableFile();
};

void TestImport::expertsFromARealExport()
{
    TestDatabase db;
    QVERIFY(db.open());
    const Run run = import(db, "experts", FIXTURES "/experts_jotform.csv");
    QVERIFY2(run.summary.error.isEmpty(), qPrintable(run.summary.error));
    QCOMPARE(run.summary.rows, 6);
    QCOMPARE(run.summary.imported, (QList<int> { 2, 3 }));
    QCOMPARE(run.summary.merged, (QList<int> { 7 })); // Amina again, her e-mail in capitals
    QCOMPARE(run.summary.failed, (QList<int> { 4, 5, 6 }));
    QVERIFY2(problemAt(run.summary, 4).startsWith("E-mail: "), qPrintable(problemAt(run.summary, 4)));
    QVERIFY(problemAt(run.summary, 4).contains("not-an-email"));
    QVERIFY(problemAt(run.summary, 5).startsWith("Available From: "));
    QVERIFY(problemAt(run.summary, 5).contains("does not exist"));
    QVERIFY(problemAt(run.summary, 6).contains("Nationality: \"Germany\""));
    QVERIFY(problemAt(run.summary, 6).contains("Klingon")); // a warning beside the failure
    QCOMPARE(run.unmapped, QStringList { "E-mail" }); // the repeated header

    QCOMPARE(db.repository->count(Schema::experts()), 2);
    const QList<QVariantMap> experts = db.repository->list(Schema::experts(), {}, "email");
    const QVariantMap amina = experts.at(0), mohammed = experts.at(1);
    QCOMPARE(amina.value("email").toString(), "amina.diallo@example.org");
    QCOMPARE(amina.value("nationality").toString(), "SN");
    QCOMPARE(amina.value("country").toString(), "SN"); // written "Sénégal"
    QCOMPARE(amina.value("source").toString(), "jotform:5901000000000000001");
    // Lists joined by the merge: her second registration's sector, skill and language.
    QCOMPARE(amina.value("sectors").toList(), (QVariantList { "BME", "RE", "OG" }));
    QCOMPARE(amina.value("languages").toList(),
        (QVariantList { QVariantMap { { "code", "fr" }, { "level", 4 } }, QVariantMap { { "code", "en" }, { "level", 3 } },
            QVariantMap { { "code", "wo" }, { "level", 3 } } }));
    QCOMPARE(amina.value("skills").toList().size(), 3);
    QCOMPARE(amina.value("degree").toString(), "phd");
    // "Available from 06-15-2030": not available from the import day to the day before.
    const QVariantMap period = amina.value("unavailability").toList().value(0).toMap();
    QCOMPARE(period.value("start").toString(), "2026-11-22");
    QCOMPARE(period.value("end").toString(), "2030-06-14");
    QCOMPARE(mohammed.value("name_ar").toString(), QString::fromUtf8("محمد الخطيب"));
    QCOMPARE(mohammed.value("phone").toString(), "+962 79 123 4567"); // Arabic-Indic digits, 00 prefix
    QCOMPARE(mohammed.value("nationality").toString(), "JO");
    QCOMPARE(mohammed.value("sectors").toList(), (QVariantList { "IT", "HVAC" }));

    // Every write went through the repository: the outbox holds them for sync.
    QCOMPARE(db.repository->outboxSize(), 3);
    // The log keeps the run and every problem with its row and column.
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_runs WHERE state = 'done' AND imported = 2 AND failed = 3"), 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_problems WHERE row = 4 AND column_name = 'E-mail' AND fatal = 1"), 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_problems WHERE row = 6 AND fatal = 0"), 1);
}

void TestImport::secondImportAddsNothing()
{
    TestDatabase db;
    QVERIFY(db.open());
    import(db, "experts", FIXTURES "/experts_jotform.csv");
    const int outbox = db.repository->outboxSize();
    const Run again = import(db, "experts", FIXTURES "/experts_jotform.csv");
    QCOMPARE(again.summary.imported, QList<int>());
    QCOMPARE(again.summary.updated, QList<int>());
    QCOMPARE(again.summary.merged, QList<int>());
    QCOMPARE(again.summary.skipped, (QList<int> { 2, 3, 7 }));
    QCOMPARE(again.summary.failed, (QList<int> { 4, 5, 6 })); // still reported, still not imported
    QCOMPARE(db.repository->count(Schema::experts()), 2);
    QCOMPARE(db.repository->outboxSize(), outbox);
}

void TestImport::changedSubmissionUpdatesOnlyWhatChanged()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    const QStringList first { "77", "Omar Farouk", "omar@example.org", "+92 300 1234567", "Pakistan", "Pakistan",
        "Oil and Gas", "Lahore" };
    QCOMPARE(import(db, "experts", writeCsv(dir, "v1.csv", { kExpertHeaders, first })).summary.imported, QList<int> { 2 });
    const QString id = db.repository->list(Schema::experts()).at(0).value("id").toString();
    // A coordinator corrects the phone by hand; the expert then edits the submission's city.
    QVERIFY(db.repository->update(Schema::experts(), id, { { "phone", "+92 321 7654321" } }).ok());
    QStringList second = first;
    second[7] = "Karachi";
    const int outbox = db.repository->outboxSize();
    const Run run = import(db, "experts", writeCsv(dir, "v2.csv", { kExpertHeaders, second }));
    QCOMPARE(run.summary.updated, QList<int> { 2 });
    const QVariantMap omar = *db.repository->get(Schema::experts(), id);
    QCOMPARE(omar.value("city").toString(), "Karachi");
    QCOMPARE(omar.value("phone").toString(), "+92 321 7654321"); // the coordinator's edit stays
    QCOMPARE(db.repository->outboxSize(), outbox + 1); // through the normal edit path
    QCOMPARE(db.repository->count(Schema::experts()), 1);
}

void TestImport::sameEmailIsMergedNotDoubled()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    // Typed in by hand before the import, with no phone and one sector.
    QVariantMap typed = TestRecords::expert();
    typed.remove("phone");
    QVERIFY(db.repository->insert(Schema::experts(), typed).ok());
    const Run run = import(db, "experts",
        writeCsv(dir, "dup.csv",
            { kExpertHeaders,
                { "9", "Amina Diallo", "AMINA.DIALLO@example.ORG", "+221 77 123 45 67", "Senegal", "Senegal",
                    "Renewable Energy", "Thiès" } }));
    QCOMPARE(run.summary.merged, QList<int> { 2 });
    QCOMPARE(db.repository->count(Schema::experts()), 1);
    const QVariantMap amina = db.repository->list(Schema::experts()).at(0);
    QCOMPARE(amina.value("phone").toString(), "+221 77 123 45 67"); // filled in
    QCOMPARE(amina.value("sectors").toList(), (QVariantList { "BME", "RE" }));
    QCOMPARE(amina.value("email").toString(), "amina.diallo@example.org"); // what both had stays
}

void TestImport::crossScriptNameGoesToReview()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    QVariantMap latin = TestRecords::expert();
    latin["name"] = "Mohammed Al-Khatib";
    latin["email"] = "mohammed.khatib@example.org";
    latin["nationality"] = "JO";
    latin["country"] = "JO";
    QVERIFY(db.repository->insert(Schema::experts(), latin).ok());
    const QString path = writeCsv(dir, "arabic.csv",
        { kExpertHeaders,
            { "31", QString::fromUtf8("محمد الخطيب"), "m.khatib@example.org", "", QString::fromUtf8("الأردن"),
                QString::fromUtf8("الأردن"), "Information Technology", "" },
            { "32", QString::fromUtf8("عمر فاروق"), "omar.f@example.org", "", QString::fromUtf8("الأردن"),
                QString::fromUtf8("الأردن"), "Information Technology", "" } });
    Run run = import(db, "experts", path);
    QCOMPARE(run.summary.review, QList<int> { 2 });
    QCOMPARE(run.summary.imported, QList<int> { 3 }); // another name: no doubt
    QCOMPARE(db.repository->count(Schema::experts()), 2);
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_reviews WHERE state = 'open' AND row = 2"), 1);
    // Waiting for a person: a second import neither doubles it nor adds it.
    run = import(db, "experts", path);
    QCOMPARE(run.summary.skipped, (QList<int> { 2, 3 }));
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_reviews"), 1);
}

void TestImport::reviewListMergesOrKeepsApart()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    QVariantMap latin = TestRecords::expert();
    latin["name"] = "Mohammed Al-Khatib";
    latin["email"] = "mohammed.khatib@example.org";
    latin["nationality"] = "JO";
    latin["country"] = "JO";
    latin.remove("phone");
    const QString existing = db.repository->insert(Schema::experts(), latin).id;
    latin["name"] = "Omar Farouk";
    latin["email"] = "omar.farouk@example.org";
    QVERIFY(db.repository->insert(Schema::experts(), latin).ok());
    const QString path = writeCsv(dir, "two.csv",
        { kExpertHeaders,
            { "41", QString::fromUtf8("محمد الخطيب"), "m.khatib@example.org", "+962 79 123 4567", "Jordan", "Jordan",
                "Information Technology", "Amman" },
            { "42", QString::fromUtf8("عمر فاروق"), "o.farouk@example.org", "", "Jordan", "Jordan", "Oil and Gas", "" } });
    QCOMPARE(import(db, "experts", path).summary.review, (QList<int> { 2, 3 }));
    ImportReviews reviews(*db.repository);
    const QList<ImportReview> open = reviews.open();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).candidateId, existing);
    QCOMPARE(open.at(0).row, 2);
    const int outbox = db.repository->outboxSize();
    // The first is the same person: merged into him (phone and Arabic name filled, sector joined).
    QVERIFY(reviews.merge(open.at(0).id).ok());
    const QVariantMap merged = *db.repository->get(Schema::experts(), existing);
    QCOMPARE(merged.value("phone").toString(), "+962 79 123 4567");
    QCOMPARE(merged.value("name_ar").toString(), QString::fromUtf8("محمد الخطيب"));
    QCOMPARE(merged.value("email").toString(), "mohammed.khatib@example.org");
    QVERIFY(merged.value("sectors").toList().contains("IT"));
    // The second is someone else: kept apart, a new expert.
    const WriteResult kept = reviews.keepApart(open.at(1).id);
    QVERIFY2(kept.ok(), qPrintable(kept.message()));
    QCOMPARE(db.repository->get(Schema::experts(), kept.id)->value("email").toString(), "o.farouk@example.org");
    QCOMPARE(db.repository->count(Schema::experts()), 3);
    QCOMPARE(db.repository->outboxSize(), outbox + 2);
    QVERIFY(reviews.open().isEmpty());
    // A decision is made once; importing the file again adds nothing.
    QVERIFY(!reviews.merge(open.at(0).id).ok());
    QCOMPARE(import(db, "experts", path).summary.skipped, (QList<int> { 2, 3 }));
    QCOMPARE(db.repository->count(Schema::experts()), 3);
}

void TestImport::rowsWithoutSubmissionIdAreRecognisedByContent()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    QStringList headers = kExpertHeaders.mid(1);
    const QString path = writeCsv(dir, "noid.csv",
        { headers, { "Omar Farouk", "omar@example.org", "", "Pakistan", "Pakistan", "Oil and Gas", "Lahore" } });
    QCOMPARE(import(db, "experts", path).summary.imported, QList<int> { 2 });
    QCOMPARE(import(db, "experts", path).summary.skipped, QList<int> { 2 });
    QVERIFY(db.repository->list(Schema::experts()).at(0).value("source").toString().startsWith("jotform:row-"));
    QCOMPARE(db.repository->count(Schema::experts()), 1);
}

void TestImport::needsFindOrCreateTheirInstitutionOnce()
{
    TestDatabase db;
    QVERIFY(db.open());
    const Run run = import(db, "needs", FIXTURES "/needs_jotform_fr.csv");
    QCOMPARE(run.summary.imported, (QList<int> { 2, 3 }));
    QCOMPARE(run.summary.failed, (QList<int> { 4, 5 }));
    QVERIFY(problemAt(run.summary, 4).contains("13-45-2030"));
    QVERIFY(problemAt(run.summary, 5).contains("Atlantide"));
    QCOMPARE(run.summary.institutionsCreated, 1);
    const QList<QVariantMap> institutions = db.repository->list(Schema::institutions());
    QCOMPARE(institutions.size(), 1);
    QCOMPARE(institutions.at(0).value("type").toString(), "university"); // from "Université …"
    QCOMPARE(institutions.at(0).value("focal_email").toString(), "awa.ndiaye@ucad.example.sn");
    const QList<QVariantMap> needs = db.repository->list(Schema::needs(), {}, "window_start");
    QCOMPARE(needs.size(), 2);
    for (const QVariantMap &need : needs)
        QCOMPARE(need.value("institution_id"), institutions.at(0).value("id"));
    QCOMPARE(needs.at(0).value("sector").toString(), "RE");
    QCOMPARE(needs.at(0).value("service_type").toString(), "training");
    QCOMPARE(needs.at(0).value("equipment_manufacturer").toString(), "SMA");
    QCOMPARE(needs.at(0).value("equipment_model").toString(), "Sunny Tripower");
    QCOMPARE(needs.at(0).value("trainees").toInt(), 12);
    QCOMPARE(needs.at(0).value("window_start").toString(), "2030-07-01");
    QCOMPARE(needs.at(1).value("service_type").toString(), "maintenance");
    QCOMPARE(needs.at(1).value("title").toString(), "Siemens Magnetom Aera");
    // A second import: nothing new, the institution is not created again.
    const Run again = import(db, "needs", FIXTURES "/needs_jotform_fr.csv");
    QCOMPARE(again.summary.skipped, (QList<int> { 2, 3 }));
    QCOMPARE(again.summary.institutionsCreated, 0);
    QCOMPARE(db.repository->count(Schema::institutions()), 1);
    QCOMPARE(db.repository->count(Schema::needs()), 2);
}

void TestImport::dryRunWritesNothing()
{
    TestDatabase db;
    QVERIFY(db.open());
    const Run run = import(db, "experts", FIXTURES "/experts_jotform.csv", true);
    QCOMPARE(run.summary.imported, (QList<int> { 2, 3 })); // what a real run would do
    QCOMPARE(run.summary.failed, (QList<int> { 4, 5, 6 }));
    QCOMPARE(db.repository->count(Schema::experts()), 0);
    QCOMPARE(db.repository->outboxSize(), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_runs"), 0);
}

void TestImport::interruptedImportCompletesOnSecondRun()
{
    // 60 experts in batches of 10, cancelled after the second batch: 20 are in, the log says
    // cancelled; a second run brings exactly the records an uninterrupted run makes.
    QTemporaryDir dir;
    QList<QStringList> rows { kExpertHeaders };
    // Names that differ in their consonants (a name key ignores digits, vowels, and q against k).
    const QString consonants = "bcdfghjklmnprstvxz";
    for (int i = 0; i < 60; ++i)
        rows << QStringList { QString::number(1000 + i),
            QStringLiteral("Expert %1a%2o").arg(consonants.at(i / consonants.size())).arg(consonants.at(i % consonants.size())),
            QStringLiteral("expert%1@example.org").arg(i), "", "Morocco", "Morocco", "Information Technology", "Rabat" };
    const QString path = writeCsv(dir, "sixty.csv", rows);

    TestDatabase interrupted;
    QVERIFY(interrupted.open());
    int batches = 0;
    const Run first = import(interrupted, "experts", path, false, [&](int, qint64, qint64) { return ++batches < 2; }, 10);
    QVERIFY(first.summary.cancelled);
    QCOMPARE(first.summary.imported.size(), 20);
    QCOMPARE(interrupted.repository->count(Schema::experts()), 20);
    QCOMPARE(scalar(interrupted, "SELECT count(*) FROM import_runs WHERE state = 'cancelled' AND imported = 20"), 1);
    const Run second = import(interrupted, "experts", path, false, {}, 10);
    QCOMPARE(second.summary.skipped.size(), 20);
    QCOMPARE(second.summary.imported.size(), 40);

    TestDatabase whole;
    QVERIFY(whole.open());
    import(whole, "experts", path, false, {}, 10);
    auto records = [](TestDatabase &db) {
        QStringList lines;
        for (const QVariantMap &expert : db.repository->list(Schema::experts(), {}, "email"))
            lines << expert.value("source").toString() + ' ' + expert.value("name").toString() + ' '
                    + expert.value("email").toString();
        return lines;
    };
    QCOMPARE(records(interrupted), records(whole));
    QCOMPARE(interrupted.repository->outboxSize(), whole.repository->outboxSize());
}

void TestImport::emptyOrUnreadableFile()
{
    QTemporaryDir dir;
    TestDatabase db;
    QVERIFY(db.open());
    QFile empty(dir.filePath("empty.csv"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(import(db, "experts", empty.fileName()).summary.rows, 0);
    const Run missing = import(db, "experts", dir.filePath("nowhere.xlsx"));
    QVERIFY2(missing.summary.error.contains("nowhere.xlsx"), qPrintable(missing.summary.error));
    QCOMPARE(db.repository->count(Schema::experts()), 0);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
