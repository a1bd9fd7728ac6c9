#include "Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace ed {

namespace {

// Columns every synced table carries (DESIGN.md §2). `rid` is a local integer key: FTS5 indexes
// need a rowid that VACUUM cannot renumber, and a TEXT primary key does not give one.
#define SYNCED_COLUMNS                                                                             \
    "rid INTEGER PRIMARY KEY, "                                                                    \
    "id TEXT NOT NULL UNIQUE, "                                                                    \
    "server_version INTEGER NOT NULL DEFAULT 0, "                                                  \
    "deleted INTEGER NOT NULL DEFAULT 0, "                                                         \
    "created_at TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '', "                              \
    "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', "                              \
    "field_hlc TEXT NOT NULL DEFAULT '{}', "

// The words FTS5 indexes for an expert's JSON lists; the same expression feeds insert and delete
// because a contentless index deletes by the exact values it was given.
#define EXPERT_SKILLS(row) \
    "(SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(" row ".skills))"
#define EXPERT_EQUIPMENT(row)                                                                      \
    "(SELECT group_concat(json_extract(value, '$.manufacturer') || ' ' || "                       \
    "json_extract(value, '$.model'), ' ') FROM json_each(" row ".equipment))"
#define EXPERT_FTS_VALUES(row)                                                                     \
    row ".rid, " row ".name, " row ".name_ar, " EXPERT_SKILLS(row) ", " EXPERT_EQUIPMENT(row)     \
        ", " row ".employer"
#define NEED_FTS_VALUES(row)                                                                       \
    row ".rid, " row ".code, " row ".title, " row ".description, coalesce(" row ".equipment, '') || ' ' || "    \
        "coalesce(" row ".equipment_manufacturer, '') || ' ' || coalesce(" row ".equipment_model, '')"

const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL, "
                   "status TEXT NOT NULL, name_en TEXT NOT NULL, name_fr TEXT NOT NULL, "
                   "name_ar TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE sectors (code TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                   "name_en TEXT NOT NULL, name_fr TEXT NOT NULL, name_ar TEXT NOT NULL)"),

    QStringLiteral("CREATE TABLE experts (" SYNCED_COLUMNS
                   "name TEXT NOT NULL, name_ar TEXT, gender TEXT, nationality TEXT NOT NULL, "
                   "country TEXT NOT NULL, city TEXT, airport TEXT, email TEXT NOT NULL, phone TEXT, "
                   "employer TEXT, position TEXT, degree TEXT, years_experience INTEGER, "
                   "status TEXT NOT NULL DEFAULT 'active', languages TEXT NOT NULL DEFAULT '[]', "
                   "sectors TEXT NOT NULL DEFAULT '[]', skills TEXT NOT NULL DEFAULT '[]', "
                   "equipment TEXT NOT NULL DEFAULT '[]', unavailability TEXT NOT NULL DEFAULT '[]', "
                   "max_missions_per_year INTEGER, passport_expiry TEXT, consent_date TEXT, "
                   "source TEXT, bio TEXT, notes TEXT)"),
    QStringLiteral("CREATE INDEX experts_name ON experts(name COLLATE NOCASE, id)"),
    QStringLiteral("CREATE INDEX experts_country ON experts(country)"),
    QStringLiteral("CREATE INDEX experts_status ON experts(status)"),
    QStringLiteral("CREATE VIRTUAL TABLE experts_fts USING fts5(name, name_ar, skills, equipment, "
                   "employer, content='', tokenize='unicode61 remove_diacritics 2')"),
    QStringLiteral("CREATE TRIGGER experts_fts_insert AFTER INSERT ON experts BEGIN "
                   "INSERT INTO experts_fts(rowid, name, name_ar, skills, equipment, employer) "
                   "VALUES (" EXPERT_FTS_VALUES("new") "); END"),
    QStringLiteral("CREATE TRIGGER experts_fts_delete AFTER DELETE ON experts BEGIN "
                   "INSERT INTO experts_fts(experts_fts, rowid, name, name_ar, skills, equipment, "
                   "employer) VALUES ('delete', " EXPERT_FTS_VALUES("old") "); END"),
    QStringLiteral("CREATE TRIGGER experts_fts_update AFTER UPDATE OF name, name_ar, skills, "
                   "equipment, employer ON experts BEGIN "
                   "INSERT INTO experts_fts(experts_fts, rowid, name, name_ar, skills, equipment, "
                   "employer) VALUES ('delete', " EXPERT_FTS_VALUES("old") "); "
                   "INSERT INTO experts_fts(rowid, name, name_ar, skills, equipment, employer) "
                   "VALUES (" EXPERT_FTS_VALUES("new") "); END"),

    QStringLiteral("CREATE TABLE institutions (" SYNCED_COLUMNS
                   "name TEXT NOT NULL, type TEXT NOT NULL, country TEXT NOT NULL, city TEXT, "
                   "focal_name TEXT, focal_position TEXT, focal_email TEXT, focal_phone TEXT, "
                   "notes TEXT)"),
    QStringLiteral("CREATE INDEX institutions_name ON institutions(name COLLATE NOCASE, id)"),
    QStringLiteral("CREATE INDEX institutions_country ON institutions(country)"),

    QStringLiteral("CREATE TABLE needs (" SYNCED_COLUMNS
                   "code TEXT, institution_id TEXT NOT NULL, sector TEXT NOT NULL, "
                   "title TEXT NOT NULL, description TEXT, service_type TEXT NOT NULL, "
                   "equipment TEXT, equipment_manufacturer TEXT, equipment_model TEXT, "
                   "required_skills TEXT NOT NULL DEFAULT '[]', experts_wanted INTEGER NOT NULL DEFAULT 1, "
                   "trainees INTEGER, window_start TEXT, window_end TEXT, flexible INTEGER, "
                   "duration_days INTEGER, host_languages TEXT NOT NULL DEFAULT '[]', "
                   "interpreter INTEGER, hotel INTEGER, local_transport INTEGER, meals INTEGER, "
                   "priority TEXT NOT NULL DEFAULT 'normal', status TEXT NOT NULL DEFAULT 'received', "
                   "source TEXT)"),
    QStringLiteral("CREATE INDEX needs_code ON needs(code COLLATE NOCASE, id)"),
    QStringLiteral("CREATE INDEX needs_status ON needs(status)"),
    QStringLiteral("CREATE INDEX needs_sector ON needs(sector)"),
    QStringLiteral("CREATE INDEX needs_institution ON needs(institution_id)"),
    QStringLiteral("CREATE VIRTUAL TABLE needs_fts USING fts5(code, title, description, equipment, "
                   "content='', tokenize='unicode61 remove_diacritics 2')"),
    QStringLiteral("CREATE TRIGGER needs_fts_insert AFTER INSERT ON needs BEGIN "
                   "INSERT INTO needs_fts(rowid, code, title, description, equipment) "
                   "VALUES (" NEED_FTS_VALUES("new") "); END"),
    QStringLiteral("CREATE TRIGGER needs_fts_delete AFTER DELETE ON needs BEGIN "
                   "INSERT INTO needs_fts(needs_fts, rowid, code, title, description, equipment) "
                   "VALUES ('delete', " NEED_FTS_VALUES("old") "); END"),
    QStringLiteral("CREATE TRIGGER needs_fts_update AFTER UPDATE OF code, title, description, "
                   "equipment, equipment_manufacturer, equipment_model ON needs BEGIN "
                   "INSERT INTO needs_fts(needs_fts, rowid, code, title, description, equipment) "
                   "VALUES ('delete', " NEED_FTS_VALUES("old") "); "
                   "INSERT INTO needs_fts(rowid, code, title, description, equipment) "
                   "VALUES (" NEED_FTS_VALUES("new") "); END"),

    QStringLiteral("CREATE TABLE missions (" SYNCED_COLUMNS
                   "code TEXT, need_id TEXT NOT NULL, expert_id TEXT NOT NULL, institution_id TEXT, "
                   "start TEXT NOT NULL, \"end\" TEXT NOT NULL, actual_start TEXT, actual_end TEXT, "
                   "status TEXT NOT NULL DEFAULT 'draft', cancel_reason TEXT, airfare_amount REAL, "
                   "airfare_currency TEXT, hotel_confirmed INTEGER, transport_confirmed INTEGER, "
                   "meals_confirmed INTEGER, override_reason TEXT, notes TEXT)"),
    QStringLiteral("CREATE INDEX missions_start ON missions(start COLLATE NOCASE, id)"),
    QStringLiteral("CREATE INDEX missions_expert ON missions(expert_id, start)"),
    QStringLiteral("CREATE INDEX missions_need ON missions(need_id)"),

    QStringLiteral("CREATE TABLE evaluations (" SYNCED_COLUMNS
                   "mission_id TEXT NOT NULL, evaluator TEXT NOT NULL, rating_overall INTEGER NOT NULL, "
                   "rating_technical INTEGER, rating_communication INTEGER, people_trained INTEGER, "
                   "equipment_restored INTEGER, follow_up INTEGER, comments TEXT)"),
    QStringLiteral("CREATE INDEX evaluations_mission ON evaluations(mission_id)"),

    // Local edits waiting to be pushed (DESIGN.md §4); written in the same transaction as the row.
    QStringLiteral("CREATE TABLE outbox (client_seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                   "mutation_id TEXT NOT NULL UNIQUE, table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                   "op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')), "
                   "changes TEXT NOT NULL, base_version INTEGER NOT NULL, hlc TEXT NOT NULL, "
                   "created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
};

