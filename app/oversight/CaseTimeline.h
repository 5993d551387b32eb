// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace orgdesk {

// One thing that happened to a case.
struct TimelineEntry
{
    QDateTime at;     // UTC, as stored
    QString username; // who; empty for the system (the command-line tool acts without a user)
    QString action;   // the event's action ("attachment.added", ...) or "workflow.move" for a recorded move
    QString text;     // a readable sentence; identity numbers only ever masked
    // Where the entry points to, when it does.
    std::optional<qint64> attachmentId; // an attached document ...
    int page = 0;                       // ... at this page (1-based), 0 for "the document"
    std::optional<qint64> letterId;     // a generated letter (its stored PDF, an attachment id)
    qint64 eventId = 0;      // the audit event, 0 for a move
    qint64 transitionId = 0; // the recorded move, 0 for an event
};

// Every event of one application in time order: the events on the application itself (receipt,
// form saves, checklist ticks, letters, reveals of personal data, links, quality reviews ...), on
// its attachments (added, pages turned), and its workflow moves with their reasons and notes. The
// audit event each move also leaves (application.status_changed) is folded into the move.
//
// Thread rules: stateless; use from the thread that owns `db`.
class CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)

public:
    static Result<QList<TimelineEntry>> forApplication(const QSqlDatabase& db, qint64 applicationId);

    // Hong Kong local time of a stored UTC time, "yyyy-MM-dd HH:mm" (the desk's clock, whatever
    // the PC's zone).
    static QString localTime(const QDateTime& utc);
    // Masks anything in free text that looks like a Hong Kong identity card number.
    static QString maskIdentityNumbers(QString text);
};

} // namespace orgdesk
