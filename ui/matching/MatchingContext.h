#pragma once

#include "matching/CandidatePool.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace ed {

class RecordRepository;

// The matching snapshot the board, the suggestions and the plan dialog share. Loading it reads
// every expert, need and mission, so it is reloaded lazily: a write marks it stale and views
// that hear changed() ask for it again. Weights live in QSettings "matching/weights" (JSON).
class MatchingContext : public QObject
{
    Q_OBJECT
public:
    explicit MatchingContext(RecordRepository &repository, QObject *parent = nullptr);
    ~MatchingContext() override;

    RecordRepository &repository() const { return m_repository; }
    // Null when the snapshot cannot be read; lastError() says why.
    const CandidatePool *pool();
    const MatchingData *data();
    QString lastError() const { return m_error; }

    MatchingWeights weights() const { return m_weights; }
    void setWeights(const MatchingWeights &weights); // saved to QSettings
    static MatchingWeights storedWeights();

    // The day "recent missions" and the yearly cap are counted from; tests fix it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(QDate today);

    void invalidate();

signals:
    void changed(); // the data or the weights changed; queued so a burst of writes is one reload

private:
    bool ensureLoaded();

    RecordRepository &m_repository;
    MatchingWeights m_weights;
    QDate m_today;
    std::unique_ptr<MatchingData> m_data;
    std::unique_ptr<CandidatePool> m_pool;
    bool m_stale = true;
    bool m_notifyPending = false;
    QString m_error;
};

} // namespace ed
