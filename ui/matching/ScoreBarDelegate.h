#pragma once

#include <QStyledItemDelegate>

namespace ed {

// Paints a score as a bar growing from the leading edge (the right in Arabic) with its text on
// top. The bar's length comes from FractionRole (0..1); the text is the display text. Cells
// without a FractionRole value are painted as usual.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int FractionRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The rectangle the bar fills inside `cell` for `fraction`, mirrored for right-to-left.
    static QRect barRect(const QRect &cell, double fraction, Qt::LayoutDirection direction);
};

} // namespace ed
