#include "ImportLogDialog.h"

#include "ImportProblemTable.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ed {

namespace {

const char *const kFolderKey = "importLog/folder";

// A count right-aligned (as numbers are read), in the locale's digits.
QTableWidgetItem *countItem(int count)
{
    auto *item = new QTableWidgetItem(QLocale().toString(count));
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportLogDialog::ImportLogDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_log(database)
{
    setWindowTitle(tr("Import log"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_runs = new QTableWidget(splitter);
    m_runs->setColumnCount(11);
    m_runs->setHorizontalHeaderLabels({ tr("Started"), tr("Form"), tr("File"), tr("How it ended"),
        //: import log columns: what became of the rows of a run
        tr("New"), tr("Updated"), tr("Merged"), tr("For review"), tr("Already imported"), tr("Not imported"),
        tr("Warnings") });
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_runs->verticalHeader()->hide();
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsTitle = new QLabel(lower);
    m_problemsTitle->setWordWrap(true);
    m_problems = new ImportProblemTable(lower);
    lowerLayout->addWidget(m_problemsTitle);
    lowerLayout->addWidget(m_problems, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Problems As…"), QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Write the selected import's problems to a CSV table, to correct the spreadsheet"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ImportLogDialog::askAndSaveProblems);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &ImportLogDialog::showSelectedRun);
    resize(1000, 560);
    reload();
}

void ImportLogDialog::reload()
{
    QString error;
    m_runList = m_log.runs(&error);
    const QSignalBlocker blocker(m_runs); // one showSelectedRun() below, not one per row
    m_runs->setRowCount(int(m_runList.size()));
    for (int i = 0; i < m_runList.size(); ++i) {
        const ImportRun &run = m_runList.at(i);
        m_runs->setItem(i, 0, new QTableWidgetItem(QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat)));
        m_runs->setItem(i, 1, new QTableWidgetItem(run.form == QLatin1String("needs") ? tr("Need assessments")
                                                                                       : tr("Expert registrations")));
        auto *file = new QTableWidgetItem(QFileInfo(run.file).fileName());
        file->setToolTip(QDir::toNativeSeparators(run.file));
        m_runs->setItem(i, 2, file);
        auto *state = new QTableWidgetItem(ImportLog::stateText(run.state));
        if (run.state == ImportRun::State::Running || run.state == ImportRun::State::Cancelled)
            state->setToolTip(tr("The rows before were kept; import the file again to finish."));
        m_runs->setItem(i, 3, state);
        const int counts[] = { run.imported, run.updated, run.merged, run.review, run.skipped, run.failed, run.warnings };
        for (int column = 0; column < 7; ++column)
            m_runs->setItem(i, 4 + column, countItem(counts[column]));
    }
    if (!error.isEmpty())
        m_message->setText(tr("The import log could not be read: %1").arg(error));
    else if (m_runList.isEmpty())
        m_message->setText(tr("Nothing has been imported on this computer yet (File › Import JotForm Submissions…)."));
    if (!m_runList.isEmpty())
        // Through the selection model: selectRow() before the first show does nothing in a
        // right-to-left layout (seen in Qt 6.4).
        m_runs->selectionModel()->setCurrentIndex(m_runs->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelectedRun();
}

bool ImportLogDialog::selectRun(const QString &runId)
{
    for (int i = 0; i < m_runList.size(); ++i) {
        if (m_runList.at(i).id == runId) {
            m_runs->selectionModel()->setCurrentIndex(m_runs->model()->index(i, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void ImportLogDialog::showSelectedRun()
{
    const int row = m_runs->currentRow();
    m_shown.clear();
    if (row >= 0 && row < m_runList.size()) {
        QString error;
        m_shown = m_log.problems(m_runList.at(row).id, &error);
        if (!error.isEmpty())
            m_message->setText(tr("The import log could not be read: %1").arg(error));
        m_problemsTitle->setText(m_shown.isEmpty()
                ? tr("This import reported no problem.")
                : tr("%Ln problem(s) reported by this import, by row of the file:", nullptr, int(m_shown.size())));
    } else {
        m_problemsTitle->clear();
    }
    m_problems->setProblems(m_shown);
    m_save->setEnabled(!m_shown.isEmpty());
}

bool ImportLogDialog::saveProblems(const QString &path)
{
    QString error;
    if (!ImportLog::writeProblems(m_shown, path, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(tr("%Ln problem(s) written to %1.", nullptr, int(m_shown.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportLogDialog::askAndSaveProblems()
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_runList.size())
        return;
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString base = QFileInfo(m_runList.at(row).file).completeBaseName();
    //: suggested file name for the problems of an import of FILE; keep %1
    const QString suggested = QDir(folder).filePath(tr("%1 - problems.csv").arg(base));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the import's problems"), suggested,
        tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".csv");
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    saveProblems(path);
}

} // namespace ed
