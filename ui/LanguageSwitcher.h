#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;

namespace ed {

class Translations;

// The UI language at run time: applies a choice (translators, default locale, layout direction),
// remembers it in QSettings ("ui/language") and keeps the View › Language actions in step.
// Widgets then receive QEvent::LanguageChange and retranslate themselves.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    // Uses `translations` when given (main() has already applied the saved language), otherwise
    // owns a Translations of its own and leaves the application's language as it is.
    explicit LanguageSwitcher(Translations *translations = nullptr, QObject *parent = nullptr);

    static QStringList languages();
    // Each language's name written in that language ("Français", "العربية"): users must find
    // their language whatever language the UI is in, so these are deliberately not translated.
    static QString nativeName(const QString &language);
    static Qt::LayoutDirection direction(const QString &language);
    // Applies the direction to the whole application and tells widgets the locale changed.
    static void applyDirection(const QString &language);

    static QString savedLanguage();
    QString language() const;
    // Checkable, exclusive actions, one per language, owned by `parent`.
    QList<QAction *> createActions(QObject *parent);

public slots:
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void updateActions();

    Translations *m_translations;
    QActionGroup *m_group = nullptr;
};

} // namespace ed
