// bench_import N: writes an N-row expert-registration export (CSV, as JotForm writes it: BOM,
// CRLF, multi-line checkbox cells, dates like "Jun 12, 2024") and imports it into a fresh file
// database through JotformImporter, as `expertdesk-cli import` does. Prints rows/s, the time
// per phase, and the peak resident memory (VmHWM) — docs/BENCHMARKS.md.
#include "io/ImportMapping.h"
#include "io/ImportVocabulary.h"
#include "io/JotformImporter.h"
#include "io/TableReader.h"

#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

using namespace ed;

namespace {

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    TestDatabase db;
    if (!db.open()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    const QString path = db.dir.filePath(QStringLiteral("experts.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("\xEF\xBB\xBFSubmission Date,Submission ID,Full Name,E-mail,Phone Number,Nationality,"
                   "Country of Residence,Areas of Expertise,Specific Skills and Equipment,Languages Spoken\r\n");
        const char *const countries[] = { "Pakistan", "Morocco", "Senegal", "Jordan", "Malaysia", "Egypt", "Nigeria", "Turkey" };
        const char *const sectors[] = { "Biomedical Engineering and Health", "Renewable Energy", "Information Technology",
            "Oil and Gas", "Manufacturing Industries" };
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            // Distinct consonants per row: the duplicate check keys names by their consonants.
            QByteArray name;
            for (int k = 0, rest = i; k < 6; ++k) {
                const QByteArray letters = k % 2 ? "mnprstvxz" : "bcdfghjkl"; // no q: read as k
                name += letters.at(rest % letters.size());
                name += "aoe"[k % 3];
                rest /= int(letters.size());
            }
            name[0] = char(name.at(0) - 32);
            file.write("\"Jun 12, 2024\"," + QByteArray::number(80000000 + i) + "," + name + " Bench,expert" + n
                + "@example.org,+92 300 " + QByteArray::number(1000000 + i) + "," + countries[i % 8] + ","
                + countries[(i / 8) % 8] + ",\"" + sectors[i % 5] + "\n" + sectors[(i / 5) % 5]
                + "\",\"MRI maintenance\nPLC programming\",\"English (fluent)\nFrench\"\r\n");
        }
    }
    const ImportVocabulary vocabulary(db.reference);
    const std::unique_ptr<TableReader> reader = TableReader::forFile(path);
    QString error;
    QStringList headers;
    if (!reader->open(&error) || !reader->next(&headers)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ImportMapping mapping(QStringLiteral("experts"), headers, vocabulary);
    JotformImporter importer(*db.repository, vocabulary);
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = importer.run(*reader, mapping, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary.error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(summary.error));
    std::printf("import of %d rows: %.2f s, %.0f rows/s; imported %lld, failed %lld, review %lld; peak RSS %lld MB\n",
        rows, seconds, rows / seconds, qlonglong(summary.imported.size()), qlonglong(summary.failed.size()),
        qlonglong(summary.review.size()), peakResidentKb() / 1024);
    return summary.imported.size() == rows ? 0 : 2;
}
