// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace orgdesk {

// Finds in a store what the database's own guards (the triggers of db/migrations, 0003, 0009 and 0010
// above all) would have refused, for the case where someone with write access to the file has
// dropped or altered them: every trigger OrgDesk creates is present with its text (compared with
// a fresh in-memory database built by the same migrations) and no other is; every case's status
// is where its recorded moves lead; the moves of a case follow on from one another and each has
// its audit event (and each recorded move is still there); each case names who received it as
// its receipt event does; every case, staff account and attachment the trail records as created
// is still in the file; every staff account's role and active state match its last event; and
// the audit head is present.
//
// Thread rules: use from the thread that owns `db`; read-only. The expected triggers are built
// once per process (thread-safe) on a private in-memory connection.
class StoreReconciler
{
    Q_DECLARE_TR_FUNCTIONS(StoreReconciler)

public:
    explicit StoreReconciler(QSqlDatabase db) : m_db(std::move(db)) { }

    // Appends each problem found, in plain words, to `problems`. At most kMaxPerKind problems of
    // one kind are listed, then a line saying how many more there are.
    Status run(QStringList& problems) const;

    static constexpr int kMaxPerKind = 20;

private:
    const Dialect& dialect() const { return Dialect::of(m_db); }
    Status checkTriggers(QStringList& problems) const;
    Status checkStatuses(QStringList& problems) const;
    Status checkMoves(QStringList& problems) const;
    Status checkRecordedRows(QStringList& problems) const;
    Status checkStaff(QStringList& problems) const;
    Status checkAuditHead(QStringList& problems) const;

    QSqlDatabase m_db;
};

} // namespace orgdesk
