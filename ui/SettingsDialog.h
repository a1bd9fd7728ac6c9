#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ed {

// Edit › Preferences…: the user's settings. For now the UI language; the choice is applied by
// the caller (MainWindow) when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QComboBox *languageCombo() const { return m_language; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace ed
