#pragma once

#include "DashboardCharts.h"

#include <QWidget>

class QChart;
class QChartView;
class QScrollArea;
class QToolButton;

namespace ed {

// One dashboard chart: the view, and an Export button (PNG or PDF). A click on a bar is passed
// on with what it stands for (see BuiltChart).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // A `scrolling` panel shows the chart at its preferred height inside a scroll area (the
    // 57 countries need more height than a screen has to stay readable).
    explicit ChartPanel(ChartKind kind, bool scrolling = false, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    QChartView *view() const { return m_view; }
    const BuiltChart &built() const { return m_built; }
    void setChart(const BuiltChart &built); // takes the chart; the previous one is deleted
    static QString figures(const QChart *chart);

signals:
    // setKey is the mission status of a stacked bar, empty for single-set charts.
    void barClicked(const QString &categoryKey, const QString &setKey);
    void exportRequested(ed::ChartKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ChartKind m_kind;
    QChartView *m_view;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_export;
    BuiltChart m_built;
};

} // namespace ed
