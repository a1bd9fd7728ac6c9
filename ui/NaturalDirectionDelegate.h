#pragma once

#include <QStyledItemDelegate>

namespace ed {

// Lays each cell out in its own text's direction, as a browser does with dir="auto": in the
// Arabic interface a Latin-script title starts at the left and is cut at its end ("Calibration
// and verification of the…"), not at its beginning with the ellipsis on the wrong side; Arabic
// text in the English interface likewise reads right to left. Cells without letters keep the view's.
class NaturalDirectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ed
