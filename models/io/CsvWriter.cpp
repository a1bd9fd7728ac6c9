#include "CsvWriter.h"

#include <QIODevice>

namespace ed {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

bool CsvWriter::writeBom()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (special.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &field : fields)
        quotedFields << quoted(field);
    const QByteArray line = quotedFields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return m_device->write(line) == line.size();
}

QString CsvWriter::inert(const QString &text)
{
    // Excel runs a field that starts with = + - @ (or a tab or CR) as a formula: a phone number
    // "+93 97 …" turns into #NULL! and form input like =HYPERLINK(…) into a live link (CSV
    // injection, OWASP). A leading apostrophe makes Excel keep the text as typed.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.at(0)) ? QLatin1Char('\'') + text : text;
}

bool CsvWriter::writeRow(const QList<ExportCell> &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const ExportCell &cell :
        cells) // numbers and dates are never formulas: "-3" stays a number
        fields << (cell.type == ExportCell::Text ? inert(cell.text) : cell.plainText());
    return writeRow(fields);
}

} // namespace ed
