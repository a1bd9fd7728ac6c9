#include "ExportFixture.h"

#include "i18n/Translations.h"
#include "io/RecordExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ed;
using namespace ExportFixture;

class TestRecordExport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void csvIsExcelReadyAndFiltered();
    void csvSearchAndStatusFilter();
    void csvTextNeverRunsAsFormula();
    void csvNamesReferencesInInterfaceLanguage();
    void jsonRoundTrips();
    void pagesThroughManyRows();
    void cancelledExportLeavesPreviousFile();
    void rowMissedWhilePagingFailsTheExport();
    void unwritableDestinationFails();

private:
    QString exportTo(const EntitySpec &spec, const RecordFilter &filter, ExportFormat format,
        const QString &name, ExportResult *result = nullptr);

    std::unique_ptr<TestDatabase> t;
    Experts ids;
};

void TestRecordExport::init()
{
    t = std::make_unique<TestDatabase>();
    QVERIFY(t->open());
    QVERIFY(addExperts(*t, &ids));
}

QString TestRecordExport::exportTo(const EntitySpec &spec, const RecordFilter &filter,
    ExportFormat format, const QString &name, ExportResult *result)
{
    const QString path = t->dir.filePath(name);
    const ExportResult r = RecordExport::write(*t->repository, spec, filter, format, path);
    if (result)
        *result = r;
    return r.ok ? path : QString();
}

void TestRecordExport::csvIsExcelReadyAndFiltered()
{
    RecordFilter senegal;
    senegal.country = QStringLiteral("SN");
    ExportResult result;
    const QString path
        = exportTo(Schema::experts(), senegal, ExportFormat::Csv, QStringLiteral("e.csv"), &result);
    QVERIFY2(!path.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, 2);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    bool crlf = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &crlf);
    QVERIFY(crlf);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    QCOMPARE(header.size(), Schema::experts().fields.size());
    QCOMPARE(header.at(0), QStringLiteral("Name"));
    QVERIFY(header.contains(QStringLiteral("E-mail")));
    const int name = int(header.indexOf(QStringLiteral("Name")));
    const int nameAr = int(header.indexOf(QStringLiteral("Name in Arabic script")));
    const int notes = int(header.indexOf(QStringLiteral("Notes")));
    const int country = int(header.indexOf(QStringLiteral("Country of residence")));
    const int consent = int(header.indexOf(QStringLiteral("Consent given")));
    QStringList names;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        names << row.at(name);
        QCOMPARE(row.at(country), QStringLiteral("Senegal"));
        if (row.at(name) == QLatin1String("Amina Diallo")) {
            QCOMPARE(row.at(notes), QStringLiteral("Line one, with \"quotes\"\r\nline two"));
            QCOMPARE(row.at(consent), QStringLiteral("2026-05-01"));
        } else {
            QCOMPARE(row.at(nameAr), QStringLiteral("فاطمة الزهراء انجاي"));
        }
    }
    names.sort();
    QCOMPARE(names,
        (QStringList { QStringLiteral("Amina Diallo"), QStringLiteral("Fatima Zahra Ndiaye") }));
    QVERIFY(!bytes.contains("Imran"));
}

void TestRecordExport::csvSearchAndStatusFilter()
{
    QVERIFY(t->repository
                ->update(Schema::experts(), ids.senegalId,
                    { { QStringLiteral("status"), QStringLiteral("inactive") } })
                .ok());
    RecordFilter search;
    search.search = QStringLiteral("qureshi");
    bool crlf = false;
    QList<QStringList> rows = parseCsv(
        QString::fromUtf8(
            readAll(exportTo(Schema::experts(), search, ExportFormat::Csv, QStringLiteral("s.csv")))
                .mid(3)),
        &crlf);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Imran Qureshi"));

    RecordFilter active;
    active.status = QStringLiteral("active");
    active.sector = QStringLiteral("BME");
    rows = parseCsv(QString::fromUtf8(readAll(exportTo(Schema::experts(), active, ExportFormat::Csv,
                                                  QStringLiteral("a.csv")))
                                          .mid(3)),
        &crlf);
    QCOMPARE(rows.size(), 2); // Amina is inactive, Imran works in IT
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Fatima Zahra Ndiaye"));
}

