#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ed {
class Clock;
}

namespace ed::server {

class ServerDatabase;

enum class Role { Admin, Coordinator, Translator, Manager };
QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);

struct Session {
    QString user;
    Role role = Role::Manager;
};

struct IssuedTokens {
    QString user;
    Role role = Role::Manager;
    QString token;
    qint64 expiresAtMs = 0;
    QString refreshToken;
    qint64 refreshExpiresAtMs = 0;
};

// Users (Argon2id hashes from libsodium's crypto_pwhash_str) and bearer tokens. Tokens are 256
// random bits; only their BLAKE2b hash is stored. A refresh rotates both tokens.
class UserStore {
public:
    UserStore(
        ServerDatabase &database, const Clock &clock, qint64 accessTtlMs, qint64 refreshTtlMs);

    bool addUser(const QString &name, const QString &password, Role role, QString *error);
    bool removeUser(const QString &name, QString *error);
    bool setPassword(const QString &name, const QString &password, QString *error);
    QList<Session> users() const;

    std::optional<IssuedTokens> login(const QString &name, const QString &password);
    std::optional<IssuedTokens> refresh(const QString &refreshToken);
    std::optional<Session> authenticate(const QString &accessToken) const;
    void revoke(const QString &accessToken);

    static bool checkName(const QString &name, QString *error);
    static bool checkPassword(const QString &password, QString *error);

private:
    std::optional<IssuedTokens> issue(const QString &user, Role role);
    static QString hashToken(const QString &token);

    ServerDatabase &m_database;
    const Clock &m_clock;
    qint64 m_accessTtlMs;
    qint64 m_refreshTtlMs;
};

} // namespace ed::server
