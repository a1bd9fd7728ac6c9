#pragma once

#include <QDate>
#include <QList>
#include <QRect>
#include <QWidget>

namespace ed {

class SchedulingState;

// A month as six weeks of days, missions as bars across the days they cover (a bar continues on
// the next week's line), coloured by status, with a legend. Columns run right-to-left in a
// right-to-left layout; Hijri day numbers sit beside the Gregorian ones when the setting is on.
class MonthView : public QWidget
{
    Q_OBJECT
public:
    explicit MonthView(SchedulingState &state, QWidget *parent = nullptr);

    QDate month() const { return m_month; } // the first day of the month shown
    void setMonth(const QDate &anyDay);
    QSize sizeHint() const override { return { 900, 640 }; }

signals:
    void monthChanged(const QDate &month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Bar
    {
        int mission; // index into SchedulingData::missions
        QRect rect;  // visual, already mirrored
    };

    void layoutBars();
    QDate gridStart() const;
    QRect cellRect(int week, int column) const; // visual
    int legendHeight() const;
    int barAt(const QPoint &pos) const;

    SchedulingState &m_state;
    QDate m_month;
    QList<Bar> m_bars;
    QList<QPair<QRect, int>> m_overflow; // "+n" markers per day
};

} // namespace ed
