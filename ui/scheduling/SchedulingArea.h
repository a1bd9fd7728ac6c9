#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace ed {

class MissionPanel;
class MonthView;
class RecordRepository;
class SchedulingState;
class TimelineView;

// The Scheduling page: month calendar and per-expert timeline of missions, filters by country,
// sector and status, the list of conflicts, and the selected mission's panel. actions() are
// for the main window's menus (calendar export/import, Hijri dates, today).
class SchedulingArea : public QWidget
{
    Q_OBJECT
public:
    SchedulingArea(RecordRepository &repository, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~SchedulingArea() override;

    QList<QAction *> actions() const;
    SchedulingState &state() const { return *m_state; }
    MonthView *monthView() const { return m_month; }
    TimelineView *timeline() const { return m_timeline; }
    QTabWidget *views() const { return m_views; }
    QListWidget *conflictList() const { return m_conflicts; }
    MissionPanel *missionPanel() const { return m_panel; }

public slots:
    void exportIcs();
    void importIcs();
    void goToToday();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void applyFilters();
    void refreshConflicts();
    void updateMonthTitle();
    void evaluate(const QString &missionId);
    void showMessage(const QString &text, bool error);

    RecordRepository &m_repository;
    QUndoStack &m_undoStack;
    SchedulingState *m_state;
    QTabWidget *m_views;
    MonthView *m_month;
    TimelineView *m_timeline;
    MissionPanel *m_panel;
    QListWidget *m_conflicts;
    QLabel *m_conflictTitle, *m_monthTitle, *m_message;
    QLabel *m_countryLabel, *m_sectorLabel, *m_statusLabel;
    QComboBox *m_country, *m_sector, *m_status;
    QCheckBox *m_hijri;
    QToolButton *m_previous, *m_next, *m_today;
    QAction *m_exportAction, *m_importAction, *m_hijriAction, *m_todayAction;
};

} // namespace ed
