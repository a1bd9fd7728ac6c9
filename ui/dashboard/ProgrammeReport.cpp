#include "ProgrammeReport.h"

#include "ChartRenderer.h"
#include "DashboardCharts.h"
#include "DashboardTexts.h"
#include "storage/ReferenceData.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>
#include <memory>

namespace ed {

namespace {

// The page in points; the painter is scaled so that one unit is one point whatever the device.
constexpr double kWidth = 595, kHeight = 842, kMargin = 48, kTop = 64, kBottom = 790;
constexpr double kRow = 15;

QFont font(int size, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(size); // pixels of the scaled painter, i.e. points
    f.setBold(bold);
    return f;
}

} // namespace

ProgrammeReport::ProgrammeReport(const DashboardData &data, const ReferenceData &reference, Qt::LayoutDirection direction)
    : m_data(data), m_reference(reference), m_direction(direction), m_generated(QDateTime::currentDateTime())
{
}

QRectF ProgrammeReport::mirrored(const QRectF &rect) const
{
    if (m_direction != Qt::RightToLeft)
        return rect;
    return QRectF(kWidth - rect.right(), rect.top(), rect.width(), rect.height());
}

int ProgrammeReport::leading() const
{
    return Qt::AlignAbsolute | (m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

void ProgrammeReport::addTable(QList<Page> *pages, double *y, const QString &heading, const QStringList &headers,
                               const QList<double> &widths, const QList<QStringList> &rows) const
{
    const int lead = leading();
    const int trail = Qt::AlignAbsolute | (m_direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    auto drawRow = [this, widths, lead, trail](QPainter &p, double top, const QStringList &cells, bool bold) {
        p.setFont(font(9, bold));
        double x = kMargin;
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QRectF cell = mirrored(QRectF(x + 3, top, widths.at(c) - 6, kRow));
            // The first column is text, the others are figures.
            p.drawText(cell, (c == 0 ? lead : trail) | Qt::AlignVCenter, cells.at(c));
            x += widths.at(c);
        }
        p.setPen(QColor(0xd0, 0xd4, 0xd9));
        p.drawLine(QPointF(kMargin, top + kRow), QPointF(kWidth - kMargin, top + kRow));
        p.setPen(Qt::black);
    };
    if (*y + 24 + 3 * kRow > kBottom) {
        pages->append(Page());
        *y = kTop;
    }
    const double headingTop = *y;
    pages->last().items << [this, heading, headingTop, lead](QPainter &p) {
        p.setFont(font(13, true));
        p.drawText(mirrored(QRectF(kMargin, headingTop, kWidth - 2 * kMargin, 20)), lead | Qt::AlignVCenter, heading);
    };
    *y += 24;
    const double headerTop = *y;
    pages->last().items << [drawRow, headers, headerTop](QPainter &p) { drawRow(p, headerTop, headers, true); };
    *y += kRow;
    for (const QStringList &row : rows) {
        if (*y + kRow > kBottom) { // continue on a new page, under the same column headers
            pages->append(Page());
            *y = kTop;
            const double top = *y;
            pages->last().items << [drawRow, headers, top](QPainter &p) { drawRow(p, top, headers, true); };
            *y += kRow;
        }
        const double top = *y;
        pages->last().items << [drawRow, row, top](QPainter &p) { drawRow(p, top, row, false); };
        *y += kRow;
    }
    *y += 14;
}

QList<ProgrammeReport::Page> ProgrammeReport::layout() const
{
    QList<Page> pages(1);
    const QLocale locale;
    const double column = kWidth - 2 * kMargin;
    const int lead = leading();

    // Page 1: title, what the report covers, the KPIs and the needs by sector.
    const QString title = tr("COMSTECH Expert Service — Programme Report");
    const QString covers = DashboardTexts::filterSummary(m_data.filter, m_reference);
    pages[0].items << [this, title, covers, column, lead](QPainter &p) {
        p.setFont(font(19, true));
        p.drawText(mirrored(QRectF(kMargin, kTop, column, 28)), lead | Qt::AlignVCenter, title);
        p.setFont(font(11));
        p.drawText(mirrored(QRectF(kMargin, kTop + 30, column, 18)), lead | Qt::AlignVCenter, covers);
    };
    double y = kTop + 60;
    QList<QStringList> kpiRows;
    for (const DashboardTexts::Kpi &kpi : DashboardTexts::kpis(m_data.kpis))
        kpiRows << QStringList { kpi.label, kpi.value };
    //: report table headers
    addTable(&pages, &y, tr("Key figures"), { tr("Indicator"), tr("Value") }, { column * 0.6, column * 0.4 }, kpiRows);

    auto chartBlock = [this, &pages, &y, column](ChartKind kind, double height) {
        if (y + height > kBottom) {
            pages.append(Page());
            y = kTop;
        }
        const QRectF target(kMargin, y, column, height);
        pages.last().items << [this, kind, target](QPainter &p) {
            BuiltChart built = DashboardCharts::build(kind, m_data, m_reference, m_direction);
            std::unique_ptr<QChart> chart(built.chart);
            // Drawn at a width that keeps the chart's fonts in proportion to the page's, or
            // taller when every one of its names needs the room (Qt Charts skips crowded labels).
            const double height = qMax(760 * target.height() / target.width(), double(built.preferredSize.height()));
            const QSize size(int(height * target.width() / target.height()), int(height));
            ChartRenderer::paint(chart.get(), size, &p, target);
        };
        y += height + 12;
    };
    chartBlock(ChartKind::NeedsBySector, kBottom - y);
    // Page 2: the missions over time and the needs by sector as figures.
    chartBlock(ChartKind::MissionsByMonth, 330);
    int totalNeeds = 0;
    for (const KeyCount &entry : m_data.needsBySector)
        totalNeeds += entry.count;
    QList<KeyCount> sectors = m_data.needsBySector;
    std::stable_sort(sectors.begin(), sectors.end(), [](const KeyCount &a, const KeyCount &b) { return a.count > b.count; });
    QList<QStringList> sectorRows;
    for (const KeyCount &entry : std::as_const(sectors))
        sectorRows << QStringList { m_reference.sectorName(entry.key), locale.toString(entry.count),
                                    DashboardTexts::percent(totalNeeds ? double(entry.count) / totalNeeds : 0.0) };
    addTable(&pages, &y, tr("Needs submitted by sector"), { tr("Sector"), tr("Needs"), tr("Share") },
             { column * 0.6, column * 0.2, column * 0.2 }, sectorRows);
    // A page each for the per-country charts: up to 57 names need the height.
    pages.append(Page());
    y = kTop;
    chartBlock(ChartKind::FulfilmentByCountry, kBottom - kTop);
    chartBlock(ChartKind::ExpertsByCountry, kBottom - kTop);
    pages.append(Page());
    y = kTop;

    QList<Fulfilment> countries;
    for (const Fulfilment &entry : m_data.fulfilmentByCountry) {
        if (entry.received > 0)
            countries << entry;
    }
    std::stable_sort(countries.begin(), countries.end(),
                     [](const Fulfilment &a, const Fulfilment &b) { return a.received > b.received; });
    QList<QStringList> countryRows;
    for (const Fulfilment &entry : std::as_const(countries))
        countryRows << QStringList { m_reference.countryName(entry.country), locale.toString(entry.received),
                                     locale.toString(entry.fulfilled), DashboardTexts::percent(entry.rate()) };
    addTable(&pages, &y, tr("Needs received and fulfilled by country"),
             { tr("Country"), tr("Received"), tr("Fulfilled"), tr("Rate") },
             { column * 0.46, column * 0.18, column * 0.18, column * 0.18 }, countryRows);
    const QString note = tr("Received: needs submitted in the period, whatever their status. Fulfilled: needs "
                            "fulfilled, or closed after a completed or evaluated mission.");
    if (y + 30 > kBottom) {
        pages.append(Page());
        y = kTop;
    }
    const double noteTop = y;
    pages.last().items << [this, note, noteTop, column, lead](QPainter &p) {
        p.setFont(font(8));
        p.drawText(mirrored(QRectF(kMargin, noteTop, column, 30)), lead | Qt::TextWordWrap, note);
    };
    return pages;
}

int ProgrammeReport::pageCount() const
{
    return int(layout().size());
}

void ProgrammeReport::paintPage(QPainter &painter, const QList<Page> &pages, int index) const
{
    for (const Draw &draw : pages.at(index).items) {
        painter.save();
        draw(painter);
        painter.restore();
    }
    const QLocale locale;
    painter.setFont(font(8));
    painter.setPen(QColor(0x55, 0x5b, 0x63));
    painter.drawLine(QPointF(kMargin, kTop - 12), QPointF(kWidth - kMargin, kTop - 12));
    painter.drawText(mirrored(QRectF(kMargin, kTop - 30, kWidth - 2 * kMargin, 14)), leading() | Qt::AlignVCenter,
                     tr("COMSTECH Expert Service"));
    painter.drawLine(QPointF(kMargin, kBottom + 14), QPointF(kWidth - kMargin, kBottom + 14));
    painter.drawText(mirrored(QRectF(kMargin, kBottom + 18, kWidth - 2 * kMargin, 14)), leading() | Qt::AlignVCenter,
                     tr("Generated on %1").arg(locale.toString(m_generated, QLocale::LongFormat)));
    //: footer of every report page
    painter.drawText(QRectF(kMargin, kBottom + 18, kWidth - 2 * kMargin, 14), Qt::AlignCenter,
                     tr("Page %1 of %2").arg(locale.toString(index + 1), locale.toString(int(pages.size()))));
}

bool ProgrammeReport::paint(QPagedPaintDevice *device, QString *error) const
{
    const QList<Page> pages = layout();
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("Could not start the report. Check that the file or printer can be written to.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(m_direction);
    const QRect full = device->pageLayout().fullRectPixels(device->logicalDpiX());
    const QRect paintable = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double scale = full.width() / kWidth;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        // The painter's origin is the paintable area's corner; we work on the full page in points.
        painter.translate(-paintable.topLeft());
        painter.scale(scale, scale);
        paintPage(painter, pages, i);
        painter.restore();
    }
    return painter.end();
}

QImage ProgrammeReport::pageImage(int index, int width) const
{
    const QList<Page> pages = layout();
    QImage image(width, qRound(width * kHeight / kWidth), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (index < 0 || index >= pages.size())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(m_direction);
    painter.scale(width / kWidth, width / kWidth);
    paintPage(painter, pages, index);
    return image;
}

bool ProgrammeReport::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Expert Desk"));
    writer.setTitle(tr("COMSTECH Expert Service — Programme Report"));
    if (!paint(&writer, error)) {
        if (error->isEmpty())
            *error = tr("Could not write the PDF %1. Check that the folder exists and that you may write there.")
                             .arg(fileName);
        return false;
    }
    return true;
}

bool ProgrammeReport::print(QPrinter *printer, QString *error) const
{
    printer->setDocName(tr("COMSTECH Expert Service — Programme Report"));
    return paint(printer, error);
}

} // namespace ed
