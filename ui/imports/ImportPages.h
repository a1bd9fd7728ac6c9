#pragma once

#include "io/JotformImporter.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ed {

class ImportProblemTable;
class ImportWizard;

// The pages of ImportWizard, in order.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportWizard *wizard, const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void guess();
    QString chosenForm() const;
    ImportWizard *m_wizard;
    QButtonGroup *m_forms;
    QLineEdit *m_path;
    QLabel *m_error;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QTableWidget *table() const { return m_table; }

private:
    void updateNote();
    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_note;
};

// Shared by the preview (a dry run) and the import itself.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportRunPage(ImportWizard *wizard, bool dryRun);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    const ImportSummary &summary() const { return m_summary; }
    ImportProblemTable *problems() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    void start();
    QString summaryText() const;
    ImportWizard *m_wizard;
    bool m_dryRun;
    bool m_running = false;
    bool m_stop = false;
    bool m_done = false;
    ImportSummary m_summary;
    QProgressBar *m_progress;
    QPushButton *m_stopButton;
    QLabel *m_summaryLabel;
    ImportProblemTable *m_problems;
};

} // namespace ed
