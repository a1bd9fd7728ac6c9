#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ed {

// A statement prepared on a Qt SQLite connection's own handle (QSqlDriver::handle()) and bound
// through SQLite's C API. For the rows a bulk write makes (imports) QSqlQuery's bindings cost
// more than SQLite's own work: a QVariant per value, the text bound as UTF-16 that SQLite turns
// back into UTF-8, a copy of every bound list (PulledRowWriter measured the same for pulls).
// Values are bound as QSqlQuery binds them on SQLite, so the stored rows are the same. Use from
// the connection's thread only, and only while the connection is open.
class SqliteStatement
{
public:
    // The connection's sqlite3 handle, or null when it is not a Qt SQLite one.
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1. Bound text is not copied: it must live until exec() returns.
    void bindText(int index, const QByteArray &utf8);
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, const QString &text); // a null string is NULL, as in QSqlQuery
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // What QSqlQuery's SQLite driver binds for the value: NULL for a null value or string, whole
    // numbers and bools as integers, doubles as reals, bytes as a blob, anything else as its
    // text. A string or bytes are not copied (they must live until exec()); other text is.
    void bind(int index, const QVariant &value);

    // Runs the statement to its end and makes it ready for the next bindings. False, with
    // error(), when a binding or the statement failed.
    bool exec();

    QString error() const { return m_error; }

private:
    void check(int status);
    void reset();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_bindStatus = 0;
    QString m_error;
};

} // namespace ed
