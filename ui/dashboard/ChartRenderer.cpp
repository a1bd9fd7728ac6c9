#include "ChartRenderer.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace ed {

void ChartRenderer::paint(QChart *chart, const QSize &size, QPainter *painter, const QRectF &target)
{
    // A chart shown in a view belongs to its scene; one made for export gets a scene for the
    // time of the drawing and is given back, so the caller still owns it.
    QGraphicsScene *scene = chart->scene();
    QGraphicsScene temporary;
    if (!scene) {
        temporary.addItem(chart);
        scene = &temporary;
    }
    const QRectF previous = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene->render(painter, target, QRectF(QPointF(0, 0), QSizeF(size)), Qt::KeepAspectRatio);
    if (scene == &temporary)
        temporary.removeItem(chart);
    else
        chart->setGeometry(previous);
}

QImage ChartRenderer::image(QChart *chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(chart, size, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QStringList ChartRenderer::suffixes()
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") };
}

bool ChartRenderer::save(QChart *chart, const QSize &size, const QString &fileName, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        // Twice the pixels: sharp in a slide or a printed note.
        if (image(chart, size, 2.0).save(fileName, "PNG"))
            return true;
        *error = tr("Could not write the image %1. Check that the folder exists and that you may write there.")
                         .arg(fileName);
        return false;
    }
    if (suffix == QLatin1String("svg")) {
        // Vector and editable: for slides and for designers who restyle the figure.
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        generator.setDescription(QStringLiteral("Expert Desk"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Could not write the SVG file %1. Check that the folder exists and that you may write there.")
                             .arg(fileName);
            return false;
        }
        paint(chart, size, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
        return painter.end();
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(fileName);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Expert Desk"));
        // A page the size of the chart, as a figure to place in another document.
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Could not write the PDF %1. Check that the folder exists and that you may write there.")
                             .arg(fileName);
            return false;
        }
        paint(chart, size, &painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
        return painter.end();
    }
    //: %1 is the file name, %2 the formats, e.g. "png, pdf"
    *error = tr("Cannot tell the format of %1 from its name; use one of: %2.")
                     .arg(fileName, suffixes().join(QLatin1String(", ")));
    return false;
}

} // namespace ed
