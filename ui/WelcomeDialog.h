#pragma once

#include <QDialog>

class QLabel;

namespace ed {

class ChoiceButton;

// First start on an empty database: try the demo data, start empty, or sign in to the
// organisation's server and download its records. Shown once per database file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, DemoData, Empty, SignIn };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    ChoiceButton *demoButton() const { return m_demo; }
    ChoiceButton *emptyButton() const { return m_empty; }
    ChoiceButton *signInButton() const { return m_signIn; }

    // Whether the welcome was already shown for the database at `path` (QSettings).
    static bool wasShown(const QString &path);
    static void setShown(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);

    QLabel *m_title;
    QLabel *m_intro;
    ChoiceButton *m_demo;
    ChoiceButton *m_empty;
    ChoiceButton *m_signIn;
    Choice m_choice = Choice::None;
};

} // namespace ed
