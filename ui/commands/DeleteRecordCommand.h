#pragma once

#include "RecordCommand.h"

namespace ed {

// Deletes a record as a tombstone (the row stays, flagged), so undo is a restore of the very
// same row and sync sees a delete followed by an update rather than a new record.
class DeleteRecordCommand : public RecordCommand
{
public:
    DeleteRecordCommand(RecordRepository &repository, const EntitySpec &spec, const QString &id,
                        QUndoCommand *parent = nullptr);

protected:
    WriteResult forward() override;
    WriteResult backward() override;
};

} // namespace ed
