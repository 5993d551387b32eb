// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>

#include <functional>

namespace orgdesk {

// Fills a database with realistic, entirely fictional applications: all organization types,
// statuses, channels, received dates on both sides of the 20 Jan 2023 facilitation, case numbers,
// a few PDF attachments and some resubmissions by the same organization (name spelt differently).
//
// Demo staff accounts it creates have no usable password (they only appear as history).
//
// Thread rules: use from the thread that owns `db`. Works in batches of transactions; a kill
// leaves complete batches only.
class DemoSeeder
{
public:
    explicit DemoSeeder(QSqlDatabase db) : m_db(std::move(db)) { }

    struct Summary
    {
        qint64 applications = 0;
        qint64 attachments = 0;
        qint64 events = 0;
        qint64 resubmissions = 0;
    };

    // `progress(done, total)` returns false to stop after the current batch.
    Result<Summary> run(qint64 count, quint64 seed, const std::function<bool(qint64, qint64)>& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
