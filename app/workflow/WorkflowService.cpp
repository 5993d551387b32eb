// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowService.h"

#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "RowReader.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "UserStore.h"
#include "form/EligibilityService.h"
#include "validation/Hkid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace orgdesk {

namespace {

// lupdate files the tr() calls of this file under "orgdesk::WorkflowService"; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("orgdesk::WorkflowService", text);
}

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}


QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString roleWords(const QStringList& roles)
{
    QStringList words;
    for (const QString& r : roles)
        words << (r == u"clerk" ? tr("a clerk") : r == u"supervisor" ? tr("a supervisor") : tr("an administrator"));
    return words.join(tr(" or "));
}

Requisition requisitionFromQuery(const QSqlQuery& q)
{
    Requisition r;
    readRow(q, r.id, r.applicationId, r.transitionId, r.reasonCodes, r.missingItems, r.note, r.raisedBy, r.raisedAt,
            r.closedAt, r.outcome, r.replyAttachmentId);
    return r;
}

QString fourEyesWords()
{
    return tr("You registered, recommended or edited this application, so another supervisor must decide it.");
}

// Why a case that is not eligible cannot be recommended or approved, in words.
QString notEligibleWords(const EligibilityResult& e)
{
    if (e.outcome == Eligibility::Undetermined)
        return tr("The organization type is not chosen, so the application is not eligible as it stands; refer it "
                  "for a case-by-case decision, with written reasons.");
    const QString policy = e.policyName.isEmpty() ? tr("no policy in force") : tr("“%1”").arg(e.policyName);
    return tr("Under %1 this application is not eligible as it stands (%2); refer it for a case-by-case decision, "
              "with written reasons.")
        .arg(policy, EligibilityService::outcomeLabel(e.outcome).toLower());
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

const QString kRequisitionColumns = QStringLiteral(
    "id, application_id, transition_id, reason_codes, missing_items, note, raised_by, raised_at, closed_at, "
    "outcome, reply_attachment_id");

} // namespace