// Issue "Arabic, French and English throughout": the language each record's own translatable
// fields are written in, and the translations of those fields into the other languages.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE experts ADD COLUMN text_language TEXT NOT NULL DEFAULT 'en'"),
    QStringLiteral("ALTER TABLE institutions ADD COLUMN text_language TEXT NOT NULL DEFAULT 'en'"),
    QStringLiteral("ALTER TABLE needs ADD COLUMN text_language TEXT NOT NULL DEFAULT 'en'"),
    // One row per (record, field, language), synced like any record. The id is deterministic
    // (TranslationStore::translationId), so the key below never sees two live rows from two
    // replicas. source_text is the source as it was when translated: the translation is
    // outdated once the record's field differs from it. A hash would be smaller, but SQLite
    // cannot compute one in SQL, and the queue must find outdated rows in SQL.
    QStringLiteral("CREATE TABLE translations (" SYNCED_COLUMNS
                   "record_table TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, "
                   "language TEXT NOT NULL, text TEXT NOT NULL, translated_by TEXT NOT NULL DEFAULT '', "
                   "translated_at TEXT, source_text TEXT)"),
    // Also the translation queue's probe: one lookup per (record, field, target language).
    QStringLiteral("CREATE UNIQUE INDEX translations_key ON translations(record_table, record_id, "
                   "field, language)"),
    // "Who translated what".
    QStringLiteral("CREATE INDEX translations_by ON translations(translated_by, translated_at)"),
};