void TestRecordExport::csvTextNeverRunsAsFormula()
{
    const WriteResult changed = t->repository->update(Schema::experts(), ids.pakistanId,
        { { QStringLiteral("phone"), QStringLiteral("+92 300 1234567") },
            { QStringLiteral("employer"),
                QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")") },
            { QStringLiteral("position"), QStringLiteral("@lead") },
            { QStringLiteral("years_experience"), 7 } });
    QVERIFY2(changed.ok(), qPrintable(changed.message()));
    RecordFilter pakistan;
    pakistan.country = QStringLiteral("PK");
    bool crlf = false;
    const QList<QStringList> rows = parseCsv(
        QString::fromUtf8(readAll(
            exportTo(Schema::experts(), pakistan, ExportFormat::Csv, QStringLiteral("f.csv")))
                              .mid(3)),
        &crlf);
    QCOMPARE(rows.size(), 2);
    const QStringList row = rows.at(1);
    QCOMPARE(row.at(fieldIndex(Schema::experts(), QStringLiteral("phone"))),
        QStringLiteral("'+92 300 1234567"));
    QCOMPARE(row.at(fieldIndex(Schema::experts(), QStringLiteral("employer"))),
        QStringLiteral("'=HYPERLINK(\"http://example.org\",\"x\")"));
    QCOMPARE(row.at(fieldIndex(Schema::experts(), QStringLiteral("position"))),
        QStringLiteral("'@lead"));
    QCOMPARE(row.at(fieldIndex(Schema::experts(), QStringLiteral("years_experience"))),
        QStringLiteral("7"));
    QCOMPARE(row.at(0), QStringLiteral("Imran Qureshi"));
}

void TestRecordExport::csvNamesReferencesInInterfaceLanguage()
{
    const auto institution
        = t->repository->insert(Schema::institutions(), TestRecords::institution());
    QVERIFY(institution.ok());
    QVERIFY(t->repository->insert(Schema::needs(), TestRecords::need(institution.id)).ok());
    Translations french;
    QVERIFY(french.setLanguage(QStringLiteral("fr")));
    bool crlf = false;
    const QList<QStringList> needs = parseCsv(
        QString::fromUtf8(
            readAll(exportTo(Schema::needs(), {}, ExportFormat::Csv, QStringLiteral("n.csv")))
                .mid(3)),
        &crlf);
    QCOMPARE(needs.size(), 2);
    const int column = fieldIndex(Schema::needs(), QStringLiteral("institution_id"));
    QCOMPARE(needs.at(0).at(column), QStringLiteral("Institution"));
    QCOMPARE(needs.at(1).at(column), QStringLiteral("Aga Khan University Hospital"));
    QVERIFY(!needs.at(1).contains(institution.id));

    RecordFilter senegal;
    senegal.country = QStringLiteral("SN");
    const QList<QStringList> experts = parseCsv(
        QString::fromUtf8(readAll(
            exportTo(Schema::experts(), senegal, ExportFormat::Csv, QStringLiteral("f.csv")))
                              .mid(3)),
        &crlf);
    QCOMPARE(experts.at(0).at(0), QStringLiteral("Nom"));
    const int country = fieldIndex(Schema::experts(), QStringLiteral("country"));
    QCOMPARE(experts.at(1).at(country), QStringLiteral("Sénégal"));
}

void TestRecordExport::jsonRoundTrips()
{
    const QString path
        = exportTo(Schema::experts(), {}, ExportFormat::Json, QStringLiteral("e.json"));
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(readAll(path), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 3);
    QJsonObject amina;
    for (const QJsonValue &value : array) {
        if (value.toObject().value("id").toString() == ids.senegalId)
            amina = value.toObject();
    }
    QCOMPARE(amina.value("name").toString(), QStringLiteral("Amina Diallo"));
    QCOMPARE(amina.value("email").toString(), QStringLiteral("amina@example.org"));
    QCOMPARE(amina.value("years_experience").toInt(), 12);
    QCOMPARE(amina.value("skills").toArray().at(0).toObject().value("name").toString(),
        QStringLiteral("MRI maintenance"));
    QCOMPARE(amina.value("consent_date").toString(), QStringLiteral("2026-05-01"));
    QVERIFY(amina.value("passport_expiry").isNull());

    // What came out goes back in as a new record with the same fields.
    QVariantMap input = amina.toVariantMap();
    input.remove(QStringLiteral("id"));
    input[QStringLiteral("email")] = QStringLiteral("amina.copy@example.org");
    const WriteResult copy = t->repository->insert(Schema::experts(), input);
    QVERIFY2(copy.ok(), qPrintable(copy.message()));
    const auto original = t->repository->get(Schema::experts(), ids.senegalId);
    const auto stored = t->repository->get(Schema::experts(), copy.id);
    for (const FieldSpec &field : Schema::experts().fields) {
        if (field.name != QLatin1String("email"))
            QCOMPARE(stored->value(field.name), original->value(field.name));
    }
}

