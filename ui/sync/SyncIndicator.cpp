#include "SyncIndicator.h"

#include "SyncController.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace ed {

SyncIndicator::SyncIndicator(SyncController &controller, QWidget *parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::MenuButtonPopup);
    connect(this, &QToolButton::clicked, this, &SyncIndicator::activate);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncIndicator::refresh);
    connect(&m_controller, &SyncController::signedInChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::setActions(QAction *syncNow, QAction *conflicts, QAction *signIn)
{
    m_syncNow = syncNow;
    m_conflicts = conflicts;
    m_signIn = signIn;
    auto *menu = new QMenu(this);
    menu->addAction(syncNow);
    menu->addAction(conflicts);
    menu->addSeparator();
    menu->addAction(signIn);
    setMenu(menu);
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void SyncIndicator::refresh()
{
    const auto status = m_controller.status();
    QString text;
    if (!m_controller.isSignedIn())
        //: status bar: the desk is not connected to a sync server
        text = tr("Not signed in");
    else
        text = status.text();
    setText(text);
    QString tip;
    if (!m_controller.isSignedIn())
        tip = tr("Sign in to a server to share changes with other coordinators.");
    else if (status.openConflicts > 0 || status.failedChanges > 0)
        tip = tr("Click to see the conflicts and failed changes.");
    else
        //: %1 is a user name, %2 a server address
        tip = tr("Signed in as %1 on %2. Click to sync now.").arg(m_controller.user(), m_controller.serverUrl().toString());
    if (!status.lastError.isEmpty() && m_controller.isSignedIn())
        tip += QLatin1Char('\n') + status.lastError;
    if (status.clockSkewed() && m_controller.isSignedIn())
        tip += QLatin1Char('\n') + status.clockSkewText();
    setToolTip(tip);
    //: accessible name of the sync state in the status bar
    setAccessibleName(tr("Sync status"));
    setAccessibleDescription(text);
}

void SyncIndicator::activate()
{
    const auto status = m_controller.status();
    if (!m_controller.isSignedIn()) {
        if (m_signIn)
            m_signIn->trigger();
    } else if ((status.openConflicts > 0 || status.failedChanges > 0) && m_conflicts) {
        m_conflicts->trigger();
    } else if (m_syncNow) {
        m_syncNow->trigger();
    }
}

} // namespace ed
