#include "JotformImporter.h"

#include "ImportMerge.h"
#include "ImportReviews.h"
#include "ImportVocabulary.h"
#include "NameSkeleton.h"
#include "TableReader.h"
#include "domain/Clock.h"
#include "domain/Uuid.h"
#include "storage/Database.h"
#include "storage/RecordCodec.h"
#include "storage/RecordRepository.h"
#include "storage/SqliteStatement.h"
#include "storage/WalCheckpoints.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ed {

namespace {

const QString kSourcePrefix = QStringLiteral("jotform:");
// WAL pages between checkpoints during a run (256 MB; storage/WalCheckpoints.h). A batch of 500
// rows of a large file dirties about 2 900 pages (its rows, the name and e-mail indexes' pages all
// over, the full-text segments it merges): at 8 192 pages an import of 100 000 rows made 70
// checkpoints, whose 143 fsyncs took 7 s in all (strace; the run took 20 s without it).
constexpr int kCheckpointPages = 65536;

struct Candidate
{
    QString id, nationality, phone;
};

QString institutionKey(const QString &name, const QString &country)
{
    return ImportVocabulary::fold(name) + QLatin1Char('|') + country;
}

QJsonArray rowsJson(const QList<int> &rows)
{
    QJsonArray array;
    for (const int row : rows)
        array.append(row);
    return array;
}

} // namespace

struct JotformImporter::Existing
{
    QHash<QString, QString> bySource;  // "jotform:…" → record id
    QHash<QString, QString> byEmail;   // lower-case e-mail → expert id
    QHash<QString, QList<Candidate>> bySkeleton;
    QHash<QString, QString> institutions; // folded name | country → id
    QSet<QString> reviewed;            // source keys already in the review list
    int institutionsCreated = 0;

    // The keys an expert is found by across scripts: the skeletons of both names, each once.
    static QStringList skeletonsOf(const QVariantMap &values)
    {
        QStringList keys;
        for (const char *field : { "name", "name_ar" }) {
            const QString key = NameSkeleton::of(values.value(QString::fromLatin1(field)).toString());
            if (key.size() >= 3 && !keys.contains(key))
                keys << key;
        }
        return keys;
    }

    void addExpert(const QString &id, const QVariantMap &values, const QStringList &skeletons)
    {
        const QString email = values.value(QStringLiteral("email")).toString().toLower();
        if (!email.isEmpty())
            byEmail.insert(email, id);
        const Candidate candidate { id, values.value(QStringLiteral("nationality")).toString(),
            NameSkeleton::phoneKey(values.value(QStringLiteral("phone")).toString()) };
        for (const QString &key : skeletons)
            bySkeleton[key] << candidate;
    }
};

JotformImporter::JotformImporter(RecordRepository &repository, const ImportVocabulary &vocabulary)
    : m_repository(repository)
    , m_vocabulary(vocabulary)
{
}

JotformImporter::~JotformImporter() = default;

