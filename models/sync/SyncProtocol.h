#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include "domain/Schema.h"

// The JSON shapes of the sync API (docs/api.md), shared by the server and the client sync
// engine so both sides parse and print the same keys. Pure data: no HTTP, no SQL.
namespace ed::sync {

constexpr int kMaxMutationsPerPush = 200;
constexpr int kDefaultPullLimit = 500;
constexpr int kMaxPullLimit = 1000;
constexpr qint64 kMaxHlcAheadMs = 60 * 1000;
constexpr const char *kSchemaVersionHeader = "X-ExpertDesk-Schema-Version";
constexpr const char *kEpochHeader = "X-ExpertDesk-Epoch";

enum class MutationOp { Insert, Update, Delete };
// A row, mutation or client id as the protocol accepts it: 1 to 64 of A-Z a-z 0-9 - _ . :
bool isSafeId(const QString &id);

QString opName(MutationOp op);
bool opFromName(const QString &name, MutationOp *op);

struct FieldChange {
    QVariant oldValue;
    QVariant newValue;
};

// One outbox entry (DESIGN.md §4). `changes` maps a field (or the pseudo-field "deleted") to
// its old and new value as the client saw them.
struct Mutation {
    Q_DECLARE_TR_FUNCTIONS(ed::sync::Mutation)

public:
    QString mutationId;
    qint64 clientSeq = 0;
    QString table;
    QString rowId;
    MutationOp op = MutationOp::Update;
    QMap<QString, FieldChange> changes;
    qint64 baseVersion = 0;
    QString hlc;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, Mutation *out, QString *error);
    // An outbox row as RecordRepository writes it (columns of the `outbox` table).
    static bool fromOutboxRow(const QVariantMap &row, Mutation *out, QString *error);
};

struct PushRequest {
    Q_DECLARE_TR_FUNCTIONS(ed::sync::PushRequest)

public:
    QString clientId;
    int schemaVersion = 0;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    // Checks the envelope (ids, counts, shapes); field values are the merge's business.
    static bool fromJson(const QJsonObject &object, PushRequest *out, QString *error);
};

enum class MutationStatus { Applied, Merged, Conflict, Rejected };
QString statusName(MutationStatus status);
bool statusFromName(const QString &name, MutationStatus *status);

// Why a mutation was rejected, machine-readable next to the human `reason`.
namespace RejectCode {
    constexpr const char *Invalid = "invalid"; // a value failed validation (HTTP-like 400)
    constexpr const char *Forbidden = "forbidden"; // the user's role may not make it (403)
    constexpr const char *UnknownTable = "unknown_table";
    constexpr const char *Internal = "internal"; // the server could not store it; retry later
} // namespace RejectCode

struct MutationResult {
    QString mutationId;
    qint64 clientSeq = 0;
    MutationStatus status = MutationStatus::Applied;
    QString reason; // user-readable, for rejected and conflict
    QString error; // RejectCode for rejected
    qint64 serverVersion = 0; // the row's version after the mutation
    qint64 changeSeq = 0; // the change it produced, 0 when nothing changed
    QStringList conflictFields;

    QJsonObject toJson() const;
    static MutationResult fromJson(const QJsonObject &object);
};

// A row as pull returns it: its whole current state, so a client that missed changes (or whose
// changes were compacted away) still converges. Field values are in their JSON form.
struct RowChange {
    QString table;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QVariantMap fields;
    QMap<QString, QString> fieldHlc;
    QString createdAt, createdBy, updatedAt, updatedBy;

    QJsonObject toJson() const;
    static RowChange fromJson(const QJsonObject &object);
};

// A row of a "format=rows" pull page (PullPageReader): the server's stored JSON kept as UTF-8
// text, so a page with no local edits to protect goes to SQLite without being turned into
// QStrings and QVariants (PulledRowWriter).
struct PulledRow {
    QString table;
    QByteArray id;
    qint64 version = 0;
    bool deleted = false;
    QByteArray createdAt, createdBy, updatedAt, updatedBy;
    QByteArray fieldHlcJson; // {"field": "hlc", …}
    QByteArray fieldsJson;   // {"field": value, …}

    RowChange toChange() const;
};

struct PullResponse {
    QList<RowChange> changes; // "changes" pages
    QList<PulledRow> rows;    // "format=rows" pages
    QString newestRowHlc;     // the newest field HLC of `rows` (their JSON text is not parsed)
    qint64 nextCursor = 0;
    bool hasMore = false;
    QString epoch;
    QString serverTime;

    int size() const { return int(changes.size() + rows.size()); }
    QJsonObject toJson() const;
    // The "changes" shape (objects); "columns" + "rows" pages are read by PullPageReader.
    static PullResponse fromJson(const QJsonObject &object);
};

// Digest of one table: the rows a replica has with a server version (> 0), tombstones included,
// hashed as SHA-256 over lines sorted by id (UTF-8 byte order): "id\tversion\n" for a tombstone,
// "id\tversion\tH\n" for a live row, H the hex SHA-256 of its content (digestContent()). The
// content is covered so that two copies at the same versions but holding different values (one
// side unable to store what the other kept) are told apart.
struct TableDigest {
    qint64 rows = 0;
    qint64 live = 0;
    QString hash;
};
struct DigestRow {
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QByteArray content; // digestContent() of a live row
};
// The value a copy's column holds for a pulled field: its stored form (RecordCodec::toSql), a
// field the server left out or sent as null taking its default, so a NOT NULL column never
// receives NULL. The one rule for the client's writes and for the server's digest.
QVariant storedForm(const FieldSpec &field, const QVariant *pulled);
// `stored` holds each of spec.fields, in order, in its stored form. Each value is written as
// "length:bytes" (NULL as "-"), numbers in one notation and list columns re-serialised, so the
// text of a value cannot run into the next and SQLite's JSON text compares with Qt's.
QByteArray digestContent(const EntitySpec &spec, const QVariantList &stored);
QString digestHash(QList<DigestRow> rows);

} // namespace ed::sync
