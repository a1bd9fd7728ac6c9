#include "XlsxTableReader.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

#include <minizip/unzip.h>

namespace ed {

namespace {

// Built-in number formats that show a date (ECMA-376 Part 1, §18.8.30).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
        || (id >= 50 && id <= 58);
}

// A custom format code shows a date when it has d, m or y outside quotes and brackets and is
// not only a time ("h:mm", "[h]:mm:ss").
bool isDateFormatCode(QString code)
{
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    code = code.toLower();
    return code.contains(QLatin1Char('d')) || code.contains(QLatin1Char('y'))
        || (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h'))
            && !code.contains(QLatin1Char('s')));
}

// "AB12" → 27 (0-based column).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    // Whole numbers as integers: a phone 923001234567 typed as a number stays readable.
    if (number == double(qint64(number)) && qAbs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

} // namespace

XlsxTableReader::XlsxTableReader(QString path)
    : m_path(std::move(path))
{
}

XlsxTableReader::~XlsxTableReader()
{
    if (m_sheetOpen)
        unzCloseCurrentFile(m_zip);
    if (m_zip)
        unzClose(m_zip);
}

bool XlsxTableReader::readPart(const QString &name, QByteArray *out, QString *error)
{
    out->clear();
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return true; // optional parts (shared strings, styles) may be absent
    bool ok = unzOpenCurrentFile(m_zip) == UNZ_OK;
    char buffer[64 * 1024];
    int read = 0;
    while (ok && (read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0)
        out->append(buffer, read);
    ok = ok && read == 0;
    // The CRC is checked on close: a damaged part is refused, not half read.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK)
        ok = false;
    if (!ok)
        *error = tr("%1 is damaged: its part %2 cannot be read.").arg(m_path, name);
    return ok;
}

QString XlsxTableReader::firstSheetPath(QString *error)
{
    QByteArray workbook, relations;
    if (!readPart(QStringLiteral("xl/workbook.xml"), &workbook, error)
        || !readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations, error))
        return {};
    QString relationId;
    for (QXmlStreamReader xml(workbook); !xml.atEnd() && relationId.isEmpty();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
            }
        }
    }
    for (QXmlStreamReader xml(relations); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("Relationship")
            && xml.attributes().value(QLatin1String("Id")) == relationId) {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml"); // what every writer names the first sheet
}

bool XlsxTableReader::readSharedStrings(QString *error)
{
    QByteArray bytes;
    if (!readPart(QStringLiteral("xl/sharedStrings.xml"), &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    QString current;
    bool inText = false, inPhonetic = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true; // ruby text of East Asian names, not the cell's text
            else if (xml.name() == QLatin1String("t"))
                inText = !inPhonetic;
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("si"))
                m_sharedStrings << current;
            else if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
            else if (xml.name() == QLatin1String("t"))
                inText = false;
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                current += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = tr("%1 is damaged: its text cells cannot be read (%2).").arg(m_path, xml.errorString());
        return false;
    }
    return true;
}

bool XlsxTableReader::readStyles(QString *error)
{
    QByteArray bytes;
    if (!readPart(QStringLiteral("xl/styles.xml"), &bytes, error))
        return false;
    QSet<int> customDates;
    bool inCellFormats = false;
    int index = 0;
    for (QXmlStreamReader xml(bytes); !xml.atEnd();) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("numFmt")) {
                if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                    customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellFormats = true;
            } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isBuiltInDateFormat(format) || customDates.contains(format))
                    m_dateStyles.insert(index);
                ++index;
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    return true;
}

bool XlsxTableReader::open(QString *error)
{
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    if (!m_zip) {
        *error = tr("%1 is not an Excel workbook (.xlsx) that can be read.").arg(m_path);
        return false;
    }
    const QString sheet = firstSheetPath(error);
    if (sheet.isEmpty() || !readSharedStrings(error) || !readStyles(error))
        return false;
    unz_file_info64 info;
    if (unzLocateFile(m_zip, sheet.toUtf8().constData(), 1) != UNZ_OK
        || unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        *error = tr("%1 has no worksheet.").arg(m_path);
        return false;
    }
    m_sheetSize = qint64(info.uncompressed_size);
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = tr("%1 is damaged: its worksheet cannot be read.").arg(m_path);
        return false;
    }
    m_sheetOpen = true;
    return true;
}

bool XlsxTableReader::feedSheet()
{
    if (!m_sheetOpen)
        return false;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    const int read = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()));
    if (read <= 0) {
        const bool damaged = read < 0 || unzCloseCurrentFile(m_zip) != UNZ_OK;
        m_sheetOpen = false;
        if (damaged)
            m_error = tr("%1 is damaged: its worksheet cannot be read past row %2.").arg(m_path).arg(m_lastRow);
        return false;
    }
    chunk.truncate(read);
    m_sheetRead += read;
    m_xml.addData(chunk);
    return true;
}

qint64 XlsxTableReader::position() const
{
    return m_sheetRead;
}

QString XlsxTableReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        const int index = value.toInt();
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("e"))
        return QString(); // #N/A, #VALUE!: no value
    if (type.isEmpty() || type == QLatin1String("n")) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok && m_dateStyles.contains(style) && serial >= 1 && serial < 2958466) {
            // Serial day numbers count from 1899-12-30 (the 1900 leap-year bug included).
            return QDate(1899, 12, 30).addDays(qint64(serial)).toString(Qt::ISODate);
        }
        return numberText(value);
    }
    return value; // "str" (a formula's text), "inlineStr", "d" (an ISO date)
}

bool XlsxTableReader::next(QStringList *cells)
{
    // <row r="5"><c r="B5" t="s" s="3"><v>12</v></c><c t="inlineStr"><is><t>…</t></is></c></row>
    cells->clear();
    bool inRow = false, inValue = false;
    int column = -1, style = 0;
    QString type, value;
    for (;;) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid
            && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (feedSheet())
                continue;
            if (m_error.isEmpty())
                m_error = tr("%1 is damaged: its worksheet ends in the middle of row %2.").arg(m_path).arg(m_lastRow + 1);
            return false;
        }
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                column = -1;
                const int r = m_xml.attributes().value(QLatin1String("r")).toInt();
                m_lastRow = r > m_lastRow ? r : m_lastRow + 1;
            } else if (inRow && name == QLatin1String("c")) {
                const auto attributes = m_xml.attributes();
                const QStringView reference = attributes.value(QLatin1String("r"));
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                type = attributes.value(QLatin1String("t")).toString();
                style = attributes.value(QLatin1String("s")).toInt();
                value.clear();
            } else if (inRow && (name == QLatin1String("v") || name == QLatin1String("t"))) {
                inValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            value += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (name == QLatin1String("c") && column >= 0 && column < 16384) {
                while (cells->size() < column)
                    cells->append(QString());
                const QString text = cellText(type, style, value);
                if (cells->size() == column)
                    cells->append(text);
                else
                    (*cells)[column] = text;
            } else if (name == QLatin1String("row")) {
                m_rowNumber = m_lastRow;
                return true;
            }
        }
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        m_error = tr("%1 is damaged at row %2: %3.").arg(m_path).arg(m_lastRow + 1).arg(m_xml.errorString());
    return false;
}

} // namespace ed
