#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace ed {

// Installs the application's, Qt's (qtbase) and QtKeychain's translators for one of the
// programme's languages and sets the default locale, so numbers and dates follow. Switching
// again replaces them; widgets then receive QEvent::LanguageChange and retranslate.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QStringList languages(); // "en", "fr", "ar"
    // The language to start in: the saved choice, else the system's if we have it, else English.
    static QString initialLanguage(const QString &saved);

    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    void removeAll();

    QString m_language;
    QList<QTranslator *> m_installed;
};

} // namespace ed
