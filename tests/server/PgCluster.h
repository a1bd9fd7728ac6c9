#pragma once

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

// A throwaway PostgreSQL cluster for the server tests (DESIGN.md §6): PostgreSQL refuses to run
// as root, so initdb and pg_ctl run as "postgres" in a temporary folder it owns, on a free
// loopback port, with trust authentication on loopback only. Stopped when destroyed.
class PgCluster {
public:
    ~PgCluster() { stop(); }

    bool start(int port, QString *error)
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (versions.isEmpty()) {
            *error = QStringLiteral(
                "PostgreSQL is not installed (apt-get install postgresql libqt6sql6-psql)");
            return false;
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.constLast());
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/expertdesk-pg-XXXXXX"));
        if (!m_dir->isValid()
            || run({ QStringLiteral("chown"), QStringLiteral("postgres:postgres"), m_dir->path() },
                   false)
                != 0) {
            *error = QStringLiteral(
                "cannot prepare a folder for the postgres user (tests must run as root)");
            return false;
        }
        m_port = port;
        const QString data = m_dir->filePath(QStringLiteral("data"));
        if (run({ m_bin + QStringLiteral("initdb"), QStringLiteral("-D"), data,
                QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                QStringLiteral("UTF8") })
            != 0) {
            *error = QStringLiteral("initdb failed");
            return false;
        }
        const QString options
            = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                             "-c synchronous_commit=off -c max_connections=60")
                  .arg(port)
                  .arg(m_dir->path());
        if (run({ m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data,
                QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("log")), QStringLiteral("-w"),
                QStringLiteral("start") })
            != 0) {
            *error = QStringLiteral("pg_ctl start failed on port %1").arg(port);
            return false;
        }
        m_running = true;
        return true;
    }

    bool createDatabase(const QString &name)
    {
        return run({ m_bin + QStringLiteral("createdb"), QStringLiteral("-h"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                   QStringLiteral("-U"), QStringLiteral("postgres"), name })
            == 0;
    }

    QString connInfo(const QString &database) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres")
            .arg(m_port)
            .arg(database);
    }

    void stop()
    {
        if (!m_running)
            return;
        run({ m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"),
            m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("stop") });
        m_running = false;
    }

private:
    int run(const QStringList &command, bool asPostgres = true) const
    {
        QProcess process;
        QStringList arguments = command;
        QString program = arguments.takeFirst();
        if (asPostgres) {
            arguments.prepend(program);
            arguments = QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")
            } + arguments;
            program = QStringLiteral("runuser");
        }
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (process.exitCode() != 0)
            qWarning("%s: %s", qPrintable(command.join(QLatin1Char(' '))),
                process.readAll().constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};
