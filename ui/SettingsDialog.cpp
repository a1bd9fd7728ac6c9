#include "SettingsDialog.h"

#include "LanguageSwitcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ed {

SettingsDialog::SettingsDialog(const QString &language, QWidget *parent)
    : QDialog(parent),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : LanguageSwitcher::languages())
        m_language->addItem(LanguageSwitcher::nativeName(code).remove(QLatin1Char('&')), code);
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setLanguage(language);
    retranslateUi();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    //: label of the choice of the user interface language in Preferences
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("User interface language"));
    m_note->setText(tr("The language changes at once; no restart is needed. Arabic shows the "
                       "window from right to left."));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
}

} // namespace ed