Result<QList<qint64>> WorkflowService::fourEyesExcluded(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    Status s = execPrepared(
        q,
        QStringLiteral("SELECT registered_by FROM applications WHERE id = ? AND registered_by IS NOT NULL "
                       "UNION SELECT actor_id FROM application_transitions WHERE application_id = ? "
                       "AND (to_status IN ('registered', 'recommended') "
                       "OR (to_status = 'case_by_case' AND from_status = 'under_review')) "
                       "UNION SELECT user_id FROM events WHERE subject_type = 'application' AND subject_id = ? "
                       "AND user_id IS NOT NULL "
                       "AND action IN ('application.form_saved', 'checklist.ticked', 'checklist.unticked')"),
        { applicationId, applicationId, applicationId });
    if (!s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool WorkflowService::recordsEligibility(const QString& to)
{
    return to == u"recommended" || to == u"case_by_case" || to == u"approved" || to == u"rejected";
}

bool WorkflowService::needsEligibility(const QString& from, const QString& to)
{
    return to == u"recommended" || (from == u"recommended" && to == u"approved");
}

Result<QList<ReasonCode>> WorkflowService::reasonCodes(const QString& kind) const
{
    QSqlQuery q(m_db);
    Status s = kind.isEmpty()
                   ? execPrepared(q, QStringLiteral("SELECT code, kind, text_en, text_zh, active FROM reason_codes "
                                                    "WHERE active = 1 ORDER BY code"))
                   : execPrepared(q,
                                  QStringLiteral("SELECT code, kind, text_en, text_zh, active FROM reason_codes "
                                                 "WHERE active = 1 AND kind IN (?, 'any') ORDER BY code"),
                                  { kind });
    if (!s)
        return s.error();
    return readRecords(q, &ReasonCode::code, &ReasonCode::kind, &ReasonCode::textEn, &ReasonCode::textZh,
                       &ReasonCode::active);
}

Result<QList<AvailableAction>> WorkflowService::actionsFor(qint64 applicationId, const Actor& actor) const
{
    const Result<ApplicationRecord> app = ApplicationStore(m_db).get(applicationId);
    if (!app)
        return app.error();
    const Result<QList<qint64>> excluded = fourEyesExcluded(applicationId);
    if (!excluded)
        return excluded.error();
    std::optional<EligibilityResult> eligibility; // asked for once, when a move needs it
    QList<AvailableAction> out;
    for (const workflow::Rule& rule : workflow::rulesFrom(app->status)) {
        AvailableAction a { rule, true, {} };
        if (!rule.roles.contains(actor.role)) {
            a.allowed = false;
            a.whyNot = tr("Only %1 can do this.").arg(roleWords(rule.roles));
        } else if (rule.fourEyes && excluded->contains(actor.userId)) {
            a.allowed = false;
            a.whyNot = fourEyesWords();
        } else if (needsEligibility(rule.from, rule.to)) {
            if (!eligibility) {
                const Result<EligibilityResult> e = EligibilityService(m_db).assessApplication(applicationId);
                if (!e)
                    return e.error();
                eligibility = *e;
            }
            if (!EligibilityService::permitsDecision(eligibility->outcome)) {
                a.allowed = false;
                a.whyNot = notEligibleWords(*eligibility);
            }
        }
        out << a;
    }
    return out;
}

Result<TransitionRecord> WorkflowService::transition(const TransitionRequest& request, const Actor& actor)
{
    const QDateTime now = Clock::current().nowUtc();
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();

    // A refusal on grounds of permission is itself recorded, in its own committed transaction.
    auto refuse = [&](const QString& reason, const QString& from, const QString& message) -> Error {
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, now, actorId(actor), QStringLiteral("permission.refused"), QStringLiteral("application"),
                          request.applicationId,
                          QJsonObject { { QStringLiteral("attempted"), QStringLiteral("application.transition") },
                                        { QStringLiteral("from"), from },
                                        { QStringLiteral("to"), request.to },
                                        { QStringLiteral("reason"), reason } } });
        if (!ev)
            return ev.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return makeError(ErrorCode::PermissionDenied, message);
    };

    const Result<ApplicationRecord> app = ApplicationStore(m_db).get(request.applicationId);
    if (!app)
        return app.error();
    const QString from = app->status;
    if (!request.expectedFrom.isEmpty() && request.expectedFrom != from) {
        // Another desk moved the case since this one offered the move: say who, nothing recorded.
        const Result<QList<TransitionRecord>> moves = history(request.applicationId);
        if (!moves)
            return moves.error();
        if (moves->isEmpty())
            return makeError(ErrorCode::Conflict,
                tr("This application is now \"%1\", no longer \"%2\": nothing was "
                   "recorded. Look at it again before deciding.")
                    .arg(statusLabel(from), statusLabel(request.expectedFrom)));
        const TransitionRecord& last = moves->constLast();
        return makeError(ErrorCode::Conflict,
            tr("%1 moved this application to \"%2\" at %3, after it was shown to you as \"%4\": "
               "your move was not recorded. Look at the case again before deciding.")
                .arg(last.actorName, statusLabel(from), HongKongTime::display(last.at),
                    statusLabel(request.expectedFrom)));
    }

    if (actor.userId <= 0)
        return refuse(QStringLiteral("no signed-in user"), from,
                      tr("Only a signed-in member of staff can move an application through the workflow."));
    const Result<UserRecord> user = UserStore(m_db).byId(actor.userId);
    if (!user)
        return user.error();
    if (!user->active)
        return refuse(QStringLiteral("inactive account"), from, tr("This staff account has been deactivated."));

    const workflow::Rule* rule = workflow::findRule(from, request.to);
    if (!rule)
        return makeError(ErrorCode::IllegalState, tr("An application that is \"%1\" cannot be moved to \"%2\".")
                                                      .arg(statusLabel(from), statusLabel(request.to)));
    // The role stored for the account counts, not the one the caller claims.
    if (!rule->roles.contains(user->role))
        return refuse(QStringLiteral("role"), from,
                      tr("Only %1 can %2.").arg(roleWords(rule->roles), workflow::actionLabel(from, request.to).toLower()));
    if (rule->fourEyes) {
        const Result<QList<qint64>> excluded = fourEyesExcluded(request.applicationId);
        if (!excluded)
            return excluded.error();
        if (excluded->contains(actor.userId))
            return refuse(QStringLiteral("four-eyes"), from, fourEyesWords());
    }

    // What the move needs.
    QStringList codes;
    for (const QString& c : request.reasonCodes) {
        if (!codes.contains(c.trimmed()))
            codes << c.trimmed();
    }
    if (!codes.isEmpty() || !rule->reasonKind.isEmpty()) {
        const Result<QList<ReasonCode>> known = reasonCodes(rule->reasonKind);
        if (!known)
            return known.error();
        for (const QString& c : codes) {
            const bool ok = std::any_of(known->cbegin(), known->cend(), [&](const ReasonCode& r) { return r.code == c; });
            if (!ok)
                return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a reason code that can be used here.").arg(c));
        }
    }
    if (!rule->reasonKind.isEmpty() && codes.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         rule->reasonKind == u"rejection" ? tr("Choose at least one reason for the rejection.")
                                                          : tr("Choose at least one reason for the requisition."));
    // Notes keep no identity number (validation::maskHkidsInText): the number has its own field.
    const QString note = validation::maskHkidsInText(request.note.trimmed());
    if (rule->noteRequired && note.size() < kMinimumReasonsLength)
        return makeError(ErrorCode::InvalidInput,
                         from == u"case_by_case" || request.to == u"case_by_case"
                             ? tr("Write the reasons (at least %1 characters).").arg(kMinimumReasonsLength)
                             : tr("Write a note saying why (at least %1 characters).").arg(kMinimumReasonsLength));
    QString recommendation;
    if (request.to == u"recommended") {
        if (request.recommendation != u"approve" && request.recommendation != u"reject")
            return makeError(ErrorCode::InvalidInput, tr("Say whether you recommend approval or rejection."));
        recommendation = request.recommendation;
    }
    // Eligibility under the policy of the date received, recorded with recommendations, referrals
    // and decisions; a recommendation or an approval needs the case to be eligible.
    QString eligibilityPolicy, eligibilityOutcome;
    if (recordsEligibility(request.to)) {
        const Result<EligibilityResult> e = EligibilityService(m_db).assessApplication(request.applicationId);
        if (!e)
            return e.error();
        if (needsEligibility(from, request.to) && !EligibilityService::permitsDecision(e->outcome))
            return makeError(ErrorCode::IllegalState, notEligibleWords(*e));
        eligibilityPolicy = e->policyCode;
        eligibilityOutcome = EligibilityService::outcomeCode(e->outcome);
    }
    QStringList missing;
    for (const QString& item : request.missingItems) {
        if (!item.trimmed().isEmpty())
            missing << validation::maskHkidsInText(item.trimmed());
    }

    // Requisition bookkeeping: raising opens one, leaving awaiting_applicant closes it.
    std::optional<Requisition> open;
    if (from == u"awaiting_applicant") {
        const Result<std::optional<Requisition>> r = openRequisition(request.applicationId);
        if (!r)
            return r.error();
        open = *r;
    }
    QString outcome;
    if (open) {
        if (request.to == u"withdrawn") {
            outcome = QStringLiteral("withdrawn");
        } else if (request.replyAttachmentId) {
            const Result<AttachmentInfo> att = AttachmentStore(m_db).info(*request.replyAttachmentId);
            if (!att)
                return att.error();
            if (att->applicationId != request.applicationId)
                return makeError(ErrorCode::InvalidInput, tr("The reply must be an attachment of this application."));
            if (att->addedAt < open->raisedAt)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The reply must be a document received after the requisition was sent."));
            outcome = QStringLiteral("replied");
        } else {
            if (note.size() < kMinimumReasonsLength)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Without a reply from the applicant, write a note saying why the review resumes "
                                    "(at least %1 characters).")
                                     .arg(kMinimumReasonsLength));
            outcome = QStringLiteral("no_reply");
        }
    }

    QSqlQuery ins(m_db);
    const Result<qint64> transitionId = insertReturningId(
        ins,
        QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, at, "
                       "reason_codes, note, recommendation, eligibility_policy, eligibility_outcome) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { request.applicationId, from, request.to, actor.userId, isoUtc(now), jsonArray(codes), text(note),
          nullableText(recommendation), nullableText(eligibilityPolicy), nullableText(eligibilityOutcome) });
    if (!transitionId)
        return transitionId.error();
    TransitionRecord record { *transitionId, request.applicationId, from, request.to,
                              actor.userId, user->displayName, now, codes, note, recommendation,
                              eligibilityPolicy, eligibilityOutcome };

    QJsonObject details { { QStringLiteral("reference"), app->reference },
                          { QStringLiteral("from"), from },
                          { QStringLiteral("to"), request.to },
                          { QStringLiteral("transition"), record.id } };
    if (!codes.isEmpty())
        details.insert(QStringLiteral("reason_codes"), QJsonArray::fromStringList(codes));
    if (!recommendation.isEmpty())
        details.insert(QStringLiteral("recommendation"), recommendation);
    if (!eligibilityOutcome.isEmpty()) {
        details.insert(QStringLiteral("eligibility_policy"), eligibilityPolicy);
        details.insert(QStringLiteral("eligibility_outcome"), eligibilityOutcome);
    }
    if (!note.isEmpty()) // the note itself stays with the transition; its hash ties it to the audit chain
        details.insert(QStringLiteral("note_sha256"),
                       QString::fromLatin1(QCryptographicHash::hash(note.toUtf8(), QCryptographicHash::Sha256).toHex()));

    if (request.to == u"awaiting_applicant") {
        QSqlQuery r(m_db);
        const Result<qint64> requisitionId = insertReturningId(
            r,
            QStringLiteral("INSERT INTO requisitions (application_id, transition_id, reason_codes, missing_items, "
                           "note, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { request.applicationId, record.id, jsonArray(codes), jsonArray(missing), text(note), actor.userId,
              isoUtc(now) });
        if (!requisitionId)
            return requisitionId.error();
        details.insert(QStringLiteral("requisition"), *requisitionId);
        details.insert(QStringLiteral("missing_items"), qint64(missing.size()));
    }
    if (open) {
        QSqlQuery r(m_db);
        if (Status s = execPrepared(r,
                                    QStringLiteral("UPDATE requisitions SET closed_at = ?, closed_by = ?, outcome = ?, "
                                                   "reply_attachment_id = ?, close_transition_id = ? WHERE id = ?"),
                                    { isoUtc(now), actor.userId, outcome, nullableId(request.replyAttachmentId),
                                      record.id, open->id });
            !s)
            return s.error();
        details.insert(QStringLiteral("requisition"), open->id);
        details.insert(QStringLiteral("requisition_outcome"), outcome);
        if (request.replyAttachmentId)
            details.insert(QStringLiteral("reply_attachment"), *request.replyAttachmentId);
    }

    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("application.status_changed"),
                      QStringLiteral("application"), request.applicationId, details });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

