#include "RecordExport.h"

#include "CsvWriter.h"
#include "ExportCells.h"
#include "RecordJson.h"
#include "RecordPager.h"
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

namespace ed {

namespace {
    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::RecordExport", text);
    }
} // namespace

struct RecordExport::Context {
    const RecordRepository &repository;
    const EntitySpec &spec;
    RecordPager pager;
    const ExportProgress &progress;
    QSaveFile &file;
    int total = 0;
    int rows = 0;
    bool cancelled = false;
    QString error;
};

const QList<const EntitySpec *> &RecordExport::entities()
{
    static const QList<const EntitySpec *> list
        = { &Schema::experts(), &Schema::institutions(), &Schema::needs(), &Schema::missions() };
    return list;
}

bool RecordExport::parseFormat(const QString &name, ExportFormat *format)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (key == QLatin1String("xlsx"))
        *format = ExportFormat::Xlsx;
    else if (key == QLatin1String("json"))
        *format = ExportFormat::Json;
    else
        return false;
    return true;
}

QString RecordExport::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString RecordExport::incomplete(int read, int total)
{
    return tr("Only %1 of the %2 records could be read; nothing was written. Try again.")
        .arg(read)
        .arg(total);
}

ExportResult RecordExport::write(const RecordRepository &repository, const EntitySpec &spec,
    const RecordFilter &filter, ExportFormat format, const QString &path,
    const ExportProgress &progress)
{
    ExportResult result;
    // QSaveFile writes beside the destination and renames over it on commit(): the destination
    // never holds half a file, and a failed export leaves the previous one untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    Context context { repository, spec, RecordPager(repository, spec, filter, kPageSize), progress,
        file };
    context.total = context.pager.total();
    if (progress && !progress(0, context.total)) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    bool ok = false;
    switch (format) {
    case ExportFormat::Csv:
        ok = writeCsv(context);
        break;
    case ExportFormat::Json:
        ok = writeJson(context);
        break;
    case ExportFormat::Xlsx:
        ok = writeXlsx(context);
        break;
    }
    result.rows = context.rows;
    if (context.cancelled) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (!ok) {
        file.cancelWriting();
        result.error = context.error.isEmpty()
            ? tr("Cannot write %1: %2").arg(path, file.errorString())
            : context.error;
        return result;
    }
    if (!context.pager.complete()) {
        file.cancelWriting();
        result.error = incomplete(context.pager.read(), context.pager.total());
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

bool RecordExport::writePages(
    Context &context, const std::function<bool(const QVariantMap &)> &writeRecord)
{
    for (;;) {
        const QList<QVariantMap> page = context.pager.next();
        if (page.isEmpty())
            return true;
        for (const QVariantMap &record : page) {
            if (!writeRecord(record))
                return false;
            ++context.rows;
        }
        // Rows added while the export runs can make rows exceed the first count.
        if (context.progress
            && !context.progress(context.rows, qMax(context.total, context.rows))) {
            context.cancelled = true;
            return false;
        }
    }
}

bool RecordExport::writeCsv(Context &context)
{
    CsvWriter csv(&context.file);
    const ExportCells cells(context.repository, context.spec);
    if (!csv.writeBom() || !csv.writeRow(cells.headers()))
        return false;
    return writePages(
        context, [&](const QVariantMap &record) { return csv.writeRow(cells.row(record)); });
}

bool RecordExport::writeJson(Context &context)
{
    // The layout of `list --json`: one compact object per line.
    if (context.file.write("[") != 1)
        return false;
    bool first = true;
    const bool ok = writePages(context, [&](const QVariantMap &record) {
        const QByteArray line = (first ? "\n  " : ",\n  ")
            + RecordJson::compact(RecordJson::members(context.spec, record));
        first = false;
        return context.file.write(line) == line.size();
    });
    if (!ok)
        return false;
    const QByteArray end = first ? "]\n" : "\n]\n";
    return context.file.write(end) == end.size();
}

bool RecordExport::writeXlsx(Context &context)
{
    // libxlsxwriter writes to a file name, not a QIODevice: build the workbook in a private
    // temporary folder, then copy it into the QSaveFile so the commit stays atomic.
    QTemporaryDir temp;
    if (!temp.isValid()) {
        context.error = tr("Cannot create a temporary folder: %1").arg(temp.errorString());
        return false;
    }
    const QString workbookPath = temp.filePath(QStringLiteral("export.xlsx"));
    const ExportCells cells(context.repository, context.spec);
    XlsxWriter xlsx;
    const bool rightToLeft = QLocale().textDirection() == Qt::RightToLeft;
    bool ok = xlsx.open(workbookPath, context.spec.displayName(), temp.path(), rightToLeft)
        && xlsx.writeHeader(cells.headers()) && writePages(context, [&](const QVariantMap &record) {
               return xlsx.writeRow(cells.row(record));
           });
    if (context.cancelled)
        return false;
    ok = ok && xlsx.close();
    if (!ok) {
        context.error = tr("Cannot write the spreadsheet: %1").arg(xlsx.errorString());
        return false;
    }
    QFile workbook(workbookPath);
    if (!workbook.open(QIODevice::ReadOnly)) {
        context.error = tr("Cannot read %1: %2").arg(workbookPath, workbook.errorString());
        return false;
    }
    while (!workbook.atEnd()) {
        const QByteArray chunk = workbook.read(1 << 20);
        if (chunk.isEmpty() || context.file.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

} // namespace ed
