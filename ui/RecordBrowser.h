#pragma once

#include "domain/Schema.h"
#include "storage/RecordQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace ed {

class RecordForm;
class RecordRepository;
class RecordTableModel;

// One entity's working area: search and filters above a sortable table, and beside it the form
// of the selected record. Edits go through commands on the shared undo stack.
class RecordBrowser : public QWidget
{
    Q_OBJECT
public:
    RecordBrowser(const EntitySpec &spec, RecordRepository &repository, QUndoStack *undoStack,
                  QWidget *parent = nullptr);

    const EntitySpec &spec() const { return m_spec; }
    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordForm *form() const { return m_form; }
    QLineEdit *searchField() const { return m_search; }
    QString currentId() const { return m_currentId; }
    QString countText() const;

    // Selects the record's row (and shows it in the form); false if the filter hides it.
    bool selectRecord(const QString &id);
    // Shows the records of `filter` (e.g. a dashboard bar): the filter bar takes its sector,
    // country, status and search; a condition the bar cannot show (a date range) stays until the
    // user changes a filter.
    void showFiltered(const RecordFilter &filter);
    void saveState(QSettings &settings) const;
    // What the empty table says ("No expert matches “x”. …"); empty while rows are shown.
    QString emptyNoteText() const;
    void restoreState(const QSettings &settings);

public slots:
    void newRecord();
    // Saves the record and then any unsaved translations in its language tabs.
    bool save();
    void revert();
    // Asks first when `confirm`; returns whether the record was deleted.
    bool deleteCurrent(bool confirm = true);
    void focusSearch();

signals:
    void countChanged();
    void statusMessage(const QString &message);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool saveRecord();
    void retranslateUi();
    void fillFilterCombos();
    QWidget *createFilterBar();
    QWidget *createFormPanel();
    void applyFilter();
    void fitColumns();
    void updateEmptyNote();
    void onCurrentRowChanged(int row);
    void loadRecord(const QString &id);
    bool confirmLeavingModified();
    void onRecordUpdated(const QString &table, const QString &id);
    void onRecordRemoved(const QString &table, const QString &id);
    void reportCommandError(const QString &message);

    const EntitySpec &m_spec;
    RecordRepository &m_repository;
    QUndoStack *m_undoStack;
    RecordTableModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QString m_handedCondition; // from showFiltered(), cleared by the user's next filter change
    QVariantList m_handedBinds;
    QTimer *m_searchDelay;
    QTableView *m_view;
    QLabel *m_emptyNote = nullptr;
    RecordForm *m_form;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QSplitter *m_splitter;
    QString m_currentId;
    bool m_reselecting = false;
};

} // namespace ed
