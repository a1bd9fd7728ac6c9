#pragma once

#include "io/ImportLog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ed {

class ImportProblemTable;

// File › Import Log…: every import run on this copy, newest first, how it ended and what became
// of its rows; below, the selected run's problems, which can be saved as a CSV table for whoever
// corrects the spreadsheet.
class ImportLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportLogDialog(const Database &database, QWidget *parent = nullptr);

    QTableWidget *runTable() const { return m_runs; }
    ImportProblemTable *problemTable() const { return m_problems; }
    void reload();
    // Selects the run with this id; false when the log has no such run.
    bool selectRun(const QString &runId);
    // Writes the selected run's problems to `path`; false with the reason shown.
    bool saveProblems(const QString &path);

private:
    void showSelectedRun();
    void askAndSaveProblems();

    ImportLog m_log;
    QList<ImportRun> m_runList;
    QList<ImportProblem> m_shown; // the selected run's problems
    QTableWidget *m_runs;
    ImportProblemTable *m_problems;
    QLabel *m_problemsTitle;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace ed
