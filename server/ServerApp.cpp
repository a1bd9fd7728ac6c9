#include "ServerApp.h"

#include "HttpApi.h"
#include "RequestTranslator.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserStore.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <thread>

#include <sodium.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "expertdesk.server")

namespace ed::server {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::server", text);
    }

    void printError(const QString &message)
    {
        QTextStream(stderr) << "expertdesk-server: " << message << Qt::endl;
    }

    // The password from standard input: one line, not echoed when typed at a terminal.
    QString readPassword()
    {
        const bool terminal = isatty(STDIN_FILENO);
        termios saved {};
        if (terminal) {
            QTextStream(stderr) << tr("Password: ") << Qt::flush;
            tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (terminal) {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            std::fputc('\n', stderr);
        }
        return line;
    }

    qint64 ttlSeconds(
        const QCommandLineParser &parser, const QString &option, const char *env, qint64 fallback)
    {
        bool ok = false;
        qint64 value = parser.value(option).toLongLong(&ok);
        if (ok && value > 0)
            return value;
        value = qEnvironmentVariable(env).toLongLong(&ok);
        return ok && value > 0 ? value : fallback;
    }

    int userCommand(const QStringList &args, const QCommandLineParser &parser, UserStore &users)
    {
        const QString action = args.value(1);
        QString error;
        if (action == QLatin1String("list") && args.size() == 2) {
            QTextStream out(stdout);
            for (const Session &user : users.users())
                out << user.user << QLatin1Char('\t') << roleName(user.role) << Qt::endl;
            return 0;
        }
        const QString name = args.value(2);
        if (args.size() != 3 || name.isEmpty()) {
            printError(tr("Usage: user add NAME --role admin|coordinator|translator|manager, user "
                          "remove NAME, "
                          "user passwd NAME, user list."));
            return 2;
        }
        if (action == QLatin1String("add")) {
            Role role;
            if (!roleFromName(parser.value(QStringLiteral("role")), &role)) {
                printError(tr("--role must be admin, coordinator, translator or manager."));
                return 2;
            }
            if (!users.addUser(name, readPassword(), role, &error)) {
                printError(error);
                return 1;
            }
            return 0;
        }
        if (action == QLatin1String("remove")) {
            if (!users.removeUser(name, &error)) {
                printError(error);
                return 1;
            }
            return 0;
        }
        if (action == QLatin1String("passwd")) {
            if (!users.setPassword(name, readPassword(), &error)) {
                printError(error);
                return 1;
            }
            return 0;
        }
        printError(tr("Unknown user command \"%1\"; use add, remove, passwd or list.").arg(action));
        return 2;
    }

} // namespace

