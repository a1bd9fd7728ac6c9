#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace ed {

// Rows of a spreadsheet-like file, read one at a time so a 100,000-row export never sits in
// memory whole. The first row is the header. Row numbers are the spreadsheet's (header = 1), the
// ones a user sees when they open the file in Excel or LibreOffice.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    virtual ~TableReader() = default;

    // False with a message in the user's language when the file cannot be read at all.
    virtual bool open(QString *error) = 0;
    // The next row's cells; false at the end or on an error (then error() says why).
    virtual bool next(QStringList *cells) = 0;
    virtual QString error() const = 0;
    // How far through the file we are, for progress: bytes read out of the file's size.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    int rowNumber() const { return m_rowNumber; }

    // A reader for `path`: XLSX by its ZIP signature, CSV otherwise (whatever the name says).
    static std::unique_ptr<TableReader> forFile(const QString &path);
    // forFile(), opened, with the header row read into `headers`; nullptr with a message in the
    // user's language when the file cannot be read or has no header row.
    static std::unique_ptr<TableReader> openWithHeaders(const QString &path, QStringList *headers, QString *error);

protected:
    int m_rowNumber = 0; // of the row next() returned last
};

} // namespace ed