Result<TransitionRecord> WorkflowService::raiseRequisition(qint64 applicationId, const QStringList& reasonCodes,
                                                           const QStringList& missingItems, const QString& note,
                                                           const Actor& actor)
{
    TransitionRequest r;
    r.applicationId = applicationId;
    r.to = QStringLiteral("awaiting_applicant");
    r.reasonCodes = reasonCodes;
    r.missingItems = missingItems;
    r.note = note;
    return transition(r, actor);
}

Result<TransitionRecord> WorkflowService::recordReply(qint64 applicationId, qint64 attachmentId, const Actor& actor)
{
    TransitionRequest r;
    r.applicationId = applicationId;
    r.to = QStringLiteral("under_review");
    r.replyAttachmentId = attachmentId;
    return transition(r, actor);
}

Result<QList<TransitionRecord>> WorkflowService::history(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    Status s = execPrepared(
        q,
        QStringLiteral("SELECT t.id, t.application_id, t.from_status, t.to_status, t.actor_id, u.display_name, t.at, "
                       "t.reason_codes, t.note, t.recommendation, coalesce(t.eligibility_policy, ''), "
                       "coalesce(t.eligibility_outcome, '') FROM application_transitions t "
                       "LEFT JOIN users u ON u.id = t.actor_id WHERE t.application_id = ? ORDER BY t.id"),
        { applicationId });
    if (!s)
        return s.error();
    using T = TransitionRecord;
    return readRecords(q, &T::id, &T::applicationId, &T::from, &T::to, &T::actorId, &T::actorName, &T::at,
                       &T::reasonCodes, &T::note, &T::recommendation, &T::eligibilityPolicy,
                       &T::eligibilityOutcome);
}

Result<QList<Requisition>> WorkflowService::requisitions(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT %1 FROM requisitions WHERE application_id = ? ORDER BY id")
                                    .arg(kRequisitionColumns),
                                { applicationId });
        !s)
        return s.error();
    return readRows(q, requisitionFromQuery);
}

Result<std::optional<Requisition>> WorkflowService::openRequisition(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT %1 FROM requisitions WHERE application_id = ? AND closed_at IS NULL")
                                    .arg(kRequisitionColumns),
                                { applicationId });
        !s)
        return s.error();
    if (!q.next())
        return std::optional<Requisition>();
    return std::optional<Requisition>(requisitionFromQuery(q));
}

} // namespace orgdesk
