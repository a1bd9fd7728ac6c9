#include "RecordRepository.h"

#include "Database.h"
#include "Migrations.h"
#include "RecordCodec.h"
#include "RecordWriter.h"
#include "ReferenceData.h"
#include "domain/Clock.h"
#include "domain/Uuid.h"
#include "domain/Validation.h"
#include "scheduling/MissionLifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcRepository, "expertdesk.storage.repository")

namespace ed {

namespace {

QString lastHlc(Database &database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'hlc'"));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QJsonValue toJson(const QVariant &value)
{
    return QJsonValue::fromVariant(value);
}

const QString kStoreHlc = QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('hlc', ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");

// Writes inside a Batch skip storing the HLC row for speed; the batch stores the last one before
// it commits (or, for a batch nested in another transaction or without one, when it ends), so
// the database ends up as if every write had stored it.
bool storeHlc(const QSqlDatabase &db, const Hlc &hlc)
{
    if (hlc.isNull())
        return true;
    const QString text = hlc.toString();
    QSqlQuery state(db);
    // After a commit that stored it already, this is a read and not another write transaction.
    state.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'hlc'"));
    if (state.exec() && state.next() && state.value(0).toString() == text)
        return true;
    state.prepare(kStoreHlc);
    state.addBindValue(text);
    if (state.exec())
        return true;
    qCWarning(lcRepository) << "cannot store the HLC" << state.lastError().text();
    return false;
}

void appendUnlessReported(FieldErrors *errors, const FieldErrors &more)
{
    for (const FieldError &error : more) {
        const bool reported = std::any_of(errors->cbegin(), errors->cend(), [&](const FieldError &e) {
            return !e.field.isEmpty() && e.field == error.field;
        });
        if (!reported)
            errors->append(error);
    }
}

} // namespace

RecordRepository::RecordRepository(Database &database, const ReferenceData &reference,
                                   const Clock &clock, QString user, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_reference(reference)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_hlc(database.clientId(), Hlc::fromString(lastHlc(database)))
{
}

RecordRepository::~RecordRepository() = default;

QSqlQuery &RecordRepository::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        if (!query.prepare(sql))
            qCWarning(lcRepository) << "cannot prepare" << sql << query.lastError().text();
        it = m_statements.insert(sql, query);
    }
    return *it;
}

FieldErrors RecordRepository::normalizeInput(const EntitySpec &spec, const QVariantMap &input,
                                             QVariantMap *out) const
{
    FieldErrors errors;
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const FieldSpec *field = spec.field(it.key());
        if (!field) {
            errors << FieldError { it.key(), tr("%1 has no field \"%2\"; the fields are: %3.")
                                                     .arg(spec.displayName(), it.key(),
                                                          spec.fieldNames().join(QLatin1String(", "))) };
            continue;
        }
        QVariant value;
        QString error;
        if (!Validation::normalize(*field, it.value(), &value, &error))
            errors << FieldError { field->name, error };
        else
            out->insert(field->name, value);
    }
    return errors;
}

FieldErrors RecordRepository::checkReferences(const EntitySpec &spec, const QVariantMap &values) const
{
    FieldErrors errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field || Validation::isEmpty(it.value()))
            continue;
        const QString text = it.value().toString();
        if (field->kind == FieldKind::Country && !m_reference.hasCountry(text)) {
            errors << FieldError { field->name,
                                   tr("\"%1\" is not the ISO code of an OIC member state (e.g. PK, MA, SN).").arg(text) };
        } else if (field->kind == FieldKind::Sector && !m_reference.hasSector(text)) {
            errors << FieldError { field->name, tr("\"%1\" is not a sector code (e.g. BME, IT, RE).").arg(text) };
        } else if (field->shape == JsonShape::SectorCodes) {
            for (const QVariant &code : it.value().toList()) {
                if (!m_reference.hasSector(code.toString()))
                    errors << FieldError { field->name,
                                           tr("\"%1\" is not a sector code (e.g. BME, IT, RE).").arg(code.toString()) };
            }
        } else if (field->kind == FieldKind::Reference) {
            QSqlQuery &query = prepared(
                    QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(field->refTable));
            query.addBindValue(text);
            if (!query.exec() || !query.next()) {
                errors << FieldError { field->name,
                                       tr("no %1 has the id \"%2\".")
                                               .arg(Schema::find(field->refTable)->displayName().toLower(), text) };
            }
            query.finish();
        }
    }
    return errors;
}

