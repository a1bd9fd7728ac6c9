#include "PlanWorker.h"

#include "itemmodels/RecordFormatter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ed {

PlanWorker::PlanWorker(Database &database, const MatchingWeights &weights, QDate today)
    : m_database(database), m_weights(weights), m_today(today)
{
    qRegisterMetaType<ed::PlanOutcome>();
}

void PlanWorker::run()
{
    PlanOutcome outcome;
    QString connectionName;
    {
        QSqlDatabase db = m_database.connection();
        connectionName = db.connectionName();
        MatchingData data(m_today);
        QString error;
        if (!db.isOpen() || !data.load(db, &error)) {
            outcome.result.status = PlanResult::Status::Failed;
            outcome.result.error = error.isEmpty()
                    ? QCoreApplication::translate("PlanWorker", "Cannot open the database in the planning thread.")
                    : error;
        } else if (m_cancel) {
            outcome.result.status = PlanResult::Status::Cancelled;
        } else {
            const CandidatePool pool(data, m_weights);
            PlanOptions options;
            options.cancel = &m_cancel;
            options.progress = [this](int done, int total) { emit progress(done, total); };
            outcome.result = MatchingPlanner(pool).solve(options);
            for (const NeedProfile &need : data.needs()) {
                if (!need.isOpen())
                    continue;
                outcome.needLabels.insert(need.id, RecordFormatter::needLabel(need.code, need.title));
            }
            for (const PlanAssignment &a : std::as_const(outcome.result.assignments))
                outcome.expertNames.insert(a.expertId, data.experts()[size_t(data.expertIndex(a.expertId))].name);
        }
    }
    // The connection belongs to this thread, which is about to end.
    if (!connectionName.isEmpty() && QSqlDatabase::contains(connectionName)) {
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }
    emit finished(outcome);
}

} // namespace ed
