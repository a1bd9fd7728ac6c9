#pragma once

#include "TableReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QStringDecoder>

struct csv_parser;

namespace ed {

// CSV as spreadsheets and JotForm write it, parsed by libcsv (RFC 4180: quoted cells with line
// breaks, doubled quotes, CRLF). On top of it: a UTF-8 or UTF-16 byte-order mark, and the
// delimiter guessed from the header line (comma, semicolon as a French Excel saves, or tab).
class CsvTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)
public:
    explicit CsvTableReader(QString path);
    ~CsvTableReader() override;

    bool open(QString *error) override;
    bool next(QStringList *cells) override;
    QString error() const override { return m_error; }
    qint64 position() const override { return m_file.pos(); }
    qint64 size() const override { return m_file.size(); }

private:
    static void onField(void *bytes, size_t length, void *self);
    static void onRowEnd(int terminator, void *self);
    bool readChunk(); // false at the end of the file
    QByteArray utf8(const QByteArray &raw);

    QString m_path;
    QFile m_file;
    std::unique_ptr<csv_parser> m_parser;
    QStringDecoder m_decoder; // UTF-16 files are turned into UTF-8 for libcsv
    bool m_recode = false;
    bool m_finished = false;
    QStringList m_row;          // cells of the row being parsed
    QList<QStringList> m_ready; // rows parsed, not yet handed out
    QString m_error;
};

} // namespace ed
