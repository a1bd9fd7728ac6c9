#pragma once

#include "domain/Schema.h"
#include "storage/RecordQuery.h"

#include <QList>
#include <QString>

#include <functional>

namespace ed {

class RecordRepository;

enum class ExportFormat { Csv, Xlsx, Json };

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    int rows = 0;
    QString error; // for a person; empty when ok or cancelled
};

// Rows written so far and rows in all; returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

// Writes the records a filter selects (the same filter as `list`) as CSV or XLSX for people —
// labels and names in the interface language — or as JSON for programs, the objects `show
// --json` prints. Records are read a page at a time. The file appears at `path` only when
// complete: a cancelled or failed export leaves whatever was there before.
class RecordExport {
public:
    static constexpr int kPageSize = 1000;

    static ExportResult write(const RecordRepository &repository, const EntitySpec &spec,
        const RecordFilter &filter, ExportFormat format, const QString &path,
        const ExportProgress &progress = {});

    // The entities that can be exported: experts, institutions, needs, missions.
    static const QList<const EntitySpec *> &entities();
    static bool parseFormat(const QString &name, ExportFormat *format); // "csv", "xlsx", "json"
    static QString formatName(ExportFormat format);
    // The message of an export that read fewer rows than exist (see RecordPager::complete()).
    static QString incomplete(int read, int total);

private:
    struct Context;
    static bool writeCsv(Context &context);
    static bool writeJson(Context &context);
    static bool writeXlsx(Context &context);
    static bool writePages(
        Context &context, const std::function<bool(const QVariantMap &)> &writeRecord);
};

} // namespace ed
