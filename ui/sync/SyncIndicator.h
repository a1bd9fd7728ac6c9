#pragma once

#include <QToolButton>

namespace ed {

class SyncController;

// The status bar's sync state, left of the record count: "Not signed in", "Offline",
// "Syncing 3 of 7…", "Synced at 14:05", "3 conflicts", "1 failed change". A click opens the
// conflicts when there are any, else syncs now (or offers to sign in); the arrow menu has all.
class SyncIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncIndicator(SyncController &controller, QWidget *parent = nullptr);

    void setActions(QAction *syncNow, QAction *conflicts, QAction *signIn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void activate();

    SyncController &m_controller;
    QAction *m_syncNow = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_signIn = nullptr;
};

} // namespace ed
