#pragma once

#include <QObject>

namespace ed {

// Lets the application's Undo and Redo win over a text field's own once the field has nothing
// of its own to undo. A QLineEdit (and the spin boxes and text boxes) accepts every Ctrl+Z as a
// ShortcutOverride, even with an empty history, so right after saving a record with the cursor
// still in a field, Ctrl+Z did nothing. Saving reloads the form, which clears the field's
// history, so from then on the shortcut reaches the shared undo stack; typing that is not saved
// yet is still undone in the field first.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ed
