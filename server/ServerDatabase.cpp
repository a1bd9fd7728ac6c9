#include "ServerDatabase.h"


#include "ServerMigrations.h"
#include "domain/Uuid.h"
#include "storage/Migrations.h"
#include "storage/SqlTransaction.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ed::server {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server::ServerDatabase", text);
    }

    // Removes this thread's connections when the thread ends (HTTP pool workers, at shutdown),
    // their kept statements first.
    struct ThreadConnections {
        QStringList names;
        QHash<QString, std::shared_ptr<StatementCache>> statements; // connection name → its cache
        ~ThreadConnections()
        {
            statements.clear();
            for (const QString &name : std::as_const(names)) {
                {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            }
        }
    };
    thread_local ThreadConnections t_connections;

} // namespace

ServerDatabase::ServerDatabase(Backend backend, QString target)
    : m_backend(backend)
    , m_target(std::move(target))
{
}

ServerDatabase::~ServerDatabase()
{
    {
        const std::lock_guard<std::mutex> guard(m_stopMutex);
        m_stopping = true;
    }
    m_stopSignal.notify_all();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

int ServerDatabase::latestSchemaVersion()
{
    return serverMigrations().constLast().version;
}

bool ServerDatabase::applyConnInfo(QSqlDatabase &db, const QString &connInfo, QString *error)
{
    // key=value pairs separated by spaces; a value may be single-quoted (libpq's syntax).
    static const QRegularExpression pair(
        QStringLiteral("(\\w+)\\s*=\\s*('((?:[^'\\\\]|\\\\.)*)'|\\S+)"));
    QStringList options;
    auto it = pair.globalMatch(connInfo);
    int matched = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ++matched;
        const QString key = m.captured(1);
        QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        value.replace(QLatin1String("\\'"), QLatin1String("'"));
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
        else
            options << key + QLatin1Char('=') + value;
    }
    if (matched == 0 && !connInfo.trimmed().isEmpty()) {
        *error = tr("Cannot read the PostgreSQL connection string; write it as "
                    "\"host=127.0.0.1 port=5432 dbname=expertdesk user=expertdesk\".");
        return false;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return true;
}

QSqlDatabase ServerDatabase::openConnection(QString *error) const
{
    const QString name = QStringLiteral("expertdesk-server-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        t_connections.statements.remove(name); // prepared on the connection that closed
        if (db.open())
            return db;
        if (error)
            *error = db.lastError().text();
        return {};
    }
    const bool sqlite = m_backend == Backend::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    t_connections.names << name;
    if (!db.isValid()) {
        if (error)
            *error = sqlite
                ? tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite).")
                : tr("The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).");
        return {};
    }
    if (sqlite) {
        db.setDatabaseName(m_target);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else if (!applyConnInfo(db, m_target, error)) {
        return {};
    }
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the database %1: %2")
                         .arg(sqlite ? m_target : tr("(PostgreSQL)"), db.lastError().text());
        return {};
    }
    if (sqlite) {
        QSqlQuery pragma(db);
        // wal_autocheckpoint=0: checkpoints run in checkpointLoop(), not in a push's commit.
        for (const char *statement : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                 "PRAGMA wal_autocheckpoint=0" })
            pragma.exec(QLatin1String(statement));
    }
    return db;
}

QSqlDatabase ServerDatabase::connection() const
{
    QString error;
    QSqlDatabase db = openConnection(&error);
    if (!db.isOpen())
        qCWarning(lcServer) << "no database connection:" << error;
    return db;
}

StatementCache &ServerDatabase::statements() const
{
    const QSqlDatabase db = connection();
    std::shared_ptr<StatementCache> &cache = t_connections.statements[db.connectionName()];
    if (!cache)
        cache = std::make_shared<StatementCache>(db);
    return *cache;
}

int ServerDatabase::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    return meta(QStringLiteral("schema_version")).toInt();
}

QString ServerDatabase::meta(const QString &key) const
{
    QSqlQuery &query = statements().prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    const QString value = query.exec() && query.next() ? query.value(0).toString() : QString();
    query.finish(); // a kept statement must not hold its read open
    return value;
}

bool ServerDatabase::setMeta(const QString &key, const QString &value) const
{
    QSqlQuery &query = statements().prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcServer) << "cannot store" << key << query.lastError().text();
        return false;
    }
    return true;
}

ServerDatabase::Status ServerDatabase::open(QString *error)
{
    QSqlDatabase db = openConnection(error);
    if (!db.isOpen())
        return Status::CannotOpen;
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        *error = tr("This database was written by a newer expertdesk-server (schema %1; this one "
                    "knows up to %2). Run the newer server; nothing was changed.")
                     .arg(current)
                     .arg(latest);
        return Status::TooNew;
    }
    for (const ServerMigration &migration : serverMigrations()) {
        if (migration.version <= current)
            continue;
        ed::SqlTransaction transaction(db);
        QString failure = ed::runMigrationStatements(db, migration.statements);
        if (failure.isEmpty()
            && !setMeta(QStringLiteral("schema_version"), QString::number(migration.version)))
            failure = tr("cannot record the schema version");
        if (migration.version == 1 && failure.isEmpty()) {
            // A new store gets its identity: clients that hold another epoch must resnapshot.
            const bool ok
                = setMeta(QStringLiteral("epoch"), uuidV7(QDateTime::currentMSecsSinceEpoch()))
                && setMeta(QStringLiteral("tombstone_horizon"), QStringLiteral("0"))
                && setMeta(QStringLiteral("last_change_seq"), QStringLiteral("0"));
            if (!ok)
                failure = tr("cannot initialise the sync state");
        }
        if (failure.isEmpty() && !transaction.commit())
            failure = db.lastError().text();
        if (!failure.isEmpty()) {
            qCWarning(lcServer) << "migration" << migration.version << "failed:" << failure;
            *error = tr("Could not upgrade the server database to schema %1: %2. The database is "
                        "unchanged.")
                         .arg(migration.version)
                         .arg(failure);
            return Status::MigrationFailed;
        }
    }
    if (m_backend == Backend::Sqlite && !m_checkpointer.joinable())
        m_checkpointer = std::thread([this] { checkpointLoop(); });
    return Status::Ok;
}

void ServerDatabase::checkpointLoop()
{
    // SQLite's automatic checkpoint runs inside the commit that crosses its threshold, that is
    // under writeLock() while other pushes queue. Here it runs beside them, a few times a second;
    // PASSIVE never waits for readers or the writer.
    std::unique_lock<std::mutex> guard(m_stopMutex);
    while (!m_stopSignal.wait_for(guard, std::chrono::milliseconds(250), [this] { return m_stopping; })) {
        guard.unlock();
        {
            QSqlDatabase db = connection();
            if (db.isOpen())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
        guard.lock();
    }
}

} // namespace ed::server
