#pragma once

#include "matching/CandidatePool.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace ed {

class DraftMissions;
class MatchingContext;

// The best experts for one need, each with a score bar and every part of the score explained
// in the engine's words (expand a row). "Show excluded experts" lists who a hard filter removed
// and which filter; Assign makes a draft mission for the selected expert.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    SuggestionsPanel(MatchingContext &context, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    void setNeed(const QString &needId);
    QString needId() const { return m_needId; }
    void setTopCount(int k);

    QStringList candidateIds() const; // in the order shown, best first
    QStringList excludedIds() const;
    QString selectedExpertId() const;

    DraftMissions &drafts() { return *m_drafts; }
    QTreeWidget *candidateView() const { return m_candidates; }
    QTreeWidget *excludedView() const { return m_excluded; }
    QCheckBox *excludedToggle() const { return m_showExcluded; }
    QPushButton *assignButton() const { return m_assign; }

public slots:
    void refresh();
    void assignSelected();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAssign();
    QTreeWidgetItem *candidateItem(int rank, const Suggestion &suggestion, double maxTotal);

    MatchingContext &m_context;
    std::unique_ptr<DraftMissions> m_drafts;
    QString m_needId;
    QLabel *m_title;
    QLabel *m_topLabel;
    QSpinBox *m_top;
    QTreeWidget *m_candidates;
    QCheckBox *m_showExcluded;
    QLabel *m_excludedTitle;
    QTreeWidget *m_excluded;
    QPushButton *m_assign;
    QLabel *m_message;
};

} // namespace ed
