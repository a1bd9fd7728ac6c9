#include "Database.h"

#include "Migrations.h"
#include "SqlTransaction.h"
#include "domain/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcStorage, "expertdesk.storage")

namespace ed {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ed::Database", text);
}
} // namespace

Database::Database(QString path) : m_path(std::move(path)) { }

Database::~Database()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            // Keeps the planner's statistics current (SQLite's advice for every closing connection).
            if (db.isOpen())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::connectionName() const
{
    return QStringLiteral("expertdesk-%1-%2")
            .arg(quintptr(this), 0, 16)
            .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::openConnection(QString *error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the database %1: %2. Check that the folder exists and you may write to it.")
                             .arg(m_path, db.lastError().text());
        return {};
    }
    QSqlQuery pragma(db);
    // WAL lets the sync thread read while the UI writes; NORMAL is durable at every checkpoint
    // and does not lose committed transactions on an application crash. A 32 MB page cache
    // (default 2 MB) keeps the list indexes of 100 000 rows in memory while a pull writes them.
    // A log that grew past 64 MB (an import defers its checkpoints) is cut back to that when it
    // starts over, instead of keeping its size on disk until the app closes.
    for (const char *statement : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                                   "PRAGMA cache_size=-32000", "PRAGMA journal_size_limit=67108864" })
        pragma.exec(QLatin1String(statement));
    return db;
}

QSqlDatabase Database::connection() const
{
    return openConnection(nullptr);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : -1;
}

Database::Status Database::open(QString *error)
{
    QSqlDatabase db = openConnection(error);
    if (!db.isOpen())
        return Status::CannotOpen;
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        *error = tr("This database was written by a newer Expert Desk (schema %1; this version knows up "
                    "to %2). Install the newer version to open it; nothing was changed.")
                         .arg(current)
                         .arg(latest);
        return Status::TooNew;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        SqlTransaction transaction(db);
        QSqlQuery query(db);
        QString failure = runMigrationStatements(db, migration.statements);
        if (failure.isEmpty() && migration.afterStatements)
            migration.afterStatements(db, &failure);
        // PRAGMA user_version is transactional in SQLite, so it commits with the step.
        if (failure.isEmpty()
            && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            failure = query.lastError().text();
        if (failure.isEmpty() && !transaction.commit())
            failure = db.lastError().text();
        if (!failure.isEmpty()) {
            qCWarning(lcStorage) << "migration" << migration.version << "failed:" << failure;
            *error = tr("Could not upgrade the database to schema %1: %2. The database is unchanged.")
                             .arg(migration.version)
                             .arg(failure);
            return Status::MigrationFailed;
        }
    }
    if (clientId().isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('client_id', ?)"));
        insert.addBindValue(uuidV7(QDateTime::currentMSecsSinceEpoch()));
        insert.exec();
    }
    return Status::Ok;
}

QString Database::clientId() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace ed
