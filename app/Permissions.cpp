// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include "Clock.h"
#include "EventLog.h"
#include "UserStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace orgdesk {

Status recordRefusal(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& subjectType,
                     const QString& attempted, const QString& message, std::optional<qint64> subjectId,
                     const QJsonObject& extra)
{
    QJsonObject details = extra;
    details.insert(QStringLiteral("attempted"), attempted);
    const Result<qint64> ev = EventLog::append(db, Event { 0, Clock::current().nowUtc(), actorId(actor),
                                                           QStringLiteral("permission.refused"), subjectType,
                                                           subjectId, details });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s;
    return makeError(ErrorCode::PermissionDenied, message);
}

Result<StoredAccount> storedAccount(const QSqlDatabase& db, const Actor& actor)
{
    StoredAccount account { actor, true, true };
    if (actor.userId <= 0)
        return account;
    const Result<UserRecord> user = UserStore(db).byId(actor.userId);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        account.exists = false;
        account.active = false;
        account.actor.role.clear();
        return account;
    }
    account.actor.username = user->username;
    account.actor.role = user->role;
    account.active = user->active;
    return account;
}

Result<QString> refusalReason(const QSqlDatabase& db, const Actor& actor, const QStringList& roles)
{
    const Result<StoredAccount> account = storedAccount(db, actor);
    if (!account)
        return account.error();
    if (!account->exists)
        return QStringLiteral("no account");
    if (!account->active)
        return QStringLiteral("inactive account");
    if (!roles.contains(account->actor.role))
        return QStringLiteral("role");
    return QString();
}

QString refusalMessage(const QString& reason, const QString& roleMessage)
{
    if (reason == u"inactive account")
        return QCoreApplication::translate("Permissions", "This staff account has been deactivated.");
    if (reason == u"no account")
        return QCoreApplication::translate("Permissions", "There is no such staff account.");
    return roleMessage;
}

} // namespace orgdesk
