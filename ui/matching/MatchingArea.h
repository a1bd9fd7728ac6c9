#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QSplitter;
class QUndoStack;

namespace ed {

class MatchingBoard;
class MatchingContext;
class RecordRepository;
class SuggestionsPanel;
class Workspace;

// The Matching area of the main window: the board (open needs beside the experts) and the
// suggestions for the selected need, plus the actions for the menus (assign, propose a plan,
// weights, refresh). Edits go to the shared undo stack.
class MatchingArea : public QWidget
{
    Q_OBJECT
public:
    MatchingArea(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    MatchingArea(RecordRepository &repository, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~MatchingArea() override;

    QList<QAction *> actions() const { return m_actions; }
    MatchingBoard *board() const { return m_board; }
    SuggestionsPanel *suggestions() const { return m_suggestions; }
    MatchingContext &context() const { return *m_context; }

public slots:
    void proposePlan();
    void editWeights();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QUndoStack &m_undoStack;
    MatchingContext *m_context;
    MatchingBoard *m_board;
    SuggestionsPanel *m_suggestions;
    QSplitter *m_splitter;
    QAction *m_planAction;
    QAction *m_weightsAction;
    QAction *m_refreshAction;
    QList<QAction *> m_actions;
};

} // namespace ed
