#include "TableReader.h"

#include "CsvTableReader.h"
#include "XlsxTableReader.h"

#include <QFile>

namespace ed {

std::unique_ptr<TableReader> TableReader::forFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayLiteral("PK\x03\x04"))
        return std::make_unique<XlsxTableReader>(path);
    return std::make_unique<CsvTableReader>(path);
}

} // namespace ed
