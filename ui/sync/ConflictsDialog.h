#pragma once

#include "sync/SyncTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ed {

class RecordRepository;
class SyncController;

// Sync › Conflicts and failed changes…: each conflict side by side (field in the UI language,
// my value, the server's, who and when); the person keeps one or writes another, which becomes
// a normal edit that the next sync sends. Failed changes (refused by the server) are listed
// with the reason until the person dismisses them, having re-entered what was still needed.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(RecordRepository &repository, SyncController &controller, QWidget *parent = nullptr);

    QTreeWidget *conflictList() const { return m_conflicts; }
    QTreeWidget *failedList() const { return m_failed; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepServerButton() const { return m_keepServer; }
    QPushButton *useValueButton() const { return m_useValue; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLineEdit *valueField() const { return m_value; }
    QLabel *messageLabel() const { return m_message; }

    void reload();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void choose(const QVariant &value);
    void dismissFailed();
    const sync::LocalConflict *currentConflict() const;
    QString fieldLabel(const QString &table, const QString &field) const;
    QString valueText(const QString &table, const QString &field, const QVariant &value) const;
    QString recordLabel(const QString &table, const QString &id) const;

    RecordRepository &m_repository;
    SyncController &m_controller;
    QList<sync::LocalConflict> m_conflictData;
    QTabWidget *m_tabs;
    QLabel *m_conflictIntro;
    QTreeWidget *m_conflicts;
    QLabel *m_valueLabel;
    QLineEdit *m_value;
    QPushButton *m_keepMine;
    QPushButton *m_keepServer;
    QPushButton *m_useValue;
    QLabel *m_failedIntro;
    QTreeWidget *m_failed;
    QPushButton *m_dismiss;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ed
