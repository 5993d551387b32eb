// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceService.h"

#include "Clock.h"
#include "HongKongTime.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace orgdesk {

Status PresenceService::enter(qint64 applicationId, const Actor& actor, const QString& desk)
{
    const QString now = isoUtc(Clock::current().nowUtc());
    QSqlQuery q(m_db);
    return execPrepared(q,
        QStringLiteral("INSERT INTO desk_presence (application_id, user_id, desk, since, heartbeat_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (application_id, user_id, desk) "
                       "DO UPDATE SET heartbeat_at = excluded.heartbeat_at"),
        { applicationId, actor.userId, desk, now, now });
}

Status PresenceService::leave(qint64 applicationId, const Actor& actor, const QString& desk)
{
    QSqlQuery q(m_db);
    if (applicationId <= 0)
        return execPrepared(q, QStringLiteral("DELETE FROM desk_presence WHERE user_id = ? AND desk = ?"),
            { actor.userId, desk });
    return execPrepared(q,
        QStringLiteral("DELETE FROM desk_presence WHERE application_id = ? AND user_id = ? AND desk = ?"),
        { applicationId, actor.userId, desk });
}

Result<QList<Presence>> PresenceService::others(
    qint64 applicationId, const Actor& actor, const QString& desk) const
{
    const QString fresh = isoUtc(Clock::current().nowUtc().addSecs(-kStaleSecs));
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT p.user_id, coalesce(u.display_name, u.username, ''), p.desk, "
                           "p.since, p.heartbeat_at FROM desk_presence p "
                           "LEFT JOIN users u ON u.id = p.user_id "
                           "WHERE p.application_id = ? AND p.heartbeat_at >= ? "
                           "AND NOT (p.user_id = ? AND p.desk = ?) ORDER BY p.since"),
            { applicationId, fresh, actor.userId, desk });
        !s)
        return s.error();
    QList<Presence> out;
    while (q.next())
        out << Presence { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
            QDateTime::fromString(q.value(4).toString(), Qt::ISODate) };
    return out;
}

QString PresenceService::describe(const QList<Presence>& others)
{
    QStringList lines;
    const QDate today = HongKongTime::date(Clock::current().nowUtc());
    for (const Presence& p : others) {
        // The time alone today; with the date when the case has been open since an earlier day.
        const QString since = HongKongTime::date(p.since) == today
            ? HongKongTime::toHongKong(p.since).time().toString(QStringLiteral("HH:mm"))
            : HongKongTime::isoMinutes(p.since);
        lines << QCoreApplication::translate("PresenceService", "Being edited by %1 at %2 since %3")
                     .arg(p.name, p.desk, since);
    }
    return lines.join(u'\n');
}

} // namespace orgdesk
