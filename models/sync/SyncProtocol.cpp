#include "SyncProtocol.h"

#include "storage/RecordCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ed::sync {

namespace {

    QString str(const QJsonObject &object, const char *key)
    {
        return object.value(QLatin1String(key)).toString();
    }

    // JSON numbers are doubles; a sequence number must be a whole, non-negative number.
    bool wholeNumber(const QJsonValue &value, qint64 *out)
    {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        *out = qint64(d);
        return double(*out) == d && *out >= 0;
    }

} // namespace

QString opName(MutationOp op)
{
    switch (op) {
    case MutationOp::Insert:
        return QStringLiteral("insert");
    case MutationOp::Update:
        return QStringLiteral("update");
    case MutationOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

bool opFromName(const QString &name, MutationOp *op)
{
    for (MutationOp candidate : { MutationOp::Insert, MutationOp::Update, MutationOp::Delete }) {
        if (opName(candidate) == name) {
            *op = candidate;
            return true;
        }
    }
    return false;
}

QString statusName(MutationStatus status)
{
    switch (status) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Merged:
        return QStringLiteral("merged");
    case MutationStatus::Conflict:
        return QStringLiteral("conflict");
    case MutationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool statusFromName(const QString &name, MutationStatus *status)
{
    for (MutationStatus candidate : { MutationStatus::Applied, MutationStatus::Merged,
             MutationStatus::Conflict, MutationStatus::Rejected }) {
        if (statusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject Mutation::toJson() const
{
    QJsonObject changeObject;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        changeObject.insert(it.key(),
            QJsonObject { { QStringLiteral("old"), QJsonValue::fromVariant(it->oldValue) },
                { QStringLiteral("new"), QJsonValue::fromVariant(it->newValue) } });
    }
    return { { QStringLiteral("mutation_id"), mutationId },
        { QStringLiteral("client_seq"), clientSeq }, { QStringLiteral("table_name"), table },
        { QStringLiteral("row_id"), rowId }, { QStringLiteral("op"), opName(op) },
        { QStringLiteral("changes"), changeObject },
        { QStringLiteral("base_version"), baseVersion }, { QStringLiteral("hlc"), hlc } };
}

bool isSafeId(const QString &id)
{
    // Ids are UUIDs made by the clients; anything else (controls, other scripts, lone
    // surrogates) would be stored, logged and pulled by every copy.
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.' || u == ':';
        if (!ok)
            return false;
    }
    return true;
}

bool Mutation::fromJson(const QJsonObject &object, Mutation *out, QString *error)
{
    Mutation m;
    m.mutationId = str(object, "mutation_id");
    m.table = str(object, "table_name");
    m.rowId = str(object, "row_id");
    m.hlc = str(object, "hlc");
    if (m.mutationId.isEmpty() || m.table.isEmpty() || m.rowId.isEmpty() || m.hlc.isEmpty()) {
        *error = tr("a mutation needs mutation_id, table_name, row_id and hlc.");
        return false;
    }
    if (m.rowId.size() > 64 || m.mutationId.size() > 64 || m.hlc.size() > 128) {
        *error = tr("mutation %1: an id or the hlc is too long.").arg(m.mutationId.left(64));
        return false;
    }
    if (!isSafeId(m.rowId) || !isSafeId(m.mutationId)) {
        *error = tr("mutation %1: row_id and mutation_id may hold only letters A-Z, digits and "
                    "the signs - _ . :")
                     .arg(isSafeId(m.mutationId) ? m.mutationId : QStringLiteral("?"));
        return false;
    }
    if (!wholeNumber(object.value(QStringLiteral("client_seq")), &m.clientSeq)
        || m.clientSeq == 0) {
        *error = tr("mutation %1: client_seq must be a positive whole number.").arg(m.mutationId);
        return false;
    }
    if (!wholeNumber(object.value(QStringLiteral("base_version")), &m.baseVersion)) {
        *error = tr("mutation %1: base_version must be a whole number, 0 if never synced.")
                     .arg(m.mutationId);
        return false;
    }
    if (!opFromName(str(object, "op"), &m.op)) {
        *error = tr("mutation %1: op must be insert, update or delete.").arg(m.mutationId);
        return false;
    }
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    if (!changes.isObject()) {
        *error
            = tr("mutation %1: changes must be an object of {\"field\": {\"old\": …, \"new\": …}}.")
                  .arg(m.mutationId);
        return false;
    }
    const QJsonObject changeObject = changes.toObject();
    for (auto it = changeObject.constBegin(); it != changeObject.constEnd(); ++it) {
        if (!it.value().isObject()) {
            *error = tr("mutation %1: the change of %2 must be an object with old and new.")
                         .arg(m.mutationId, it.key());
            return false;
        }
        const QJsonObject change = it.value().toObject();
        m.changes.insert(it.key(),
            { change.value(QStringLiteral("old")).toVariant(),
                change.value(QStringLiteral("new")).toVariant() });
    }
    *out = m;
    return true;
}

bool Mutation::fromOutboxRow(const QVariantMap &row, Mutation *out, QString *error)
{
    const QJsonDocument changes
        = QJsonDocument::fromJson(row.value(QStringLiteral("changes")).toString().toUtf8());
    QJsonObject object {
        { QStringLiteral("mutation_id"), row.value(QStringLiteral("mutation_id")).toString() },
        { QStringLiteral("client_seq"), row.value(QStringLiteral("client_seq")).toLongLong() },
        { QStringLiteral("table_name"), row.value(QStringLiteral("table_name")).toString() },
        { QStringLiteral("row_id"), row.value(QStringLiteral("row_id")).toString() },
        { QStringLiteral("op"), row.value(QStringLiteral("op")).toString() },
        { QStringLiteral("changes"), changes.object() },
        { QStringLiteral("base_version"), row.value(QStringLiteral("base_version")).toLongLong() },
        { QStringLiteral("hlc"), row.value(QStringLiteral("hlc")).toString() },
    };
    return fromJson(object, out, error);
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation &m : mutations)
        list.append(m.toJson());
    return { { QStringLiteral("client_id"), clientId },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("mutations"), list } };
}

bool PushRequest::fromJson(const QJsonObject &object, PushRequest *out, QString *error)
{
    PushRequest request;
    request.clientId = str(object, "client_id");
    if (request.clientId.isEmpty() || request.clientId.size() > 64) {
        *error = tr("client_id is missing or longer than 64 characters.");
        return false;
    }
    if (!isSafeId(request.clientId)) {
        *error = tr("client_id may hold only letters A-Z, digits and the signs - _ . :");
        return false;
    }
    qint64 schema = 0;
    if (!wholeNumber(object.value(QStringLiteral("schema_version")), &schema) || schema == 0) {
        *error = tr("schema_version is missing; send the client's database schema version.");
        return false;
    }
    request.schemaVersion = int(schema);
    const QJsonValue list = object.value(QStringLiteral("mutations"));
    if (!list.isArray()) {
        *error = tr("mutations must be a list.");
        return false;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxMutationsPerPush) {
        *error
            = tr("a push holds at most %1 mutations; this one has %2. Send them in several pushes.")
                  .arg(kMaxMutationsPerPush)
                  .arg(array.size());
        return false;
    }
    for (const QJsonValue &value : array) {
        Mutation m;
        if (!value.isObject()) {
            *error = tr("each mutation must be an object.");
            return false;
        }
        if (!Mutation::fromJson(value.toObject(), &m, error))
            return false;
        request.mutations << m;
    }
    *out = request;
    return true;
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject object { { QStringLiteral("mutation_id"), mutationId },
        { QStringLiteral("client_seq"), clientSeq },
        { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("server_version"), serverVersion },
        { QStringLiteral("change_seq"), changeSeq } };
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (!conflictFields.isEmpty())
        object.insert(
            QStringLiteral("conflict_fields"), QJsonArray::fromStringList(conflictFields));
    return object;
}

MutationResult MutationResult::fromJson(const QJsonObject &object)
{
    MutationResult r;
    r.mutationId = str(object, "mutation_id");
    r.clientSeq = object.value(QStringLiteral("client_seq")).toInteger();
    statusFromName(str(object, "status"), &r.status);
    r.reason = str(object, "reason");
    r.error = str(object, "error");
    r.serverVersion = object.value(QStringLiteral("server_version")).toInteger();
    r.changeSeq = object.value(QStringLiteral("change_seq")).toInteger();
    for (const QJsonValue &field : object.value(QStringLiteral("conflict_fields")).toArray())
        r.conflictFields << field.toString();
    return r;
}

QJsonObject RowChange::toJson() const
{
    QJsonObject hlcs;
    for (auto it = fieldHlc.cbegin(); it != fieldHlc.cend(); ++it)
        hlcs.insert(it.key(), it.value());
    return { { QStringLiteral("table_name"), table }, { QStringLiteral("id"), id },
        { QStringLiteral("version"), version }, { QStringLiteral("deleted"), deleted },
        { QStringLiteral("fields"), QJsonObject::fromVariantMap(fields) },
        { QStringLiteral("field_hlc"), hlcs }, { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("created_by"), createdBy }, { QStringLiteral("updated_at"), updatedAt },
        { QStringLiteral("updated_by"), updatedBy } };
}

RowChange RowChange::fromJson(const QJsonObject &object)
{
    RowChange c;
    c.table = str(object, "table_name");
    c.id = str(object, "id");
    c.version = object.value(QStringLiteral("version")).toInteger();
    c.deleted = object.value(QStringLiteral("deleted")).toBool();
    c.fields = object.value(QStringLiteral("fields")).toObject().toVariantMap();
    const QJsonObject hlcs = object.value(QStringLiteral("field_hlc")).toObject();
    for (auto it = hlcs.constBegin(); it != hlcs.constEnd(); ++it)
        c.fieldHlc.insert(it.key(), it.value().toString());
    c.createdAt = str(object, "created_at");
    c.createdBy = str(object, "created_by");
    c.updatedAt = str(object, "updated_at");
    c.updatedBy = str(object, "updated_by");
    return c;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray list;
    for (const RowChange &c : changes)
        list.append(c.toJson());
    return { { QStringLiteral("changes"), list }, { QStringLiteral("next_cursor"), nextCursor },
        { QStringLiteral("has_more"), hasMore }, { QStringLiteral("epoch"), epoch },
        { QStringLiteral("server_time"), serverTime } };
}

RowChange PulledRow::toChange() const
{
    RowChange c;
    c.table = table;
    c.id = QString::fromUtf8(id);
    c.version = version;
    c.deleted = deleted;
    c.fields = QJsonDocument::fromJson(fieldsJson).object().toVariantMap();
    const QJsonObject hlcs = QJsonDocument::fromJson(fieldHlcJson).object();
    for (auto it = hlcs.constBegin(); it != hlcs.constEnd(); ++it)
        c.fieldHlc.insert(it.key(), it.value().toString());
    c.createdAt = QString::fromUtf8(createdAt);
    c.createdBy = QString::fromUtf8(createdBy);
    c.updatedAt = QString::fromUtf8(updatedAt);
    c.updatedBy = QString::fromUtf8(updatedBy);
    return c;
}

PullResponse PullResponse::fromJson(const QJsonObject &object)
{
    PullResponse r;
    for (const QJsonValue &value : object.value(QStringLiteral("changes")).toArray())
        r.changes << RowChange::fromJson(value.toObject());
    r.nextCursor = object.value(QStringLiteral("next_cursor")).toInteger();
    r.hasMore = object.value(QStringLiteral("has_more")).toBool();
    r.epoch = str(object, "epoch");
    r.serverTime = str(object, "server_time");
    return r;
}

QVariant storedForm(const FieldSpec &field, const QVariant *pulled)
{
    if (pulled && !pulled->isNull())
        return RecordCodec::toSql(field, *pulled);
    return RecordCodec::toSql(field, field.defaultValue.isValid() ? field.defaultValue : QVariant());
}

QByteArray digestContent(const EntitySpec &spec, const QVariantList &stored)
{
    QByteArray content;
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const QVariant value = stored.value(i);
        if (!value.isValid() || value.isNull()) {
            content += '-';
            continue;
        }
        QByteArray bytes;
        switch (spec.fields.at(i).kind) {
        case FieldKind::Json: {
            bytes = value.toString().toUtf8();
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            if (!document.isNull())
                bytes = document.toJson(QJsonDocument::Compact);
            break;
        }
        case FieldKind::Bool:
        case FieldKind::Integer:
            bytes = QByteArray::number(value.toLongLong());
            break;
        case FieldKind::Real:
            bytes = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        default:
            bytes = value.toString().toUtf8();
        }
        content += QByteArray::number(bytes.size());
        content += ':';
        content += bytes;
    }
    return content;
}

QString digestHash(QList<DigestRow> rows)
{
    std::sort(rows.begin(), rows.end(),
        [](const DigestRow &a, const DigestRow &b) { return a.id.toUtf8() < b.id.toUtf8(); });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DigestRow &row : std::as_const(rows)) {
        hash.addData(row.id.toUtf8());
        hash.addData(QByteArrayView("\t"));
        hash.addData(QByteArray::number(row.version));
        if (!row.deleted) {
            hash.addData(QByteArrayView("\t"));
            hash.addData(QCryptographicHash::hash(row.content, QCryptographicHash::Sha256).toHex());
        }
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ed::sync
