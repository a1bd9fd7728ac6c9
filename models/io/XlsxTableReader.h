#pragma once

#include "TableReader.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <memory>


namespace ed {

// The first worksheet of an .xlsx workbook: the ZIP read by minizip, its XML parts by
// QXmlStreamReader, the sheet streamed row by row (inflated in chunks, fed to the parser as it
// needs them). minizip rather than QuaZip: QuaZip carries its own copy of minizip and exports
// the same symbols (zipOpen3, unzOpen…) as the libminizip that libxlsxwriter (our XLSX export)
// links, with a different I/O layer; in one process libxlsxwriter's workbook_close() then ran
// QuaZip's zipOpen3 and crashed. minizip is Debian's libminizip, the library both sit on. Shared strings (the text cells) and the cell
// styles are read first; a number in a cell styled as a date is returned as 2024-06-12, other
// numbers as written (no "1.0E+11" for a phone number typed as a number).
class XlsxTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableReader)
public:
    explicit XlsxTableReader(QString path);
    ~XlsxTableReader() override;

    bool open(QString *error) override;
    bool next(QStringList *cells) override;
    QString error() const override { return m_error; }
    qint64 position() const override;
    qint64 size() const override { return m_sheetSize; }

private:
    bool readPart(const QString &name, QByteArray *out, QString *error);
    bool feedSheet(); // inflates the next chunk of the sheet into the XML reader; false at its end
    QString firstSheetPath(QString *error);
    bool readSharedStrings(QString *error);
    bool readStyles(QString *error);
    QString cellText(const QString &type, int style, const QString &value) const;

    QString m_path;
    void *m_zip = nullptr; // unzFile
    bool m_sheetOpen = false;
    qint64 m_sheetRead = 0;
    QXmlStreamReader m_xml;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // indexes into cellXfs whose number format shows a date
    qint64 m_sheetSize = 0;
    int m_lastRow = 0; // the sheet's own row number of the last row returned
    QString m_error;
};

} // namespace ed
