#include "ServerApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("expertdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPERTDESK_VERSION));
    return ed::server::runServerApp(QCoreApplication::arguments());
}