QString RecordRepository::nowText() const
{
    // A bulk write makes many rows in the same millisecond: its text is made once.
    if (const qint64 ms = m_clock.nowMs(); ms != m_nowMs) {
        m_nowText = m_clock.now().toString(Qt::ISODateWithMs);
        m_nowMs = ms;
    }
    return m_nowText;
}

QString RecordRepository::makeCode(const EntitySpec &spec, const QString &id) const
{
    // Unique enough across offline replicas without a central counter: month + id's random tail.
    return QStringLiteral("%1-%2-%3")
            .arg(spec.codePrefix, m_clock.now().toString(QStringLiteral("yyMM")), id.right(5).toUpper());
}

RecordWriter &RecordRepository::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<RecordWriter>(m_database.connection());
    return *m_writer;
}

bool RecordRepository::pauseFullText(const QString &table, QString *error)
{
    QSqlQuery &pause = prepared(QStringLiteral("INSERT INTO fts_paused (table_name) VALUES (?)"));
    pause.addBindValue(table);
    if (!pause.exec()) {
        *error = pause.lastError().text();
        return false;
    }
    m_unindexed.insert(table, QByteArrayLiteral("["));
    return true;
}

bool RecordRepository::indexDeferred(const QString &table, QString *error)
{
    // The pull's two page statements (fullTextIndex()): the rows were never indexed, so only the
    // second one is needed; then the triggers take over again.
    for (auto it = m_unindexed.begin(); it != m_unindexed.end();) {
        if (!table.isEmpty() && it.key() != table) {
            ++it;
            continue;
        }
        QByteArray ids = it.value();
        if (ids.size() > 1) {
            ids.append(']');
            QSqlQuery &index = prepared(fullTextIndex(it.key())->indexRows);
            index.addBindValue(QString::fromLatin1(ids));
            if (!index.exec()) {
                *error = index.lastError().text();
                return false;
            }
        }
        QSqlQuery &resume = prepared(QStringLiteral("DELETE FROM fts_paused WHERE table_name = ?"));
        resume.addBindValue(it.key());
        if (!resume.exec()) {
            *error = resume.lastError().text();
            return false;
        }
        it = m_unindexed.erase(it);
    }
    return true;
}

