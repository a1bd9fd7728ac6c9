#pragma once

#include "ExportCells.h"

class QIODevice;

namespace ed {

// RFC 4180 CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel guesses a code
// page and Arabic turns to mojibake), CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);

    bool writeBom();
    bool writeRow(const QStringList &fields);
    bool writeRow(const QList<ExportCell> &cells);

    static QString quoted(const QString &field);

private:
    QIODevice *m_device;
};

} // namespace ed
