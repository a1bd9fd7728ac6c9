#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace ed {

// Draws a chart without a window: into an image (PNG), a PDF page or any painter (the report,
// the printer). Charts stay vector graphics on PDF and paper.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)
public:
    // Lays the chart out at `size` (logical pixels) and draws it scaled into `target`.
    static void paint(QChart *chart, const QSize &size, QPainter *painter, const QRectF &target);
    static QImage image(QChart *chart, const QSize &size, qreal scale = 1.0);
    // PNG or PDF by the file's suffix; false with a message a user can act on.
    static bool save(QChart *chart, const QSize &size, const QString &fileName, QString *error);
    static QStringList suffixes(); // "png", "svg", "pdf"
};

} // namespace ed
