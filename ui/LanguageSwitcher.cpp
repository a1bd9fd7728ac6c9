#include "LanguageSwitcher.h"

#include "i18n/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>

namespace ed {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageSwitcher::LanguageSwitcher(Translations *translations, QObject *parent)
    : QObject(parent), m_translations(translations ? translations : new Translations(this))
{
}

QStringList LanguageSwitcher::languages()
{
    return Translations::languages();
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("&Français");
    if (language == QLatin1String("ar"))
        return QStringLiteral("&العربية");
    return QStringLiteral("&English");
}

Qt::LayoutDirection LanguageSwitcher::direction(const QString &language)
{
    return language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
}

void LanguageSwitcher::applyDirection(const QString &language)
{
    QApplication::setLayoutDirection(direction(language));
    // QLocale::setDefault() does not notify widgets; QApplication passes this on to every
    // widget that has no locale of its own, so spin boxes and calendars follow.
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(qApp, &localeChange);
}

QString LanguageSwitcher::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QString LanguageSwitcher::language() const
{
    return m_translations->language().isEmpty() ? QStringLiteral("en") : m_translations->language();
}

QList<QAction *> LanguageSwitcher::createActions(QObject *parent)
{
    m_group = new QActionGroup(parent);
    m_group->setExclusive(true);
    QList<QAction *> actions;
    for (const QString &code : languages()) {
        auto *action = new QAction(nativeName(code), m_group);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        actions << action;
    }
    updateActions();
    return actions;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (language != m_translations->language()) {
        // False only means our catalogue is missing (French and Arabic before translation):
        // Qt's own strings, the locale and the direction still switch.
        m_translations->setLanguage(language);
        applyDirection(language);
    }
    QSettings().setValue(kLanguageKey, language);
    updateActions();
    emit languageChanged(language);
    return true;
}

void LanguageSwitcher::updateActions()
{
    if (!m_group)
        return;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == language());
}

} // namespace ed
