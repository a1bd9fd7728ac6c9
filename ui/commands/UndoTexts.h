#pragma once

#include <QString>

#include <functional>

class QUndoCommand;
class QUndoStack;

namespace ed {

// Undo history entries ("change the dates of mission M-2611-0042") in the interface language,
// also for entries made before a language switch: every command's text is kept as the function
// that builds it, and retranslate() builds them again. Every command of the app names itself
// through setText() or beginMacro(), so an entry left by a deleted command is always replaced
// before a new command at the same address could be re-texted. GUI thread only.
namespace UndoTexts {

using Text = std::function<QString()>;

void setText(QUndoCommand *command, Text text);
// QUndoStack::beginMacro with a text that follows the language.
void beginMacro(QUndoStack &stack, Text text);
// Sets every command still in the stack to its text in the current language and forgets the
// commands the stack has deleted.
void retranslate(const QUndoStack &stack);

} // namespace UndoTexts

} // namespace ed
