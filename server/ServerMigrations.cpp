#include "ServerMigrations.h"

namespace ed::server {

namespace {

    // Records of every synced entity live in one table keyed by (table_name, id), their fields as a
    // JSON object. The server never queries inside a record, so one table keeps the SQL identical
    // on SQLite and PostgreSQL, and an entity added to the Schema (translations) needs no server
    // migration. table_name is always one of Schema::all() (checked before any statement runs).
    const QStringList kVersion1 = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE records (table_name TEXT NOT NULL, id TEXT NOT NULL, "
                       "version BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                       "data TEXT NOT NULL, field_hlc TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
                       "PRIMARY KEY (table_name, id))"),
        QStringLiteral("CREATE UNIQUE INDEX records_version ON records (version)"),
        // One row per committed change; change_seq is also the row's version after it.
        QStringLiteral(
            "CREATE TABLE changes (change_seq BIGINT PRIMARY KEY, table_name TEXT NOT NULL, "
            "row_id TEXT NOT NULL, version BIGINT NOT NULL, op TEXT NOT NULL, "
            "fields TEXT NOT NULL, hlc TEXT NOT NULL, client_id TEXT NOT NULL, "
            "user_name TEXT NOT NULL, deleted INTEGER NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_row ON changes (table_name, row_id, change_seq)"),
        QStringLiteral(
            "CREATE TABLE dedup (client_id TEXT NOT NULL, client_seq BIGINT NOT NULL, "
            "mutation_id TEXT NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL, "
            "PRIMARY KEY (client_id, client_seq))"),
        QStringLiteral(
            "CREATE TABLE conflicts (id TEXT PRIMARY KEY, table_name TEXT NOT NULL, "
            "row_id TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, "
            "server_value TEXT NOT NULL, client_value TEXT NOT NULL, "
            "server_hlc TEXT NOT NULL, client_hlc TEXT NOT NULL, "
            "server_version BIGINT NOT NULL, client_id TEXT NOT NULL, user_name TEXT NOT NULL, "
            "mutation_id TEXT NOT NULL, created_at TEXT NOT NULL, "
            "resolved_at TEXT, resolved_by TEXT)"),
        QStringLiteral("CREATE INDEX conflicts_open ON conflicts (resolved_at, created_at)"),
        QStringLiteral("CREATE TABLE field_history (id TEXT PRIMARY KEY, table_name TEXT NOT NULL, "
                       "row_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, "
                       "hlc TEXT NOT NULL, replaced_by_hlc TEXT NOT NULL, client_id TEXT NOT NULL, "
                       "user_name TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX field_history_row ON field_history (table_name, row_id, field)"),
        QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
                       "role TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        // Only a hash of each token is stored: a copied database grants no session.
        QStringLiteral(
            "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "kind TEXT NOT NULL, expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX tokens_user ON tokens (user_name)"),
    };

    // The de-duplication key belongs to the signed-in account, and an answer is only given back
    // to the same mutation: keyed on (client_id, client_seq) alone, another account could push
    // junk under a copy's client id and next numbers and have that copy's real changes answered
    // with its refusal. Rows kept from version 1 go to the account that wrote changes under
    // their client id (the first name, should several have); none: to nobody.
    const QStringList kVersion2 = {
        QStringLiteral(
            "CREATE TABLE dedup_by_user (user_name TEXT NOT NULL, client_id TEXT NOT NULL, "
            "client_seq BIGINT NOT NULL, mutation_id TEXT NOT NULL, response TEXT NOT NULL, "
            "created_at TEXT NOT NULL, PRIMARY KEY (user_name, client_id, client_seq, mutation_id))"),
        QStringLiteral("INSERT INTO dedup_by_user (user_name, client_id, client_seq, mutation_id, "
                       "response, created_at) "
                       "SELECT COALESCE((SELECT MIN(c.user_name) FROM changes c "
                       "WHERE c.client_id = d.client_id), ''), d.client_id, d.client_seq, "
                       "d.mutation_id, d.response, d.created_at FROM dedup d"),
        QStringLiteral("DROP TABLE dedup"),
        QStringLiteral("ALTER TABLE dedup_by_user RENAME TO dedup"),
    };

} // namespace

const QList<ServerMigration> &serverMigrations()
{
    static const QList<ServerMigration> list = {
        { 1, kVersion1 },
        { 2, kVersion2 },
    };
    return list;
}

} // namespace ed::server
