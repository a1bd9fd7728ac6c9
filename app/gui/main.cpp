#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

// --version and --help must answer without a display (package checks, ssh sessions).
static void useOffscreenForInformationOptions(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h"
            || argument == "--help-all") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int main(int argc, char *argv[])
{
    useOffscreenForInformationOptions(argc, argv);
    QApplication app(argc, argv);
    ed::Workspace::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/expertdesk/icons/expertdesk-256.png")));

    // Ours, Qt's and QtKeychain's catalogues, the default locale and the layout direction, in the
    // saved language (else the system's, else English); View › Language switches at run time.
    ed::Translations translations;
    const QString language = ed::Translations::initialLanguage(ed::LanguageSwitcher::savedLanguage());
    translations.setLanguage(language);
    ed::LanguageSwitcher::applyDirection(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "COMSTECH Expert Service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
                                      //: placeholder for a file name in the command-line help
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
    ed::MainWindow window(workspace.repository(), &translations);
    window.show();
    QTimer::singleShot(0, &window, &ed::MainWindow::offerDemoData);
    return app.exec();
}