void TestRecordExport::pagesThroughManyRows()
{
    const int extra = RecordExport::kPageSize + 150;
    {
        RecordRepository::Batch batch(*t->repository);
        for (int i = 0; i < extra; ++i) {
            QVERIFY(t->repository
                        ->insert(Schema::experts(),
                            expert(QStringLiteral("Expert %1").arg(i), QStringLiteral("MA"),
                                QStringLiteral("e%1@example.org").arg(i)))
                        .ok());
        }
        QVERIFY(batch.commit());
    }
    QList<int> done;
    const QString path = t->dir.filePath(QStringLiteral("many.json"));
    const ExportResult result = RecordExport::write(
        *t->repository, Schema::experts(), {}, ExportFormat::Json, path, [&](int d, int total) {
            done << d;
            return total == extra + 3;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, extra + 3);
    QCOMPARE(done, (QList<int> { 0, RecordExport::kPageSize, extra + 3 }));
    QSet<QString> seen;
    for (const QJsonValue &value : QJsonDocument::fromJson(readAll(path)).array())
        seen.insert(value.toObject().value("id").toString());
    QCOMPARE(seen.size(), extra + 3);
}

void TestRecordExport::cancelledExportLeavesPreviousFile()
{
    const QString path = t->dir.filePath(QStringLiteral("previous.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous export");
    }
    for (const ExportFormat format :
        { ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json }) {
        int calls = 0;
        const ExportResult result = RecordExport::write(*t->repository, Schema::experts(), {},
            format, path, [&](int, int) { return ++calls < 2; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(readAll(path), QByteArray("previous export"));
    }
    const QString fresh = t->dir.filePath(QStringLiteral("fresh.xlsx"));
    QVERIFY(RecordExport::write(
        *t->repository, Schema::experts(), {}, ExportFormat::Xlsx, fresh, [](int, int) {
            return false;
        }).cancelled);
    QVERIFY(!QFile::exists(fresh));
    // Besides the database (and its -wal, -shm), only previous.csv: no temporary file left behind.
    QStringList left = QDir(t->dir.path()).entryList(QDir::Files | QDir::Hidden);
    left = left.filter(QRegularExpression(QStringLiteral("^(?!test\\.sqlite)")));
    QCOMPARE(left, QStringList { QStringLiteral("previous.csv") });
}

// A sync can bring rows whose ids sort before the page being read: the export must not claim
// to hold every record then.
void TestRecordExport::rowMissedWhilePagingFailsTheExport()
{
    {
        RecordRepository::Batch batch(*t->repository);
        for (int i = 0; i < RecordExport::kPageSize; ++i)
            QVERIFY(t->repository
                        ->insert(Schema::experts(),
                            expert(QStringLiteral("Expert %1").arg(i), QStringLiteral("MA"),
                                QStringLiteral("e%1@example.org").arg(i)))
                        .ok());
        QVERIFY(batch.commit());
    }
    const QString path = t->dir.filePath(QStringLiteral("missed.csv"));
    bool inserted = false;
    const ExportResult result = RecordExport::write(
        *t->repository, Schema::experts(), {}, ExportFormat::Csv, path, [&](int done, int) {
            if (done == RecordExport::kPageSize && !inserted) {
                QVariantMap early = expert(QStringLiteral("Early Bird"), QStringLiteral("MA"),
                    QStringLiteral("early@example.org"));
                early[QStringLiteral("id")]
                    = QStringLiteral("00000000-0000-7000-8000-000000000001");
                inserted = t->repository->insert(Schema::experts(), early).ok();
            }
            return true;
        });
    QVERIFY(inserted);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QString::number(RecordExport::kPageSize + 3)),
        qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

void TestRecordExport::unwritableDestinationFails()
{
    const QString path = t->dir.filePath(QStringLiteral("missing-folder/e.csv"));
    const ExportResult result
        = RecordExport::write(*t->repository, Schema::experts(), {}, ExportFormat::Csv, path);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.contains(path));
}

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
