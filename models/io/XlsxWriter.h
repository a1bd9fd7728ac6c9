#pragma once

#include "ExportCells.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ed {

// One worksheet written with libxlsxwriter in constant-memory mode: each row goes to a temporary
// file as soon as the next begins, so 100,000 rows cost no more memory than one. The price is that
// text is stored inline in the sheet rather than in sharedStrings.xml; Excel and LibreOffice read
// both. Header row bold and frozen with an autofilter; dates are Excel dates with a date format.
class XlsxWriter {
public:
    XlsxWriter() = default;
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // `tempDir` holds libxlsxwriter's own temporary files.
    bool open(
        const QString &path, const QString &sheetName, const QString &tempDir, bool rightToLeft);
    bool writeHeader(const QStringList &headers);
    bool writeRow(const QList<ExportCell> &cells);
    bool close(); // writes the .xlsx file
    QString errorString() const { return m_error; }

    static QString safeSheetName(const QString &name);

private:
    bool check(int error);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QByteArray m_tempDir; // must outlive the workbook: libxlsxwriter keeps the pointer
    quint32 m_row = 0;
    quint16 m_columns = 0;
    QString m_error;
};

} // namespace ed
