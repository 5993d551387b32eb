// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace orgdesk {

// Checks a store thoroughly: SQLite integrity and foreign keys, the schema version, the SHA-256
// of every attachment re-computed from its bytes, the records against the database's own guards
// and the audit trail (StoreReconciler), and the audit chain.
//
// Thread rules: use from the thread that owns `db`; read-only.
class IntegrityChecker
{
public:
    explicit IntegrityChecker(QSqlDatabase db) : m_db(std::move(db)) { }

    struct Report
    {
        int schemaVersion = 0;
        qint64 attachmentsChecked = 0;
        qint64 eventsChecked = 0;
        QStringList problems; // each in plain words; empty when all is well
    };

    // `progress(stage, done, total)` may return false to cancel.
    Result<Report> run(const std::function<bool(const QString&, qint64, qint64)>& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
