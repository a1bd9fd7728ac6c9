#pragma once

#include <QStyledItemDelegate>

namespace ed {

// Shades a count cell from white to the highlight colour by its share of the largest count
// (SectorCountryModel::CountRole / MaxCountRole), so hot spots show at a glance; the number
// stays readable on dark cells.
class CountShadeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ed
