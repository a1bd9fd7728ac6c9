#pragma once

#include "RecordQuery.h"
#include "domain/FieldError.h"
#include "domain/Schema.h"
#include "sync/Hlc.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace ed {

class Clock;
class Database;
class RecordWriter;
class ReferenceData;

// Reads and writes the synced records of every entity. Each write validates, then stores the
// row and its outbox entry (DESIGN.md §4) atomically: a refused or failed write changes nothing.
// Writes nest: inside a Batch they become savepoints of one transaction (imports, demo data).
class RecordRepository : public QObject
{
    Q_OBJECT
public:
    RecordRepository(Database &database, const ReferenceData &reference, const Clock &clock,
                     QString user, QObject *parent = nullptr);
    ~RecordRepository() override;

    WriteResult insert(const EntitySpec &spec, const QVariantMap &values);
    // An insert whose `normalized` values are Validation::normalize's output already (an import's
    // row parser made them so): they are not normalised a second time, the rest of the checks
    // are insert()'s. `values` (an id, the import's source key) are normalised as insert() does.
    WriteResult insertNormalized(const EntitySpec &spec, const QVariantMap &normalized, const QVariantMap &values);
    WriteResult update(const EntitySpec &spec, const QString &id, const QVariantMap &changes);
    WriteResult remove(const EntitySpec &spec, const QString &id); // tombstone
    WriteResult restore(const EntitySpec &spec, const QString &id); // undo a tombstone

    std::optional<QVariantMap> get(const EntitySpec &spec, const QString &id,
                                   bool includeDeleted = false) const;
    QList<QVariantMap> list(const EntitySpec &spec, const RecordFilter &filter = {},
                            const QString &orderColumn = {}, int limit = -1, int offset = 0) const;
    int count(const EntitySpec &spec, const RecordFilter &filter = {}) const;
    int outboxSize() const;

    const ReferenceData &reference() const { return m_reference; }
    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    QString user() const { return m_user; }

    // Groups many writes into one transaction; each write inside still fails on its own.
    class Batch
    {
    public:
        // AtCommit (imports): new experts and needs are put in the full-text index with one
        // statement per table when the batch commits, as a pulled page is (Migrations.h,
        // fullTextIndex()), instead of by the triggers row by row; until then a search on this
        // connection does not find them. An update or delete of such a table indexes them first.
        enum class Indexing { PerRow, AtCommit };
        explicit Batch(RecordRepository &repository, Indexing indexing = Indexing::PerRow);
        ~Batch(); // rolls back unless committed
        bool commit();

    private:
        RecordRepository &m_repository;
        bool m_open;
    };

signals:
    void recordInserted(const QString &table, const QString &id);
    void recordUpdated(const QString &table, const QString &id, const QStringList &fields);
    void recordRemoved(const QString &table, const QString &id);
    void batchCommitted(); // many rows changed at once: views reload

private:
    void catchUpHlc();
    FieldErrors normalizeInput(const EntitySpec &spec, const QVariantMap &input, QVariantMap *out) const;
    WriteResult insertClean(const EntitySpec &spec, QVariantMap clean, FieldErrors errors, const QString &givenId);
    QString nowText() const;
    FieldErrors checkReferences(const EntitySpec &spec, const QVariantMap &values) const;
    FieldErrors checkStatusChange(const QString &missionId, const QString &from, const QString &to) const;
    bool writeRow(const EntitySpec &spec, const QString &id, const QString &op, const QVariantMap &row,
                  const QVariantMap &oldValues, const QVariantMap &newValues, qint64 baseVersion,
                  QString *error);
    QSqlQuery &prepared(const QString &sql) const;
    RecordWriter &writer();
    bool pauseFullText(const QString &table, QString *error);
    bool indexDeferred(const QString &table, QString *error); // empty table: all of them
    QString makeCode(const EntitySpec &spec, const QString &id) const;
    WriteResult setDeleted(const EntitySpec &spec, const QString &id, bool deleted);

    Database &m_database;
    const ReferenceData &m_reference;
    const Clock &m_clock;
    QString m_user;
    HlcClock m_hlc;
    int m_batchDepth = 0;
    mutable QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<RecordWriter> m_writer; // on first write
    mutable qint64 m_nowMs = -1; // the clock's time, and its text, as nowText() last made it
    mutable QString m_nowText;
    bool m_deferIndexing = false;
    QHash<QString, QByteArray> m_unindexed; // table → JSON array (unclosed) of ids inserted paused
};

} // namespace ed
