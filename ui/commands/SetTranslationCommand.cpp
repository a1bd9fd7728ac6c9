#include "SetTranslationCommand.h"

#include "UndoTexts.h"
#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"

#include <QCoreApplication>

namespace ed {

namespace {

// The columns a translation edit changes; the key columns never change (see Schema).
const QStringList &stateColumns()
{
    static const QStringList columns = { QStringLiteral("text"), QStringLiteral("translated_by"),
                                         QStringLiteral("translated_at"), QStringLiteral("source_text") };
    return columns;
}

QVariantMap stateOf(const QVariantMap &row)
{
    QVariantMap state;
    for (const QString &column : stateColumns())
        state.insert(column, row.value(column));
    return state;
}

} // namespace

SetTranslationCommand::SetTranslationCommand(TranslationStore &store, RecordRepository &repository,
                                             const EntitySpec &record, QString recordId, QString field,
                                             QString language, QString text, QUndoCommand *parent)
    : RecordCommand(repository, TranslationStore::spec(),
                    TranslationStore::translationId(record.table, recordId, field, language), parent),
      m_store(store),
      m_record(record),
      m_recordId(std::move(recordId)),
      m_field(std::move(field)),
      m_language(std::move(language)),
      m_text(std::move(text))
{
    UndoTexts::setText(this, [&record = m_record, field = m_field, language = m_language,
                              removal = m_text.trimmed().isEmpty()] {
        const FieldSpec *fieldSpec = record.field(field);
        const QString fieldName = fieldSpec ? fieldSpec->displayName() : field;
        const QString languageName = TranslationStore::languageName(language);
        if (removal)
            //: undo history entry: "remove French translation of Title"
            return QCoreApplication::translate("SetTranslationCommand", "remove %1 translation of %2")
                    .arg(languageName, fieldName);
        //: undo history entry: "translate Title into French"
        return QCoreApplication::translate("SetTranslationCommand", "translate %1 into %2").arg(fieldName, languageName);
    });
}

std::optional<QVariantMap> SetTranslationCommand::liveRow() const
{
    return m_repository.get(m_spec, m_id);
}

WriteResult SetTranslationCommand::forward()
{
    if (m_done)
        return writeState(m_after);
    const std::optional<QVariantMap> before = liveRow();
    const WriteResult result = m_text.trimmed().isEmpty()
            ? m_store.removeTranslation(m_record, m_recordId, m_field, m_language)
            : m_store.setTranslation(m_record, m_recordId, m_field, m_language, m_text);
    if (!result.ok())
        return result;
    m_done = true;
    if (before)
        m_before = stateOf(*before);
    if (const std::optional<QVariantMap> after = liveRow())
        m_after = stateOf(*after);
    return result;
}

WriteResult SetTranslationCommand::backward()
{
    return writeState(m_before);
}

WriteResult SetTranslationCommand::writeState(const std::optional<QVariantMap> &state)
{
    const std::optional<QVariantMap> live = liveRow();
    if (!state)
        return live ? m_repository.remove(m_spec, m_id) : WriteResult { m_id, {} };
    if (live)
        return m_repository.update(m_spec, m_id, *state);
    if (m_repository.get(m_spec, m_id, true)) {
        // A tombstone keeps the id (TranslationStore::translationId): bring it back, then its texts.
        const WriteResult restored = m_repository.restore(m_spec, m_id);
        if (!restored.ok())
            return restored;
        return m_repository.update(m_spec, m_id, *state);
    }
    QVariantMap values = *state;
    values.insert(QStringLiteral("id"), m_id);
    values.insert(QStringLiteral("record_table"), m_record.table);
    values.insert(QStringLiteral("record_id"), m_recordId);
    values.insert(QStringLiteral("field"), m_field);
    values.insert(QStringLiteral("language"), m_language);
    return m_repository.insert(m_spec, values);
}

} // namespace ed
