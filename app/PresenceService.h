// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// Someone with a case open for editing at a desk.
struct Presence
{
    qint64 userId = 0;
    QString name; // display name
    QString desk; // the desk's name (a setting, the host name by default)
    QDateTime since; // UTC
    QDateTime heartbeat; // UTC
};

// Who is editing which case, at which desk: advisory only, never a lock (nobody is blocked from
// reading or saving; saves meet row versions instead). A desk enters when it opens a case for
// editing, refreshes its entry every kHeartbeatSecs while the case stays open, and leaves when it
// closes the case, closes or locks. An entry not refreshed for kStaleSecs is ignored (a desk that
// was killed or lost its network). Nothing here is audited: it records no decision.
//
// Thread rules: use from the thread that owns `db`.
class PresenceService
{
public:
    static constexpr int kHeartbeatSecs = 30;
    static constexpr int kStaleSecs = 90;

    explicit PresenceService(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Enters (or refreshes) this desk's entry for the case; "since" stays from the first entry.
    Status enter(qint64 applicationId, const Actor& actor, const QString& desk);
    // Leaves the case (applicationId 0: every case this person has open at this desk).
    Status leave(qint64 applicationId, const Actor& actor, const QString& desk);
    // The others editing the case now (not this person at this desk), longest first.
    Result<QList<Presence>> others(qint64 applicationId, const Actor& actor, const QString& desk) const;

    // "Being edited by LEE Siu Ming at desk 3 since 10:42" (Hong Kong time), one line per entry;
    // empty when nobody else is editing.
    static QString describe(const QList<Presence>& others);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
