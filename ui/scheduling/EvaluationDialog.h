#pragma once

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;
class QSpinBox;

namespace ed {

// Adds an evaluation of a completed mission (DESIGN.md §2): who evaluates, ratings 1–5, people
// trained, equipment back in service, follow-up. The values feed the matching track record.
class EvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    EvaluationDialog(const QString &missionId, const QString &missionCode, QWidget *parent = nullptr);
    // Keys of the evaluations entity, ready for the repository.
    QVariantMap values() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_missionId, m_code;
    QFormLayout *m_form;
    QComboBox *m_evaluator;
    QSpinBox *m_overall, *m_technical, *m_communication, *m_trained;
    QCheckBox *m_restored, *m_followUp;
    QPlainTextEdit *m_comments;
    QDialogButtonBox *m_buttons;
};

} // namespace ed
