#include "Console.h"

#include <cstdio>
#include <unistd.h>

namespace ed::cli {

namespace {
    void write(FILE *stream, const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    }
} // namespace

void Console::out(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void Console::outRaw(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Console::err(const QString &text)
{
    write(stderr, text.toUtf8() + '\n');
}

void Console::progress(const QString &text, bool final)
{
    // On a terminal one line is redrawn; in a log each report is its own line.
    if (errIsTerminal())
        write(stderr, '\r' + text.toUtf8() + "\x1b[K" + (final ? "\n" : ""));
    else
        write(stderr, text.toUtf8() + '\n');
}

bool Console::errIsTerminal()
{
    static const bool terminal = isatty(fileno(stderr)) != 0;
    return terminal;
}

} // namespace ed::cli
