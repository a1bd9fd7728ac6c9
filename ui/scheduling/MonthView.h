#pragma once

#include <QDate>
#include <QList>
#include <QRect>
#include <QWidget>

#include "MissionAccessibility.h"
#include "MissionDateEdit.h"

namespace ed {

class SchedulingState;

// A month as six weeks of days, missions as bars across the days they cover (a bar continues on
// the next week's line), coloured by status, with a legend. Columns run right-to-left in a
// right-to-left layout; Hijri day numbers sit beside the Gregorian ones when the setting is on.
// Editable like the timeline: dragging a bar to another day (on any week's line) moves the
// mission, dragging its start or end edge changes its length, with a live preview; Escape
// cancels; arrow keys move the selected mission (Shift: its end). Each drop is one undoable
// command.
class MonthView : public QWidget, public MissionItemView {
    Q_OBJECT
public:
    explicit MonthView(SchedulingState &state, QWidget *parent = nullptr);

    QDate month() const { return m_month; } // the first day of the month shown
    void setMonth(const QDate &anyDay);
    QSize sizeHint() const override { return { 900, 640 }; }
    // Where a date's cell is drawn (empty outside the six weeks shown). For tests.
    QRect dayRect(const QDate &date) const;
    // The mission's bar pieces as drawn, one per week line (none if not shown). For tests.
    QList<QRect> missionRects(const QString &missionId) const;

    QStringList shownMissionIds() const override { return m_shownIds; }
    QRect missionRect(const QString &missionId) const override;
    SchedulingState &schedulingState() const override { return m_state; }

signals:
    void monthChanged(const QDate &month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Bar {
        int mission; // index into SchedulingData::missions
        QRect rect; // visual, already mirrored
        QDate from, to; // the days this piece covers
    };
    using Edit = MissionDateEdit::Edit;

    void retranslate();
    void layoutBars();
    QDate gridStart() const;
    QRect cellRect(int week, int column) const; // visual
    int legendHeight() const;
    int barAt(const QPoint &pos, Edit *edit = nullptr) const;
    QDate dateAt(const QPoint &pos) const; // the nearest day of the grid
    void cancelDrag();

    SchedulingState &m_state;
    QDate m_month;
    QList<Bar> m_bars;
    QStringList m_shownIds; // every mission in the six weeks, by start, drawn or in a "+n"
    QList<QPair<QRect, int>> m_overflow; // "+n" markers per day

    Edit m_drag = Edit::None;
    QString m_dragMission;
    QDate m_pressDate;
    int m_dragDays = 0;
};

} // namespace ed
