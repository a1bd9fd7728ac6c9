#pragma once

#include "domain/FieldError.h"

#include <QUndoCommand>

#include <functional>

namespace ed {

struct EntitySpec;
class RecordRepository;

// Base of the record edit commands. The first write happens before the command is pushed
// (apply()), so a refused write never reaches the undo stack and the form can show why; the
// stack's initial redo() is then skipped. A later undo/redo that the repository refuses (for
// instance because a referenced record has gone) is reported and the command becomes obsolete.
class RecordCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    RecordCommand(RecordRepository &repository, const EntitySpec &spec, QString id, QUndoCommand *parent = nullptr);

    // Performs the edit for the first time; push the command only if this succeeds.
    WriteResult apply();
    void redo() override;
    void undo() override;

    QString recordId() const { return m_id; }
    const EntitySpec &spec() const { return m_spec; }
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

protected:
    virtual WriteResult forward() = 0;
    virtual WriteResult backward() = 0;

    RecordRepository &m_repository;
    const EntitySpec &m_spec;
    QString m_id;

private:
    void report(const WriteResult &result);

    bool m_applied = false;
    ErrorHandler m_onError;
};

} // namespace ed
