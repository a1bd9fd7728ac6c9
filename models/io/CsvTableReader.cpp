#include "CsvTableReader.h"

#include <csv.h>

namespace ed {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

// The delimiter of the header line: whichever of comma, semicolon and tab occurs most outside
// quotes. JotForm writes commas; Excel in French (and many others) saves with semicolons.
unsigned char guessDelimiter(const QByteArray &head)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    if (tabs > commas && tabs > semicolons)
        return CSV_TAB;
    return semicolons > commas ? ';' : CSV_COMMA;
}

} // namespace

CsvTableReader::CsvTableReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
    , m_parser(std::make_unique<csv_parser>())
{
}

CsvTableReader::~CsvTableReader()
{
    csv_free(m_parser.get());
}

bool CsvTableReader::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2. Check that the file exists and that you may read it.")
                     .arg(m_path, m_file.errorString());
        return false;
    }
    if (csv_init(m_parser.get(), 0) != 0) {
        *error = tr("Not enough memory to read %1.").arg(m_path);
        return false;
    }
    const QByteArray head = m_file.peek(64 * 1024);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_recode = true;
        m_decoder = QStringDecoder(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                               : QStringDecoder::Utf16BE);
        m_file.read(2);
        csv_set_delim(m_parser.get(), guessDelimiter(QString(m_decoder(head.mid(2))).toUtf8()));
        m_decoder.resetState();
    } else {
        if (head.startsWith("\xEF\xBB\xBF"))
            m_file.read(3);
        csv_set_delim(m_parser.get(), guessDelimiter(head));
    }
    return true;
}

QByteArray CsvTableReader::utf8(const QByteArray &raw)
{
    return m_recode ? QString(m_decoder(raw)).toUtf8() : raw;
}

void CsvTableReader::onField(void *bytes, size_t length, void *self)
{
    auto *reader = static_cast<CsvTableReader *>(self);
    reader->m_row << QString::fromUtf8(static_cast<const char *>(bytes), qsizetype(length));
}

void CsvTableReader::onRowEnd(int, void *self)
{
    auto *reader = static_cast<CsvTableReader *>(self);
    reader->m_ready << reader->m_row;
    reader->m_row.clear();
}

bool CsvTableReader::readChunk()
{
    if (m_finished)
        return false;
    const QByteArray chunk = utf8(m_file.read(kChunkBytes));
    if (chunk.isEmpty()) {
        csv_fini(m_parser.get(), &CsvTableReader::onField, &CsvTableReader::onRowEnd, this);
        m_finished = true;
        if (m_file.error() != QFileDevice::NoError)
            m_error = tr("Reading %1 failed: %2.").arg(m_path, m_file.errorString());
        return !m_ready.isEmpty();
    }
    if (csv_parse(m_parser.get(), chunk.constData(), size_t(chunk.size()), &CsvTableReader::onField,
            &CsvTableReader::onRowEnd, this)
        != size_t(chunk.size())) {
        m_error = tr("%1 is not a CSV file that can be read (%2).")
                      .arg(m_path, QString::fromUtf8(csv_strerror(csv_error(m_parser.get()))));
        m_finished = true;
    }
    return true;
}

bool CsvTableReader::next(QStringList *cells)
{
    while (m_ready.isEmpty()) {
        if (!readChunk())
            return false;
    }
    *cells = m_ready.takeFirst();
    ++m_rowNumber;
    return true;
}

} // namespace ed