// Issue "Missions: lifecycle, scheduling calendars…": every change of a mission's status, who made
// it and when. A synced table so the history travels with the mission.
const QStringList kVersion3 = {
    QStringLiteral("CREATE TABLE mission_status_log (" SYNCED_COLUMNS
                   "mission_id TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL, "
                   "reason TEXT, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL)"),
    // The lifecycle reads a mission's latest change (undo of a status change) on every update.
    QStringLiteral("CREATE INDEX mission_status_log_mission ON mission_status_log(mission_id, changed_at)"),
};

// Issue "Central server and offline-first sync" (client side), local-only tables: outbox entries
// the server rejected (kept visible, never silently dropped), the server's conflicts for the
// side-by-side view, the server's copy of rows pulled while they had unpushed edits (applied
// once the server has answered those edits), and the rows of a snapshot being downloaded
// after a 410, so the swap happens in one transaction.
const QStringList kVersion4 = {
    QStringLiteral("CREATE TABLE sync_failed_changes (client_seq INTEGER PRIMARY KEY, "
                   "mutation_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                   "op TEXT NOT NULL, changes TEXT NOT NULL, base_version INTEGER NOT NULL, "
                   "hlc TEXT NOT NULL, error TEXT NOT NULL, reason TEXT NOT NULL, failed_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE sync_conflicts (id TEXT PRIMARY KEY, table_name TEXT NOT NULL, "
                   "row_id TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, server_value TEXT, "
                   "client_value TEXT, server_hlc TEXT, client_hlc TEXT, server_version INTEGER, "
                   "client_id TEXT, user_name TEXT, created_at TEXT, "
                   "resolving INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE sync_shadow (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                   "version INTEGER NOT NULL, row_json TEXT NOT NULL, PRIMARY KEY (table_name, row_id))"),
    QStringLiteral("CREATE TABLE sync_snapshot (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                   "version INTEGER NOT NULL, row_json TEXT NOT NULL, PRIMARY KEY (table_name, row_id))"),
    // Pull asks "does this row have unpushed edits?" for every row it applies.
    QStringLiteral("CREATE INDEX outbox_row ON outbox(table_name, row_id)"),
};

// Issue "Dashboard charts and reports for managers": the dashboard counts live experts per
// country and per roster status on every refresh. Covering (deleted, country, status) makes both
// an index-only scan in country order — no sort of 100,000 rows, no row fetched
// (tests/dashboard/bench: experts by country 100 ms → a few ms).
const QStringList kVersion5 = {
    QStringLiteral("CREATE INDEX experts_live_country ON experts(deleted, country, status)"),
};

