#include "InsertRecordCommand.h"

#include "UndoTexts.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace ed {

InsertRecordCommand::InsertRecordCommand(RecordRepository &repository, const EntitySpec &spec,
                                         QVariantMap values, QUndoCommand *parent)
    : RecordCommand(repository, spec, {}, parent), m_values(std::move(values))
{
    //: undo history entry; %1 is the kind of record, e.g. "expert"
    UndoTexts::setText(this, [&spec] {
        return QCoreApplication::translate("InsertRecordCommand", "add %1").arg(spec.displayName().toLower());
    });
}

WriteResult InsertRecordCommand::forward()
{
    if (m_inserted)
        return m_repository.restore(m_spec, m_id);
    const WriteResult result = m_repository.insert(m_spec, m_values);
    if (result.ok()) {
        m_id = result.id;
        m_inserted = true;
    }
    return result;
}

WriteResult InsertRecordCommand::backward()
{
    return m_repository.remove(m_spec, m_id);
}

} // namespace ed
