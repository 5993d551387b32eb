// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Transaction.h"
#include "UserService.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace orgdesk {

// Refusing a step a role may not take: the refusal itself is an audit event (`permission.refused`
// naming what was attempted, with `details` added), committed in `tx`, and the caller returns the
// PermissionDenied error carrying `message`. Returns the database error instead if the refusal could
// not be recorded.
Status recordRefusal(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& subjectType,
                     const QString& attempted, const QString& message,
                     std::optional<qint64> subjectId = std::nullopt, const QJsonObject& details = {});

// The account a step is taken under, as stored now: privileges are those of the `users` row read
// in the step's own transaction, never the role the session started with, so an account
// deactivated or given another role meanwhile takes effect at the next step.
struct StoredAccount
{
    Actor actor;     // with the stored role (the command-line tool, userId 0, as given)
    bool active = true;
    bool exists = true;
};
Result<StoredAccount> storedAccount(const QSqlDatabase& db, const Actor& actor);

// Why the stored account of `actor` may not take a step that needs one of `roles`: empty when it
// may; "inactive account", "no account" or "role" otherwise (the reason recorded with a refusal).
// Read inside the caller's transaction. The command-line tool (userId 0) is judged by the role it
// acts with: whoever may open the database file is trusted like an administrator.
Result<QString> refusalReason(const QSqlDatabase& db, const Actor& actor, const QStringList& roles);

// The words for a refusal whose reason is "inactive account" or "no account"; `roleMessage` otherwise.
QString refusalMessage(const QString& reason, const QString& roleMessage);

} // namespace orgdesk
