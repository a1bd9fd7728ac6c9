// XLSX export read back as Excel would: unzipped with minizip (the libminizip libxlsxwriter itself
// uses; QuaZip is avoided because it exports its own copy of minizip's functions, which take the
// place of libminizip's and crash libxlsxwriter in the same process), sheet and styles parsed as
// XML. The workbook is written by the built expertdesk-cli, so the command is tested end to end.
#include "ExportFixture.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

using namespace ed;
using namespace ExportFixture;

namespace {
QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    if (!zip)
        return {};
    QByteArray data;
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK
        && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

struct Cell {
    QString type, style, value;
};

// Cells of a sheet by reference ("B2"), inline strings read as their text.
QHash<QString, Cell> sheetCells(const QByteArray &xml, int *rows)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader reader(xml);
    QString current;
    *rows = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("row")) {
            ++*rows;
        } else if (reader.name() == QLatin1String("c")) {
            current = reader.attributes().value("r").toString();
            cells[current] = { reader.attributes().value("t").toString(),
                reader.attributes().value("s").toString(), {} };
        } else if (reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")) {
            cells[current].value += reader.readElementText();
        }
    }
    return cells;
}

// The number format code of each cell style (cellXfs index → formatCode, empty for General).
QStringList styleFormats(const QByteArray &xml, QList<bool> *bold)
{
    QHash<QString, QString> codes;
    QList<bool> fontBold;
    QStringList formats;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false, inFonts = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (reader.isEndElement() && reader.name() == QLatin1String("fonts"))
            inFonts = false;
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("numFmt"))
            codes.insert(reader.attributes().value("numFmtId").toString(),
                reader.attributes().value("formatCode").toString());
        else if (name == QLatin1String("fonts"))
            inFonts = true;
        else if (inFonts && name == QLatin1String("font"))
            fontBold << false;
        else if (inFonts && name == QLatin1String("b"))
            fontBold.last() = true;
        else if (name == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inCellXfs && name == QLatin1String("xf")) {
            formats << codes.value(reader.attributes().value("numFmtId").toString());
            *bold << fontBold.value(reader.attributes().value("fontId").toInt());
        }
    }
    return formats;
}
} // namespace

class TestXlsxExport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void typedCellsFrozenBoldHeader();
    void filterApplies();
    void arabicInterfaceGivesRightToLeftSheet();

private:
    QString exportXlsx(
        const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8")) const;

    std::unique_ptr<TestDatabase> t;
    Experts ids;
};

void TestXlsxExport::init()
{
    t = std::make_unique<TestDatabase>();
    QVERIFY(t->open());
    QVERIFY(addExperts(*t, &ids));
}

// Runs `export TYPE --format xlsx …`; the error output, empty on success.
QString TestXlsxExport::exportXlsx(const QStringList &arguments, const QString &locale) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("LC_ALL"), locale); // the CLI speaks the environment's language
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXPERTDESK_CLI),
        QStringList { QStringLiteral("--db"), t->path(), QStringLiteral("export") } + arguments
            + QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") });
    if (!process.waitForFinished(60000))
        return QStringLiteral("expertdesk-cli did not finish");
    const QString err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        ? QString()
        : err + QStringLiteral(" (failed)");
}

void TestXlsxExport::typedCellsFrozenBoldHeader()
{
    const QString path = t->dir.filePath(QStringLiteral("e.xlsx"));
    const QString error = exportXlsx({ QStringLiteral("experts"), QStringLiteral("--out"), path });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    int rows = 0;
    const QHash<QString, Cell> cells = sheetCells(sheet, &rows);
    QCOMPARE(rows, 4);
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("ySplit=\"1\""));
    QList<bool> bold;
    const QStringList formats
        = styleFormats(zipEntry(path, QStringLiteral("xl/styles.xml")), &bold);
    QVERIFY(bold.value(cells.value(QStringLiteral("A1")).style.toInt()));
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Name"));

    // Find Amina's row by her name; her consent date is a number of days since 1899-12-30.
    int aminaRow = 0;
    for (int row = 2; row <= 4; ++row) {
        if (cells.value(QStringLiteral("A%1").arg(row)).value == QLatin1String("Amina Diallo"))
            aminaRow = row;
    }
    QVERIFY(aminaRow > 0);
    const Cell consent
        = cells.value(columnLetters(fieldIndex(Schema::experts(), QStringLiteral("consent_date")))
            + QString::number(aminaRow));
    QVERIFY(consent.type.isEmpty() || consent.type == QLatin1String("n"));
    QCOMPARE(consent.value.toLongLong(), QDate(1899, 12, 30).daysTo(QDate(2026, 5, 1)));
    const QString format = formats.value(consent.style.toInt());
    QVERIFY2(format.contains(QLatin1String("yy")) && format.contains(QLatin1String("d")),
        qPrintable(format));
    const Cell years = cells.value(
        columnLetters(fieldIndex(Schema::experts(), QStringLiteral("years_experience")))
        + QString::number(aminaRow));
    QVERIFY(years.type.isEmpty() || years.type == QLatin1String("n"));
    QCOMPARE(years.value, QStringLiteral("12"));

    // Constant-memory mode stores text inline; sharedStrings.xml, when present, would hold it.
    const QByteArray strings = sheet + zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(QString::fromUtf8(strings).contains(QStringLiteral("فاطمة الزهراء انجاي")));
}

void TestXlsxExport::filterApplies()
{
    const QString path = t->dir.filePath(QStringLiteral("pk.xlsx"));
    const QString error = exportXlsx({ QStringLiteral("experts"), QStringLiteral("--out"), path,
        QStringLiteral("--country"), QStringLiteral("PK") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int rows = 0;
    const QHash<QString, Cell> cells
        = sheetCells(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")), &rows);
    QCOMPARE(rows, 2);
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("Imran Qureshi"));
}

void TestXlsxExport::arabicInterfaceGivesRightToLeftSheet()
{
    const QString path = t->dir.filePath(QStringLiteral("ar.xlsx"));
    const QString error = exportXlsx({ QStringLiteral("experts"), QStringLiteral("--out"), path },
        QStringLiteral("ar_EG.UTF-8"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("rightToLeft=\"1\""));
    int rows = 0;
    const QString header = sheetCells(sheet, &rows).value(QStringLiteral("A1")).value;
    QVERIFY2(!header.isEmpty() && header != QLatin1String("Name"),
        qPrintable(header)); // the Arabic label
    QVERIFY(header.at(0).script() == QChar::Script_Arabic);

    const QString english = t->dir.filePath(QStringLiteral("en.xlsx"));
    QVERIFY(exportXlsx({ QStringLiteral("experts"), QStringLiteral("--out"), english }).isEmpty());
    QVERIFY(!zipEntry(english, QStringLiteral("xl/worksheets/sheet1.xml")).contains("rightToLeft"));
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
