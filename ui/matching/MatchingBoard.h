#pragma once

#include <QTreeView>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace ed {

class DraftMissions;
class ExpertListModel;
class MatchingContext;

// The needs side of the board: accepts drops of experts (ExpertMime) on a need row and hands
// them to the board; anything else, or a drop beside a need, is ignored.
class NeedDropView : public QTreeView
{
    Q_OBJECT
public:
    using QTreeView::QTreeView;

signals:
    void expertsDropped(const QString &needId, const QMimeData *mime);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString needAt(const QPoint &position) const;
};

// Open needs (accepted or matching) grouped by sector and filterable by sector, country and
// priority, beside the searchable expert roster. Drag experts onto a need, or select a need and
// experts and press Assign (Ctrl+Return): either way a draft mission is created on the shared
// undo stack. An expert a hard filter excludes needs an override reason, kept in the mission.
class MatchingBoard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    MatchingBoard(MatchingContext &context, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~MatchingBoard() override;

    QString currentNeedId() const;
    bool selectNeed(const QString &needId);
    QStringList selectedExpertIds() const;
    bool selectExperts(const QStringList &ids);
    QStringList visibleNeedIds() const;
    QString lastMessage() const;

    void setSectorFilter(const QString &code);
    void setCountryFilter(const QString &iso2);
    void setPriorityFilter(const QString &priority);
    void setExpertSearch(const QString &text);

    DraftMissions &drafts() { return *m_drafts; }
    QAction *assignAction() const { return m_assignAction; }
    NeedDropView *needView() const { return m_needView; }
    QTableView *expertView() const { return m_expertView; }

public slots:
    void refresh();
    void assignSelected();

signals:
    void needSelected(const QString &needId);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void rebuildNeeds();
    void rebuildExperts();
    void updateScores();
    void handleDrop(const QString &needId, const QMimeData *mime);
    void report(const QString &message, bool ok);

    MatchingContext &m_context;
    std::unique_ptr<DraftMissions> m_drafts;
    QLabel *m_needsTitle;
    QComboBox *m_sector;
    QComboBox *m_country;
    QComboBox *m_priority;
    NeedDropView *m_needView;
    QStandardItemModel *m_needs;
    QLabel *m_expertsTitle;
    QLineEdit *m_search;
    QTableView *m_expertView;
    ExpertListModel *m_experts;
    QSortFilterProxyModel *m_expertProxy;
    QPushButton *m_assign;
    QAction *m_assignAction;
    QLabel *m_message;
};

} // namespace ed
