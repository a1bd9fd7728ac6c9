#pragma once

#include <QSqlDatabase>

namespace ed {

// Rolls back unless commit() succeeded, so an early return can never leave half a write.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(std::move(db)), m_active(m_db.transaction()) { }
    ~SqlTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace ed
