#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ed {

Translations::Translations(QObject *parent) : QObject(parent) { }

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::languages()
{
    return { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar") };
}

QString Translations::initialLanguage(const QString &saved)
{
    if (languages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return languages().contains(system) ? system : QStringLiteral("en");
}

void Translations::removeAll()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool Translations::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    removeAll();
    const QLocale locale(language == QLatin1String("ar")   ? QLocale::Arabic
                                 : language == QLatin1String("fr") ? QLocale::French
                                                                   : QLocale::English,
                         language == QLatin1String("ar")   ? QLocale::Egypt
                                 : language == QLatin1String("fr") ? QLocale::France
                                                                   : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    const struct
    {
        QString name;
        QString folder;
    } catalogues[] = {
        { QStringLiteral("expertdesk"), QStringLiteral(":/i18n") },
        { QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath) },
        { QStringLiteral("qtkeychain"), QStringLiteral("/usr/share/qt6keychain/translations") },
    };
    bool appLoaded = language == QLatin1String("en");
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator;
        if (translator->load(locale, catalogue.name, QStringLiteral("_"), catalogue.folder)) {
            QCoreApplication::installTranslator(translator);
            m_installed << translator;
            appLoaded = appLoaded || catalogue.name == QLatin1String("expertdesk");
        } else {
            delete translator;
        }
    }
    m_language = language;
    emit languageChanged(language);
    return appLoaded;
}

} // namespace ed