bool JotformImporter::load(const QString &form, QString *error)
{
    m_existing = std::make_unique<Existing>();
    QSqlDatabase db = m_repository.database().connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source, id FROM %1 WHERE source LIKE 'jotform:%' AND deleted = 0").arg(form));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_existing->bySource.insert(query.value(0).toString(), query.value(1).toString());
    query.prepare(QStringLiteral("SELECT source_key, record_id FROM import_sources WHERE table_name = ?"));
    query.addBindValue(form);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_existing->bySource.insert(query.value(0).toString(), query.value(1).toString());
    if (form == QLatin1String("experts")) {
        query.prepare(QStringLiteral("SELECT id, name, name_ar, email, phone, nationality FROM experts WHERE deleted = 0"));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            const QVariantMap values { { QStringLiteral("name"), query.value(1) },
                { QStringLiteral("name_ar"), query.value(2) }, { QStringLiteral("email"), query.value(3) },
                { QStringLiteral("phone"), query.value(4) }, { QStringLiteral("nationality"), query.value(5) } };
            m_existing->addExpert(query.value(0).toString(), values, Existing::skeletonsOf(values));
        }
    } else {
        query.prepare(QStringLiteral("SELECT id, name, country FROM institutions WHERE deleted = 0"));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_existing->institutions.insert(institutionKey(query.value(1).toString(), query.value(2).toString()),
                query.value(0).toString());
    }
    query.prepare(QStringLiteral("SELECT source_key FROM import_reviews"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_existing->reviewed.insert(query.value(0).toString());
    return true;
}

ImportSummary JotformImporter::run(TableReader &reader, const ImportMapping &mapping, const Options &options,
    const Progress &progress)
{
    ImportSummary summary;
    summary.form = mapping.form();
    summary.dryRun = options.dryRun;
    if (!load(mapping.form(), &summary.error))
        return summary;
    const JotformRowParser parser(mapping, m_vocabulary, m_repository.clock().now().date());
    QSqlDatabase db = m_repository.database().connection();
    std::optional<WalCheckpoints> checkpoints;
    checkpoints.emplace(db, kCheckpointPages);

    // A dry run is one transaction that is never committed; a real one commits every batch. New
    // records are put in the full-text index when their batch commits, not row by row.
    const auto newBatch = [this] {
        return std::make_unique<RecordRepository::Batch>(m_repository, RecordRepository::Batch::Indexing::AtCommit);
    };
    std::unique_ptr<RecordRepository::Batch> batch = newBatch();
    if (!startRun(mapping, options, &summary.error))
        return summary;
    summary.runId = m_runId;
    QList<ImportProblem> batchProblems;
    ImportSummary committed = summary; // what the batches committed so far hold
    int inBatch = 0;
    QStringList cells;
    while (reader.next(&cells)) {
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // a blank line a spreadsheet left at the end
        ++summary.rows;
        ParsedRow row = parser.parse(reader.rowNumber(), cells);
        Outcome outcome = Outcome::Failed;
        if (!row.failed()) {
            QString key = row.submissionId.isEmpty() ? QString() : kSourcePrefix + row.submissionId;
            if (key.isEmpty()) {
                QVariantMap all = row.values;
                all.insert(QStringLiteral("institution"), row.institution);
                key = kSourcePrefix + QStringLiteral("row-")
                    + QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(QJsonObject::fromVariantMap(all))
                                                                       .toJson(QJsonDocument::Compact),
                        QCryptographicHash::Sha256)
                                              .toHex()
                                              .left(20));
            }
            outcome = mapping.form() == QLatin1String("needs") ? importNeed(row, key) : importExpert(row, key);
        }
        switch (outcome) {
        case Outcome::Imported: summary.imported << row.row; break;
        case Outcome::Updated: summary.updated << row.row; break;
        case Outcome::Merged: summary.merged << row.row; break;
        case Outcome::Review: summary.review << row.row; break;
        case Outcome::Skipped: summary.skipped << row.row; break;
        case Outcome::Failed: summary.failed << row.row; break;
        }
        batchProblems << row.problems;
        if (++inBatch < options.batchRows)
            continue;
        inBatch = 0;
        if (!options.dryRun) {
            if (!logProblems(batchProblems, &summary.error) || !finishRun(summary, QStringLiteral("running"), &summary.error)
                || !batch->commit()) {
                if (summary.error.isEmpty())
                    summary.error = db.lastError().text();
                break;
            }
            batch.reset(); // committed: ends before the next one begins
            batch = newBatch();
        }
        summary.problems << batchProblems;
        batchProblems.clear();
        committed = summary;
        if (progress && !progress(summary.rows, reader.position(), reader.size())) {
            summary.cancelled = true;
            break;
        }
    }
    if (summary.error.isEmpty() && !reader.error().isEmpty())
        summary.error = reader.error();
    if (!summary.cancelled) {
        summary.problems << batchProblems;
        if (!options.dryRun) {
            const QString state = summary.error.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed");
            if (!logProblems(batchProblems, &summary.error) || !finishRun(summary, state, &summary.error)
                || !batch->commit()) {
                if (summary.error.isEmpty())
                    summary.error = db.lastError().text();
                batch.reset(); // rolled back: the summary says what the earlier batches hold
                summary = committed;
            }
        }
    } else if (!options.dryRun) {
        batch.reset();
        RecordRepository::Batch mark(m_repository);
        finishRun(committed, QStringLiteral("cancelled"), &summary.error);
        mark.commit();
        committed.cancelled = true;
        committed.rows = summary.rows;
        summary = committed;
    }
    batch.reset(); // a dry run rolls everything back here
    checkpoints.reset(); // the last checkpoint before the last progress report, not after it
    summary.institutionsCreated = m_existing->institutionsCreated;
    if (progress)
        progress(summary.rows, reader.position(), reader.size());
    return summary;
}

