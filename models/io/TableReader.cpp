#include "TableReader.h"

#include "CsvTableReader.h"
#include "XlsxTableReader.h"

#include <QFile>
#include <QFileInfo>

namespace ed {

std::unique_ptr<TableReader> TableReader::forFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayLiteral("PK\x03\x04"))
        return std::make_unique<XlsxTableReader>(path);
    return std::make_unique<CsvTableReader>(path);
}

std::unique_ptr<TableReader> TableReader::openWithHeaders(const QString &path, QStringList *headers, QString *error)
{
    std::unique_ptr<TableReader> reader = forFile(path);
    if (!reader->open(error))
        return nullptr;
    if (!reader->next(headers)) {
        *error = reader->error().isEmpty() ? tr("%1 is empty: it has no header row.").arg(QFileInfo(path).fileName())
                                           : reader->error();
        return nullptr;
    }
    return reader;
}

} // namespace ed
