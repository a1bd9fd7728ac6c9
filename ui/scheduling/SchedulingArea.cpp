#include "SchedulingArea.h"

#include "EvaluationDialog.h"
#include "MissionPanel.h"
#include "MonthView.h"
#include "SchedulingState.h"
#include "TimelineView.h"
#include "commands/InsertRecordCommand.h"
#include "commands/UpdateRecordCommand.h"
#include "commands/UndoTexts.h"
#include "domain/Schema.h"
#include "scheduling/HijriCalendar.h"
#include "scheduling/IcsExport.h"
#include "scheduling/IcsImport.h"
#include "scheduling/MissionLifecycle.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ed {

SchedulingArea::SchedulingArea(RecordRepository &repository, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_undoStack(undoStack),
      m_state(new SchedulingState(repository, undoStack, this))
{
    setObjectName(QStringLiteral("schedulingArea"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_countryLabel = new QLabel(this);
    m_country = new QComboBox(this);
    m_sectorLabel = new QLabel(this);
    m_sector = new QComboBox(this);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_hijri = new QCheckBox(this);
    m_countryLabel->setBuddy(m_country);
    m_sectorLabel->setBuddy(m_sector);
    m_statusLabel->setBuddy(m_status);
    for (QWidget *w : { static_cast<QWidget *>(m_countryLabel), static_cast<QWidget *>(m_country),
                        static_cast<QWidget *>(m_sectorLabel), static_cast<QWidget *>(m_sector),
                        static_cast<QWidget *>(m_statusLabel), static_cast<QWidget *>(m_status) })
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_hijri);
    layout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    m_views = new QTabWidget(splitter);
    auto *monthPage = new QWidget(m_views);
    auto *monthLayout = new QVBoxLayout(monthPage);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    auto *nav = new QHBoxLayout;
    m_previous = new QToolButton(monthPage);
    m_next = new QToolButton(monthPage);
    m_today = new QToolButton(monthPage);
    m_monthTitle = new QLabel(monthPage);
    QFont titleFont = m_monthTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_monthTitle->setFont(titleFont);
    nav->addWidget(m_previous);
    nav->addWidget(m_today);
    nav->addWidget(m_next);
    nav->addWidget(m_monthTitle, 1);
    monthLayout->addLayout(nav);
    m_month = new MonthView(*m_state, monthPage);
    monthLayout->addWidget(m_month, 1);
    m_views->addTab(monthPage, QString());
    m_timeline = new TimelineView(*m_state, m_views);
    m_views->addTab(m_timeline, QString());

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictTitle = new QLabel(side);
    m_conflicts = new QListWidget(side);
    m_conflicts->setWordWrap(true);
    m_panel = new MissionPanel(*m_state, side);
    sideLayout->addWidget(m_panel);
    sideLayout->addWidget(m_conflictTitle);
    sideLayout->addWidget(m_conflicts, 1);
    splitter->addWidget(m_views);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_exportAction = new QAction(this);
    m_importAction = new QAction(this);
    m_hijriAction = new QAction(this);
    m_hijriAction->setCheckable(true);
    m_todayAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, &SchedulingArea::exportIcs);
    connect(m_importAction, &QAction::triggered, this, &SchedulingArea::importIcs);
    connect(m_todayAction, &QAction::triggered, this, &SchedulingArea::goToToday);
    connect(m_hijriAction, &QAction::toggled, m_state, &SchedulingState::setShowHijri);
    connect(m_hijri, &QCheckBox::toggled, m_state, &SchedulingState::setShowHijri);
    connect(m_state, &SchedulingState::hijriChanged, this, [this](bool on) {
        m_hijri->setChecked(on);
        m_hijriAction->setChecked(on);
        updateMonthTitle();
    });
    m_hijri->setChecked(m_state->showHijri());
    m_hijriAction->setChecked(m_state->showHijri());

    connect(m_previous, &QToolButton::clicked, this, [this] { m_month->setMonth(m_month->month().addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_month->setMonth(m_month->month().addMonths(1)); });
    connect(m_today, &QToolButton::clicked, this, &SchedulingArea::goToToday);
    connect(m_month, &MonthView::monthChanged, this, &SchedulingArea::updateMonthTitle);
    for (QComboBox *box : { m_country, m_sector, m_status }) {
        // Wide enough for the longest choice in every language ("Tous les statuts" was clipped).
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &SchedulingArea::applyFilters);
    }
    connect(m_state, &SchedulingState::changed, this, &SchedulingArea::refreshConflicts);
    connect(m_state, &SchedulingState::error, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_conflicts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        // Picking a conflict shows its mission in both views.
        const QString id = item->data(Qt::UserRole).toString();
        m_state->setSelectedMission(id);
        if (const MissionSlot *m = m_state->data().mission(id))
            m_month->setMonth(m->start);
        m_timeline->ensureVisible(id);
    });
    connect(m_panel, &MissionPanel::evaluateRequested, this, &SchedulingArea::evaluate);
    retranslate();
}

