#include "ImportReviews.h"

#include "ImportMerge.h"
#include "domain/Clock.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ed {

namespace {

ImportReview reviewFrom(const QSqlQuery &query)
{
    return { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toInt(),
        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object().toVariantMap() };
}

const char *const kColumns = "id, candidate_id, source_key, reason, row, values_json";

} // namespace

QString ImportReviews::reasonText(const QString &code)
{
    if (code == QLatin1String(kSamePhone))
        return tr("The same name and phone number as an expert already in the database.");
    if (code == QLatin1String(kSameNationality))
        return tr("The same name and nationality as an expert already in the database.");
    return code;
}

ImportReviews::ImportReviews(RecordRepository &repository)
    : m_repository(repository)
{
}

QList<ImportReview> ImportReviews::open() const
{
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM import_reviews WHERE state = 'open' ORDER BY run_id, row")
                      .arg(QLatin1String(kColumns)));
    QList<ImportReview> reviews;
    if (query.exec()) {
        while (query.next())
            reviews << reviewFrom(query);
    }
    return reviews;
}

std::optional<ImportReview> ImportReviews::find(const QString &reviewId, QString *error) const
{
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM import_reviews WHERE id = ? AND state = 'open'")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(reviewId);
    if (query.exec() && query.next())
        return reviewFrom(query);
    *error = tr("This submission is no longer waiting for review; another decision was made already.");
    return std::nullopt;
}

bool ImportReviews::close(const ImportReview &review, const QString &state, const QString &recordId, QString *error)
{
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("UPDATE import_reviews SET state = ?, decided_at = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(m_repository.clock().now().toString(Qt::ISODateWithMs));
    query.addBindValue(review.id);
    QSqlQuery remember(m_repository.database().connection());
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO import_sources (source_key, table_name, record_id, "
                                    "values_json) VALUES (?, 'experts', ?, ?)"));
    remember.addBindValue(review.sourceKey);
    remember.addBindValue(recordId);
    remember.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(review.values)).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !remember.exec()) {
        *error = query.lastError().isValid() ? query.lastError().text() : remember.lastError().text();
        return false;
    }
    return true;
}

WriteResult ImportReviews::merge(const QString &reviewId)
{
    QString error;
    const std::optional<ImportReview> review = find(reviewId, &error);
    if (!review)
        return WriteResult::failure({}, error);
    const EntitySpec &spec = Schema::experts();
    const std::optional<QVariantMap> current = m_repository.get(spec, review->candidateId);
    if (!current)
        return WriteResult::failure({}, tr("The expert this submission was set aside for has been deleted; keep it "
                                           "apart to add it as a new expert."));
    RecordRepository::Batch batch(m_repository);
    const QVariantMap changes = ImportMerge::mergedChanges(spec, *current, review->values, review->sourceKey);
    if (!changes.isEmpty()) {
        const WriteResult result = m_repository.update(spec, review->candidateId, changes);
        if (!result.ok())
            return result;
    }
    if (!close(*review, QStringLiteral("merged"), review->candidateId, &error) || !batch.commit())
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(error));
    return { review->candidateId, {} };
}

WriteResult ImportReviews::keepApart(const QString &reviewId)
{
    QString error;
    const std::optional<ImportReview> review = find(reviewId, &error);
    if (!review)
        return WriteResult::failure({}, error);
    RecordRepository::Batch batch(m_repository);
    QVariantMap values = review->values;
    values.insert(QStringLiteral("source"), review->sourceKey);
    const WriteResult result = m_repository.insert(Schema::experts(), values);
    if (!result.ok())
        return result;
    if (!close(*review, QStringLiteral("kept"), result.id, &error) || !batch.commit())
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(error));
    return result;
}

} // namespace ed
