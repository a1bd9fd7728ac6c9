#pragma once

#include "RecordCommand.h"

#include <QVariantMap>

namespace ed {

// Adds a record; undo tombstones it and redo restores the same row, so its id (and everything
// that later commands refer to) stays stable across undo/redo.
class InsertRecordCommand : public RecordCommand
{
public:
    InsertRecordCommand(RecordRepository &repository, const EntitySpec &spec, QVariantMap values,
                        QUndoCommand *parent = nullptr);

protected:
    WriteResult forward() override;
    WriteResult backward() override;

private:
    QVariantMap m_values;
    bool m_inserted = false;
};

} // namespace ed
