// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QSqlDatabase>
#include <QString>

namespace orgdesk::test {

// Signs `username` in through the real sign-in dialog by typing (password "correct horse", as
// TempDatabase::addUser sets it); requires success and returns who signed in.
Actor signIn(const QSqlDatabase& db, const QString& username);

} // namespace orgdesk::test
