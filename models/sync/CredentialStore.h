#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace ed::sync {

// Sign-in tokens for one server and user, kept in the system keychain through QtKeychain
// (service "Expert Desk", key "USER@SERVER_URL") — never in QSettings or a file (DESIGN.md §5).
// Without a keychain (no Secret Service on the session bus) the tokens live in this process's
// memory only, and the person is asked for the password at every start: there is no plain-text
// fallback on purpose.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    struct Tokens {
        QString access;
        QString refresh;
    };

    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName() { return QStringLiteral("Expert Desk"); }
    static QString key(const QString &serverUrl, const QString &user);

    // True when the tokens reached the keychain; false when they are only in memory
    // (`error` says why, and that the password will be asked each time).
    bool save(const QString &serverUrl, const QString &user, const Tokens &tokens, QString *error);
    std::optional<Tokens> load(const QString &serverUrl, const QString &user, QString *error = nullptr);
    bool remove(const QString &serverUrl, const QString &user, QString *error = nullptr);
    // Whether the last keychain operation reached a keychain.
    bool keychainAvailable() const { return m_available; }

private:
    bool m_available = true;
};

} // namespace ed::sync
