#pragma once

#include "RecordCommand.h"

#include <QVariantMap>

#include <optional>

namespace ed {

class TranslationStore;

// Writes (or, with an empty text, removes) the translation of one translatable field of one
// record into one language. The first write goes through TranslationStore, which validates it;
// undo and redo put back the exact row that was there before and after (text, translator, date,
// source translated), so undoing a correction does not re-stamp the older translation as new.
class SetTranslationCommand : public RecordCommand
{
public:
    SetTranslationCommand(TranslationStore &store, RecordRepository &repository, const EntitySpec &record,
                          QString recordId, QString field, QString language, QString text,
                          QUndoCommand *parent = nullptr);

    QString recordId() const { return m_recordId; }
    QString field() const { return m_field; }
    QString language() const { return m_language; }

protected:
    WriteResult forward() override;
    WriteResult backward() override;

private:
    std::optional<QVariantMap> liveRow() const;
    WriteResult writeState(const std::optional<QVariantMap> &state);

    TranslationStore &m_store;
    const EntitySpec &m_record;
    QString m_recordId;
    QString m_field;
    QString m_language;
    QString m_text;
    bool m_done = false; // the first write happened; later ones replay m_after
    std::optional<QVariantMap> m_before;
    std::optional<QVariantMap> m_after;
};

} // namespace ed
