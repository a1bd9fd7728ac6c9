#include "DashboardArea.h"

#include "ChartPanel.h"
#include "ChartRenderer.h"
#include "CountShadeDelegate.h"
#include "DashboardFilterBar.h"
#include "DashboardTexts.h"
#include "FileWrittenNotice.h"
#include "ProgrammeReport.h"
#include "SectorCountryModel.h"
#include "reporting/DashboardAggregates.h"
#include "reporting/DashboardDrillDown.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QChart>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ed {

DashboardArea::DashboardArea(RecordRepository &repository, QWidget *parent)
    : QWidget(parent), m_repository(repository),
      m_aggregates(std::make_unique<DashboardAggregates>(repository.database(), repository.reference())),
      m_filterBar(new DashboardFilterBar(repository.reference(), QDate::currentDate(), this)),
      m_matrixTitle(new QLabel(this)), m_matrixView(new QTableView(this)),
      m_matrixModel(new SectorCountryModel(repository.reference(), this)), m_refreshTimer(new QTimer(this)),
      m_refreshAction(new QAction(this)), m_reportAction(new QAction(this)), m_printAction(new QAction(this))
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    for (ChartKind kind : DashboardCharts::all()) {
        // The per-country charts list up to 57 names: they scroll rather than squeeze.
        const bool scrolling = kind == ChartKind::ExpertsByCountry || kind == ChartKind::FulfilmentByCountry;
        auto *panel = new ChartPanel(kind, scrolling, content);
        connect(panel, &ChartPanel::barClicked, this,
                [this, kind](const QString &category, const QString &set) { onBarClicked(kind, category, set); });
        connect(panel, &ChartPanel::exportRequested, this, &DashboardArea::exportChartInteractively);
        m_panels << panel;
    }
    // Columns mirror by themselves under right-to-left (QGridLayout follows the direction).
    grid->addWidget(m_panels.at(0), 0, 0);
    grid->addWidget(m_panels.at(2), 0, 1);
    grid->addWidget(m_panels.at(3), 1, 0);
    grid->addWidget(m_panels.at(1), 1, 1);
    QFont heading = m_matrixTitle->font();
    heading.setBold(true);
    m_matrixTitle->setFont(heading);
    m_matrixTitle->setBuddy(m_matrixView);
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setItemDelegate(new CountShadeDelegate(m_matrixView));
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(40);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(32);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->setMinimumHeight(360);
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit drillDown(QStringLiteral("needs"),
                       DashboardDrillDown::needs(m_data.filter, m_matrixModel->sectorAt(index.row()),
                                                 m_matrixModel->countryAt(index.column())));
    });
    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // Styles that activate on a single click have sent activated() already.
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_matrixView))
            emit m_matrixView->activated(index);
    });
    grid->addWidget(m_matrixTitle, 2, 0, 1, 2);
    grid->addWidget(m_matrixView, 3, 0, 1, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(createTiles());
    layout->addWidget(scroll, 1);

    // Edits come in bursts (an import, a sync page, undo of many rows): one refresh after them.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardArea::refresh);
    connect(&m_repository, &RecordRepository::recordInserted, this, &DashboardArea::scheduleRefresh);
    connect(&m_repository, &RecordRepository::recordUpdated, this, &DashboardArea::scheduleRefresh);
    connect(&m_repository, &RecordRepository::recordRemoved, this, &DashboardArea::scheduleRefresh);
    connect(&m_repository, &RecordRepository::batchCommitted, this, &DashboardArea::scheduleRefresh);
    connect(m_filterBar, &DashboardFilterBar::filterChanged, this, [this] {
        m_stale = true;
        m_refreshTimer->start(150);
    });

    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // F5 also refreshes the matching board: each area answers it only while it is shown.
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardArea::refresh);
    connect(m_reportAction, &QAction::triggered, this, &DashboardArea::exportReportInteractively);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &DashboardArea::printReport);
    m_actions = { m_refreshAction, m_reportAction, m_printAction };
    retranslate();
    refresh();
}

DashboardArea::~DashboardArea() = default;

QWidget *DashboardArea::createTiles()
{
    auto *tiles = new QWidget(this);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 5; ++i) {
        auto *tile = new QFrame(tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        tile->setBackgroundRole(QPalette::Base);
        auto *column = new QVBoxLayout(tile);
        auto *title = new QLabel(tile);
        auto *value = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(title);
        column->addWidget(value);
        row->addWidget(tile, 1);
        m_kpiTitles << title;
        m_kpiValues << value;
    }
    return tiles;
}

DashboardFilter DashboardArea::filter() const
{
    return m_filterBar->filter();
}

void DashboardArea::setFilter(const DashboardFilter &filter)
{
    m_filterBar->setFilter(filter);
    m_stale = true;
    refresh();
}

