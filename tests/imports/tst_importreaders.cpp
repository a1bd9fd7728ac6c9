// The readers under the import: CSV as JotForm and spreadsheets write it, XLSX as a real writer
// (libxlsxwriter) makes it, the dates and phone numbers people type, and the vocabulary.
#include "io/CsvTableReader.h"
#include "io/ImportMapping.h"
#include "io/ImportValues.h"
#include "io/ImportVocabulary.h"
#include "io/NameSkeleton.h"
#include "io/TableReader.h"
#include "io/XlsxTableReader.h"

#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace ed;

class TestImportReaders : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvOfARealExport();
    void csvSemicolonsAndUtf16();
    void csvRowNumbersCountRecordsNotLines();
    void xlsxFromASpreadsheetWriter();
    void notAWorkbook();
    void dates_data();
    void dates();
    void phones_data();
    void phones();
    void headersInThreeLanguages_data();
    void headersInThreeLanguages();
    void answersToCodes_data();
    void answersToCodes();
    void mappingFile();
    void nameSkeletonAcrossScripts();

private:
    QList<QStringList> readAll(const QString &path, QString *error = nullptr);
    QTemporaryDir m_dir;
    TestDatabase m_db;
};

void TestImportReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open());
}

QList<QStringList> TestImportReaders::readAll(const QString &path, QString *error)
{
    const std::unique_ptr<TableReader> reader = TableReader::forFile(path);
    QString message;
    QList<QStringList> rows;
    if (!reader->open(&message)) {
        if (error)
            *error = message;
        return rows;
    }
    QStringList cells;
    while (reader->next(&cells))
        rows << cells;
    if (error)
        *error = reader->error();
    return rows;
}

void TestImportReaders::csvOfARealExport()
{
    // BOM, CRLF, a quoted cell with a line break, a repeated header (fixture written for this).
    const QList<QStringList> rows = readAll(QStringLiteral(FIXTURES "/experts_jotform.csv"));
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(0).at(0), "Submission Date"); // no BOM glued to the first header
    QCOMPARE(rows.at(0).count("E-mail"), 2);
    QCOMPARE(rows.at(1).at(6), "Biomedical Engineering and Health\nRenewable Energy");
    QCOMPARE(rows.at(2).at(1), QString::fromUtf8("محمد الخطيب"));
    QCOMPARE(rows.at(2).at(6), "Information Technology, Heating, Ventilation and Air Conditioning");
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 13);
}

void TestImportReaders::csvSemicolonsAndUtf16()
{
    // As French Excel saves ("CSV (séparateur : point-virgule)"), and as "Unicode text" (UTF-16, tabs).
    const QString semicolons = m_dir.filePath("semicolons.csv");
    QFile file(semicolons);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nom;Ville\r\n\"Diallo; Amina\";\"Dakar \"\"centre\"\"\"\r\nFall;Thiès\r\n");
    file.close();
    QList<QStringList> rows = readAll(semicolons);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1), (QStringList { "Diallo; Amina", "Dakar \"centre\"" }));
    QCOMPARE(rows.at(2).at(1), QString::fromUtf8("Thiès"));

    const QString utf16 = m_dir.filePath("unicode.txt");
    QFile wide(utf16);
    QVERIFY(wide.open(QIODevice::WriteOnly));
    const QString text = QString::fromUtf8("Name\tCountry\r\nمحمد\tالأردن\r\n");
    wide.write("\xFF\xFE");
    wide.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    wide.close();
    rows = readAll(utf16);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), (QStringList { QString::fromUtf8("محمد"), QString::fromUtf8("الأردن") }));
}

void TestImportReaders::csvRowNumbersCountRecordsNotLines()
{
    // Row numbers are those a spreadsheet shows: a cell with three lines is still one row.
    const QString path = m_dir.filePath("numbers.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A,B\n\"one\ntwo\nthree\",x\n\nlast,y\n");
    file.close();
    CsvTableReader reader(path);
    QString error;
    QVERIFY(reader.open(&error));
    QStringList cells;
    QList<int> numbers;
    while (reader.next(&cells))
        numbers << reader.rowNumber();
    QCOMPARE(numbers, (QList<int> { 1, 2, 3 }));
    QCOMPARE(cells, (QStringList { "last", "y" }));
}

