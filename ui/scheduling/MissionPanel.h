#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ed {

class SchedulingState;

// The selected mission: dates (Gregorian and Hijri), a status control that offers only the
// lifecycle's next statuses (asking why when cancelling), logistics (airfare, the host's
// commitments), the passport check, and "Add evaluation…" once the mission is completed.
// Every change is an undoable command on the shared stack.
class MissionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MissionPanel(SchedulingState &state, QWidget *parent = nullptr);

    QComboBox *statusBox() const { return m_nextStatus; }

signals:
    void evaluateRequested(const QString &missionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void applyStatus();
    void saveAirfare();
    void setCommitment(const QString &field, bool confirmed);
    void report(const QString &error);

    SchedulingState &m_state;
    QString m_missionId;
    bool m_refreshing = false;
    QLabel *m_title, *m_dates, *m_status, *m_passport, *m_message;
    QComboBox *m_nextStatus;
    QPushButton *m_applyStatus, *m_evaluate;
    QGroupBox *m_logistics;
    QLabel *m_airfareLabel;
    QDoubleSpinBox *m_airfare;
    QLineEdit *m_currency;
    QCheckBox *m_hotel, *m_transport, *m_meals;
};

} // namespace ed
