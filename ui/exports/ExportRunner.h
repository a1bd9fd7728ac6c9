#pragma once

#include "io/ExpertDirectory.h"
#include "io/RecordExport.h"

#include <QCoreApplication>

class QWidget;

namespace ed {

// File › Export… in the app: asks where to write, then runs a RecordExport or the public
// directory on the UI thread behind a window-modal progress dialog with Cancel (the exports call
// back after every page of 1 000 records, so the window keeps repainting). The file appears only
// when complete (RecordExport writes through QSaveFile).
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
public:
    // A file name for the records of `spec`; "" when the user cancels. The format follows the
    // chosen file type (or the typed suffix); the folder and the type are remembered.
    static QString askFile(QWidget *parent, const EntitySpec &spec, ExportFormat *format);
    // A folder for the public directory; "" when the user cancels.
    static QString askFolder(QWidget *parent);

    static ExportResult exportRecords(QWidget *parent, const RecordRepository &repository,
        const EntitySpec &spec, const RecordFilter &filter, ExportFormat format, const QString &path);
    static DirectoryResult exportDirectory(
        QWidget *parent, const RecordRepository &repository, const QString &folder);
};

} // namespace ed