// Lists show live rows in the order of their sort column: partial indexes over live rows let
// SQLite walk the index for "WHERE deleted = 0 ORDER BY name" and skip a deep OFFSET inside the
// index, with no statistics needed. Version 5's (deleted, country, status) index made the planner
// read all live rows through it and sort them for every page of 128 (bench_tablemodel: a jump deep
// into 100,000 experts took 175 ms); its partial replacement still serves the dashboard's counts.
const QStringList kVersion6 = {
    QStringLiteral("DROP INDEX experts_live_country"),
    QStringLiteral("CREATE INDEX experts_live_country ON experts(country, status) WHERE deleted = 0"),
    QStringLiteral("DROP INDEX experts_name"),
    QStringLiteral("CREATE INDEX experts_live_name ON experts(name COLLATE NOCASE, id) WHERE deleted = 0"),
    QStringLiteral("DROP INDEX institutions_name"),
    QStringLiteral("CREATE INDEX institutions_live_name ON institutions(name COLLATE NOCASE, id) WHERE deleted = 0"),
    QStringLiteral("DROP INDEX needs_code"),
    QStringLiteral("CREATE INDEX needs_live_code ON needs(code COLLATE NOCASE, id) WHERE deleted = 0"),
    QStringLiteral("DROP INDEX missions_start"),
    QStringLiteral("CREATE INDEX missions_live_start ON missions(start COLLATE NOCASE, id) WHERE deleted = 0"),
};

// A pulled page writes its experts and needs with the full-text triggers standing aside and
// indexes them with one statement each (fullTextIndex(), PulledRowWriter): SQLite 3.40's FTS5
// writes its pending terms out at every statement, so indexing row by row made one index
// segment per row (bench_sync_client: experts pulled at 27 000 rows a second). The triggers
// stand aside while fts_paused names their table, which only a pull's transaction does.
#define FTS_LIVE(table) "WHEN NOT EXISTS (SELECT 1 FROM fts_paused WHERE table_name = '" table "') "
const QStringList kVersion7 = {
    QStringLiteral("CREATE TABLE fts_paused (table_name TEXT PRIMARY KEY)"),
    QStringLiteral("DROP TRIGGER experts_fts_insert"),
    QStringLiteral("CREATE TRIGGER experts_fts_insert AFTER INSERT ON experts " FTS_LIVE("experts")
                   "BEGIN INSERT INTO experts_fts(rowid, name, name_ar, skills, equipment, employer) "
                   "VALUES (" EXPERT_FTS_VALUES("new") "); END"),
    QStringLiteral("DROP TRIGGER experts_fts_update"),
    QStringLiteral("CREATE TRIGGER experts_fts_update AFTER UPDATE OF name, name_ar, skills, "
                   "equipment, employer ON experts " FTS_LIVE("experts") "BEGIN "
                   "INSERT INTO experts_fts(experts_fts, rowid, name, name_ar, skills, equipment, "
                   "employer) VALUES ('delete', " EXPERT_FTS_VALUES("old") "); "
                   "INSERT INTO experts_fts(rowid, name, name_ar, skills, equipment, employer) "
                   "VALUES (" EXPERT_FTS_VALUES("new") "); END"),
    QStringLiteral("DROP TRIGGER needs_fts_insert"),
    QStringLiteral("CREATE TRIGGER needs_fts_insert AFTER INSERT ON needs " FTS_LIVE("needs")
                   "BEGIN INSERT INTO needs_fts(rowid, code, title, description, equipment) "
                   "VALUES (" NEED_FTS_VALUES("new") "); END"),
    QStringLiteral("DROP TRIGGER needs_fts_update"),
    QStringLiteral("CREATE TRIGGER needs_fts_update AFTER UPDATE OF code, title, description, "
                   "equipment, equipment_manufacturer, equipment_model ON needs " FTS_LIVE("needs") "BEGIN "
                   "INSERT INTO needs_fts(needs_fts, rowid, code, title, description, equipment) "
                   "VALUES ('delete', " NEED_FTS_VALUES("old") "); "
                   "INSERT INTO needs_fts(rowid, code, title, description, equipment) "
                   "VALUES (" NEED_FTS_VALUES("new") "); END"),
};

