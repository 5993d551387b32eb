// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace orgdesk {

// Moves a desk onto the server: copies everything in an SQLite store (ids, attachment bytes, the
// audit trail with its hashes, reference data as the desk changed it) into an empty PostgreSQL
// store of the same schema version, in one transaction.
//
// Staff accounts come across as login roles without a password (argon2id hashes cannot become
// SCRAM secrets): nobody can sign in as them until an administrator sets a password, except the
// one named by `adminUsername`, whose password is `adminPassword`.
//
// The target's rules (triggers) are set aside during the copy, as only its owner can, so that
// rows keep their ids and events their hashes; they are back before the transaction commits.
//
// Thread rules: runs on the calling thread, on the two connections it is given.
class StoreCopier
{
public:
    struct Summary
    {
        qint64 rows = 0;         // rows copied, all tables together
        qint64 applications = 0;
        qint64 events = 0;
        qint64 staff = 0;
    };

    StoreCopier(QSqlDatabase from, QSqlDatabase to) : m_from(std::move(from)), m_to(std::move(to)) { }

    // `progress(table, rowsSoFar)` is called now and then; returning false cancels (nothing stays).
    Result<Summary> copy(const QString& adminUsername, const QString& adminPassword,
                         const std::function<bool(const QString&, qint64)>& progress = {});

private:
    QSqlDatabase m_from;
    QSqlDatabase m_to;
};

} // namespace orgdesk
