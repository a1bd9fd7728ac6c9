#include "SignInDialog.h"

#include "SyncController.h"
#include "itemmodels/RecordFormatter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

SignInDialog::SignInDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent),
      m_controller(controller),
      m_intro(new QLabel(this)),
      m_serverLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)),
      m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_state(new QLabel(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_signIn(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)),
      m_signOut(m_buttons->addButton(QString(), QDialogButtonBox::ResetRole))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    // Addresses and user names are Latin identifiers: they read left to right in Arabic too.
    m_server->setLayoutDirection(Qt::LeftToRight);
    m_user->setLayoutDirection(Qt::LeftToRight);
    m_server->setText(m_controller.isSignedIn() ? m_controller.serverUrl().toString()
                                                : SyncController::savedServerUrl().toString());
    m_user->setText(m_controller.isSignedIn() ? m_controller.user() : SyncController::savedUser());
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_state->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAutoFillBackground(true);
    m_message->setMargin(6);
    m_message->hide();
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &SignInDialog::signOut);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_controller, &SyncController::signInFinished, this, &SignInDialog::onSignInFinished);
    for (QLineEdit *field : { m_server, m_user, m_password })
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateState);

    retranslateUi();
    updateState();
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    setMinimumWidth(440);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    //: window title of File › Sign in to a server…
    setWindowTitle(tr("Sign In to a Server"));
    m_intro->setText(tr("Sign in to your organisation's Expert Desk server to share your changes with the "
                        "other coordinators. You can keep working offline; changes are sent when the "
                        "server can be reached."));
    //: label of the field for the server's web address
    m_serverLabel->setText(tr("&Server address:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(QStringLiteral("https://expertdesk.example.org"));
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_message->setAccessibleName(tr("Sign-in message"));
    //: button: sign in to the sync server
    m_signIn->setText(tr("Sign &In"));
    m_signIn->setAccessibleName(tr("Sign in"));
    //: button: sign out of the sync server (the session token is forgotten)
    m_signOut->setText(tr("Sign &Out"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    updateState();
}

void SignInDialog::updateState()
{
    const bool signedIn = m_controller.isSignedIn();
    if (m_waiting)
        m_state->setText(tr("Signing in…"));
    else if (signedIn)
        //: %1 is a user name, %2 a server address
        m_state->setText(tr("Signed in as %1 on %2.")
                                 .arg(RecordFormatter::leftToRight(m_controller.user()),
                                      RecordFormatter::leftToRight(m_controller.serverUrl().toString())));
    else
        m_state->setText(tr("Not signed in."));
    m_signIn->setEnabled(!m_waiting && !m_server->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                         && !m_password->text().isEmpty());
    m_signOut->setEnabled(!m_waiting && signedIn);
    for (QLineEdit *field : { m_server, m_user, m_password })
        field->setEnabled(!m_waiting);
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    QPalette palette = m_message->palette();
    // Soft red for errors, soft yellow for information; text stays the palette's.
    palette.setColor(QPalette::Window, error ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xf3, 0xcd));
    palette.setColor(QPalette::WindowText, QColor(0x21, 0x25, 0x29));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::signIn()
{
    QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        showMessage(tr("The server address is not valid. Write it like https://expertdesk.example.org."), true);
        m_server->setFocus();
        return;
    }
    m_waiting = true;
    showMessage(QString(), false);
    updateState();
    m_controller.signIn(url, m_user->text().trimmed(), m_password->text());
}

void SignInDialog::onSignInFinished(bool ok, const QString &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_password->clear(); // never kept longer than needed
    updateState();
    if (!ok) {
        showMessage(error, true);
        m_password->setFocus();
        return;
    }
    const QString keychain = m_controller.keychainMessage();
    if (keychain.isEmpty()) {
        accept();
        return;
    }
    showMessage(tr("Signed in. The system keychain is not available, so the session is kept only until "
                   "Expert Desk closes: the password will be asked each time. (%1)")
                        .arg(keychain),
                false);
}

void SignInDialog::signOut()
{
    m_controller.signOut();
    showMessage(tr("Signed out. Your changes stay on this computer and are sent after the next sign-in."), false);
    updateState();
}

} // namespace ed