bool seedFromTsv(QSqlDatabase &db, const QString &resource, const QString &insertSql, int columns,
                 bool withPosition, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("reference data %1 is missing from this build").arg(resource);
        return false;
    }
    QTextStream in(&file);
    QSqlQuery query(db);
    query.prepare(insertSql);
    int position = 0;
    bool header = withPosition; // sectors.tsv has a header line, the generated countries.tsv none
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char('\t'));
        if (header) {
            header = false;
            continue;
        }
        if (cells.size() != columns)
            continue;
        int i = 0;
        for (const QString &cell : cells)
            query.bindValue(i++, cell);
        if (withPosition)
            query.bindValue(i, position++);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool seedReferenceData(QSqlDatabase &db, QString *error)
{
    return seedFromTsv(db, QStringLiteral(":/expertdesk/data/countries.tsv"),
                       QStringLiteral("INSERT INTO countries (iso2, iso3, status, name_en, name_fr, "
                                      "name_ar) VALUES (?, ?, ?, ?, ?, ?)"),
                       6, false, error)
            && seedFromTsv(db, QStringLiteral(":/expertdesk/data/sectors.tsv"),
                           QStringLiteral("INSERT INTO sectors (code, name_en, name_fr, name_ar, "
                                          "position) VALUES (?, ?, ?, ?, ?)"),
                           4, true, error);
}

} // namespace

// Imports (docs/import.md): the log of each run and its problems, the review list of possible
// duplicates, and the indexes that find a submission again (source) and an expert by e-mail. Local
// to this copy: the records an import makes sync like any edit, its bookkeeping does not.
const QStringList kVersion8 = {
    QStringLiteral("CREATE TABLE import_runs (id TEXT PRIMARY KEY, form TEXT NOT NULL, file TEXT NOT NULL, "
                   "started_at TEXT NOT NULL, finished_at TEXT, state TEXT NOT NULL, "
                   "imported INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, "
                   "merged INTEGER NOT NULL DEFAULT 0, review INTEGER NOT NULL DEFAULT 0, "
                   "skipped INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, "
                   "mapping TEXT NOT NULL DEFAULT '{}')"),
    QStringLiteral("CREATE TABLE import_problems (run_id TEXT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE, "
                   "row INTEGER NOT NULL, column_name TEXT NOT NULL, reason TEXT NOT NULL, fatal INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX import_problems_run ON import_problems (run_id, row)"),
    QStringLiteral("CREATE TABLE import_reviews (id TEXT PRIMARY KEY, run_id TEXT NOT NULL, table_name TEXT NOT NULL, "
                   "source_key TEXT NOT NULL UNIQUE, candidate_id TEXT NOT NULL, row INTEGER NOT NULL, "
                   "values_json TEXT NOT NULL, reason TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open', "
                   "decided_at TEXT)"),
    // What each submission said when it was last imported: a changed submission updates only the
    // fields it changed, so a coordinator's later edits of the others stay.
    QStringLiteral("CREATE TABLE import_sources (source_key TEXT PRIMARY KEY, table_name TEXT NOT NULL, "
                   "record_id TEXT NOT NULL, values_json TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX experts_source ON experts (source)"),
    QStringLiteral("CREATE INDEX needs_source ON needs (source)"),
    QStringLiteral("CREATE INDEX experts_email_folded ON experts (lower(email))"),
};

QString runMigrationStatements(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text() + QLatin1String(" in: ") + statement.left(120);
    }
    return {};
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        { 1, kVersion1, seedReferenceData },
        { 2, kVersion2, nullptr },
        { 3, kVersion3, nullptr },
        { 4, kVersion4, nullptr },
        { 5, kVersion5, nullptr },
        { 6, kVersion6, nullptr },
        { 7, kVersion7, nullptr },
        { 8, kVersion8, nullptr },
    };
    return list;
}

const FullTextIndex *fullTextIndex(const QString &table)
{
#define ROWS_OF(table) " FROM " table " WHERE id IN (SELECT value FROM json_each(?1))"
    static const QList<FullTextIndex> indexes = {
        { QStringLiteral("experts"),
            QStringLiteral("INSERT INTO experts_fts(experts_fts, rowid, name, name_ar, skills, equipment, "
                           "employer) SELECT 'delete', " EXPERT_FTS_VALUES("experts") ROWS_OF("experts")),
            QStringLiteral("INSERT INTO experts_fts(rowid, name, name_ar, skills, equipment, employer) "
                           "SELECT " EXPERT_FTS_VALUES("experts") ROWS_OF("experts")) },
        { QStringLiteral("needs"),
            QStringLiteral("INSERT INTO needs_fts(needs_fts, rowid, code, title, description, equipment) "
                           "SELECT 'delete', " NEED_FTS_VALUES("needs") ROWS_OF("needs")),
            QStringLiteral("INSERT INTO needs_fts(rowid, code, title, description, equipment) "
                           "SELECT " NEED_FTS_VALUES("needs") ROWS_OF("needs")) },
    };
#undef ROWS_OF
    for (const FullTextIndex &index : indexes) {
        if (index.table == table)
            return &index;
    }
    return nullptr;
}

} // namespace ed