ChartPanel *DashboardArea::chartPanel(ChartKind kind) const
{
    for (ChartPanel *panel : m_panels) {
        if (panel->kind() == kind)
            return panel;
    }
    return nullptr;
}

void DashboardArea::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start(0);
}

void DashboardArea::refresh()
{
    m_refreshTimer->stop();
    DashboardData data;
    QString error;
    if (!m_aggregates->compute(filter(), &data, &error)) {
        emit statusMessage(tr("The dashboard could not be updated: %1").arg(error));
        return;
    }
    m_stale = false;
    m_data = std::move(data);
    m_matrixModel->setData(m_data);
    rebuildCharts();
    updateTiles();
}

void DashboardArea::rebuildCharts()
{
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setChart(DashboardCharts::build(panel->kind(), m_data, m_repository.reference(), layoutDirection()));
}

void DashboardArea::updateTiles()
{
    const QList<DashboardTexts::Kpi> kpis = DashboardTexts::kpis(m_data.kpis);
    for (int i = 0; i < kpis.size() && i < m_kpiValues.size(); ++i) {
        m_kpiTitles.at(i)->setText(kpis.at(i).label);
        m_kpiValues.at(i)->setText(kpis.at(i).value);
        m_kpiValues.at(i)->setToolTip(kpis.at(i).explanation);
        m_kpiValues.at(i)->setAccessibleName(kpis.at(i).label);
    }
}

void DashboardArea::onBarClicked(ChartKind kind, const QString &category, const QString &set)
{
    switch (kind) {
    case ChartKind::NeedsBySector:
        emit drillDown(QStringLiteral("needs"), DashboardDrillDown::needs(m_data.filter, category, {}));
        break;
    case ChartKind::FulfilmentByCountry:
        emit drillDown(QStringLiteral("needs"), DashboardDrillDown::needs(m_data.filter, {}, category));
        break;
    case ChartKind::ExpertsByCountry:
        emit drillDown(QStringLiteral("experts"), DashboardDrillDown::experts(m_data.filter, category));
        break;
    case ChartKind::MissionsByMonth:
        emit drillDown(QStringLiteral("missions"),
                       DashboardDrillDown::missions(m_data.filter, set,
                                                    QDate::fromString(category + QLatin1String("-01"), Qt::ISODate)));
        break;
    }
}

bool DashboardArea::exportChart(ChartKind kind, const QString &fileName, QString *error) const
{
    // A fresh chart at its preferred size: the export does not depend on the window's size.
    const BuiltChart built = DashboardCharts::build(kind, m_data, m_repository.reference(), layoutDirection());
    std::unique_ptr<QChart> chart(built.chart);
    return ChartRenderer::save(chart.get(), built.preferredSize, fileName, error);
}

bool DashboardArea::exportReport(const QString &fileName, QString *error) const
{
    return ProgrammeReport(m_data, m_repository.reference(), layoutDirection()).writePdf(fileName, error);
}

void DashboardArea::exportChartInteractively(ChartKind kind)
{
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Chart"), DashboardCharts::id(kind) + QLatin1String(".png"),
            //: file type choices of the chart export dialog
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    emit statusMessage(exportChart(kind, fileName, &error) ? tr("Chart saved as %1.").arg(fileName) : error);
}

void DashboardArea::exportReportInteractively()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Programme Report"),
                                                          tr("programme-report.pdf"), tr("PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportReport(fileName, &error)) {
        QMessageBox::warning(this, tr("Export Programme Report"), error);
        return;
    }
    emit statusMessage(tr("Report saved as %1.").arg(QDir::toNativeSeparators(fileName)));
    FileWrittenNotice::show(this, tr("Export Programme Report"), tr("The programme report is ready to send."), fileName);
}

void DashboardArea::printReport()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Programme Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ProgrammeReport(m_data, m_repository.reference(), layoutDirection()).print(&printer, &error))
        emit statusMessage(error);
}

void DashboardArea::retranslate()
{
    //: action: recompute the dashboard now
    m_refreshAction->setText(tr("&Refresh Dashboard"));
    m_reportAction->setText(tr("Export Programme &Report (PDF)…"));
    m_reportAction->setStatusTip(tr("Save the KPIs, charts and summary tables as a PDF for the ministry"));
    m_printAction->setText(tr("&Print Programme Report…"));
    //: heading of the sector × country table
    m_matrixTitle->setText(tr("Needs by sector and country (click a cell for the list)"));
    m_matrixView->setAccessibleName(tr("Needs by sector and country"));
    m_matrixModel->refreshTexts();
    updateTiles();
}

void DashboardArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildCharts(); // titles, names and number formats are baked into the charts
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        rebuildCharts();
    }
    QWidget::changeEvent(event);
}

} // namespace ed