JotformImporter::Outcome JotformImporter::write(ParsedRow &row, const EntitySpec &spec, const QString &id,
    const QVariantMap &values, QString *insertedId, const QVariantMap &more)
{
    // No id: a new record, from the parser's values (normalised already, so not again) and
    // `more`. Its problems are reported against the row's columns either way.
    const bool insert = id.isEmpty();
    const WriteResult result
        = insert ? m_repository.insertNormalized(spec, values, more) : m_repository.update(spec, id, values);
    if (!result.ok()) {
        for (const FieldError &error : result.errors)
            row.problem(error.field, error.message);
        return Outcome::Failed;
    }
    if (insertedId)
        *insertedId = result.id;
    return insert ? Outcome::Imported : Outcome::Updated;
}

JotformImporter::Outcome JotformImporter::importExpert(ParsedRow &row, const QString &key)
{
    const EntitySpec &spec = Schema::experts();
    if (const QString id = m_existing->bySource.value(key); !id.isEmpty()) {
        // The same submission again: what changed in it since goes to its record.
        return resubmitted(row, spec, key, id);
    }
    if (m_existing->reviewed.contains(key))
        return Outcome::Skipped; // waiting in the review list already
    const QString email = row.values.value(QStringLiteral("email")).toString().toLower();
    if (const QString id = m_existing->byEmail.value(email); !email.isEmpty() && !id.isEmpty()) {
        // The same person registered twice, or typed in by hand before: fill what the record
        // lacks and join the lists; what both have and differ in stays as the record has it.
        const QVariantMap changes
            = ImportMerge::mergedChanges(spec, m_repository.get(spec, id).value_or(QVariantMap()), row.values, key);
        if (!changes.isEmpty() && write(row, spec, id, changes) == Outcome::Failed)
            return Outcome::Failed;
        if (!remember(spec, key, id, row.values))
            return Outcome::Failed;
        m_existing->bySource.insert(key, id);
        return changes.isEmpty() ? Outcome::Skipped : Outcome::Merged;
    }
    // The same name in another script (or spelling) with the same phone or nationality: a
    // person decides, nothing is merged on a guess.
    const QString phone = NameSkeleton::phoneKey(row.values.value(QStringLiteral("phone")).toString());
    const QString nationality = row.values.value(QStringLiteral("nationality")).toString();
    const QStringList skeletons = Existing::skeletonsOf(row.values);
    for (const QString &skeleton : skeletons) {
        for (const Candidate &candidate : m_existing->bySkeleton.value(skeleton)) {
            const bool samePhone = !phone.isEmpty() && phone == candidate.phone;
            if (samePhone || (!nationality.isEmpty() && nationality == candidate.nationality)) {
                const QString reason = QLatin1String(samePhone ? ImportReviews::kSamePhone : ImportReviews::kSameNationality);
                if (!addReview(row, key, candidate.id, reason))
                    return Outcome::Failed;
                m_existing->reviewed.insert(key);
                return Outcome::Review;
            }
        }
    }
    QString id;
    if (write(row, spec, {}, row.values, &id, { { QStringLiteral("source"), key } }) == Outcome::Failed
        || !remember(spec, key, id, row.values))
        return Outcome::Failed;
    m_existing->bySource.insert(key, id);
    m_existing->addExpert(id, row.values, skeletons);
    return Outcome::Imported;
}

