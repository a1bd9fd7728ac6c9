#pragma once

#include "ExportCells.h"

class QIODevice;

namespace ed {

// RFC 4180 CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel guesses a code
// page and Arabic turns to mojibake), CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled. Text that Excel would run as a formula gets a leading
// apostrophe (see inert()); the JSON export is the form for programs.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);

    bool writeBom();
    bool writeRow(const QStringList &fields);
    bool writeRow(const QList<ExportCell> &cells);

    static QString quoted(const QString &field);
    static QString inert(const QString &text);

private:
    QIODevice *m_device;
};

} // namespace ed
