// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace orgdesk {

// A coded reason with the wording used in letters (reference data, `reason_codes`).
struct ReasonCode
{
    QString code;
    QString kind; // requisition, rejection, any
    QString textEn;
    QString textZh;
    bool active = true;
};

// One recorded move of an application (`application_transitions`).
struct TransitionRecord
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString from;
    QString to;
    qint64 actorId = 0;
    QString actorName; // display name of the person who made the move
    QDateTime at;      // UTC
    QStringList reasonCodes;
    QString note;
    QString recommendation; // approve or reject, for a recommendation
};

// What the applicant was asked for, and how it ended.
struct Requisition
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 transitionId = 0;
    QStringList reasonCodes;
    QStringList missingItems; // checklist items missing, in words
    QString note;
    qint64 raisedBy = 0;
    QDateTime raisedAt;
    QDateTime closedAt; // invalid while open
    QString outcome;    // replied, no_reply, withdrawn; empty while open
    std::optional<qint64> replyAttachmentId;
    bool open() const { return !closedAt.isValid(); }
};

// A move the workflow offers from an application's current status, and whether this person may make it.
struct AvailableAction
{
    workflow::Rule rule;
    bool allowed = false;
    QString whyNot; // plain words when not allowed
};

struct TransitionRequest
{
    qint64 applicationId = 0;
    QString to;
    QStringList reasonCodes;
    QString note;           // summary, reasons or remarks; required for some moves
    QString recommendation; // "approve" or "reject" when recommending
    QStringList missingItems; // when raising a requisition
    std::optional<qint64> replyAttachmentId; // awaiting_applicant → under_review on the applicant's reply
};

// Moves applications through the workflow. Checks, in this order: the person is an active staff
// member; the move exists from the current status; the person's role may make it; four-eyes (a
// decision is never made by whoever registered or recommended the case); reason codes, written
// reasons and recommendation. Every refusal on grounds of permission is recorded as a
// `permission.refused` event; every move is one transaction with its `application.status_changed`
// event. The database enforces the same rules with triggers.
//
// Thread rules: use from the thread that owns `db`.
class WorkflowService
{
public:
    static constexpr int kMinimumReasonsLength = 10; // characters of written reasons where required

    explicit WorkflowService(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<TransitionRecord> transition(const TransitionRequest& request, const Actor& actor);

    // Convenience forms of transition().
    Result<TransitionRecord> raiseRequisition(qint64 applicationId, const QStringList& reasonCodes,
                                              const QStringList& missingItems, const QString& note, const Actor& actor);
    // The applicant's reply (an attachment already stored with the case) ends the open requisition.
    Result<TransitionRecord> recordReply(qint64 applicationId, qint64 attachmentId, const Actor& actor);

    Result<QList<TransitionRecord>> history(qint64 applicationId) const;
    Result<QList<Requisition>> requisitions(qint64 applicationId) const;
    Result<std::optional<Requisition>> openRequisition(qint64 applicationId) const;
    // Active reason codes of `kind` (and those usable for any kind); all active ones when kind is empty.
    Result<QList<ReasonCode>> reasonCodes(const QString& kind = {}) const;
    Result<QList<AvailableAction>> actionsFor(qint64 applicationId, const Actor& actor) const;
    // Staff barred from deciding this application under four-eyes (registered or recommended it).
    Result<QList<qint64>> fourEyesExcluded(qint64 applicationId) const;

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