SchedulingArea::~SchedulingArea() = default;

QList<QAction *> SchedulingArea::actions() const
{
    return { m_exportAction, m_importAction, m_hijriAction, m_todayAction };
}

void SchedulingArea::retranslate()
{
    m_views->setTabText(0, tr("Month"));
    m_views->setTabText(1, tr("Timeline"));
    m_views->setAccessibleName(tr("Calendar views"));
    m_countryLabel->setText(tr("&Country:"));
    m_sectorLabel->setText(tr("S&ector:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_country->setAccessibleName(tr("Filter by host country"));
    m_sector->setAccessibleName(tr("Filter by sector"));
    m_status->setAccessibleName(tr("Filter by mission status"));
    m_hijri->setText(tr("Show &Hijri dates"));
    m_hijri->setAccessibleName(tr("Show Hijri dates beside Gregorian dates"));
    m_hijri->setToolTip(tr("Islamic civil (tabular) calendar; it can differ by a day from a calendar based on moon sighting."));
    m_previous->setText(layoutDirection() == Qt::LeftToRight ? QStringLiteral("◀") : QStringLiteral("▶"));
    m_next->setText(layoutDirection() == Qt::LeftToRight ? QStringLiteral("▶") : QStringLiteral("◀"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setAccessibleName(tr("Next month"));
    m_previous->setToolTip(tr("Previous month"));
    m_next->setToolTip(tr("Next month"));
    m_today->setText(tr("Today"));
    m_today->setAccessibleName(tr("Go to today"));
    m_conflicts->setAccessibleName(tr("Scheduling conflicts"));
    m_exportAction->setText(tr("&Export Missions to Calendar (.ics)…"));
    m_importAction->setText(tr("&Import Expert Unavailability (.ics)…"));
    m_hijriAction->setText(tr("Show &Hijri Dates"));
    m_todayAction->setText(tr("Go to &Today"));
    fillFilters();
    updateMonthTitle();
    refreshConflicts();
}

void SchedulingArea::fillFilters()
{
    const QLocale locale;
    const ReferenceData &reference = m_repository.reference();
    auto refill = [](QComboBox *box, const QString &any, const QList<QPair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto &item : items)
            box->addItem(item.second, item.first);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QString>> countries, sectors, statuses;
    for (const ReferenceData::Entry &c : reference.countries())
        countries.append({ c.code, reference.countryName(c.code) });
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    for (const ReferenceData::Entry &s : reference.sectors())
        sectors.append({ s.code, reference.sectorName(s.code) });
    for (const QString &status : MissionLifecycle::statuses())
        statuses.append({ status, MissionLifecycle::label(status) });
    refill(m_country, tr("All countries"), countries);
    refill(m_sector, tr("All sectors"), sectors);
    refill(m_status, tr("All statuses"), statuses);
}

void SchedulingArea::applyFilters()
{
    m_state->setFilter(m_country->currentData().toString(), m_sector->currentData().toString(),
                       m_status->currentData().toString());
}

void SchedulingArea::refreshConflicts()
{
    const QString selected = m_conflicts->currentItem() ? m_conflicts->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_conflicts);
    m_conflicts->clear();
    const SchedulingData &data = m_state->data();
    for (const Conflict &c : m_state->conflicts()) {
        const MissionSlot *m = data.mission(c.missionIds.constFirst());
        if (!m || !m_state->accepts(*m))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(Conflict::kindName(c.kind), c.description), m_conflicts);
        item->setData(Qt::UserRole, c.missionIds.constFirst());
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (c.missionIds.constFirst() == selected)
            m_conflicts->setCurrentItem(item);
    }
    m_conflictTitle->setText(tr("%Ln conflict(s)", nullptr, m_conflicts->count()));
}

void SchedulingArea::updateMonthTitle()
{
    const QLocale locale;
    const QDate month = m_month->month();
    QString title = locale.toString(month, QStringLiteral("MMMM yyyy"));
    if (m_state->showHijri()) {
        //: month title with the Hijri months it spans, e.g. "November 2026 (Jumada I – Jumada II 1448)"
        title = tr("%1 (%2 – %3)").arg(title, HijriCalendar::monthTitle(month, locale),
                                      HijriCalendar::monthTitle(month.addMonths(1).addDays(-1), locale));
    }
    m_monthTitle->setText(title);
}

void SchedulingArea::goToToday()
{
    m_month->setMonth(m_state->today());
    m_timeline->scrollToDate(m_state->today().addDays(-14));
}

void SchedulingArea::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SchedulingArea::exportIcs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Missions to Calendar"), tr("missions.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!IcsExport::write(m_state->data(), path, QDateTime::currentDateTimeUtc(), &m_repository.reference(), &error))
        showMessage(error, true);
    else
        showMessage(tr("Wrote %Ln mission(s) to %1.", nullptr, int(m_state->data().missions.size())).arg(path), false);
}

