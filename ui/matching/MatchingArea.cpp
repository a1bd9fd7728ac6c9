#include "MatchingArea.h"

#include "MatchingBoard.h"
#include "MatchingContext.h"
#include "PlanDialog.h"
#include "SuggestionsPanel.h"
#include "WeightsDialog.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace ed {

MatchingArea::MatchingArea(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : MatchingArea(workspace.repository(), undoStack, parent)
{
}

MatchingArea::MatchingArea(RecordRepository &repository, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent),
      m_undoStack(undoStack),
      m_context(new MatchingContext(repository, this)),
      m_board(new MatchingBoard(*m_context, undoStack, this)),
      m_suggestions(new SuggestionsPanel(*m_context, undoStack, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_planAction(new QAction(this)),
      m_weightsAction(new QAction(this)),
      m_refreshAction(new QAction(this))
{
    m_splitter->addWidget(m_board);
    m_splitter->addWidget(m_suggestions);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 6000, 4000 }); // proportions; the splitter scales them to its width
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    m_planAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_planAction, &QAction::triggered, this, &MatchingArea::proposePlan);
    connect(m_weightsAction, &QAction::triggered, this, &MatchingArea::editWeights);
    connect(m_refreshAction, &QAction::triggered, m_context, &MatchingContext::invalidate);
    m_actions = { m_board->assignAction(), m_planAction, m_weightsAction, m_refreshAction };

    connect(m_board, &MatchingBoard::needSelected, m_suggestions, &SuggestionsPanel::setNeed);
    connect(m_board, &MatchingBoard::statusMessage, this, &MatchingArea::statusMessage);
    connect(m_suggestions, &SuggestionsPanel::statusMessage, this, &MatchingArea::statusMessage);
    retranslate();
}

MatchingArea::~MatchingArea() = default;

void MatchingArea::retranslate()
{
    m_splitter->setAccessibleName(tr("Matching board and suggestions"));
    m_planAction->setText(tr("Propose &Plan…"));
    m_planAction->setStatusTip(tr("Compute the best assignment of experts to all open needs"));
    m_weightsAction->setText(tr("Matching &Weights…"));
    m_weightsAction->setStatusTip(tr("Change how much each part of the match score counts"));
    //: reload the matching board from the database
    m_refreshAction->setText(tr("&Refresh Matching"));
    m_refreshAction->setStatusTip(tr("Reload the open needs, experts and scores"));
}

void MatchingArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MatchingArea::proposePlan()
{
    PlanDialog dialog(*m_context, m_undoStack, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("%Ln draft mission(s) created from the plan.", nullptr,
                              int(dialog.createdMissionIds().size())));
}

void MatchingArea::editWeights()
{
    WeightsDialog dialog(m_context->weights(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_context->setWeights(dialog.weights());
        emit statusMessage(tr("Matching weights saved."));
    }
}

} // namespace ed
