#include "MissionPanel.h"

#include "SchedulingState.h"
#include "domain/Schema.h"
#include "scheduling/ConflictDetector.h"
#include "scheduling/HijriCalendar.h"
#include "scheduling/MissionLifecycle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

MissionPanel::MissionPanel(SchedulingState &state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("missionPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_dates = new QLabel(this);
    m_dates->setWordWrap(true);
    m_status = new QLabel(this);
    m_nextStatus = new QComboBox(this);
    m_applyStatus = new QPushButton(this);
    m_applyStatus->setObjectName(QStringLiteral("changeStatusButton"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_nextStatus, 1);
    statusRow->addWidget(m_applyStatus);
    m_passport = new QLabel(this);
    m_passport->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();

    m_logistics = new QGroupBox(this);
    auto *form = new QFormLayout(m_logistics);
    m_airfare = new QDoubleSpinBox(m_logistics);
    m_airfare->setRange(0, 100000);
    m_airfare->setDecimals(2);
    m_currency = new QLineEdit(m_logistics);
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(60);
    auto *fare = new QHBoxLayout;
    fare->addWidget(m_airfare, 1);
    fare->addWidget(m_currency);
    m_airfareLabel = new QLabel(m_logistics);
    form->addRow(m_airfareLabel, fare);
    m_hotel = new QCheckBox(m_logistics);
    m_transport = new QCheckBox(m_logistics);
    m_meals = new QCheckBox(m_logistics);
    form->addRow(m_hotel);
    form->addRow(m_transport);
    form->addRow(m_meals);
    m_evaluate = new QPushButton(this);

    layout->addWidget(m_title);
    layout->addWidget(m_dates);
    layout->addWidget(m_status);
    layout->addLayout(statusRow);
    layout->addWidget(m_passport);
    layout->addWidget(m_logistics);
    layout->addWidget(m_evaluate);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_applyStatus, &QPushButton::clicked, this, &MissionPanel::applyStatus);
    connect(m_airfare, &QDoubleSpinBox::editingFinished, this, &MissionPanel::saveAirfare);
    connect(m_currency, &QLineEdit::editingFinished, this, &MissionPanel::saveAirfare);
    connect(m_hotel, &QCheckBox::toggled, this, [this](bool on) { setCommitment(QStringLiteral("hotel_confirmed"), on); });
    connect(m_transport, &QCheckBox::toggled, this, [this](bool on) { setCommitment(QStringLiteral("transport_confirmed"), on); });
    connect(m_meals, &QCheckBox::toggled, this, [this](bool on) { setCommitment(QStringLiteral("meals_confirmed"), on); });
    connect(m_evaluate, &QPushButton::clicked, this, [this] { emit evaluateRequested(m_missionId); });
    connect(&m_state, &SchedulingState::selectionChanged, this, [this] { m_message->hide(); refresh(); });
    connect(&m_state, &SchedulingState::changed, this, &MissionPanel::refresh);
    retranslate();
}

void MissionPanel::retranslate()
{
    m_applyStatus->setText(tr("Change status"));
    m_applyStatus->setAccessibleName(tr("Change the mission's status"));
    m_nextStatus->setAccessibleName(tr("Next status"));
    m_logistics->setTitle(tr("Logistics"));
    m_airfareLabel->setText(tr("Economy airfare (COMSTECH)"));
    m_airfare->setAccessibleName(tr("Airfare amount"));
    m_currency->setAccessibleName(tr("Airfare currency"));
    m_currency->setPlaceholderText(tr("USD", "currency placeholder"));
    m_hotel->setText(Schema::missions().field(QStringLiteral("hotel_confirmed"))->displayName());
    m_transport->setText(Schema::missions().field(QStringLiteral("transport_confirmed"))->displayName());
    m_meals->setText(Schema::missions().field(QStringLiteral("meals_confirmed"))->displayName());
    m_evaluate->setText(tr("Add evaluation…"));
    m_evaluate->setAccessibleName(tr("Add an evaluation of the mission"));
    refresh();
}

void MissionPanel::refresh()
{
    m_refreshing = true;
    m_missionId = m_state.selectedMission();
    const MissionSlot *m = m_state.data().mission(m_missionId);
    for (QWidget *w : { static_cast<QWidget *>(m_nextStatus), static_cast<QWidget *>(m_applyStatus),
                        static_cast<QWidget *>(m_logistics), static_cast<QWidget *>(m_evaluate) })
        w->setEnabled(m != nullptr);
    if (!m) {
        m_title->setText(tr("Select a mission in the calendar or the timeline."));
        m_dates->clear();
        m_status->clear();
        m_passport->clear();
        m_nextStatus->clear();
        m_refreshing = false;
        return;
    }
    const QLocale locale;
    m_title->setText(QStringLiteral("<b>%1</b> — %2<br>%3").arg(m->code.toHtmlEscaped(), m->expertName.toHtmlEscaped(),
                                                                m->needTitle.toHtmlEscaped()));
    QString dates = tr("%1 to %2 (%Ln day(s))", nullptr, m->days())
                            .arg(locale.toString(m->start, QLocale::LongFormat), locale.toString(m->end, QLocale::LongFormat));
    if (m_state.showHijri())
        dates += QLatin1Char('\n') + tr("%1 to %2 (Hijri, civil calendar)").arg(HijriCalendar::format(m->start), HijriCalendar::format(m->end));
    m_dates->setText(dates);
    m_status->setText(tr("Status: %1").arg(MissionLifecycle::label(m->status)));
    m_nextStatus->clear();
    for (const QString &next : MissionLifecycle::allowedNext(m->status))
        m_nextStatus->addItem(MissionLifecycle::label(next), next);
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_applyStatus->setEnabled(m_nextStatus->count() > 0);

    const ExpertSlot expert = m_state.data().experts.value(m->expertId);
    const bool valid = ConflictDetector::passportValid(expert.passportExpiry, m->end);
    m_passport->setStyleSheet(valid ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_passport->setText(!expert.passportExpiry.isValid()
                                ? tr("Passport: expiry date not recorded.")
                                : valid ? tr("Passport valid until %1: OK (at least %Ln month(s) after the mission).", nullptr,
                                             ConflictDetector::kPassportMonths)
                                                  .arg(locale.toString(expert.passportExpiry, QLocale::ShortFormat))
                                        : tr("Passport expires on %1: less than %Ln month(s) after the mission.", nullptr,
                                             ConflictDetector::kPassportMonths)
                                                  .arg(locale.toString(expert.passportExpiry, QLocale::ShortFormat)));
    m_airfare->setValue(m->airfare);
    m_currency->setText(m->currency);
    m_hotel->setChecked(m->hotel);
    m_transport->setChecked(m->transport);
    m_meals->setChecked(m->meals);
    m_evaluate->setEnabled(MissionLifecycle::isFinished(m->status));
    m_refreshing = false;
}

void MissionPanel::report(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void MissionPanel::applyStatus()
{
    const QString next = m_nextStatus->currentData().toString();
    if (next.isEmpty() || m_missionId.isEmpty())
        return;
    QVariantMap changes { { QStringLiteral("status"), next } };
    if (next == QLatin1String("cancelled")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel mission"), tr("Why is the mission cancelled?"),
                                                     QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok)
            return;
        if (reason.isEmpty()) {
            report(tr("A mission is cancelled only with a reason."));
            return;
        }
        changes.insert(QStringLiteral("cancel_reason"), reason);
    }
    report(m_state.changeMission(m_missionId, changes));
}

void MissionPanel::saveAirfare()
{
    if (m_refreshing || m_missionId.isEmpty())
        return;
    const MissionSlot *m = m_state.data().mission(m_missionId);
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!m || (qFuzzyCompare(m->airfare + 1, m_airfare->value() + 1) && currency == m->currency))
        return;
    report(m_state.changeMission(m_missionId, { { QStringLiteral("airfare_amount"), m_airfare->value() },
                                                { QStringLiteral("airfare_currency"), currency } }));
}

void MissionPanel::setCommitment(const QString &field, bool confirmed)
{
    if (!m_refreshing && !m_missionId.isEmpty())
        report(m_state.changeMission(m_missionId, { { field, confirmed } }));
}

void MissionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ed
