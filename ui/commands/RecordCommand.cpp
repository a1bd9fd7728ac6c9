#include "RecordCommand.h"

#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace ed {

RecordCommand::RecordCommand(RecordRepository &repository, const EntitySpec &spec, QString id,
                             QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(repository), m_spec(spec), m_id(std::move(id))
{
}

WriteResult RecordCommand::apply()
{
    const WriteResult result = forward();
    m_applied = result.ok();
    return result;
}

void RecordCommand::redo()
{
    if (m_applied) {
        m_applied = false; // QUndoStack::push() calls redo(); the edit is already done
        return;
    }
    report(forward());
}

void RecordCommand::undo()
{
    report(backward());
}

void RecordCommand::report(const WriteResult &result)
{
    if (result.ok())
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(QCoreApplication::translate("RecordCommand", "Could not %1: %2")
                          .arg(text(), result.message()));
}

} // namespace ed
