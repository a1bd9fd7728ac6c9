#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace ed::cli {

// Reads the global options (--db, --json, --help, --version), finds the command and hands its
// own arguments to CliCommands. Options may come before or after the command.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    int run(const QStringList &arguments);

    struct Command {
        QString name;
        QString synopsis; // the syntax after the program name, never translated
        const char *summary; // QT_TRANSLATE_NOOP("CliApplication", …)
    };
    static const QList<Command> &commands();

private:
    static void addGlobalOptions(QCommandLineParser *parser);
    static QString generalHelp(QCommandLineParser &parser);
    static QString commandHelp(const Command &command);
    static const Command *findCommand(const QString &name);
    static QString defaultDatabase();
    static QString programName(QString helpText);
};

} // namespace ed::cli
