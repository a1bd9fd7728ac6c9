#pragma once

#include "matching/MatchingWeights.h"

#include <QDialog>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ed {

// The seven weights of the match score. Scores are always scaled to 0–100, so only the ratios
// matter; the sum is shown to make that visible. MatchingArea stores the result in QSettings
// "matching/weights" (MatchingWeights::toJson).
class WeightsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WeightsDialog(const MatchingWeights &weights, QWidget *parent = nullptr);

    MatchingWeights weights() const;
    void setWeights(const MatchingWeights &weights);
    QDoubleSpinBox *spinBox(ScorePart part) const { return m_spins[size_t(part)]; }

private:
    void updateSum();

    std::array<QDoubleSpinBox *, kScorePartCount> m_spins {};
    QLabel *m_sum;
    QPushButton *m_ok;
};

} // namespace ed
