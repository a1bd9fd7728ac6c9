#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace ed {

class RecordRepository;
class TranslationStore;

// What the side-by-side editor works on: one field of one record, into one language.
struct TranslationTask
{
    QString table;
    QString recordId;
    QString title; // the record's name or title, in its own language
    QString field;
    QString sourceLanguage;
    QString sourceText;
    QString language; // the target
    bool isValid() const { return !table.isEmpty() && !recordId.isEmpty() && !field.isEmpty(); }
};

// The source text (read-only, in its language's direction) beside the translation (in the
// target's), the buttons Save, Skip and Save and next, and who translated which field of the
// record into which language. Saving is a SetTranslationCommand on the shared undo stack.
class TranslationEditor : public QWidget
{
    Q_OBJECT
public:
    TranslationEditor(RecordRepository &repository, TranslationStore &store, QUndoStack &undoStack,
                      QWidget *parent = nullptr);

    // Shows a task; an invalid one empties the editor.
    void setTask(const TranslationTask &task);
    const TranslationTask &task() const { return m_task; }
    bool isModified() const;
    // Writes the translation; false (with the reason inline, the text kept) when refused.
    bool save();

    QPlainTextEdit *sourceEdit() const { return m_source; }
    QPlainTextEdit *targetEdit() const { return m_target; }
    QTreeWidget *history() const { return m_history; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *skipButton() const { return m_skipButton; }
    QPushButton *nextButton() const { return m_nextButton; }
    QString errorText() const;

signals:
    void saveRequested();
    void skipRequested();
    void saveAndNextRequested();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLabels();
    void updateButtons();
    void reloadHistory();
    void onRepositoryChange(const QString &table, const QString &id);

    RecordRepository &m_repository;
    TranslationStore &m_store;
    QUndoStack &m_undoStack;
    TranslationTask m_task;
    QString m_stored; // the saved translation the target started from
    bool m_outdated = false;
    QLabel *m_title;
    QLabel *m_fieldLabel;
    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QLabel *m_outdatedLabel;
    QLabel *m_error;
    QLabel *m_historyLabel;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_target;
    QPushButton *m_saveButton;
    QPushButton *m_skipButton;
    QPushButton *m_nextButton;
    QTreeWidget *m_history;
};

} // namespace ed
