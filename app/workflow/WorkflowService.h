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
    // For a recommendation, a referral to case_by_case and a decision: the eligibility policy the
    // case was judged under (code; empty when none applied) and its outcome
    // (EligibilityService::outcomeCode). Empty for other moves.
    QString eligibilityPolicy;
    QString eligibilityOutcome;
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
    // The status the move was offered from (what the desk showed). When set and the case has moved
    // on meanwhile (another desk decided it), the move is refused (Conflict) in words naming who
    // moved it, to what and when, and nothing is recorded.
    QString expectedFrom;
};

// Moves applications through the workflow. Checks, in this order: the person is an active staff
// member; the move exists from the current status; the person's role may make it; four-eyes (a
// decision is never made by an author of the case: whoever registered or recommended it, or
// edited its form or evidence checklist, as the audit trail records); reason codes, written
// reasons and recommendation; eligibility (a recommendation and an approval from `recommended`
// need the case to be eligible under the policy of its Hong Kong date received, as
// EligibilityService judges it; any other case goes through `case_by_case` with written reasons).
// The policy and outcome are stored with every recommendation, referral and decision. Every
// refusal on grounds of permission is recorded as a `permission.refused` event; every move is one
// transaction with its `application.status_changed` event. The database enforces the same rules
// with triggers (migrations 0003 and 0009).
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
    // Staff barred from deciding this application under four-eyes: whoever registered it,
    // recommended it (or referred it from review for a case-by-case decision), or saved a change
    // to its form or ticked or unticked its evidence checklist.
    Result<QList<qint64>> fourEyesExcluded(qint64 applicationId) const;

    // Moves that record the eligibility they were made under, and those that need it to be eligible.
    static bool recordsEligibility(const QString& to);
    static bool needsEligibility(const QString& from, const QString& to);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
