#pragma once

#include "scheduling/ConflictDetector.h"
#include "scheduling/SchedulingData.h"

#include <QColor>
#include <QDate>
#include <QMultiHash>
#include <QObject>

class QUndoStack;

namespace ed {

class RecordRepository;

// What the month view, the timeline, the conflict list and the mission panel share: one snapshot
// of the scheduling tables, its conflicts, the filters, the selection and the Hijri setting.
// Reloads (coalesced) whenever the repository reports a change, so undo/redo anywhere shows here.
class SchedulingState : public QObject
{
    Q_OBJECT
public:
    SchedulingState(RecordRepository &repository, QUndoStack &undoStack, QObject *parent = nullptr);

    RecordRepository &repository() const { return m_repository; }
    QUndoStack &undoStack() const { return m_undoStack; }
    const SchedulingData &data() const { return m_data; }
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    QList<Conflict> conflictsOf(const QString &missionId) const;
    bool hasConflict(const QString &missionId) const { return m_conflictIndex.contains(missionId); }

    // Filters: empty means any. A mission passes when its host country, need sector and status match.
    void setFilter(const QString &country, const QString &sector, const QString &status);
    bool accepts(const MissionSlot &mission) const;
    QString countryFilter() const { return m_country; }

    QString selectedMission() const { return m_selected; }
    void setSelectedMission(const QString &id);

    QDate today() const { return m_today; }
    void setToday(const QDate &today);
    bool showHijri() const { return m_hijri; }
    void setShowHijri(bool show); // also saved in QSettings
    // Replaces the snapshot without the database (benchmarks).
    void setData(SchedulingData data);

    // Moves or resizes a mission as one undoable command; returns an empty string or the reason
    // the repository refused.
    QString changeDates(const QString &missionId, const QDate &start, const QDate &end);
    // Any change of mission fields as one undoable command (status, logistics).
    QString changeMission(const QString &missionId, const QVariantMap &changes);

    static QColor statusColor(const QString &status);

    // Conflict sentences are written in the UI language when found: a switch finds them again
    // (from the data in memory, without reading the database).
    void retranslate() { detect(); }

public slots:
    void reload();
    void scheduleReload();

signals:
    void changed();
    void selectionChanged(const QString &missionId);
    void hijriChanged(bool show);
    void error(const QString &message);

private:
    void detect();

    RecordRepository &m_repository;
    QUndoStack &m_undoStack;
    SchedulingData m_data;
    QList<Conflict> m_conflicts;
    QMultiHash<QString, int> m_conflictIndex;
    QString m_country, m_sector, m_status, m_selected;
    QDate m_today;
    bool m_hijri = false;
    bool m_reloadPending = false;
};

} // namespace ed
