// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Transaction.h"
#include "UserService.h"

#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// Refusing a step a role may not take: the refusal itself is an audit event (`permission.refused`
// naming what was attempted), committed in `tx`, and the caller returns the PermissionDenied error
// carrying `message`. Returns the database error instead if the refusal could not be recorded.
Status recordRefusal(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& subjectType,
                     const QString& attempted, const QString& message);

} // namespace orgdesk
