#include "MatchingContext.h"

#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTimer>

namespace ed {

namespace {
const QString kWeightsKey = QStringLiteral("matching/weights");
}

MatchingContext::MatchingContext(RecordRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository), m_weights(storedWeights())
{
    auto stale = [this] { invalidate(); };
    connect(&repository, &RecordRepository::recordInserted, this, stale);
    connect(&repository, &RecordRepository::recordUpdated, this, stale);
    connect(&repository, &RecordRepository::recordRemoved, this, stale);
    connect(&repository, &RecordRepository::batchCommitted, this, stale);
}

MatchingContext::~MatchingContext() = default;

MatchingWeights MatchingContext::storedWeights()
{
    const QByteArray json = QSettings().value(kWeightsKey).toByteArray();
    if (json.isEmpty())
        return {};
    bool ok = false;
    const MatchingWeights weights = MatchingWeights::fromJson(QJsonDocument::fromJson(json).object(), &ok);
    return ok && weights.isValid() ? weights : MatchingWeights();
}

void MatchingContext::setWeights(const MatchingWeights &weights)
{
    QSettings().setValue(kWeightsKey, QJsonDocument(weights.toJson()).toJson(QJsonDocument::Compact));
    if (weights == m_weights)
        return;
    m_weights = weights;
    invalidate();
}

void MatchingContext::setToday(QDate today)
{
    m_today = today;
    invalidate();
}

void MatchingContext::invalidate()
{
    m_stale = true;
    if (m_notifyPending)
        return;
    m_notifyPending = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyPending = false;
        emit changed();
    });
}

bool MatchingContext::ensureLoaded()
{
    if (!m_stale)
        return bool(m_pool);
    m_stale = false;
    m_pool.reset();
    m_data = std::make_unique<MatchingData>(today());
    m_data->setReference(&m_repository.reference());
    m_error.clear();
    if (!m_data->load(m_repository.database().connection(), &m_error)) {
        m_data.reset();
        return false;
    }
    m_pool = std::make_unique<CandidatePool>(*m_data, m_weights);
    return true;
}

const CandidatePool *MatchingContext::pool()
{
    return ensureLoaded() ? m_pool.get() : nullptr;
}

const MatchingData *MatchingContext::data()
{
    return ensureLoaded() ? m_data.get() : nullptr;
}

} // namespace ed
