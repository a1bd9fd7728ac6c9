#include "NoteLabel.h"

#include <QLabel>
#include <QPalette>

namespace ed {

QLabel *makeNoteLabel(QWidget *parent, const QColor &colour)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (colour.isValid()) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, colour);
        label->setPalette(palette);
    }
    return label;
}

} // namespace ed
