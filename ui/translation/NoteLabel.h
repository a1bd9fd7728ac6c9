#pragma once

#include <QColor>

class QLabel;
class QWidget;

namespace ed {

// A wrapping plain-text label for the notes under translations ("Translated by …", "Outdated"),
// optionally in a signal colour.
QLabel *makeNoteLabel(QWidget *parent, const QColor &colour = {});

} // namespace ed