bool RecordRepository::writeRow(const EntitySpec &spec, const QString &id, const QString &op,
                                const QVariantMap &row, const QVariantMap &oldValues,
                                const QVariantMap &newValues, qint64 baseVersion, QString *error)
{
    const bool insert = op == QLatin1String("insert");
    // A row of a table whose index waits for the batch's end may be among those: index them
    // first, so that the update trigger takes out of the index what is in it.
    if (!insert && m_unindexed.contains(spec.table) && !indexDeferred(spec.table, error))
        return false;
    const bool deferIndex = insert && m_deferIndexing && fullTextIndex(spec.table);
    if (deferIndex && !m_unindexed.contains(spec.table) && !pauseFullText(spec.table, error))
        return false;

    // The savepoint, an insert's row, the outbox entry and the clock go through SQLite's C API
    // (RecordWriter): bulk writes (imports, demo data) run them once per row.
    RecordWriter &out = writer();
    if (!out.begin(error))
        return false;
    auto fail = [&](const QString &message) {
        *error = message;
        out.rollback();
        return false;
    };

    if (m_batchDepth == 0)
        catchUpHlc();
    const Hlc hlc = m_hlc.tick(m_clock.nowMs());
    const QString hlcText = hlc.toString();
    const QString now = nowText();

    QByteArray changesText, fieldHlcText;
    if (insert) {
        // An insert's entry written as text, without a QJsonObject per field: what QJsonDocument
        // gives for the objects below (keys sorted as the map is, old values all null; checked
        // byte for byte by tst_recordrepository).
        QByteArray changes("{"), fieldHlc("{"), name, hlcJson;
        changes.reserve(64 * newValues.size());
        QList<QPair<qsizetype, qsizetype>> listSpans; // each JSON list's text within `changes`
        RecordCodec::appendJson(&hlcJson, hlcText);
        for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
            const FieldSpec *field = spec.field(it.key());
            name.clear();
            RecordCodec::appendJson(&name, it.key());
            if (it != newValues.cbegin()) {
                changes.append(',');
                fieldHlc.append(',');
            }
            fieldHlc.append(name).append(':').append(hlcJson);
            changes.append(name).append(":{\"new\":");
            // A JSON list is converted once for both the column text and the outbox entry; the
            // result is what RecordCodec::toSql and QJsonValue::fromVariant give.
            const qsizetype start = changes.size();
            RecordCodec::appendJson(&changes, field && field->kind == FieldKind::Json ? QVariant(it.value().toList())
                                                                                      : it.value());
            if (field && field->kind == FieldKind::Json)
                listSpans.append({ start, changes.size() - start });
            changes.append(",\"old\":null}");
        }
        changes.append('}');
        fieldHlc.append('}');
        QList<QByteArrayView> lists;
        for (const auto &[start, size] : std::as_const(listSpans))
            lists.append(QByteArrayView(changes.constData() + start, size));
        QString message;
        if (!out.insert(spec, newValues, lists, id, now, m_user, fieldHlc, &message))
            return fail(message);
        changesText = std::move(changes);
        fieldHlcText = std::move(fieldHlc);
    } else {
        QVariantList binds;
        binds.reserve(newValues.size() + 4);
        QJsonObject fieldHlc = QJsonDocument::fromJson(row.value(QStringLiteral("field_hlc")).toString().toUtf8()).object();
        QJsonObject changes;
        QStringList columns;
        for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
            const FieldSpec *field = spec.field(it.key());
            fieldHlc.insert(it.key(), hlcText);
            columns << RecordQuery::quoted(it.key());
            QJsonValue newJson;
            if (field && field->kind == FieldKind::Json) {
                const QJsonArray array = QJsonArray::fromVariantList(it.value().toList());
                binds << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
                newJson = array;
            } else {
                binds << (field ? RecordCodec::toSql(*field, it.value()) : it.value());
                newJson = toJson(it.value());
            }
            changes.insert(it.key(), QJsonObject { { QStringLiteral("old"), toJson(oldValues.value(it.key())) },
                                                   { QStringLiteral("new"), newJson } });
        }
        changesText = QJsonDocument(changes).toJson(QJsonDocument::Compact);
        fieldHlcText = QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact);
        columns << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("field_hlc");
        binds << now << m_user << QString::fromUtf8(fieldHlcText) << id;
        QSqlQuery &write = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                            .arg(spec.table, columns.join(QLatin1String(" = ?, "))));
        for (int i = 0; i < binds.size(); ++i)
            write.bindValue(i, binds.at(i));
        if (!write.exec())
            return fail(write.lastError().text());
    }

    QString message;
    if (!out.outbox(uuidV7(m_clock.nowMs()), spec.table, id, op, changesText, baseVersion, hlcText, now, &message))
        return fail(message);
    // Inside a Batch the clock is stored once, when the batch ends, in the same transaction.
    if (m_batchDepth == 0 && !out.storeHlc(hlcText, &message))
        return fail(message);
    if (!out.release(&message))
        return fail(message);
    if (deferIndex) {
        QByteArray &ids = m_unindexed[spec.table];
        if (ids.size() > 1)
            ids.append(',');
        RecordCodec::appendJson(&ids, id);
    }
    return true;
}

