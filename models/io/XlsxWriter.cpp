#include "XlsxWriter.h"

#include <QFile>

#include <xlsxwriter.h>

namespace ed {

namespace {
    // Excel's limit for one cell; libxlsxwriter refuses longer strings rather than truncating them.
    constexpr int kMaxCellChars = 32767;

    QByteArray cellText(const QString &text)
    {
        if (text.size() <= kMaxCellChars)
            return text.toUtf8();
        qsizetype end = kMaxCellChars;
        if (text.at(end - 1).isHighSurrogate()) // never cut a character in two
            --end;
        return text.left(end).toUtf8();
    }
} // namespace

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        workbook_close(m_workbook); // frees it; the caller throws the half-written file away
}

QString XlsxWriter::safeSheetName(const QString &name)
{
    QString safe = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        safe.remove(c);
    safe = safe.left(31).trimmed(); // Excel's limits for a sheet name
    return safe.isEmpty() ? QStringLiteral("Sheet1") : safe;
}

bool XlsxWriter::check(int error)
{
    if (error == LXW_NO_ERROR)
        return true;
    m_error = QString::fromUtf8(lxw_strerror(lxw_error(error)));
    return false;
}

bool XlsxWriter::open(
    const QString &path, const QString &sheetName, const QString &tempDir, bool rightToLeft)
{
    m_tempDir = QFile::encodeName(tempDir);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    options.use_zip64 = LXW_TRUE; // a very large roster must not fail at the 4 GB zip limit
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook) {
        m_error = QStringLiteral("workbook_new_opt");
        return false;
    }
    m_sheet = workbook_add_worksheet(m_workbook, safeSheetName(sheetName).toUtf8().constData());
    if (!m_sheet) {
        m_error = QStringLiteral("workbook_add_worksheet");
        return false;
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    if (rightToLeft)
        worksheet_right_to_left(m_sheet);
    worksheet_freeze_panes(m_sheet, 1, 0);
    return true;
}

bool XlsxWriter::writeHeader(const QStringList &headers)
{
    m_columns = quint16(headers.size());
    for (int column = 0; column < headers.size(); ++column) {
        if (!check(worksheet_write_string(
                m_sheet, 0, lxw_col_t(column), cellText(headers.at(column)).constData(), m_bold)))
            return false;
        // Wide enough for the label; long texts still wrap to the next cells as Excel shows them.
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
            qBound(10, int(headers.at(column).size()) + 4, 40), nullptr);
    }
    m_row = 1;
    return true;
}

bool XlsxWriter::writeRow(const QList<ExportCell> &cells)
{
    if (m_row >= LXW_ROW_MAX) {
        m_error = QStringLiteral("more than %1 rows").arg(LXW_ROW_MAX);
        return false;
    }
    for (int column = 0; column < cells.size(); ++column) {
        const ExportCell &cell = cells.at(column);
        const lxw_col_t col = lxw_col_t(column);
        int error = LXW_NO_ERROR;
        switch (cell.type) {
        case ExportCell::Empty:
            break;
        case ExportCell::Number:
            error = worksheet_write_number(m_sheet, m_row, col, cell.number, nullptr);
            break;
        case ExportCell::Date: {
            lxw_datetime date = { cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0 };
            error = worksheet_write_datetime(m_sheet, m_row, col, &date, m_date);
            break;
        }
        case ExportCell::Text:
            error = worksheet_write_string(
                m_sheet, m_row, col, cellText(cell.text).constData(), nullptr);
            break;
        }
        if (!check(error))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxWriter::close()
{
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, m_row > 1 ? m_row - 1 : 0, lxw_col_t(m_columns - 1));
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr;
    return check(workbook_close(workbook));
}

} // namespace ed