QString JotformImporter::institutionFor(ParsedRow &row)
{
    const QString name = row.institution.value(QStringLiteral("name")).toString();
    const QString country = row.institution.value(QStringLiteral("country")).toString();
    const QString key = institutionKey(name, country);
    if (const QString id = m_existing->institutions.value(key); !id.isEmpty())
        return id;
    const WriteResult result = m_repository.insert(Schema::institutions(), row.institution);
    if (!result.ok()) {
        for (const FieldError &error : result.errors)
            row.problem(QStringLiteral("institution.") + error.field, error.message);
        return {};
    }
    m_existing->institutions.insert(key, result.id);
    ++m_existing->institutionsCreated;
    return result.id;
}

JotformImporter::Outcome JotformImporter::importNeed(ParsedRow &row, const QString &key)
{
    const EntitySpec &spec = Schema::needs();
    const QString existing = m_existing->bySource.value(key);
    const QString institution = institutionFor(row);
    if (institution.isEmpty())
        return Outcome::Failed;
    QVariantMap values = row.values;
    values.insert(QStringLiteral("institution_id"), institution);
    if (!existing.isEmpty()) {
        row.values = values;
        return resubmitted(row, spec, key, existing);
    }
    const QVariantMap more { { QStringLiteral("institution_id"), institution }, { QStringLiteral("source"), key } };
    values.insert(QStringLiteral("source"), key);
    QString id;
    if (write(row, spec, {}, row.values, &id, more) == Outcome::Failed || !remember(spec, key, id, values))
        return Outcome::Failed;
    m_existing->bySource.insert(key, id);
    return Outcome::Imported;
}

JotformImporter::Outcome JotformImporter::resubmitted(ParsedRow &row, const EntitySpec &spec, const QString &key,
    const QString &id)
{
    // Three-way: the fields the submission changed since it was last imported go to the record;
    // the others keep whatever a coordinator made of them. Without a memory of it (imported on
    // another copy and synced here) the record itself is the baseline.
    QSqlQuery &query = statement(QStringLiteral("SELECT values_json FROM import_sources WHERE source_key = ?"));
    query.addBindValue(key);
    std::optional<QVariantMap> previous;
    if (query.exec() && query.next())
        previous = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().toVariantMap();
    else
        previous = m_repository.get(spec, id);
    query.finish();
    const QVariantMap changes = ImportMerge::changedFields(previous, row.values);
    if (changes.isEmpty())
        return Outcome::Skipped;
    const Outcome outcome = write(row, spec, id, changes);
    if (outcome == Outcome::Failed || !remember(spec, key, id, row.values))
        return Outcome::Failed;
    return outcome;
}

bool JotformImporter::remember(const EntitySpec &spec, const QString &key, const QString &id, const QVariantMap &values)
{
    // Once per row: bound through SQLite's C API, the JSON as the UTF-8 it is written in.
    if (!m_remember) {
        m_remember = std::make_unique<SqliteStatement>(SqliteStatement::handle(m_repository.database().connection()),
            QStringLiteral("INSERT OR REPLACE INTO import_sources (source_key, table_name, record_id, values_json) "
                           "VALUES (?, ?, ?, ?)"));
    }
    QByteArray json; // as QJsonDocument writes the object, without building one per row
    RecordCodec::appendJson(&json, values);
    m_remember->bindText(1, key);
    m_remember->bindText(2, spec.table);
    m_remember->bindText(3, id);
    m_remember->bindText(4, json);
    return m_remember->exec();
}

