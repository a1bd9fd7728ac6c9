#include "UserStore.h"

#include "ServerDatabase.h"
#include "domain/Clock.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server::UserStore", text);
    }

    const QString kAccess = QStringLiteral("access");
    const QString kRefresh = QStringLiteral("refresh");

    QString randomToken()
    {
        unsigned char bytes[32];
        randombytes_buf(bytes, sizeof bytes);
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    QString hashPassword(const QString &password)
    {
        const QByteArray utf8 = password.toUtf8();
        char hash[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
            return {};
        return QString::fromLatin1(hash);
    }

    bool verifyPassword(const QString &hash, const QString &password)
    {
        const QByteArray utf8 = password.toUtf8();
        const QByteArray stored = hash.toLatin1();
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
            == 0;
    }

    // Verifying against this when the user does not exist makes both failures take the same time.
    const QString &dummyHash()
    {
        static const QString hash = hashPassword(QStringLiteral("not a password of anyone"));
        return hash;
    }

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Translator:
        return QStringLiteral("translator");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (Role candidate : { Role::Admin, Role::Coordinator, Role::Translator, Role::Manager }) {
        if (roleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

UserStore::UserStore(
    ServerDatabase &database, const Clock &clock, qint64 accessTtlMs, qint64 refreshTtlMs)
    : m_database(database)
    , m_clock(clock)
    , m_accessTtlMs(accessTtlMs)
    , m_refreshTtlMs(refreshTtlMs)
{
}

bool UserStore::checkName(const QString &name, QString *error)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (shape.match(name).hasMatch())
        return true;
    *error = tr("A user name is 1 to 64 letters, digits, dots, dashes, underscores or @.");
    return false;
}

bool UserStore::checkPassword(const QString &password, QString *error)
{
    if (password.size() >= 8 && password.size() <= 1024)
        return true;
    *error = tr("A password has 8 to 1024 characters.");
    return false;
}

bool UserStore::addUser(const QString &name, const QString &password, Role role, QString *error)
{
    if (!checkName(name, error) || !checkPassword(password, error))
        return false;
    const QString hash = hashPassword(password);
    if (hash.isEmpty()) {
        *error = tr("Not enough memory to hash the password.");
        return false;
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO users (name, password_hash, role, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const QString &value : { name, hash, roleName(role), now, now })
        query.addBindValue(value);
    if (!query.exec()) {
        *error = tr("The user %1 exists already (or the database refused it: %2).")
                     .arg(name, query.lastError().text());
        return false;
    }
    return true;
}

bool UserStore::removeUser(const QString &name, QString *error)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"));
    query.addBindValue(name);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("There is no user %1.").arg(name);
        return false;
    }
    return transaction.commit();
}

bool UserStore::setPassword(const QString &name, const QString &password, QString *error)
{
    if (!checkPassword(password, error))
        return false;
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE name = ?"));
    query.addBindValue(hashPassword(password));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(name);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("There is no user %1.").arg(name);
        return false;
    }
    // A changed password ends every session of that user.
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"));
    query.addBindValue(name);
    query.exec();
    return transaction.commit();
}

QList<Session> UserStore::users() const
{
    QList<Session> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, role FROM users ORDER BY name"));
    if (query.exec()) {
        while (query.next()) {
            Session s;
            s.user = query.value(0).toString();
            roleFromName(query.value(1).toString(), &s.role);
            list << s;
        }
    }
    return list;
}

QString UserStore::hashToken(const QString &token)
{
    const QByteArray bytes = token.toLatin1();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(bytes.constData()),
        quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

std::optional<IssuedTokens> UserStore::issue(const QString &user, Role role)
{
    const qint64 now = m_clock.nowMs();
    IssuedTokens tokens { user, role, randomToken(), now + m_accessTtlMs, randomToken(),
        now + m_refreshTtlMs };
    // SQLite has one writer at a time; taking turns here avoids a busy wait inside SQLite.
    std::lock_guard<FairMutex> lock(m_database.writeLock());
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    // Expired tokens of this user go now; the table never grows with old sessions.
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE user_name = ? AND expires_at < ?"));
    query.addBindValue(user);
    query.addBindValue(now);
    query.exec();
    query.prepare(
        QStringLiteral("INSERT INTO tokens (token_hash, user_name, kind, expires_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const auto &[token, kind, expires] :
        { std::tuple { tokens.token, kAccess, tokens.expiresAtMs },
            std::tuple { tokens.refreshToken, kRefresh, tokens.refreshExpiresAtMs } }) {
        query.addBindValue(hashToken(token));
        query.addBindValue(user);
        query.addBindValue(kind);
        query.addBindValue(expires);
        query.addBindValue(now);
        if (!query.exec()) {
            qCWarning(lcServer) << "cannot store a token:" << query.lastError().text();
            return std::nullopt;
        }
    }
    if (!transaction.commit())
        return std::nullopt;
    return tokens;
}

std::optional<IssuedTokens> UserStore::login(const QString &name, const QString &password)
{
    if (password.size() > 1024)
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash, role FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        verifyPassword(dummyHash(), password);
        return std::nullopt;
    }
    const QString hash = query.value(0).toString();
    Role role = Role::Manager;
    roleFromName(query.value(1).toString(), &role);
    query.finish();
    if (!verifyPassword(hash, password))
        return std::nullopt;
    return issue(name, role);
}

std::optional<IssuedTokens> UserStore::refresh(const QString &refreshToken)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT t.user_name, u.role, t.expires_at FROM tokens t "
        "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? AND t.kind = ?"));
    query.addBindValue(hashToken(refreshToken));
    query.addBindValue(kRefresh);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString user = query.value(0).toString();
    Role role = Role::Manager;
    roleFromName(query.value(1).toString(), &role);
    const qint64 expires = query.value(2).toLongLong();
    query.finish();
    // One use only: a stolen refresh token stops working once its owner refreshed.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    remove.addBindValue(hashToken(refreshToken));
    if (!remove.exec() || remove.numRowsAffected() != 1 || expires < m_clock.nowMs())
        return std::nullopt;
    return issue(user, role);
}

std::optional<Session> UserStore::authenticate(const QString &accessToken) const
{
    if (accessToken.isEmpty() || accessToken.size() > 256)
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT t.user_name, u.role FROM tokens t JOIN users u ON u.name = t.user_name "
        "WHERE t.token_hash = ? AND t.kind = ? AND t.expires_at > ?"));
    query.addBindValue(hashToken(accessToken));
    query.addBindValue(kAccess);
    query.addBindValue(m_clock.nowMs());
    if (!query.exec() || !query.next())
        return std::nullopt;
    Session session;
    session.user = query.value(0).toString();
    if (!roleFromName(query.value(1).toString(), &session.role))
        return std::nullopt;
    return session;
}

void UserStore::revoke(const QString &accessToken)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    query.addBindValue(hashToken(accessToken));
    query.exec();
}

} // namespace ed::server
