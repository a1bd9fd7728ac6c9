#include "EvaluationDialog.h"

#include "domain/Schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ed {

EvaluationDialog::EvaluationDialog(const QString &missionId, const QString &missionCode, QWidget *parent)
    : QDialog(parent), m_missionId(missionId), m_code(missionCode)
{
    setObjectName(QStringLiteral("evaluationDialog"));
    m_form = new QFormLayout(this);
    m_evaluator = new QComboBox(this);
    auto rating = [this](int min) {
        auto *box = new QSpinBox(this);
        box->setRange(min, 5);
        box->setValue(min == 0 ? 0 : 4);
        return box;
    };
    m_overall = rating(1);
    m_technical = rating(0); // 0 = not rated
    m_communication = rating(0);
    m_trained = new QSpinBox(this);
    m_trained->setRange(0, 10000);
    m_restored = new QCheckBox(this);
    m_followUp = new QCheckBox(this);
    m_comments = new QPlainTextEdit(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget *w : { static_cast<QWidget *>(m_evaluator), static_cast<QWidget *>(m_overall),
                        static_cast<QWidget *>(m_technical), static_cast<QWidget *>(m_communication),
                        static_cast<QWidget *>(m_trained), static_cast<QWidget *>(m_restored),
                        static_cast<QWidget *>(m_followUp), static_cast<QWidget *>(m_comments) })
        m_form->addRow(QString(), w);
    m_form->addRow(m_buttons);
    retranslate();
}

void EvaluationDialog::retranslate()
{
    //: dialog title; %1 is a mission code
    setWindowTitle(tr("Evaluate mission %1").arg(m_code));
    const EntitySpec &spec = Schema::evaluations();
    const int current = m_evaluator->currentIndex();
    m_evaluator->clear();
    for (const EnumValue &value : spec.field(QStringLiteral("evaluator"))->values)
        m_evaluator->addItem(spec.field(QStringLiteral("evaluator"))->enumLabel(value.key), value.key);
    m_evaluator->setCurrentIndex(std::max(0, current));
    const QList<QPair<QWidget *, QString>> rows = {
        { m_evaluator, QStringLiteral("evaluator") },       { m_overall, QStringLiteral("rating_overall") },
        { m_technical, QStringLiteral("rating_technical") }, { m_communication, QStringLiteral("rating_communication") },
        { m_trained, QStringLiteral("people_trained") },     { m_restored, QStringLiteral("equipment_restored") },
        { m_followUp, QStringLiteral("follow_up") },         { m_comments, QStringLiteral("comments") },
    };
    for (const auto &row : rows) {
        const QString label = spec.field(row.second)->displayName();
        if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(row.first)))
            labelWidget->setText(label);
        row.first->setAccessibleName(label);
    }
    m_technical->setSpecialValueText(tr("not rated"));
    m_communication->setSpecialValueText(tr("not rated"));
}

QVariantMap EvaluationDialog::values() const
{
    QVariantMap values { { QStringLiteral("mission_id"), m_missionId },
                         { QStringLiteral("evaluator"), m_evaluator->currentData() },
                         { QStringLiteral("rating_overall"), m_overall->value() },
                         { QStringLiteral("people_trained"), m_trained->value() },
                         { QStringLiteral("equipment_restored"), m_restored->isChecked() },
                         { QStringLiteral("follow_up"), m_followUp->isChecked() },
                         { QStringLiteral("comments"), m_comments->toPlainText().trimmed() } };
    if (m_technical->value() > 0)
        values.insert(QStringLiteral("rating_technical"), m_technical->value());
    if (m_communication->value() > 0)
        values.insert(QStringLiteral("rating_communication"), m_communication->value());
    return values;
}

void EvaluationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ed
