#include "DeleteRecordCommand.h"

#include "UndoTexts.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace ed {

DeleteRecordCommand::DeleteRecordCommand(RecordRepository &repository, const EntitySpec &spec,
                                         const QString &id, QUndoCommand *parent)
    : RecordCommand(repository, spec, id, parent)
{
    //: undo history entry; %1 is the kind of record, e.g. "expert"
    UndoTexts::setText(this, [&spec] {
        return QCoreApplication::translate("DeleteRecordCommand", "delete %1").arg(spec.displayName().toLower());
    });
}

WriteResult DeleteRecordCommand::forward()
{
    return m_repository.remove(m_spec, m_id);
}

WriteResult DeleteRecordCommand::backward()
{
    return m_repository.restore(m_spec, m_id);
}

} // namespace ed
