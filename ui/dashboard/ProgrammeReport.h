#pragma once

#include "reporting/DashboardData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace ed {

class ReferenceData;

// The programme report for ministers: A4, in the UI language (Arabic right to left), with the
// KPIs, the four charts (as vector graphics), the summary tables, page numbers and the date it
// was made. Drawn with QPainter so the same code writes the PDF and feeds the printer.
class ProgrammeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReport)
public:
    ProgrammeReport(const DashboardData &data, const ReferenceData &reference, Qt::LayoutDirection direction);

    bool writePdf(const QString &fileName, QString *error) const;
    bool print(QPrinter *printer, QString *error) const;
    void setGenerated(const QDateTime &when) { m_generated = when; } // tests fix the stamp
    int pageCount() const;
    // One page as an image `width` pixels wide, drawn by the same code (previews, screenshots).
    QImage pageImage(int index, int width) const;

private:
    using Draw = std::function<void(QPainter &)>;
    struct Page
    {
        QList<Draw> items;
    };
    QList<Page> layout() const; // the page plan in points (A4 = 595 × 842)
    bool paint(QPagedPaintDevice *device, QString *error) const;
    void paintPage(QPainter &painter, const QList<Page> &pages, int index) const;
    void addTable(QList<Page> *pages, double *y, const QString &heading, const QStringList &headers,
                  const QList<double> &widths, const QList<QStringList> &rows) const;
    QRectF mirrored(const QRectF &rect) const; // x flipped inside the text column in RTL
    int leading() const; // AlignLeft or AlignRight, absolute

    const DashboardData &m_data;
    const ReferenceData &m_reference;
    Qt::LayoutDirection m_direction;
    QDateTime m_generated;
};

} // namespace ed
