#pragma once

#include "DashboardCharts.h"
#include "reporting/DashboardData.h"
#include "storage/RecordQuery.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace ed {

class ChartPanel;
class DashboardAggregates;
class DashboardFilterBar;
class RecordRepository;
class SectorCountryModel;

// The managers' dashboard: KPI tiles, four charts and the sector × country table, for a period,
// sector and country. Follows the data (repository signals, debounced; while hidden it only
// remembers to refresh). A click on a bar or cell asks for the matching record list through
// drillDown(); the main window switches to it.
class DashboardArea : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardArea(RecordRepository &repository, QWidget *parent = nullptr);
    ~DashboardArea() override;

    // Refresh, Export report (PDF)…, Print report… — for the main window's menus.
    QList<QAction *> actions() const { return m_actions; }

    DashboardFilter filter() const;
    void setFilter(const DashboardFilter &filter); // refreshes at once
    const DashboardData &data() const { return m_data; }
    ChartPanel *chartPanel(ChartKind kind) const;
    QTableView *matrixView() const { return m_matrixView; }
    QList<QLabel *> kpiValueLabels() const { return m_kpiValues; }

    // Non-interactive forms of the exports (tests, scripting); false with a message.
    bool exportChart(ChartKind kind, const QString &fileName, QString *error) const;
    bool exportReport(const QString &fileName, QString *error) const;

public slots:
    void refresh();
    void exportChartInteractively(ed::ChartKind kind);
    void exportReportInteractively();
    void printReport();

signals:
    void drillDown(const QString &table, const ed::RecordFilter &filter);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void rebuildCharts();
    void updateTiles();
    void retranslate();
    void onBarClicked(ChartKind kind, const QString &categoryKey, const QString &setKey);
    QWidget *createTiles();

    RecordRepository &m_repository;
    std::unique_ptr<DashboardAggregates> m_aggregates;
    DashboardFilterBar *m_filterBar;
    QList<QLabel *> m_kpiTitles;
    QList<QLabel *> m_kpiValues;
    QList<ChartPanel *> m_panels;
    QLabel *m_matrixTitle;
    QTableView *m_matrixView;
    SectorCountryModel *m_matrixModel;
    QTimer *m_refreshTimer;
    DashboardData m_data;
    bool m_stale = true;
    QAction *m_refreshAction;
    QAction *m_reportAction;
    QAction *m_printAction;
    QList<QAction *> m_actions;
};

} // namespace ed
