#pragma once

#include "domain/Schema.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace ed {

class RecordRepository;
class TranslationStore;

// Under a translatable field of a RecordForm: one tab per language other than the record's own,
// each with the translation (editable; Arabic right to left, French and English left to right),
// who translated it and when, and a marker when the source text changed since. "Save
// translation" writes through TranslationStore as a SetTranslationCommand on the undo stack;
// a refusal is shown inline and the text stays.
class TranslationTabs : public QWidget
{
    Q_OBJECT
public:
    TranslationTabs(const EntitySpec &spec, const FieldSpec &field, RecordRepository &repository,
                    QWidget *parent = nullptr);

    void setStore(TranslationStore *store, QUndoStack *undoStack);
    // Shows the stored translations of a record. Unsaved text survives a reload of the same record
    // (the form reloads after every save); another record, or none (a new one), discards it.
    void setRecord(const QString &recordId, const QString &sourceLanguage);

    QTabWidget *tabs() const { return m_tabs; }
    // The editor of a language's tab (QLineEdit or QPlainTextEdit), nullptr for an unknown one.
    QWidget *editor(const QString &language) const;
    QPushButton *saveButton(const QString &language) const;
    QString text(const QString &language) const;
    void setText(const QString &language, const QString &text);
    bool isTabVisible(const QString &language) const;
    bool isOutdated(const QString &language) const;
    // "Translated by … on …", or that there is no translation yet.
    QString infoText(const QString &language) const;
    QString errorText(const QString &language) const;

    bool hasUnsavedChanges() const;
    bool isUnsaved(const QString &language) const;
    // Saves the tabs with unsaved text; false if one was refused (its message shows in its tab).
    bool saveAll();
    bool save(const QString &language);

signals:
    void statusMessage(const QString &message);
    void unsavedChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QString language;
        QWidget *page = nullptr;
        QWidget *editor = nullptr;
        QLabel *info = nullptr;
        QLabel *outdated = nullptr;
        QLabel *error = nullptr;
        QPushButton *save = nullptr;
        QString stored;      // the saved translation, empty when there is none
        QString translatedBy;
        QDateTime translatedAt;
        QString oldSource;   // the source as it was when translated
        bool exists = false;
        bool isOutdated = false;
    };

    void retranslateUi();
    void reload();
    void updatePage(Page &page);
    void onRepositoryChange(const QString &table, const QString &id);
    QString editorText(const Page &page) const;
    void setEditorText(Page &page, const QString &text);

    const EntitySpec &m_spec;
    FieldSpec m_field;
    RecordRepository &m_repository;
    TranslationStore *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_recordId;
    QString m_sourceLanguage;
    QTabWidget *m_tabs;
    QLabel *m_hint;
    QList<Page> m_pages;
};

} // namespace ed
