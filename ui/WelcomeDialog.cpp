#include "WelcomeDialog.h"

#include "ChoiceButton.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace ed {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent),
      m_title(new QLabel(this)),
      m_intro(new QLabel(this)),
      m_demo(new ChoiceButton(this)),
      m_empty(new ChoiceButton(this)),
      m_signIn(new ChoiceButton(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_signIn);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addStretch();
    connect(m_demo, &ChoiceButton::clicked, this, [this] { choose(Choice::DemoData); });
    connect(m_empty, &ChoiceButton::clicked, this, [this] { choose(Choice::Empty); });
    connect(m_signIn, &ChoiceButton::clicked, this, [this] { choose(Choice::SignIn); });
    retranslateUi();
    setMinimumWidth(520);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Expert Desk"));
    m_title->setText(tr("Welcome to Expert Desk"));
    m_intro->setText(tr("This database has no records yet. How do you want to start?"));
    //: first-run choice: connect to the organisation's server
    m_signIn->setText(tr("Sign in to a server"));
    m_signIn->setDescription(tr("Download the records your organisation shares and keep them in sync. "
                                "You can work offline; changes are sent when the server can be reached."));
    //: first-run choice: fill the database with invented records
    m_demo->setText(tr("Load demo data"));
    m_demo->setDescription(tr("Invented experts, institutions, needs and missions to try Expert Desk. "
                              "Do not use it for real work."));
    //: first-run choice: an empty database
    m_empty->setText(tr("Start with an empty database"));
    m_empty->setDescription(tr("Enter your own records. You can sign in to a server later from the File menu."));
    m_signIn->setAccessibleName(m_signIn->text());
    m_signIn->setAccessibleDescription(m_signIn->description());
    m_demo->setAccessibleName(m_demo->text());
    m_demo->setAccessibleDescription(m_demo->description());
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setAccessibleDescription(m_empty->description());
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

static QString settingsKey(const QString &path)
{
    // Keys cannot hold slashes usefully; a hash of the absolute path names the database.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("Welcome/shown/")
            + QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool WelcomeDialog::wasShown(const QString &path)
{
    return QSettings().value(settingsKey(path), false).toBool();
}

void WelcomeDialog::setShown(const QString &path)
{
    QSettings().setValue(settingsKey(path), true);
}

} // namespace ed
