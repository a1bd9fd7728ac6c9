#include "CountShadeDelegate.h"

#include "SectorCountryModel.h"

#include <QPainter>

namespace ed {

void CountShadeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int count = index.data(SectorCountryModel::CountRole).toInt();
    const int max = index.data(SectorCountryModel::MaxCountRole).toInt();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (count > 0 && max > 0) {
        // A square root keeps small counts visible next to one very busy cell.
        const double share = std::sqrt(double(count) / max);
        const QColor high(0x1f, 0x5f, 0xa8);
        const QColor cell = QColor::fromRgbF(1.0 - share * (1.0 - high.redF()), 1.0 - share * (1.0 - high.greenF()),
                                             1.0 - share * (1.0 - high.blueF()));
        painter->fillRect(opt.rect, cell);
        opt.palette.setColor(QPalette::Text, share > 0.55 ? Qt::white : Qt::black);
        opt.palette.setColor(QPalette::HighlightedText, share > 0.55 ? Qt::white : Qt::black);
        opt.backgroundBrush = Qt::NoBrush;
    }
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace ed