WriteResult RecordRepository::insert(const EntitySpec &spec, const QVariantMap &values)
{
    QVariantMap clean;
    FieldErrors errors = normalizeInput(spec, values, &clean);
    return insertClean(spec, std::move(clean), std::move(errors), values.value(QStringLiteral("id")).toString());
}

WriteResult RecordRepository::insertNormalized(const EntitySpec &spec, const QVariantMap &normalized,
                                               const QVariantMap &values)
{
    QVariantMap clean = normalized;
    FieldErrors errors = normalizeInput(spec, values, &clean);
    return insertClean(spec, std::move(clean), std::move(errors), values.value(QStringLiteral("id")).toString());
}

WriteResult RecordRepository::insertClean(const EntitySpec &spec, QVariantMap clean, FieldErrors errors,
                                          const QString &givenId)
{
    for (const FieldSpec &field : spec.fields) {
        if (field.defaultValue.isValid() && !clean.contains(field.name))
            clean.insert(field.name, field.defaultValue);
    }
    const QString id = !givenId.isEmpty() ? givenId : uuidV7(m_clock.nowMs());
    if (!spec.codePrefix.isEmpty() && Validation::isEmpty(clean.value(QStringLiteral("code"))))
        clean.insert(QStringLiteral("code"), makeCode(spec, id));
    if (spec.table == QLatin1String("missions")
        && Validation::isEmpty(clean.value(QStringLiteral("institution_id")))) {
        if (const auto need = get(Schema::needs(), clean.value(QStringLiteral("need_id")).toString()))
            clean.insert(QStringLiteral("institution_id"), need->value(QStringLiteral("institution_id")));
    }
    // Report every problem at once; a field whose value was refused is not also "required".
    appendUnlessReported(&errors, Validation::checkRecord(spec, clean));
    appendUnlessReported(&errors, checkReferences(spec, clean));
    if (!errors.isEmpty())
        return { {}, errors };
    // Existence only (deleted rows included): reading and decoding the whole row is not needed.
    // An id made here is new (UUIDv7: time and random bits), so only a given one is looked up.
    bool taken = false;
    if (!givenId.isEmpty()) {
        QSqlQuery &exists = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(spec.table));
        exists.addBindValue(id);
        taken = exists.exec() && exists.next();
        exists.finish();
    }
    if (taken)
        return WriteResult::failure(QStringLiteral("id"), tr("a record with the id \"%1\" exists already.").arg(id));

    QString error;
    if (!writeRow(spec, id, QStringLiteral("insert"), {}, {}, clean, 0, &error))
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(error));
    if (m_batchDepth == 0)
        emit recordInserted(spec.table, id);
    return { id, {} };
}

