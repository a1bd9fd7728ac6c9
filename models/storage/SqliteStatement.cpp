#include "SqliteStatement.h"

#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace ed {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    if (!m_db) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
            nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int status)
{
    if (status != SQLITE_OK && m_bindStatus == SQLITE_OK)
        m_bindStatus = status;
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    bindText(index, QByteArrayView(utf8.constData(), utf8.size()));
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would be bound as NULL: empty text keeps a valid one.
    check(sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    check(sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC));
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::QString:
        // The variant's own string, which lives as long as the caller's value.
        return bindText(index, *static_cast<const QString *>(value.constData()));
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return bindInt(index, value.toLongLong());
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return bindNull(index);
        check(sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC));
        return;
    }
    case QMetaType::Double:
        check(sqlite3_bind_double(m_statement, index, value.toDouble()));
        return;
    case QMetaType::QDateTime: {
        const QString text = value.toDateTime().toString(Qt::ISODateWithMs);
        check(sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT));
        return;
    }
    default: {
        const QString text = value.toString();
        check(sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT));
    }
    }
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    int status = m_bindStatus;
    if (status == SQLITE_OK) {
        do
            status = sqlite3_step(m_statement);
        while (status == SQLITE_ROW);
    }
    const bool ok = status == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(m_bindStatus == SQLITE_OK ? sqlite3_errmsg(m_db) : sqlite3_errstr(status));
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    // Bindings stay (SQLite keeps them across a reset), but their text may be gone: a statement
    // is always bound afresh before its next run.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindStatus = SQLITE_OK;
}

} // namespace ed
