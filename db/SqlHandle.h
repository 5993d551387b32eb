// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace orgdesk {

// The raw SQLite handle behind a QSQLITE connection, for what Qt Sql does not offer
// (multi-statement scripts, the online backup API). Null if the driver is not SQLite.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace orgdesk
