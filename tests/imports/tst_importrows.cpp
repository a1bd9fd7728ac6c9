// What an import writes, row by row and column by column: the records, their outbox entries and
// field clocks, the import's own tables. Each run's database is compared with a listing kept in
// fixtures/*.rows.txt, written by the import as it was before its per-row statements moved to
// SQLite's C API (QSqlQuery, every value validated twice) and read through by hand; ids are
// numbered in the order they first appear, so the listing does not depend on random bits. Two
// entries are also spelled out here in full.
#include "io/ImportMapping.h"
#include "io/ImportVocabulary.h"
#include "io/JotformImporter.h"
#include "io/TableReader.h"

#include "TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ed;

namespace {

ImportSummary import(TestDatabase &db, const QString &form, const QString &path, int batchRows = 500)
{
    const ImportVocabulary vocabulary(db.reference);
    const std::unique_ptr<TableReader> reader = TableReader::forFile(path);
    QString error;
    QStringList headers;
    if (!reader->open(&error) || !reader->next(&headers))
        return {};
    const ImportMapping mapping(form, headers, vocabulary);
    JotformImporter importer(*db.repository, vocabulary);
    JotformImporter::Options options;
    options.batchRows = batchRows;
    options.fileName = path.section('/', -1);
    return importer.run(*reader, mapping, options);
}

// Every row of the tables an import writes, one line each: text quoted, numbers bare, NULL.
QString listing(TestDatabase &db)
{
    QStringList lines;
    for (const char *table : { "experts", "institutions", "needs", "outbox", "import_sources", "import_runs",
             "import_problems", "import_reviews" }) {
        QSqlQuery query(db.database->connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return query.lastError().text();
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                QString text = value.isNull() ? QStringLiteral("NULL")
                    : value.typeId() == QMetaType::QString
                    ? '\'' + value.toString().replace('\n', "\\n").replace('\r', "\\r") + '\''
                    : value.toString();
                cells << record.fieldName(i) + '=' + text;
            }
            lines << QLatin1String(table) + ": " + cells.join(' ');
        }
    }
    // Ids (and the client id inside every clock) by order of appearance; codes end in an id's tail.
    QString text = lines.join('\n') + '\n';
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QHash<QString, QString> names;
    QString out;
    qsizetype from = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString &name = names[match.captured()];
        if (name.isEmpty())
            name = QStringLiteral("<id%1>").arg(names.size());
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += name;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    static const QRegularExpression code(QStringLiteral("\\b([A-Z]+-\\d{4})-[0-9A-F]{5}\\b"));
    return out.replace(code, QStringLiteral("\\1-<tail>"));
}

// The listing kept in a fixture, without its comment lines ("# …").
QString expected(const QString &name)
{
    QFile file(QStringLiteral(FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (!line.startsWith(QLatin1String("# ")))
            text += line;
    }
    return text;
}

// QCOMPARE of two long texts shows only their start: the first line that differs instead.
void compareListings(const QString &actual, const QString &wanted)
{
    const QStringList a = actual.split('\n'), w = wanted.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), w.size()); ++i) {
        if (a.value(i) != w.value(i)) {
            QFAIL(qPrintable(QStringLiteral("line %1 differs:\n   actual: %2\n expected: %3")
                                 .arg(i + 1)
                                 .arg(a.value(i), w.value(i))));
        }
    }
}

} // namespace

class TestImportRows : public QObject
{
    Q_OBJECT
private slots:
    void expertsWriteWhatTheyAlwaysWrote();
    void needsWriteWhatTheyAlwaysWrote();
    void oneExpertInFull();
};

void TestImportRows::expertsWriteWhatTheyAlwaysWrote()
{
    TestDatabase db;
    QVERIFY(db.open());
    // Small batches: rows of one file in several transactions; the file again (nothing new); a
    // later export (a changed submission, a name to review, a new expert).
    QVERIFY(import(db, "experts", FIXTURES "/experts_jotform.csv", 2).error.isEmpty());
    QVERIFY(import(db, "experts", FIXTURES "/experts_jotform.csv").error.isEmpty());
    const ImportSummary later = import(db, "experts", FIXTURES "/experts_jotform_later.csv");
    QCOMPARE(later.updated, QList<int> { 2 });
    QCOMPARE(later.review, QList<int> { 3 });
    QCOMPARE(later.imported, QList<int> { 4 });
    compareListings(listing(db), expected("experts_jotform.rows.txt"));
}

void TestImportRows::needsWriteWhatTheyAlwaysWrote()
{
    TestDatabase db;
    QVERIFY(db.open());
    QVERIFY(import(db, "needs", FIXTURES "/needs_jotform_fr.csv").error.isEmpty());
    compareListings(listing(db), expected("needs_jotform_fr.rows.txt"));
}

