#pragma once

#include <QString>

class QWidget;

namespace ed {

// Texts people write read in their own script's direction whatever the UI language: Arabic
// right to left, English and French left to right. Sets the widget's direction and, for text
// boxes, the document's, so an empty box already puts the cursor on the right side.
Qt::LayoutDirection textDirection(const QString &language);
void applyTextDirection(QWidget *editor, const QString &language);

} // namespace ed
