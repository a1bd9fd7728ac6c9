#include "UpdateRecordCommand.h"

#include "UndoTexts.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace ed {

UpdateRecordCommand::UpdateRecordCommand(RecordRepository &repository, const EntitySpec &spec,
                                         const QString &id, QVariantMap oldValues, QVariantMap newValues,
                                         QUndoCommand *parent)
    : RecordCommand(repository, spec, id, parent),
      m_oldValues(std::move(oldValues)),
      m_newValues(std::move(newValues))
{
    if (m_newValues.size() == 1) {
        UndoTexts::setText(this, [&spec, key = m_newValues.firstKey()] {
            const FieldSpec *field = spec.field(key);
            //: undo history entry; %1 is a field name, %2 the kind of record: "change E-mail of expert"
            return QCoreApplication::translate("UpdateRecordCommand", "change %1 of %2")
                    .arg(field ? field->displayName() : key, spec.displayName().toLower());
        });
    } else {
        UndoTexts::setText(this, [&spec] {
            //: undo history entry; %1 is the kind of record, e.g. "expert"
            return QCoreApplication::translate("UpdateRecordCommand", "edit %1").arg(spec.displayName().toLower());
        });
    }
}

WriteResult UpdateRecordCommand::forward()
{
    return m_repository.update(m_spec, m_id, m_newValues);
}

WriteResult UpdateRecordCommand::backward()
{
    return m_repository.update(m_spec, m_id, m_oldValues);
}

} // namespace ed
