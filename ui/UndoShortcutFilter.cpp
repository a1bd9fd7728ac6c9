#include "UndoShortcutFilter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ed {

namespace {

// Whether the focused widget has its own step to undo (or redo).
bool hasOwnStep(QObject *widget, bool redo)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        widget = spin->findChild<QLineEdit *>();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->isReadOnly() ? false : redo ? edit->isRedoAvailable() : edit->isUndoAvailable();
    const QTextDocument *document = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget); plain && !plain->isReadOnly())
        document = plain->document();
    else if (auto *rich = qobject_cast<QTextEdit *>(widget); rich && !rich->isReadOnly())
        document = rich->document();
    if (!document)
        return true; // not a text field: leave its shortcuts alone
    return redo ? document->isRedoAvailable() : document->isUndoAvailable();
}

} // namespace

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if ((!undo && !redo) || hasOwnStep(watched, redo))
        return false;
    // Not accepted and not delivered: the shortcut map hands the key to the Undo/Redo action.
    event->ignore();
    return true;
}

} // namespace ed
