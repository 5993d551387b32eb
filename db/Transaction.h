// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace orgdesk {

// RAII write transaction; rolls back on destruction unless commit() succeeded. On SQLite it starts
// with BEGIN IMMEDIATE so the write lock is taken up front (no deadlock between two writers).
class Transaction
{
public:
    // `plain`: a bare BEGIN, without the write lock's statement (setting up a schema that does not
    // have it yet).
    explicit Transaction(QSqlDatabase db, bool plain = false);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; if not, error() says why and nothing should be written.
    bool active() const { return m_active; }
    const Error& error() const { return m_error; }
    Status status() const { return m_active ? Status() : Status(m_error); }

    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace orgdesk
