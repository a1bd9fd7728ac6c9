#pragma once

#include "matching/MatchingPlanner.h"

#include <QDate>
#include <QHash>
#include <QMetaType>
#include <QObject>

#include <atomic>

namespace ed {

class Database;

// What the dialog shows of a finished run: the plan plus the names it needs, taken from the
// worker's own snapshot so the GUI thread never touches it.
struct PlanOutcome
{
    PlanResult result;
    QHash<QString, QString> needLabels;  // id → "N-0012 — MRI training"
    QHash<QString, QString> expertNames; // id → name
};

// Runs MatchingPlanner in its own thread. SQLite connections must not cross threads, so run()
// opens this thread's connection (Database gives one per thread), loads the snapshot with it,
// and removes the connection before the thread ends.
class PlanWorker : public QObject
{
    Q_OBJECT
public:
    PlanWorker(Database &database, const MatchingWeights &weights, QDate today);

    void cancel() { m_cancel = true; } // any thread

public slots:
    void run();

signals:
    void progress(int done, int total);
    void finished(const ed::PlanOutcome &outcome);

private:
    Database &m_database;
    MatchingWeights m_weights;
    QDate m_today;
    std::atomic_bool m_cancel { false };
};

} // namespace ed

Q_DECLARE_METATYPE(ed::PlanOutcome)