WriteResult RecordRepository::update(const EntitySpec &spec, const QString &id, const QVariantMap &changes)
{
    const std::optional<QVariantMap> current = get(spec, id, true);
    if (!current)
        return WriteResult::failure(QStringLiteral("id"), tr("no %1 has the id \"%2\".").arg(spec.displayName().toLower(), id));
    if (current->value(QStringLiteral("deleted")).toBool())
        return WriteResult::failure(QStringLiteral("id"), tr("this %1 was deleted; restore it before editing.").arg(spec.displayName().toLower()));

    QVariantMap clean;
    FieldErrors errors = normalizeInput(spec, changes, &clean);
    QVariantMap oldValues, newValues;
    for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
        const QVariant old = current->value(it.key());
        const bool same = (Validation::isEmpty(old) && Validation::isEmpty(it.value())) || old == it.value();
        if (!same) {
            oldValues.insert(it.key(), old);
            newValues.insert(it.key(), it.value());
        }
    }
    if (newValues.isEmpty() && errors.isEmpty())
        return { id, {} };
    QVariantMap merged = *current;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it)
        merged.insert(it.key(), it.value());
    appendUnlessReported(&errors, Validation::checkRecord(spec, merged));
    appendUnlessReported(&errors, checkReferences(spec, newValues));
    // Mission lifecycle (scheduling/MissionLifecycle.h): here, so every caller obeys it.
    const bool statusChange = spec.table == QLatin1String("missions") && newValues.contains(QStringLiteral("status"));
    if (statusChange)
        appendUnlessReported(&errors, checkStatusChange(id, oldValues.value(QStringLiteral("status")).toString(),
                                                        newValues.value(QStringLiteral("status")).toString()));
    if (!errors.isEmpty())
        return { {}, errors };

    QString error;
    // A status change and its log row share one savepoint: both are written or neither.
    QSqlQuery &savepoint = prepared(QStringLiteral("SAVEPOINT status_change"));
    if (statusChange && !savepoint.exec())
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(savepoint.lastError().text()));
    QString logId;
    bool written = writeRow(spec, id, QStringLiteral("update"), *current, oldValues, newValues,
                            current->value(QStringLiteral("server_version")).toLongLong(), &error);
    if (statusChange) {
        if (written) {
            logId = uuidV7(m_clock.nowMs());
            const QString to = newValues.value(QStringLiteral("status")).toString();
            const QVariantMap log { { QStringLiteral("mission_id"), id },
                                    { QStringLiteral("from_status"), oldValues.value(QStringLiteral("status")) },
                                    { QStringLiteral("to_status"), to },
                                    { QStringLiteral("reason"), to == QLatin1String("cancelled")
                                              ? merged.value(QStringLiteral("cancel_reason")) : QVariant(QString()) },
                                    { QStringLiteral("changed_by"), m_user },
                                    { QStringLiteral("changed_at"), nowText() } };
            written = writeRow(Schema::missionStatusLog(), logId, QStringLiteral("insert"), {}, {}, log, 0, &error);
        }
        QSqlQuery end(m_database.connection());
        if (!written)
            end.exec(QStringLiteral("ROLLBACK TO status_change"));
        end.exec(QStringLiteral("RELEASE status_change"));
    }
    if (!written)
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(error));
    if (m_batchDepth == 0) {
        emit recordUpdated(spec.table, id, newValues.keys());
        if (!logId.isEmpty())
            emit recordInserted(Schema::missionStatusLog().table, logId);
    }
    return { id, {} };
}

FieldErrors RecordRepository::checkStatusChange(const QString &missionId, const QString &from, const QString &to) const
{
    // The latest logged change may be taken back (undo of a status change in the GUI).
    QSqlQuery &last = prepared(QStringLiteral(
            "SELECT from_status, to_status FROM mission_status_log WHERE mission_id = ? AND deleted = 0 "
            "ORDER BY changed_at DESC, rid DESC LIMIT 1"));
    last.addBindValue(missionId);
    QString lastFrom, lastTo;
    if (last.exec() && last.next()) {
        lastFrom = last.value(0).toString();
        lastTo = last.value(1).toString();
    }
    last.finish();
    QString message;
    if (MissionLifecycle::checkChange(from, to, lastFrom, lastTo, &message))
        return {};
    return { FieldError { QStringLiteral("status"), message } };
}

WriteResult RecordRepository::setDeleted(const EntitySpec &spec, const QString &id, bool deleted)
{
    const std::optional<QVariantMap> current = get(spec, id, true);
    if (!current)
        return WriteResult::failure(QStringLiteral("id"), tr("no %1 has the id \"%2\".").arg(spec.displayName().toLower(), id));
    if (current->value(QStringLiteral("deleted")).toBool() == deleted)
        return { id, {} };
    QString error;
    const QVariantMap oldValues { { QStringLiteral("deleted"), !deleted } };
    const QVariantMap newValues { { QStringLiteral("deleted"), deleted } };
    if (!writeRow(spec, id, deleted ? QStringLiteral("delete") : QStringLiteral("update"), *current,
                  oldValues, newValues, current->value(QStringLiteral("server_version")).toLongLong(), &error))
        return WriteResult::failure({}, tr("The database refused the change: %1").arg(error));
    if (m_batchDepth == 0) {
        if (deleted)
            emit recordRemoved(spec.table, id);
        else
            emit recordInserted(spec.table, id);
    }
    return { id, {} };
}

