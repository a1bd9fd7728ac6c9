#include "PullPageReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <string_view>

namespace ed::sync {

using simdjson::dom::element;

struct PullPageReader::Parser {
    simdjson::dom::parser parser;
};

namespace {

    QByteArray utf8(std::string_view text)
    {
        return QByteArray(text.data(), qsizetype(text.size()));
    }

    // The newest HLC in a field_hlc object's JSON text, without parsing it: its values are the
    // only strings that start with a digit (keys are field names), and HLC text order is value
    // order (fixed-width wall time and counter, see Hlc::toString).
    void newestHlcIn(std::string_view json, std::string_view *newest)
    {
        std::size_t i = 0;
        while ((i = json.find('"', i)) != std::string_view::npos) {
            const std::size_t end = json.find('"', i + 1);
            if (end == std::string_view::npos)
                return;
            const std::string_view value = json.substr(i + 1, end - i - 1);
            if (!value.empty() && value.front() >= '0' && value.front() <= '9' && *newest < value)
                *newest = value;
            i = end + 1;
        }
    }

    struct Columns {
        int table = -1, id = -1, version = -1, deleted = -1, createdAt = -1, createdBy = -1,
            updatedAt = -1, updatedBy = -1, fieldHlc = -1, fields = -1;
    };

    // Columns by name, so a server that adds one later does not shift the others.
    bool readColumns(element columns, Columns *c)
    {
        simdjson::dom::array names;
        if (columns.get(names))
            return false;
        int i = 0;
        for (element name : names) {
            std::string_view n;
            if (name.get(n))
                return false;
            int *slot = n == "table_name" ? &c->table : n == "id" ? &c->id : n == "version" ? &c->version
                : n == "deleted" ? &c->deleted : n == "created_at" ? &c->createdAt
                : n == "created_by" ? &c->createdBy : n == "updated_at" ? &c->updatedAt
                : n == "updated_by" ? &c->updatedBy : n == "field_hlc" ? &c->fieldHlc
                : n == "fields" ? &c->fields : nullptr;
            if (slot)
                *slot = i;
            ++i;
        }
        return c->table >= 0 && c->id >= 0;
    }

} // namespace

PullPageReader::PullPageReader() : m_parser(std::make_unique<Parser>()) { }
PullPageReader::~PullPageReader() = default;

bool PullPageReader::read(const QByteArray &json, PullResponse *page, QString *error)
{
    element root;
    if (const auto code = m_parser->parser.parse(json.constData(), std::size_t(json.size())).get(root)) {
        *error = QString::fromUtf8(simdjson::error_message(code));
        return false;
    }
    simdjson::dom::object object;
    if (root.get(object)) {
        *error = QStringLiteral("a pull page must be a JSON object");
        return false;
    }
    element rows;
    if (object["rows"].get(rows) != simdjson::SUCCESS) {
        // The "changes" shape (default format, snapshots): rare and small, read by Qt.
        *page = PullResponse::fromJson(QJsonDocument::fromJson(json).object());
        return true;
    }
    PullResponse r;
    Columns c;
    simdjson::dom::array rowArray;
    element columns;
    if (object["columns"].get(columns) || !readColumns(columns, &c) || rows.get(rowArray)) {
        *error = QStringLiteral("a rows page needs its columns, with table_name and id");
        return false;
    }
    r.rows.reserve(qsizetype(rowArray.size()));
    std::string_view newest;
    // The table name is shared by the rows of one table instead of one copy each.
    QString table;
    std::string_view tableName;
    constexpr int kMaxCells = 32;
    element cells[kMaxCells];
    for (element value : rowArray) {
        simdjson::dom::array row;
        if (value.get(row)) {
            *error = QStringLiteral("a row of a rows page must be an array");
            return false;
        }
        int count = 0;
        for (element cell : row) {
            if (count == kMaxCells)
                break;
            cells[count++] = cell;
        }
        const auto text = [&](int i) {
            std::string_view s;
            return i >= 0 && i < count && !cells[i].get(s) ? s : std::string_view();
        };
        PulledRow p;
        const std::string_view name = text(c.table);
        if (table.isEmpty() || name != tableName) {
            tableName = name;
            table = QString::fromUtf8(name.data(), qsizetype(name.size()));
        }
        p.table = table;
        p.id = utf8(text(c.id));
        int64_t version = 0;
        if (c.version >= 0 && c.version < count && !cells[c.version].get(version))
            p.version = version;
        bool deleted = false;
        if (c.deleted >= 0 && c.deleted < count && !cells[c.deleted].get(deleted))
            p.deleted = deleted;
        p.createdAt = utf8(text(c.createdAt));
        p.createdBy = utf8(text(c.createdBy));
        p.updatedAt = utf8(text(c.updatedAt));
        p.updatedBy = utf8(text(c.updatedBy));
        const std::string_view hlc = text(c.fieldHlc);
        newestHlcIn(hlc, &newest);
        p.fieldHlcJson = utf8(hlc);
        p.fieldsJson = utf8(text(c.fields));
        r.rows.append(std::move(p));
    }
    r.newestRowHlc = QString::fromUtf8(newest.data(), qsizetype(newest.size()));
    int64_t number = 0;
    if (!object["next_cursor"].get(number))
        r.nextCursor = number;
    bool more = false;
    if (!object["has_more"].get(more))
        r.hasMore = more;
    std::string_view s;
    if (!object["epoch"].get(s))
        r.epoch = QString::fromUtf8(s.data(), qsizetype(s.size()));
    if (!object["server_time"].get(s))
        r.serverTime = QString::fromUtf8(s.data(), qsizetype(s.size()));
    *page = std::move(r);
    return true;
}

} // namespace ed::sync
