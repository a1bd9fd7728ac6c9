#include "WeightsDialog.h"

#include "matching/MatchScorer.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

namespace {
double &member(MatchingWeights &w, ScorePart part)
{
    switch (part) {
    case ScorePart::Skills: return w.skills;
    case ScorePart::Availability: return w.availability;
    case ScorePart::Language: return w.language;
    case ScorePart::TrackRecord: return w.trackRecord;
    case ScorePart::Sector: return w.sector;
    case ScorePart::Logistics: return w.logistics;
    case ScorePart::Fairness: break;
    }
    return w.fairness;
}
} // namespace

WeightsDialog::WeightsDialog(const MatchingWeights &weights, QWidget *parent)
    : QDialog(parent), m_sum(new QLabel(this))
{
    setWindowTitle(tr("Matching weights"));
    auto *intro = new QLabel(tr("Points each part of the match score can earn. Scores are scaled to 0–100 "
                                "whatever the total, so only the proportions count."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < kScorePartCount; ++i) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
        const QString name = MatchScorer::partName(ScorePart(i));
        spin->setAccessibleName(tr("Weight of %1").arg(name));
        //: form label of a weight, e.g. "Skills and equipment:"
        form->addRow(tr("%1:").arg(name), spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WeightsDialog::updateSum);
        m_spins[size_t(i)] = spin;
    }
    m_sum->setAccessibleName(tr("Total of the weights"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                 | QDialogButtonBox::RestoreDefaults,
                                         this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setAccessibleName(tr("Save the weights"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setAccessibleName(tr("Restore the default weights"));
    connect(defaults, &QPushButton::clicked, this, [this] { setWeights({}); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sum);
    layout->addWidget(buttons);
    setWeights(weights);
}

MatchingWeights WeightsDialog::weights() const
{
    MatchingWeights w;
    for (int i = 0; i < kScorePartCount; ++i)
        member(w, ScorePart(i)) = m_spins[size_t(i)]->value();
    return w;
}

void WeightsDialog::setWeights(const MatchingWeights &weights)
{
    for (int i = 0; i < kScorePartCount; ++i)
        m_spins[size_t(i)]->setValue(weights.weight(ScorePart(i)));
    updateSum();
}

void WeightsDialog::updateSum()
{
    const MatchingWeights w = weights();
    m_ok->setEnabled(w.isValid());
    m_sum->setText(w.isValid() ? tr("Total: %1 points, scaled to 100.").arg(QLocale().toString(w.sum()))
                               : tr("At least one weight must be above zero."));
}

} // namespace ed