WriteResult RecordRepository::remove(const EntitySpec &spec, const QString &id)
{
    return setDeleted(spec, id, true);
}

WriteResult RecordRepository::restore(const EntitySpec &spec, const QString &id)
{
    return setDeleted(spec, id, false);
}

std::optional<QVariantMap> RecordRepository::get(const EntitySpec &spec, const QString &id,
                                                 bool includeDeleted) const
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(spec.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QVariantMap record = RecordCodec::fromSql(spec, query.record());
    query.finish();
    if (!includeDeleted && record.value(QStringLiteral("deleted")).toBool())
        return std::nullopt;
    return record;
}

QList<QVariantMap> RecordRepository::list(const EntitySpec &spec, const RecordFilter &filter,
                                          const QString &orderColumn, int limit, int offset) const
{
    const RecordQuery where(spec, filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 %2 %3 LIMIT %4 OFFSET %5")
                          .arg(spec.table, where.where(), RecordQuery::orderBy(spec, orderColumn, false))
                          .arg(limit)
                          .arg(qMax(0, offset)));
    where.bindTo(query);
    QList<QVariantMap> records;
    if (!query.exec()) {
        qCWarning(lcRepository) << "list failed" << query.lastError().text();
        return records;
    }
    while (query.next())
        records << RecordCodec::fromSql(spec, query.record());
    return records;
}

int RecordRepository::count(const EntitySpec &spec, const RecordFilter &filter) const
{
    const RecordQuery where(spec, filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 %2").arg(spec.table, where.where()));
    where.bindTo(query);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int RecordRepository::outboxSize() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next() ? query.value(0).toInt() : 0;
}

RecordRepository::Batch::Batch(RecordRepository &repository, Indexing indexing)
    : m_repository(repository), m_open(repository.m_database.connection().transaction())
{
    if (m_repository.m_batchDepth++ == 0) {
        m_repository.catchUpHlc();
        // Only a batch that is its own transaction: the index is written before it commits.
        m_repository.m_deferIndexing = m_open && indexing == Indexing::AtCommit;
    }
}

void RecordRepository::catchUpHlc()
{
    // The sync thread writes through its own connection and advances the stored HLC with every
    // change it receives; a local edit must sort after those.
    const Hlc stored = Hlc::fromString(lastHlc(m_database));
    if (m_hlc.last() < stored)
        m_hlc.observe(stored, m_clock.nowMs());
}

RecordRepository::Batch::~Batch()
{
    if (--m_repository.m_batchDepth == 0)
        m_repository.m_deferIndexing = false;
    if (m_open) {
        m_repository.m_database.connection().rollback(); // takes the fts_paused rows with it
        m_repository.m_unindexed.clear();
    } else
        storeHlc(m_repository.m_database.connection(), m_repository.m_hlc.last());
}

bool RecordRepository::Batch::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    QString error;
    if (!m_repository.indexDeferred({}, &error)) {
        qCWarning(lcRepository) << "cannot index the batch's rows" << error;
        m_repository.m_database.connection().rollback();
        m_repository.m_unindexed.clear();
        return false;
    }
    if (!storeHlc(m_repository.m_database.connection(), m_repository.m_hlc.last())) {
        m_repository.m_database.connection().rollback();
        return false;
    }
    const bool ok = m_repository.m_database.connection().commit();
    if (ok)
        emit m_repository.batchCommitted();
    return ok;
}

} // namespace ed