void TestImportReaders::xlsxFromASpreadsheetWriter()
{
    const QString path = m_dir.filePath("export.xlsx");
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Submissions");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "mmm d, yyyy");
    worksheet_write_string(sheet, 0, 0, "Full Name", nullptr);
    worksheet_write_string(sheet, 0, 1, "Available From", nullptr);
    worksheet_write_string(sheet, 0, 2, "Phone Number", nullptr);
    worksheet_write_string(sheet, 0, 4, "Areas of Expertise", nullptr); // column D left empty
    worksheet_write_string(sheet, 1, 0, "محمد الخطيب", nullptr);
    lxw_datetime when { 2024, 6, 12, 0, 0, 0 };
    worksheet_write_datetime(sheet, 1, 1, &when, date);
    worksheet_write_number(sheet, 1, 2, 962791234567.0, nullptr);
    worksheet_write_string(sheet, 1, 4, "Information Technology\nRenewable Energy", nullptr);
    worksheet_write_string(sheet, 3, 0, "After a blank row", nullptr);
    worksheet_write_number(sheet, 3, 2, 2.5, nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    XlsxTableReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QStringList cells;
    QVERIFY(reader.next(&cells));
    QCOMPARE(cells, (QStringList { "Full Name", "Available From", "Phone Number", "", "Areas of Expertise" }));
    QVERIFY(reader.next(&cells));
    QCOMPARE(reader.rowNumber(), 2);
    QCOMPARE(cells, (QStringList { QString::fromUtf8("محمد الخطيب"), "2024-06-12", "962791234567", "",
                        "Information Technology\nRenewable Energy" }));
    QVERIFY(reader.next(&cells));
    QCOMPARE(reader.rowNumber(), 4);
    QCOMPARE(cells, (QStringList { "After a blank row", "", "2.5" }));
    QVERIFY(!reader.next(&cells));
    QVERIFY(reader.error().isEmpty());
    // forFile() tells a workbook by its content, not by its name.
    const QString renamed = m_dir.filePath("export-really-xlsx.csv");
    QVERIFY(QFile::copy(path, renamed));
    QCOMPARE(readAll(renamed).size(), 3);
}

void TestImportReaders::notAWorkbook()
{
    const QString path = m_dir.filePath("broken.xlsx");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not really a zip file at all");
    file.close();
    QString error;
    QVERIFY(readAll(path, &error).isEmpty());
    QVERIFY2(error.contains("broken.xlsx"), qPrintable(error));
    QVERIFY(readAll(m_dir.filePath("missing.csv"), &error).isEmpty());
    QVERIFY2(error.contains("missing.csv"), qPrintable(error));
}

void TestImportReaders::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QString>("expected"); // "" = not a date, "impossible" = a date that does not exist
    QTest::newRow("jotform long") << "Jun 12, 2024" << false << "2024-06-12";
    QTest::newRow("full month") << "September 3 2024" << false << "2024-09-03";
    QTest::newRow("jotform numeric") << "06-15-2024" << false << "2024-06-15";
    QTest::newRow("day first when it must") << "15/06/2024" << false << "2024-06-15";
    QTest::newRow("day first by mapping") << "05/06/2024" << true << "2024-06-05";
    QTest::newRow("month first by default") << "05/06/2024" << false << "2024-05-06";
    QTest::newRow("iso") << "2024-06-12" << false << "2024-06-12";
    QTest::newRow("submission stamp") << "2024-06-12 10:33:45" << false << "2024-06-12";
    QTest::newRow("french") << QString::fromUtf8("12 juin 2024") << false << "2024-06-12";
    QTest::newRow("french accents") << QString::fromUtf8("1er février 2025") << false << "2025-02-01";
    QTest::newRow("impossible") << "02-30-2024" << false << "impossible";
    QTest::newRow("month 45") << "13-45-2024" << false << "impossible";
    QTest::newRow("words") << "next spring" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestImportReaders::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, dayFirst);
    QFETCH(QString, expected);
    bool impossible = false;
    const QDate date = ImportValues::parseDate(
        text, dayFirst ? ImportValues::DateOrder::DayFirst : ImportValues::DateOrder::MonthFirst, &impossible);
    if (expected == "impossible") {
        QVERIFY(!date.isValid());
        QVERIFY(impossible);
    } else if (expected.isEmpty()) {
        QVERIFY(!date.isValid());
        QVERIFY(!impossible);
    } else {
        QCOMPARE(date.toString(Qt::ISODate), expected);
    }
}

