#include "CliApplication.h"
#include "ReportCommands.h"
#include "i18n/Translations.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto app = ed::cli::createApplication(argc, argv);
    ed::Workspace::setApplicationIdentity();
    // The CLI speaks the language of the environment (LANG/LC_ALL) when we have it.
    ed::Translations translations;
    translations.setLanguage(ed::Translations::initialLanguage({}));
    return ed::cli::CliApplication().run(QCoreApplication::arguments());
}
