#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QList>

#include "MissionDateEdit.h"

namespace ed {

class SchedulingState;
struct MissionSlot;

// One row per expert, missions as bars along the days (Gantt-like), unavailability shaded, a
// today line. Time runs right-to-left in a right-to-left layout. Dragging a bar moves the mission,
// dragging its start or end edge changes its length; each drop is one undoable command.
// Arrow keys do the same for the selected mission (Shift: change the end) for keyboard users.
// Painting touches only the rows and days in view, so 10,000 missions repaint within a frame.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(SchedulingState &state, QWidget *parent = nullptr);

    int dayWidth() const { return m_dayWidth; }
    void setDayWidth(int pixels);
    // Scrolls so `date` is near the start edge.
    void scrollToDate(const QDate &date);
    // Scrolls so the mission's bar is in view (rows and days), if it is shown at all.
    void ensureVisible(const QString &missionId);
    // Where a mission's bar is drawn in viewport coordinates (empty if not shown). For tests.
    QRect missionRect(const QString &missionId) const;
    int rowCount() const { return int(m_rows.size()); }
    QDate firstDay() const { return m_first; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    using Drag = MissionDateEdit::Edit;
    struct Row
    {
        QString expertId, name;
        QList<int> missions; // indexes into SchedulingData::missions, by start
    };

    void retranslate();
    void rebuild();
    void updateScrollBars();
    int headerHeight() const;
    int nameWidth() const { return m_nameWidth; }
    // Logical (left-to-right) x of the start of `date`; mirrored for painting when RTL.
    int logicalX(const QDate &date) const;
    QRect visual(const QRect &logical) const;
    int logicalPointX(int x) const;
    QRect logicalBar(int row, const MissionSlot &m) const;
    int rowAt(int y) const;
    int missionAt(const QPoint &pos, Drag *edge) const;
    void paintHeader(QPainter &p, const QRect &exposed);
    void paintRows(QPainter &p, const QRect &exposed);
    QString tooltipFor(int missionIndex) const;
    void cancelDrag();

    SchedulingState &m_state;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfMission;
    QDate m_first, m_last;
    int m_dayWidth = 16;
    int m_rowHeight = 26;
    int m_nameWidth = 170;

    Drag m_drag = Drag::None;
    int m_dragMission = -1;
    int m_pressX = 0;
    int m_dragDays = 0;
};

} // namespace ed
