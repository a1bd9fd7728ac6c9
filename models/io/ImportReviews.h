#pragma once

#include "domain/FieldError.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace ed {

class RecordRepository;

// A submission the import set aside because it may be an expert already in the database (the
// same name across scripts with the same phone or nationality).
struct ImportReview
{
    QString id;
    QString candidateId; // the expert it may be
    QString sourceKey;   // "jotform:…"
    QString reason; // a reason code (kSamePhone, kSameNationality); see reasonText()
    int row = 0;
    QVariantMap values; // the submission's fields
};

// The review list: a coordinator merges a submission into the expert it names, or keeps them
// apart (the submission becomes a new expert). Either way through the repository (outbox,
// history), and the submission is remembered, so importing the file again adds nothing.
class ImportReviews
{
    Q_DECLARE_TR_FUNCTIONS(ImportReviews)
public:
    // What the importer stores as the reason: codes, so the list reads in the language of the
    // person who opens it, not of the one who imported.
    static constexpr const char *kSamePhone = "same_phone";
    static constexpr const char *kSameNationality = "same_nationality";
    // The reason for a person, in the interface language; an unknown code is shown as stored.
    static QString reasonText(const QString &code);

    explicit ImportReviews(RecordRepository &repository);

    QList<ImportReview> open() const;
    WriteResult merge(const QString &reviewId);
    WriteResult keepApart(const QString &reviewId);

private:
    std::optional<ImportReview> find(const QString &reviewId, QString *error) const;
    bool close(const ImportReview &review, const QString &state, const QString &recordId, QString *error);

    RecordRepository &m_repository;
};

} // namespace ed
