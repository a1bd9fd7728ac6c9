#pragma once

#include "RecordCommand.h"

#include <QVariantMap>

namespace ed {

// Changes some fields of a record; keeps the old values of exactly those fields so undo does not
// overwrite fields that other edits (or sync) changed in between.
class UpdateRecordCommand : public RecordCommand
{
public:
    UpdateRecordCommand(RecordRepository &repository, const EntitySpec &spec, const QString &id,
                        QVariantMap oldValues, QVariantMap newValues, QUndoCommand *parent = nullptr);

    const QVariantMap &oldValues() const { return m_oldValues; }
    const QVariantMap &newValues() const { return m_newValues; }

protected:
    WriteResult forward() override;
    WriteResult backward() override;

private:
    QVariantMap m_oldValues;
    QVariantMap m_newValues;
};

} // namespace ed