void SchedulingArea::importIcs()
{
    QStringList names, ids;
    for (const QVariantMap &expert : m_repository.list(Schema::experts())) {
        names << expert.value(QStringLiteral("name")).toString();
        ids << expert.value(QStringLiteral("id")).toString();
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Import Expert Unavailability"), tr("Expert:"), names, 0, false, &ok);
    if (!ok || names.indexOf(name) < 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Expert Unavailability"), QString(),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    int added = 0;
    QString error;
    if (!IcsImport::importUnavailability(m_repository, ids.at(names.indexOf(name)), path, &added, &error))
        showMessage(error, true);
    else
        showMessage(tr("Added %Ln unavailability period(s) for %1.", nullptr, added).arg(name), false);
}

void SchedulingArea::evaluate(const QString &missionId)
{
    const MissionSlot *m = m_state->data().mission(missionId);
    if (!m)
        return;
    EvaluationDialog dialog(missionId, m->code, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One undo step: the evaluation and, the first time, the mission becoming "evaluated".
    const bool first = m->status == QLatin1String("completed");
    const QString code = m->code;
    UndoTexts::beginMacro(m_undoStack, [code] { return tr("evaluate mission %1").arg(code); });
    auto insert = std::make_unique<InsertRecordCommand>(m_repository, Schema::evaluations(), dialog.values());
    WriteResult result = insert->apply();
    if (result.ok()) {
        m_undoStack.push(insert.release());
        if (first) {
            auto status = std::make_unique<UpdateRecordCommand>(
                    m_repository, Schema::missions(), missionId, QVariantMap { { QStringLiteral("status"), QStringLiteral("completed") } },
                    QVariantMap { { QStringLiteral("status"), QStringLiteral("evaluated") } });
            result = status->apply();
            if (result.ok())
                m_undoStack.push(status.release());
        }
    }
    m_undoStack.endMacro();
    showMessage(result.ok() ? QString() : result.message(), !result.ok());
}

void SchedulingArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_state->retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ed