void TestImportRows::oneExpertInFull()
{
    TestDatabase db;
    QVERIFY(db.open());
    QTemporaryDir dir;
    const QString path = dir.filePath("one.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Submission ID,Full Name,E-mail,Phone Number,Nationality,Country of Residence,Areas of Expertise,"
               "Specific Skills and Equipment,Languages Spoken\r\n"
               "77,\"Fatou \"\"Tata\"\" Sow\",fatou@example.org,+221 77 000 11 22,Senegal,Senegal,"
               "\"Renewable Energy\",\"Solar pumps\nPLC programming\",\"French (native)\"\r\n");
    file.close();
    const ImportSummary summary = import(db, "experts", path);
    QCOMPARE(summary.imported, QList<int> { 2 });

    QSqlQuery query(db.database->connection());
    QVERIFY(query.exec("SELECT e.id, e.field_hlc, o.changes, o.hlc, s.values_json, e.skills, e.languages, e.sectors, "
                       "e.years_experience, e.max_missions_per_year, e.name_ar FROM experts e "
                       "JOIN outbox o ON o.row_id = e.id JOIN import_sources s ON s.record_id = e.id"));
    QVERIFY(query.next());
    const QString hlc = query.value(3).toString();
    QVERIFY(hlc.startsWith("1795334400000:00000:"));
    const QString h = '"' + hlc + '"';
    QCOMPARE(query.value(1).toString(),
        "{\"country\":" + h + ",\"email\":" + h + ",\"equipment\":" + h + ",\"languages\":" + h
            + ",\"max_missions_per_year\":" + h + ",\"name\":" + h + ",\"nationality\":" + h + ",\"phone\":" + h
            + ",\"sectors\":" + h + ",\"skills\":" + h + ",\"source\":" + h + ",\"status\":" + h
            + ",\"text_language\":" + h + ",\"unavailability\":" + h + ",\"years_experience\":" + h + "}");
    QCOMPARE(query.value(2).toString(),
        QString("{\"country\":{\"new\":\"SN\",\"old\":null},\"email\":{\"new\":\"fatou@example.org\",\"old\":null},"
                "\"equipment\":{\"new\":[],\"old\":null},"
                "\"languages\":{\"new\":[{\"code\":\"fr\",\"level\":4}],\"old\":null},"
                "\"max_missions_per_year\":{\"new\":2,\"old\":null},"
                "\"name\":{\"new\":\"Fatou \\\"Tata\\\" Sow\",\"old\":null},"
                "\"nationality\":{\"new\":\"SN\",\"old\":null},\"phone\":{\"new\":\"+221 77 000 11 22\",\"old\":null},"
                "\"sectors\":{\"new\":[\"RE\"],\"old\":null},"
                "\"skills\":{\"new\":[{\"level\":3,\"name\":\"Solar pumps\",\"years\":0},"
                "{\"level\":3,\"name\":\"PLC programming\",\"years\":0}],\"old\":null},"
                "\"source\":{\"new\":\"jotform:77\",\"old\":null},\"status\":{\"new\":\"active\",\"old\":null},"
                "\"text_language\":{\"new\":\"en\",\"old\":null},\"unavailability\":{\"new\":[],\"old\":null},"
                "\"years_experience\":{\"new\":0,\"old\":null}}"));
    QCOMPARE(query.value(4).toString(),
        QString("{\"country\":\"SN\",\"email\":\"fatou@example.org\",\"languages\":[{\"code\":\"fr\",\"level\":4}],"
                "\"name\":\"Fatou \\\"Tata\\\" Sow\",\"nationality\":\"SN\",\"phone\":\"+221 77 000 11 22\","
                "\"sectors\":[\"RE\"],\"skills\":[{\"level\":3,\"name\":\"Solar pumps\",\"years\":0},"
                "{\"level\":3,\"name\":\"PLC programming\",\"years\":0}]}"));
    QCOMPARE(query.value(5).toString(),
        QString("[{\"level\":3,\"name\":\"Solar pumps\",\"years\":0},{\"level\":3,\"name\":\"PLC programming\",\"years\":0}]"));
    QCOMPARE(query.value(6).toString(), QString("[{\"code\":\"fr\",\"level\":4}]"));
    QCOMPARE(query.value(7).toString(), QString("[\"RE\"]"));
    QCOMPARE(query.value(8).typeId(), QMetaType::LongLong); // an integer, not the text "0"
    QCOMPARE(query.value(8).toLongLong(), 0);
    QCOMPARE(query.value(9).toLongLong(), 2);
    QVERIFY(query.value(10).isNull());
    QVERIFY(!query.next());
}

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
