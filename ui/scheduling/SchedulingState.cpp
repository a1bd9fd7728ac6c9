#include "SchedulingState.h"

#include "commands/UpdateRecordCommand.h"
#include "commands/UndoTexts.h"
#include "domain/Schema.h"
#include "scheduling/HijriCalendar.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QTimer>
#include <QUndoStack>

namespace ed {

SchedulingState::SchedulingState(RecordRepository &repository, QUndoStack &undoStack, QObject *parent)
    : QObject(parent), m_repository(repository), m_undoStack(undoStack), m_today(QDate::currentDate()),
      m_hijri(HijriCalendar::showHijri(ReferenceData::uiLanguage()))
{
    // Only tables the calendars show; the status log and translations do not move a bar.
    auto relevant = [this](const QString &table) {
        if (table == QLatin1String("missions") || table == QLatin1String("experts")
            || table == QLatin1String("needs") || table == QLatin1String("institutions"))
            scheduleReload();
    };
    connect(&repository, &RecordRepository::recordInserted, this, relevant);
    connect(&repository, &RecordRepository::recordUpdated, this, relevant);
    connect(&repository, &RecordRepository::recordRemoved, this, relevant);
    connect(&repository, &RecordRepository::batchCommitted, this, &SchedulingState::scheduleReload);
    reload();
}

void SchedulingState::scheduleReload()
{
    // One reload for a burst of signals (an undo macro touches several rows).
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending) // not done already by an edit made here
            reload();
    });
}

void SchedulingState::reload()
{
    m_reloadPending = false;
    QString message;
    if (!m_data.load(m_repository.database().connection(), &message))
        emit error(message);
    detect();
}

void SchedulingState::setData(SchedulingData data)
{
    m_data = std::move(data);
    detect();
}

void SchedulingState::detect()
{
    m_conflicts = ConflictDetector::detect(m_data);
    m_conflictIndex.clear();
    for (int i = 0; i < m_conflicts.size(); ++i) {
        for (const QString &id : m_conflicts.at(i).missionIds)
            m_conflictIndex.insert(id, i);
    }
    emit changed();
}

QList<Conflict> SchedulingState::conflictsOf(const QString &missionId) const
{
    QList<Conflict> list;
    for (auto it = m_conflictIndex.constFind(missionId); it != m_conflictIndex.cend() && it.key() == missionId; ++it)
        list.prepend(m_conflicts.at(*it));
    return list;
}

void SchedulingState::setFilter(const QString &country, const QString &sector, const QString &status)
{
    if (country == m_country && sector == m_sector && status == m_status)
        return;
    m_country = country;
    m_sector = sector;
    m_status = status;
    emit changed();
}

bool SchedulingState::accepts(const MissionSlot &m) const
{
    return (m_country.isEmpty() || m.country == m_country) && (m_sector.isEmpty() || m.sector == m_sector)
            && (m_status.isEmpty() || m.status == m_status);
}

void SchedulingState::setSelectedMission(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    emit selectionChanged(id);
}

void SchedulingState::setToday(const QDate &today)
{
    m_today = today;
    emit changed();
}

void SchedulingState::setShowHijri(bool show)
{
    if (show == m_hijri)
        return;
    m_hijri = show;
    HijriCalendar::setShowHijri(show);
    emit hijriChanged(show);
    emit changed();
}

QString SchedulingState::changeDates(const QString &missionId, const QDate &start, const QDate &end)
{
    const MissionSlot *m = m_data.mission(missionId);
    if (!m)
        return tr("The mission is no longer in the database.");
    QVariantMap before, after;
    if (start != m->start) {
        before.insert(QStringLiteral("start"), m->start.toString(Qt::ISODate));
        after.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
    }
    if (end != m->end) {
        before.insert(QStringLiteral("end"), m->end.toString(Qt::ISODate));
        after.insert(QStringLiteral("end"), end.toString(Qt::ISODate));
    }
    if (after.isEmpty())
        return {};
    auto command = std::make_unique<UpdateRecordCommand>(m_repository, Schema::missions(), missionId, before, after);
    UndoTexts::setText(command.get(), [code = m->code] {
        //: undo history entry; %1 is a mission code
        return tr("change the dates of mission %1").arg(code);
    });
    command->setErrorHandler([this](const QString &message) { emit error(message); });
    const WriteResult result = command->apply();
    if (!result.ok())
        return result.message();
    m_undoStack.push(command.release());
    reload(); // now: a second key press or drag must start from the new dates
    return {};
}

QString SchedulingState::changeMission(const QString &missionId, const QVariantMap &changes)
{
    const auto current = m_repository.get(Schema::missions(), missionId);
    if (!current)
        return tr("The mission is no longer in the database.");
    QVariantMap before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        before.insert(it.key(), current->value(it.key()));
    auto command = std::make_unique<UpdateRecordCommand>(m_repository, Schema::missions(), missionId, before, changes);
    command->setErrorHandler([this](const QString &message) { emit error(message); });
    const WriteResult result = command->apply();
    if (!result.ok())
        return result.message();
    m_undoStack.push(command.release());
    reload();
    return {};
}

QColor SchedulingState::statusColor(const QString &status)
{
    // Cool colours while the mission is being arranged, green once it is settled, grey when over.
    static const QHash<QString, QColor> colors = {
        { QStringLiteral("draft"), QColor(0xb0, 0xbe, 0xc5) },
        { QStringLiteral("proposed"), QColor(0x90, 0xca, 0xf9) },
        { QStringLiteral("confirmed"), QColor(0x42, 0xa5, 0xf5) },
        { QStringLiteral("travel_booked"), QColor(0x26, 0xa6, 0x9a) },
        { QStringLiteral("in_progress"), QColor(0x66, 0xbb, 0x6a) },
        { QStringLiteral("completed"), QColor(0x9e, 0x9e, 0x9e) },
        { QStringLiteral("evaluated"), QColor(0x78, 0x90, 0x9c) },
        { QStringLiteral("postponed"), QColor(0xff, 0xb7, 0x4d) },
        { QStringLiteral("cancelled"), QColor(0xe0, 0xe0, 0xe0) },
    };
    return colors.value(status, QColor(Qt::lightGray));
}

} // namespace ed