void TestImportReaders::phones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double zero") << "0092 300 1234567" << "+92 300 1234567";
    QTest::newRow("trunk zero") << "+92 (0)300-123 45 67" << "+92 300-123 45 67";
    QTest::newRow("arabic digits") << QString::fromUtf8("٠٠٩٦٢ ٧٩ ١٢٣ ٤٥٦٧") << "+962 79 123 4567";
    QTest::newRow("persian digits") << QString::fromUtf8("+۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸") << "+98 21 1234 5678";
    QTest::newRow("label") << "Tel: +221 77 123 45 67 (WhatsApp)" << "+221 77 123 45 67";
    QTest::newRow("dots") << "+212.5.22.12.34.56" << "+212.5.22.12.34.56";
    QTest::newRow("nothing") << "n/a" << "";
}

void TestImportReaders::phones()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ImportValues::cleanPhone(text), expected);
}

void TestImportReaders::headersInThreeLanguages_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("target");
    QTest::newRow("en") << "experts" << "Full Name" << "name";
    QTest::newRow("en email") << "experts" << "E-mail" << "email";
    QTest::newRow("en with hint") << "experts" << "Areas of Expertise (check all that apply)" << "sectors";
    QTest::newRow("en case") << "experts" << "LANGUAGES SPOKEN" << "languages";
    QTest::newRow("fr") << "experts" << QString::fromUtf8("Nationalité") << "nationality";
    QTest::newRow("fr no accent") << "experts" << "Pays de residence" << "country";
    QTest::newRow("ar") << "experts" << QString::fromUtf8("البريد الإلكتروني") << "email";
    QTest::newRow("ar hamza variant") << "experts" << QString::fromUtf8("بلد الاقامة") << "country";
    QTest::newRow("need en") << "needs" << "Name of Institution" << "institution";
    QTest::newRow("need fr") << "needs" << QString::fromUtf8("Type de service demandé") << "service_type";
    QTest::newRow("need ar") << "needs" << QString::fromUtf8("الشركة المصنعة والطراز") << "manufacturer_model";
    QTest::newRow("same words, other form") << "needs" << "Full Name" << "contact_name";
    QTest::newRow("unknown") << "experts" << "Favourite colour" << "";
    QTest::newRow("not a prefix of a word") << "experts" << "Namesake" << "";
}

void TestImportReaders::headersInThreeLanguages()
{
    QFETCH(QString, form);
    QFETCH(QString, header);
    QFETCH(QString, target);
    const ImportVocabulary vocabulary(m_db.reference);
    QCOMPARE(vocabulary.target(form, header), target);
}

