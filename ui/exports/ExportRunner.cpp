#include "ExportRunner.h"

#include "EntityTexts.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace ed {

namespace {

const QLatin1String kFolderKey("export/folder");
const QLatin1String kFormatKey("export/format");

QString lastFolder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// One progress dialog for both exports: the callback sets it and lets Cancel and repaints in.
class Progress
{
public:
    Progress(QWidget *parent, const QString &title, const QString &label)
        : m_dialog(label, ExportRunner::tr("Cancel"), 0, 1, parent)
    {
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(300);
        m_dialog.setAutoReset(false);
        m_dialog.setValue(0);
    }
    bool operator()(int done, int total)
    {
        m_dialog.setMaximum(qMax(1, total));
        m_dialog.setValue(qMin(done, qMax(1, total)));
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

QString ExportRunner::askFile(QWidget *parent, const EntitySpec &spec, ExportFormat *format)
{
    const QList<ExportFormat> formats { ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json };
    //: file type choices of File › Export…; keep the patterns in brackets as they are
    const QStringList filters { tr("CSV table (*.csv)"), tr("Excel workbook (*.xlsx)"),
        tr("JSON for programs (*.json)") };
    ExportFormat chosen = ExportFormat::Csv;
    RecordExport::parseFormat(QSettings().value(kFormatKey).toString(), &chosen);
    QString filter = filters.at(formats.indexOf(chosen));
    const QString suggested = QDir(lastFolder()).filePath(QStringLiteral("%1-%2.%3").arg(spec.table,
        QDate::currentDate().toString(Qt::ISODate), RecordExport::formatName(chosen)));
    QString path = QFileDialog::getSaveFileName(parent, EntityTexts::exportTitle(spec.table),
        suggested, filters.join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return {};
    // A typed suffix wins over the type list; without one, the type's suffix is added.
    if (!RecordExport::parseFormat(QFileInfo(path).suffix().toLower(), &chosen)) {
        chosen = formats.value(filters.indexOf(filter), ExportFormat::Csv);
        path += QLatin1Char('.') + RecordExport::formatName(chosen);
    }
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kFormatKey, RecordExport::formatName(chosen));
    *format = chosen;
    return path;
}

QString ExportRunner::askFolder(QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the Public Expert Directory"), lastFolder());
    if (!folder.isEmpty())
        QSettings().setValue(kFolderKey, folder);
    return folder;
}

ExportResult ExportRunner::exportRecords(QWidget *parent, const RecordRepository &repository,
    const EntitySpec &spec, const RecordFilter &filter, ExportFormat format, const QString &path)
{
    Progress progress(parent, EntityTexts::exportTitle(spec.table),
        tr("Writing %1…").arg(QFileInfo(path).fileName()));
    return RecordExport::write(repository, spec, filter, format, path, std::ref(progress));
}

DirectoryResult ExportRunner::exportDirectory(
    QWidget *parent, const RecordRepository &repository, const QString &folder)
{
    Progress progress(parent, tr("Public Expert Directory"), tr("Writing the directory pages…"));
    return ExpertDirectory::write(repository, folder, QDate::currentDate(), std::ref(progress));
}

} // namespace ed
