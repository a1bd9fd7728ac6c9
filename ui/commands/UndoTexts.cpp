#include "UndoTexts.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

namespace ed::UndoTexts {

namespace {

QHash<const QUndoCommand *, Text> &texts()
{
    static QHash<const QUndoCommand *, Text> registry;
    return registry;
}

void collect(const QUndoCommand *command, QSet<const QUndoCommand *> &live)
{
    live.insert(command);
    for (int i = 0; i < command->childCount(); ++i)
        collect(command->child(i), live);
}

} // namespace

void setText(QUndoCommand *command, Text text)
{
    command->setText(text());
    texts().insert(command, std::move(text));
}

void beginMacro(QUndoStack &stack, Text text)
{
    const QString now = text();
    stack.beginMacro(now);
    // A macro just opened at the top level is the stack's last command, still without children.
    // (A nested one is a child of the open macro; the app opens none, and it would keep its text.)
    const QUndoCommand *macro = stack.count() > 0 ? stack.command(stack.count() - 1) : nullptr;
    if (macro && macro->childCount() == 0 && macro->text() == now)
        texts().insert(macro, std::move(text));
}

void retranslate(const QUndoStack &stack)
{
    QSet<const QUndoCommand *> live;
    for (int i = 0; i < stack.count(); ++i)
        collect(stack.command(i), live);
    for (auto it = texts().begin(); it != texts().end();) {
        if (!live.contains(it.key())) {
            it = texts().erase(it);
            continue;
        }
        // The stack only hands out const commands; the text is ours to change.
        const_cast<QUndoCommand *>(it.key())->setText(it.value()());
        ++it;
    }
}

} // namespace ed::UndoTexts
