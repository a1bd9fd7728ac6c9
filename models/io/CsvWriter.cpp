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

bool CsvWriter::writeRow(const QList<ExportCell> &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const ExportCell &cell : cells)
        fields << cell.plainText();
    return writeRow(fields);
}

} // namespace ed
