#pragma once

#include "domain/FieldError.h"
#include "domain/Schema.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QUndoStack;

namespace ed {

class FieldEditor;
class RecordRepository;
class TranslationStore;
class TranslationTabs;

// A form generated from an EntitySpec: one editor per field (see FieldEditor), the field's
// label, and under it a red message when the repository refused the value. Showing errors
// never touches the editors, so what the user typed stays for them to correct.
// A translatable field (FieldSpec::translatable) shows its source text, written in the record's
// `text_language` ("Written in"), and under it language tabs with the translations
// (TranslationTabs), once setTranslationStore() gave the form a store and an undo stack.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(const EntitySpec &spec, RecordRepository &repository, QWidget *parent = nullptr);

    const EntitySpec &spec() const { return m_spec; }
    // Shows a stored record; an empty id starts a new record with the fields' defaults.
    void setRecord(const QString &id, const QVariantMap &record);
    void startNew();
    QString recordId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    bool isModified() const { return m_modified; }

    // Everything in the editors (for an insert).
    QVariantMap values() const;
    // The fields whose editor differs from the loaded record, with their new / loaded values.
    QVariantMap changes(QVariantMap *oldValues = nullptr) const;
    const QVariantMap &original() const { return m_original; }

    void showErrors(const FieldErrors &errors);
    void clearErrors();
    // The message shown under a field, empty when none (tests and accessibility).
    QString errorText(const QString &field) const;
    FieldEditor *editor(const QString &field) const { return m_editors.value(field); }

    // The label shown before a field's editor (tests and accessibility).
    QLabel *label(const QString &field) const { return m_labels.value(field); }

    // Enables the translation tabs; edits become SetTranslationCommands on `undoStack`.
    void setTranslationStore(TranslationStore *store, QUndoStack *undoStack);
    // The language tabs under a translatable field, nullptr for other fields.
    TranslationTabs *translationTabs(const QString &field) const { return m_translations.value(field); }
    // Translation tabs with text that is not saved yet (they are saved apart from the record).
    bool hasUnsavedTranslations() const;
    // Saves them; false when one was refused (the message shows in its tab, the text stays).
    bool saveTranslations();

signals:
    void modifiedChanged(bool modified);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setModified(bool modified);
    void updateTitle();
    void updateTextDirections();

    const EntitySpec &m_spec;
    RecordRepository &m_repository;
    QString m_id;
    QVariantMap m_original;
    bool m_modified = false;
    QLabel *m_title;
    QLabel *m_recordError;
    QScrollArea *m_scroll;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, TranslationTabs *> m_translations;
};

} // namespace ed
