// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include "Clock.h"
#include "EventLog.h"

#include <QJsonObject>

namespace orgdesk {

Status recordRefusal(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& subjectType,
                     const QString& attempted, const QString& message)
{
    const Result<qint64> ev = EventLog::append(
        db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("permission.refused"), subjectType,
                    std::nullopt, QJsonObject { { QStringLiteral("attempted"), attempted } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s;
    return makeError(ErrorCode::PermissionDenied, message);
}

} // namespace orgdesk
