#pragma once

#include <QByteArray>
#include <QString>

namespace ed::cli {

// What the process exits with; docs/cli.md lists them and scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1, // the command ran but was refused: invalid data, unknown id, cancelled
    ExitUsage = 2, // the command line is wrong: unknown command, type or option, bad JSON input
    ExitDatabase = 3, // the database is missing, newer than this program, or cannot be written
};

// Standard output carries results only (ids, tables, JSON) so scripts can capture it; every
// message about a problem or progress goes to standard error.
class Console {
public:
    static void out(const QString &text); // text + newline on stdout
    static void outRaw(const QByteArray &bytes);
    static void err(const QString &text); // text + newline on stderr
    static void progress(const QString &text, bool final); // rewritten in place on a terminal
    static bool errIsTerminal();
};

} // namespace ed::cli
