#include "MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("COMSTECH"));
    QApplication::setApplicationName(QStringLiteral("Expert Desk"));
    QApplication::setApplicationVersion(QStringLiteral(EXPERTDESK_VERSION));

    // Qt's own strings, then ours; English is loaded too for its plural forms ("1 expert").
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("expertdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/expertdesk_en.qm")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "COMSTECH Expert Service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
                                      QApplication::translate("main", "FILE"), ed::Workspace::defaultDatabasePath());
    parser.addOption(dbOption);
    parser.process(app);

    ed::Workspace workspace;
    QString error;
    if (!workspace.open(parser.value(dbOption), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Expert Desk"),
                              QApplication::translate("main", "Cannot open the database %1: %2")
                                      .arg(parser.value(dbOption), error));
        return 1;
    }
    ed::MainWindow window(workspace.repository());
    window.show();
    QTimer::singleShot(0, &window, &ed::MainWindow::offerDemoData);
    return app.exec();
}