QSqlQuery &JotformImporter::statement(const QString &sql)
{
    // Prepared once per run: these run once per row.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_repository.database().connection()));
        it->prepare(sql);
    }
    return *it;
}

bool JotformImporter::startRun(const ImportMapping &mapping, const Options &options, QString *error)
{
    m_runId = uuidV7(m_repository.clock().now().toMSecsSinceEpoch());
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("INSERT INTO import_runs (id, form, file, started_at, state, mapping) "
                                 "VALUES (?, ?, ?, ?, 'running', ?)"));
    query.addBindValue(m_runId);
    query.addBindValue(mapping.form());
    query.addBindValue(options.fileName.isNull() ? QStringLiteral("") : options.fileName); // NULL otherwise
    query.addBindValue(m_repository.clock().now().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool JotformImporter::logProblems(const QList<ImportProblem> &problems, QString *error)
{
    QSqlQuery &query = statement(QStringLiteral("INSERT INTO import_problems (run_id, row, column_name, reason, fatal) VALUES (?, ?, ?, ?, ?)"));
    for (const ImportProblem &problem : problems) {
        query.addBindValue(m_runId);
        query.addBindValue(problem.row);
        query.addBindValue(problem.column);
        query.addBindValue(problem.reason);
        query.addBindValue(problem.fatal ? 1 : 0);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool JotformImporter::finishRun(const ImportSummary &summary, const QString &state, QString *error)
{
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("UPDATE import_runs SET state = ?, finished_at = ?, imported = ?, updated = ?, "
                                 "merged = ?, review = ?, skipped = ?, failed = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(state == QLatin1String("running") ? QVariant(QMetaType(QMetaType::QString))
                                                         : QVariant(m_repository.clock().now().toString(Qt::ISODateWithMs)));
    for (const QList<int> *rows : { &summary.imported, &summary.updated, &summary.merged, &summary.review,
             &summary.skipped, &summary.failed })
        query.addBindValue(int(rows->size()));
    query.addBindValue(m_runId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool JotformImporter::addReview(const ParsedRow &row, const QString &key, const QString &candidate, const QString &reason)
{
    QSqlQuery query(m_repository.database().connection());
    query.prepare(QStringLiteral("INSERT INTO import_reviews (id, run_id, table_name, source_key, candidate_id, row, "
                                 "values_json, reason) VALUES (?, ?, 'experts', ?, ?, ?, ?, ?)"));
    query.addBindValue(uuidV7(m_repository.clock().now().toMSecsSinceEpoch()));
    query.addBindValue(m_runId);
    query.addBindValue(key);
    query.addBindValue(candidate);
    query.addBindValue(row.row);
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row.values)).toJson(QJsonDocument::Compact)));
    query.addBindValue(reason);
    return query.exec();
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray failures, warnings;
    for (const ImportProblem &problem : problems) {
        const QJsonObject entry { { QStringLiteral("row"), problem.row }, { QStringLiteral("column"), problem.column },
            { QStringLiteral("reason"), problem.reason } };
        (problem.fatal ? failures : warnings).append(entry);
    }
    QJsonObject json { { QStringLiteral("form"), form }, { QStringLiteral("rows"), rows },
        { QStringLiteral("imported"), rowsJson(imported) }, { QStringLiteral("updated"), rowsJson(updated) },
        { QStringLiteral("merged"), rowsJson(merged) }, { QStringLiteral("review"), rowsJson(review) },
        { QStringLiteral("skipped"), rowsJson(skipped) }, { QStringLiteral("failed"), failures },
        { QStringLiteral("warnings"), warnings }, { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("institutions_created"), institutionsCreated } };
    if (!runId.isEmpty() && !dryRun)
        json.insert(QStringLiteral("run"), runId);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace ed
