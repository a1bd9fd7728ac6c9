#pragma once

#include "JotformRowParser.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QSqlQuery>

#include <functional>

namespace ed {

class RecordRepository;
class SqliteStatement;
class TableReader;

// What an import did, row by row (spreadsheet row numbers).
struct ImportSummary
{
    QString runId;
    QString form;
    int rows = 0;
    QList<int> imported, updated, merged, review, skipped, failed;
    int institutionsCreated = 0;
    QList<ImportProblem> problems; // failed rows' reasons and the warnings of imported ones
    bool cancelled = false;
    bool dryRun = false;
    QString error; // the file stopped being readable, or the database refused: nothing after it

    QJsonObject toJson() const;
};

// Brings the rows of a JotForm export into the database through the repository, as edits a
// coordinator would make (validated, with outbox entries, so they sync and keep a history).
// Idempotent: a submission is found again by its Submission ID (or, without one, by a hash of
// its normalised row) kept in the record's `source`; a changed submission updates its record.
// An expert with the e-mail of an existing one is merged into it (empty fields filled, lists
// joined); one whose name matches an existing expert's across scripts with the same phone or
// nationality goes to the review list. A need's institution is found by name and country or
// created once. Rows are written in batches, each one transaction with its part of the import
// log, so a killed import keeps whole batches and a second run completes it.
class JotformImporter
{
    Q_DECLARE_TR_FUNCTIONS(JotformImporter)
public:
    struct Options
    {
        bool dryRun = false; // everything checked and counted, nothing kept
        int batchRows = 500;
        QString fileName;    // for the log
    };
    // Called after each batch with the rows done and the reader's position; false cancels (the
    // batch in progress is rolled back, the ones before it stay).
    using Progress = std::function<bool(int rows, qint64 position, qint64 size)>;

    JotformImporter(RecordRepository &repository, const ImportVocabulary &vocabulary);
    ~JotformImporter();

    // `reader` has returned the header row already; the mapping was made from it.
    ImportSummary run(TableReader &reader, const ImportMapping &mapping, const Options &options,
        const Progress &progress = {});

private:
    struct Existing;
    enum class Outcome { Imported, Updated, Merged, Review, Skipped, Failed };

    bool load(const QString &form, QString *error);
    Outcome importExpert(ParsedRow &row, const QString &key);
    Outcome importNeed(ParsedRow &row, const QString &key);
    Outcome resubmitted(ParsedRow &row, const EntitySpec &spec, const QString &key, const QString &id);
    bool remember(const EntitySpec &spec, const QString &key, const QString &id, const QVariantMap &values);
    // Through the repository's edit path: an update of record `id`, or an insert when id is empty
    // of the parser's `values` and `more` (the source key; a need's institution).
    Outcome write(ParsedRow &row, const EntitySpec &spec, const QString &id, const QVariantMap &values,
        QString *insertedId = nullptr, const QVariantMap &more = {});
    QString institutionFor(ParsedRow &row);
    bool startRun(const ImportMapping &mapping, const Options &options, QString *error);
    bool logProblems(const QList<ImportProblem> &problems, QString *error);
    bool finishRun(const ImportSummary &summary, const QString &state, QString *error);
    bool addReview(const ParsedRow &row, const QString &key, const QString &candidate, const QString &reason);

    QSqlQuery &statement(const QString &sql);

    RecordRepository &m_repository;
    const ImportVocabulary &m_vocabulary;
    std::unique_ptr<Existing> m_existing;
    QString m_runId;
    QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<SqliteStatement> m_remember; // the import_sources row, once per row
};

} // namespace ed

Q_DECLARE_METATYPE(ed::ImportSummary)
