#include "NaturalDirectionDelegate.h"

namespace ed {

namespace {
// The direction of the first letter, or none for text without letters (numbers, dates, codes
// already isolated by RecordFormatter follow the view).
bool firstStrong(const QString &text, Qt::LayoutDirection *direction)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            *direction = Qt::LeftToRight;
            return true;
        case QChar::DirR:
        case QChar::DirAL:
            *direction = Qt::RightToLeft;
            return true;
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            return false; // set apart on purpose: the view's direction stays
        default:
            break;
        }
    }
    return false;
}
} // namespace

void NaturalDirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    Qt::LayoutDirection direction;
    if (!(option->features & QStyleOptionViewItem::HasDisplay) || !firstStrong(option->text, &direction)
        || direction == option->direction)
        return;
    // The style mirrors a non-absolute alignment by this direction too, so a title starts on its
    // own side.
    option->direction = direction;
}

} // namespace ed
