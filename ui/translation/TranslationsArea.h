#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QUndoStack;

namespace ed {

class RecordRepository;
class TranslationEditor;
class TranslationQueueModel;
class TranslationStore;

// The translators' area: what is left to translate (TranslationQueueModel), filtered by target
// language and kind of record, and beside it the side-by-side editor of the chosen text.
// Saving takes the text out of the queue (the model follows the repository's signals).
class TranslationsArea : public QWidget
{
    Q_OBJECT
public:
    TranslationsArea(RecordRepository &repository, TranslationStore &store, QUndoStack &undoStack,
                     QWidget *parent = nullptr);

    TranslationQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *languageFilter() const { return m_language; }
    QComboBox *tableFilter() const { return m_table; }
    TranslationEditor *editor() const { return m_editor; }
    // "%Ln text(s) to translate", for the status bar.
    QString countText() const;
    bool isModified() const;

public slots:
    // Saves the text in the editor and stays on it (it leaves the queue).
    bool save();
    // Saves, then opens the next text of the queue.
    bool saveAndNext();
    // Opens the next text without saving.
    void skip();
    void setTargetLanguage(const QString &language); // "" for every language
    void setTable(const QString &table);             // "" for every kind of record
    // Makes a row of the queue current and opens it in the editor.
    void selectRow(int row);

signals:
    void countChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void openRow(int row);
    bool saveCurrent(bool next);
    void onCurrentRowChanged(const QModelIndex &current);

    TranslationQueueModel *m_model;
    QComboBox *m_language;
    QComboBox *m_table;
    QLabel *m_languageLabel;
    QLabel *m_tableLabel;
    QTableView *m_view;
    TranslationEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_nextAction;
    bool m_saving = false;
};

} // namespace ed
