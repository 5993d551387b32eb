// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Dialect.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace orgdesk {

Transaction::Transaction(QSqlDatabase db, bool plain)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(plain ? QStringLiteral("BEGIN") : Dialect::of(m_db).beginWrite()))
        m_active = true;
    else
        m_error = sqlError(q, QStringLiteral("starting a transaction"));
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(q, QStringLiteral("saving (commit)"));
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace orgdesk