int runServerApp(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Expert Desk sync server (see docs/api.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("db"), tr("SQLite database file of the server."), tr("FILE") },
        { QStringLiteral("pg"),
            tr("PostgreSQL connection, e.g. \"host=127.0.0.1 dbname=expertdesk user=ed\"."),
            tr("CONNINFO") },
        { QStringLiteral("listen"), tr("Address and port to serve on (default 127.0.0.1:8787)."),
            tr("HOST:PORT"), QStringLiteral("127.0.0.1:8787") },
        { QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS."), tr("FILE") },
        { QStringLiteral("tls-key"), tr("PEM private key of the certificate."), tr("FILE") },
        { QStringLiteral("threads"), tr("Worker threads (default 64)."), tr("N"),
            QStringLiteral("64") },
        { QStringLiteral("max-per-address"),
            tr("Connections one address may hold open (default 128; 0: no cap, behind a proxy)."),
            tr("N"), QStringLiteral("128") },
        { QStringLiteral("idle-timeout"),
            tr("Seconds a connection may stay silent before it is closed (default 10)."),
            tr("SECONDS"), QStringLiteral("10") },
        { QStringLiteral("token-ttl"),
            tr("Access token lifetime in seconds (default 3600; env EXPERTDESK_TOKEN_TTL)."),
            tr("SECONDS") },
        { QStringLiteral("refresh-ttl"),
            tr("Refresh token lifetime in seconds (default 30 days; env EXPERTDESK_REFRESH_TTL)."),
            tr("SECONDS") },
        { QStringLiteral("role"),
            tr("Role of a new user: admin, coordinator, translator or manager."), tr("ROLE") },
    });
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("Nothing to serve; or user add|remove|passwd|list NAME; or epoch reset."));
    parser.process(arguments);

    if (sodium_init() < 0) {
        printError(tr("libsodium failed to start."));
        return 1;
    }
    const bool sqlite = parser.isSet(QStringLiteral("db"));
    if (sqlite == parser.isSet(QStringLiteral("pg"))) {
        printError(tr("Name the store: --db FILE (SQLite) or --pg CONNINFO (PostgreSQL)."));
        return 2;
    }
    ServerDatabase database(
        sqlite ? ServerDatabase::Backend::Sqlite : ServerDatabase::Backend::Postgres,
        parser.value(sqlite ? QStringLiteral("db") : QStringLiteral("pg")));
    QString error;
    if (database.open(&error) != ServerDatabase::Status::Ok) {
        printError(error);
        return 1;
    }
    const Clock &clock = SystemClock::instance();
    UserStore users(database, clock,
        ttlSeconds(parser, QStringLiteral("token-ttl"), "EXPERTDESK_TOKEN_TTL", 3600) * 1000,
        ttlSeconds(parser, QStringLiteral("refresh-ttl"), "EXPERTDESK_REFRESH_TTL", 30 * 86400)
            * 1000);

    // Countries and sectors come from the same resources as the desktop app's reference tables.
    ReferenceData reference;
    {
        ed::Database referenceDb(QStringLiteral(":memory:"));
        if (referenceDb.open(&error) != ed::Database::Status::Ok
            || !reference.load(referenceDb.connection(), &error)) {
            printError(tr("Cannot load the reference data: %1").arg(error));
            return 1;
        }
    }
    SyncService sync(database, reference, clock);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("user"))
        return userCommand(args, parser, users);
    if (args.value(0) == QLatin1String("epoch") && args.value(1) == QLatin1String("reset")
        && args.size() == 2) {
        if (!sync.resetEpoch(&error)) {
            printError(error);
            return 1;
        }
        QTextStream(stdout) << sync.epoch() << Qt::endl;
        return 0;
    }
    if (!args.isEmpty()) {
        printError(tr("Unknown command \"%1\"; see --help.").arg(args.join(QLatin1Char(' '))));
        return 2;
    }

    HttpOptions options;
    const QString listen = parser.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    options.host = listen.left(colon);
    options.port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || options.port <= 0 || options.port > 65535) {
        printError(tr("--listen must be HOST:PORT, e.g. 127.0.0.1:8787."));
        return 2;
    }
    options.certFile = parser.value(QStringLiteral("tls-cert"));
    options.keyFile = parser.value(QStringLiteral("tls-key"));
    options.limits.workerThreads = qBound(1, parser.value(QStringLiteral("threads")).toInt(), 512);
    options.limits.maxConnectionsPerAddress
        = qBound(0, parser.value(QStringLiteral("max-per-address")).toInt(), 100000);
    options.limits.idleTimeoutSec
        = qBound(1, parser.value(QStringLiteral("idle-timeout")).toInt(), 3600);
    // Every connection is a descriptor: the usual soft limit of 1024 would refuse connections
    // long before the server's own caps do.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    options.limits.maxConnections = int(std::min<rlim_t>(files.rlim_cur > 64 ? files.rlim_cur - 64 : 64, 10000));

    // SIGINT/SIGTERM are taken by a thread with sigwait, which may safely stop the server.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    RequestTranslator translator;
    if (!translator.loadCatalogues())
        qCWarning(lcServer) << "translations missing from this build: answers in English only";
    QCoreApplication::installTranslator(&translator);
    HttpApi api(users, sync, clock, options);
    if (!api.bind(&error)) {
        printError(error);
        return 3;
    }
    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        qCInfo(lcServer) << "stopping on signal" << signal;
        api.stop();
    });
    stopper.detach();
    QTextStream(stderr) << "expertdesk-server: listening on "
                        << (options.certFile.isEmpty() ? "http" : "https") << "://" << options.host
                        << ':' << options.port << Qt::endl;
    api.run();
    return 0;
}

} // namespace ed::server