void TestImportReaders::answersToCodes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("country en") << "country" << "Pakistan" << "PK";
    QTest::newRow("country fr") << "country" << QString::fromUtf8("Sénégal") << "SN";
    QTest::newRow("country ar") << "country" << QString::fromUtf8("الأردن") << "JO";
    QTest::newRow("country alias") << "country" << QString::fromUtf8("Türkiye") << "TR";
    QTest::newRow("country code") << "country" << "ma" << "MA";
    QTest::newRow("not a member") << "country" << "Germany" << "";
    QTest::newRow("sector name") << "sector" << "Renewable Energy" << "RE";
    QTest::newRow("sector fr") << "sector" << QString::fromUtf8("Génie biomédical et santé") << "BME";
    QTest::newRow("sector with comma") << "sector" << "Heating, Ventilation and Air Conditioning" << "HVAC";
    QTest::newRow("sector ar article") << "sector" << QString::fromUtf8("الاتصالات") << "TEL";
    QTest::newRow("language fr") << "language" << QString::fromUtf8("Français") << "fr";
    QTest::newRow("language iso-codes") << "language" << "Swahili" << "sw";
    QTest::newRow("service ar") << "service_type" << QString::fromUtf8("صيانة") << "maintenance";
    QTest::newRow("unknown sector") << "sector" << "Astrology" << "";
}

void TestImportReaders::answersToCodes()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, code);
    const ImportVocabulary vocabulary(m_db.reference);
    QCOMPARE(vocabulary.code(kind, text), code);
}

void TestImportReaders::mappingFile()
{
    const ImportVocabulary vocabulary(m_db.reference);
    const QStringList headers { "Full Name", "Mobile (WhatsApp)", "E-mail", "E-mail", "Favourite colour" };
    ImportMapping mapping("experts", headers, vocabulary);
    QCOMPARE(mapping.column("name"), 0);
    QCOMPARE(mapping.column("email"), 2); // the first of a repeated header
    QCOMPARE(mapping.column("phone"), 1);
    QCOMPARE(mapping.unmappedColumns(), (QStringList { "E-mail", "Favourite colour" }));
    QString error;
    QVERIFY2(mapping.apply(QJsonDocument::fromJson(R"({"form": "jotform-experts", "date_order": "day-first",
        "columns": {"#4": "email", "Favourite colour": "ignore"}})").object(), vocabulary, &error), qPrintable(error));
    QCOMPARE(mapping.column("email"), 3);
    QVERIFY(mapping.unmappedColumns() == QStringList { "E-mail" }); // the other one now feeds nothing
    QCOMPARE(mapping.dateOrder(), ImportValues::DateOrder::DayFirst);
    // What it saves reads back the same.
    ImportMapping again("experts", headers, vocabulary);
    QVERIFY(again.apply(mapping.toJson(), vocabulary, &error));
    QCOMPARE(again.column("email"), 3);
    QCOMPARE(again.unmappedColumns(), mapping.unmappedColumns());
    // Bad entries are named.
    QVERIFY(!again.apply(QJsonDocument::fromJson(R"({"columns": {"Shoe size": "name"}})").object(), vocabulary, &error));
    QVERIFY2(error.contains("Shoe size"), qPrintable(error));
    QVERIFY(!again.apply(QJsonDocument::fromJson(R"({"columns": {"Full Name": "favourite"}})").object(), vocabulary, &error));
    QVERIFY2(error.contains("favourite"), qPrintable(error));
    QVERIFY(!again.apply(QJsonDocument::fromJson(R"({"form": "jotform-needs"})").object(), vocabulary, &error));
}

void TestImportReaders::nameSkeletonAcrossScripts()
{
    QCOMPARE(NameSkeleton::of("Mohammed Al-Khatib"), NameSkeleton::of(QString::fromUtf8("محمد الخطيب")));
    QCOMPARE(NameSkeleton::of("Muhammad Alkhateeb"), NameSkeleton::of(QString::fromUtf8("محمد الخطيب")));
    QCOMPARE(NameSkeleton::of("Amina Diallo"), QString("mndl"));
    QVERIFY(NameSkeleton::of("Omar Farouk") != NameSkeleton::of(QString::fromUtf8("محمد الخطيب")));
    QCOMPARE(NameSkeleton::phoneKey("+962 79 123 4567"), NameSkeleton::phoneKey("0791234567"));
    QCOMPARE(NameSkeleton::phoneKey("12"), QString());
}

QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_importreaders.moc"
