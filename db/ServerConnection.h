// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace orgdesk {

// Keeping a connection to the store working while the server restarts or the network drops
// (db/ServerDatabase.cpp). Thread rules: from the thread that owns the connection.

// Whether `db` still reaches its store: a round trip to the server (QPSQL does not notice a
// dropped connection by itself until a statement fails). Always true for an open SQLite file.
bool connectionAlive(const QSqlDatabase& db);

// Opens a dropped PostgreSQL connection again under the same name, with the same server, sign-in
// and options, and the session settings every OrgDesk connection has (UTC). Every QSqlDatabase
// handle of that connection works again afterwards; queries that were open do not. Nothing to do
// for an SQLite file.
Status reconnectServer(QSqlDatabase db);

} // namespace orgdesk
