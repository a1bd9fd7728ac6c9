#pragma once

#include "PlanWorker.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class QUndoStack;

namespace ed {

class MatchingContext;

// "Propose plan": the globally optimal assignment over all open needs, computed in a worker
// thread with a progress bar and Cancel. The coordinator ticks the assignments to keep; accepting
// creates those draft missions as one undoable step. The weights used are shown in the summary
// and written into each created mission's notes, so the plan can be explained later.
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(MatchingContext &context, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~PlanDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    int assignmentCount() const;
    void setAllChecked(bool checked);
    void setChecked(int row, bool checked);
    QStringList createdMissionIds() const { return m_created; }
    QTreeWidget *resultView() const { return m_view; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *createButton() const { return m_create; }
    QString summaryText() const;
    // "20 of 24 open needs still want experts. Together they want 31 more experts. The plan …"
    static QString summaryOf(const PlanResult &result);

public slots:
    void propose();
    void cancelRun();
    void accept() override;
    void reject() override;

signals:
    void planFinished(bool ok);

private:
    void showOutcome(const PlanOutcome &outcome);
    void updateButtons();
    QString weightsText() const;

    MatchingContext &m_context;
    QUndoStack &m_undoStack;
    QThread *m_thread = nullptr;
    QPointer<PlanWorker> m_worker;
    bool m_stopRequested = false;
    PlanOutcome m_outcome;
    MatchingWeights m_weights; // of the shown plan
    QStringList m_created;
    QLabel *m_weightsLabel;
    QPushButton *m_propose;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_view;
    QPushButton *m_all;
    QPushButton *m_none;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace ed
