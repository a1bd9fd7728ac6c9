#include "Workspace.h"

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ed {

Workspace::Workspace() = default;
Workspace::~Workspace()
{
    m_repository.reset(); // holds prepared statements on the connection the Database closes
}

bool Workspace::open(const QString &path, QString *error, const Clock *clock)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("Workspace", "Cannot create the folder %1 for the database.")
                         .arg(info.absolutePath());
        return false;
    }
    m_repository.reset();
    m_database = std::make_unique<Database>(path);
    if (m_database->open(error) != Database::Status::Ok)
        return false;
    if (!m_reference.load(m_database->connection(), error))
        return false;
    m_repository = std::make_unique<RecordRepository>(*m_database, m_reference,
                                                      clock ? *clock : SystemClock::instance(),
                                                      localUserName());
    return true;
}

void Workspace::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("COMSTECH"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("comstech.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Expert Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPERTDESK_VERSION));
}

QString Workspace::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QLatin1String("/expertdesk.sqlite");
}

QString Workspace::localUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace ed
