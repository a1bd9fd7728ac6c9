#include "ScoreBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ed {

QRect ScoreBarDelegate::barRect(const QRect &cell, double fraction, Qt::LayoutDirection direction)
{
    const QRect track = cell.adjusted(4, 4, -4, -4);
    const int width = int(track.width() * qBound(0.0, fraction, 1.0) + 0.5);
    QRect bar(track.topLeft(), QSize(width, track.height()));
    if (direction == Qt::RightToLeft)
        bar.moveRight(track.right());
    return bar;
}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fractionValue = index.data(FractionRole);
    if (!fractionValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const double fraction = fractionValue.toDouble();
    const QRect track = opt.rect.adjusted(4, 4, -4, -4);
    const QRect bar = barRect(opt.rect, fraction, opt.direction);
    // Hue from red (0) through amber to green (1): the length says how much, the colour how good.
    QColor fill = QColor::fromHsv(int(120 * qBound(0.0, fraction, 1.0)), 110, 225);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(fill);
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 3, 3);
    // Text stays readable on the bar whatever the selection colour.
    painter->setPen(opt.palette.color(QPalette::Text));
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, Qt::AlignLeading | Qt::AlignVCenter);
    painter->drawText(track.adjusted(6, 0, -6, 0), int(alignment), text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(FractionRole).isValid())
        size = size.expandedTo(QSize(size.width() + 24, size.height() + 6));
    return size;
}

} // namespace ed
