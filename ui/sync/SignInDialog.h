#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ed {

class SyncController;

// File › Sign in to a server…: server address, user name and password. Errors (wrong password,
// server unreachable, a version the server no longer accepts) show inline, in the UI language.
// There is no "remember me" box: the session token always goes to the system keychain, and when
// there is none the dialog says that the password will be asked at each start.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(SyncController &controller, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    QLabel *messageLabel() const { return m_message; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void signIn();
    void signOut();
    void onSignInFinished(bool ok, const QString &error);
    void showMessage(const QString &text, bool error);
    void updateState();

    SyncController &m_controller;
    QLabel *m_intro;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_state;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    bool m_waiting = false;
};

} // namespace ed
