// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on the data that was checked: the form frozen from the recommendation on, form authors
// under four-eyes, and eligibility under the policy of the date received enforced at the decision.
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "form/ChecklistService.h"
#include "form/DuplicateFinder.h"
#include "form/EligibilityService.h"
#include "form/FormFreeze.h"
#include "form/FormService.h"
#include "letters/LetterService.h"
#include "oversight/CaseTimeline.h"
#include "workflow/WorkflowService.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace orgdesk;
using test::ClockGuard;

namespace {

QString statusOf(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, QStringLiteral("SELECT status FROM applications WHERE id = ?"), { id }).ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// A desk on 3 March 2026 (Hong Kong): carol receives and keys, chris is another clerk, sam and sue decide.
struct DecisionDesk
{
    test::TempDatabase t;
    Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Actor clerk2 = t.addUser(QStringLiteral("chris"), QStringLiteral("clerk"));
    Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    Actor supervisor2 = t.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    FixedClock clock { QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC) };
    ClockGuard guard { &clock };

    QSqlDatabase db() const { return t.connection(); }

    // A case received at `receivedAt` (UTC), its form keyed by the clerk, and under review.
    qint64 underReview(const FormData& form, const QDateTime& receivedAt = {})
    {
        Receipt r;
        r.channel = QStringLiteral("post");
        r.receivedAt = receivedAt;
        auto app = ApplicationService(db()).receive(r, clerk);
        INFO(app.message().toStdString());
        REQUIRE(app.ok());
        auto saved = FormService(db()).save(app->id, form, clerk);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        WorkflowService wf(db());
        REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("registered") }, clerk).ok());
        REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("under_review") }, clerk).ok());
        return app->id;
    }

    Result<TransitionRecord> move(qint64 id, const QString& to, const Actor& actor, const QString& note = {})
    {
        TransitionRequest r { id, to };
        r.note = note;
        if (to == u"recommended")
            r.recommendation = QStringLiteral("approve");
        return WorkflowService(db()).transition(r, actor);
    }

    qint64 attachment(qint64 id)
    {
        AttachmentInfo info;
        info.applicationId = id;
        info.originalName = QStringLiteral("authorisation.pdf");
        info.mimeType = QStringLiteral("application/pdf");
        info.pageCount = 2;
        info.addedAt = clock.nowUtc();
        auto att = AttachmentStore(db()).insert(info, QByteArrayLiteral("%PDF-1.4 authorisation letter"));
        REQUIRE(att.ok());
        return *att;
    }
};

FormData hkba()
{
    FormData d;
    d.orgNameEn = QStringLiteral("Hong Kong Bar Association");
    d.orgType = QStringLiteral("hkba");
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    return d;
}

FormData lawFirm()
{
    FormData d;
    d.orgNameEn = QStringLiteral("Lee & Wong Solicitors");
    d.orgType = QStringLiteral("law_firm");
    d.paNameEn = QStringLiteral("WONG Siu Ming");
    return d;
}

} // namespace

TEST_CASE("A recommended case's form, checklist, case numbers, LSHK confirmation and links cannot be edited",
          "[app][decisions][freeze]")
{
    DecisionDesk desk;
    const qint64 earlier = desk.underReview(lawFirm());
    const qint64 id = desk.underReview(hkba());
    const qint64 att = desk.attachment(id);
    REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk).ok());

    FormService forms(desk.db());
    FormData changed = hkba();
    changed.caseNumbers = { { QStringLiteral("HCA 12/2025"), {} } };
    auto save = forms.save(id, changed, desk.supervisor);
    REQUIRE_FALSE(save.ok());
    CHECK(save.error().code == ErrorCode::IllegalState);
    CHECK(save.message() == QStringLiteral("Recommended on 3 March 2026 — the form is frozen; send it back to review to change it."));
    FormData confirmed = hkba();
    confirmed.lshkConfirmed = true;
    confirmed.lshkConfirmedHow = QStringLiteral("Law Society list of firms");
    CHECK(forms.save(id, confirmed, desk.supervisor).error().code == ErrorCode::IllegalState);
    ChecklistService checklist(desk.db());
    CHECK(checklist.tick(id, QStringLiteral("authorisation_letter"), att, 1, desk.supervisor).error().code
          == ErrorCode::IllegalState);
    CHECK(checklist.untick(id, QStringLiteral("authorisation_letter"), desk.supervisor).error().code
          == ErrorCode::IllegalState);
    CHECK(DuplicateFinder(desk.db()).link(id, earlier, QStringLiteral("resubmission_of"), {}, desk.supervisor).error().code
          == ErrorCode::IllegalState);
    auto loaded = forms.load(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->data.caseNumbers.isEmpty());
    CHECK_FALSE(loaded->data.lshkConfirmed);
    CHECK((*checklist.items(id)).first().attachmentId == std::nullopt);

    // The database refuses the same writes from anyone with the file.
    QSqlQuery q(desk.db());
    const QList<std::pair<QString, QVariantList>> writes {
        { QStringLiteral("UPDATE applications SET org_name_en = 'Someone Else' WHERE id = ?"), { id } },
        { QStringLiteral("UPDATE applications SET lshk_confirmed_on = '2026-03-03', lshk_confirmed_how = 'x' WHERE id = ?"), { id } },
        { QStringLiteral("UPDATE applications SET received_at = '2022-01-03T02:00:00Z' WHERE id = ?"), { id } },
        { QStringLiteral("INSERT INTO application_case_numbers (application_id, position, case_number) VALUES (?, 1, 'HCA 1/2025')"), { id } },
        { QStringLiteral("UPDATE application_checklist SET attachment_id = ?, page_no = 1 WHERE application_id = ?"), { att, id } },
        { QStringLiteral("DELETE FROM application_checklist WHERE application_id = ?"), { id } },
        { QStringLiteral("INSERT INTO application_links (application_id, linked_id, kind, created_at) VALUES (?, ?, 'duplicate_of', '2026-03-03T02:00:00Z')"), { id, earlier } },
    };
    for (const auto& [sql, values] : writes) {
        INFO(sql.toStdString());
        CHECK_FALSE(execPrepared(q, sql, values).ok());
        CHECK(q.lastError().databaseText().contains(QStringLiteral("frozen")));
    }
    // What is not the form still changes: the desk's own bookkeeping and the name keys.
    CHECK(execPrepared(q, QStringLiteral("UPDATE applications SET updated_at = '2026-03-03T03:00:00Z' WHERE id = ?"), { id }).ok());

    // Sent back to review by a recorded move, the form can be changed again.
    REQUIRE(desk.move(id, QStringLiteral("under_review"), desk.supervisor, QStringLiteral("The case number is missing.")).ok());
    auto again = forms.save(id, changed, desk.clerk);
    INFO(again.message().toStdString());
    REQUIRE(again.ok());
    CHECK(again->changedFields.contains(QStringLiteral("case_numbers")));
    REQUIRE(checklist.tick(id, QStringLiteral("authorisation_letter"), att, 1, desk.clerk).ok());
    REQUIRE(DuplicateFinder(desk.db()).link(id, earlier, QStringLiteral("resubmission_of"), {}, desk.clerk).ok());

    // After the decision it stays frozen, and says so without offering a way back.
    REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk).ok());
    REQUIRE(desk.move(id, QStringLiteral("approved"), desk.supervisor2).ok());
    auto state = FormFreeze::of(desk.db(), id);
    REQUIRE(state.ok());
    CHECK(state->frozen);
    CHECK(state->frozenBy == QStringLiteral("recommended"));
    CHECK(state->message.startsWith(QStringLiteral("Recommended on 3 March 2026 (now approved)")));
    CHECK(state->message.endsWith(QStringLiteral("the form is frozen.")));
    CHECK(forms.save(id, hkba(), desk.clerk).error().code == ErrorCode::IllegalState);
    CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE applications SET email = 'x@example.hk' WHERE id = ?"), { id }).ok());
    // Moves go on: recording the account and closing only change the status.
    REQUIRE(desk.move(id, QStringLiteral("account_created"), desk.clerk).ok());
    REQUIRE(desk.move(id, QStringLiteral("closed"), desk.clerk).ok());
    CHECK(statusOf(desk.db(), id) == QStringLiteral("closed"));
    CHECK_FALSE(FormFreeze::of(desk.db(), earlier)->frozen);
}

TEST_CASE("Whoever edited the form or the checklist cannot decide the case", "[app][decisions][four-eyes]")
{
    DecisionDesk desk;
    WorkflowService wf(desk.db());
    auto decideAs = [&](qint64 id, const Actor& actor) { return desk.move(id, QStringLiteral("approved"), actor); };

    SECTION("a supervisor who sent the case back and added the case number")
    {
        const qint64 id = desk.underReview(hkba());
        REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk).ok());
        REQUIRE(desk.move(id, QStringLiteral("under_review"), desk.supervisor, QStringLiteral("Add the case number.")).ok());
        FormData d = hkba();
        d.caseNumbers = { { QStringLiteral("HCA 12/2025"), {} } };
        REQUIRE(FormService(desk.db()).save(id, d, desk.supervisor).ok());
        REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk2).ok());

        CHECK(wf.fourEyesExcluded(id)->contains(desk.supervisor.userId));
        auto actions = wf.actionsFor(id, desk.supervisor);
        REQUIRE(actions.ok());
        for (const AvailableAction& a : *actions) {
            if (a.rule.to == u"approved" || a.rule.to == u"rejected") {
                CHECK_FALSE(a.allowed);
                CHECK(a.whyNot.contains(QStringLiteral("edited")));
            }
        }
        auto self = decideAs(id, desk.supervisor);
        REQUIRE_FALSE(self.ok());
        CHECK(self.error().code == ErrorCode::PermissionDenied);
        // The database refuses the same decision written directly.
        QSqlQuery q(desk.db());
        CHECK_FALSE(execPrepared(q,
                                 QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                                "to_status, actor_id, at, eligibility_policy, eligibility_outcome) "
                                                "SELECT ?, 'recommended', 'approved', ?, '2026-03-03T03:00:00Z', "
                                                "policy_code, outcome FROM application_eligibility WHERE application_id = ?"),
                                 { id, desk.supervisor.userId, id })
                        .ok());
        CHECK(q.lastError().databaseText().contains(QStringLiteral("four-eyes")));
        CHECK(statusOf(desk.db(), id) == QStringLiteral("recommended"));
        // Someone who never touched it decides.
        REQUIRE(decideAs(id, desk.supervisor2).ok());
    }
    SECTION("a supervisor who ticked the evidence checklist during review")
    {
        const qint64 id = desk.underReview(hkba());
        const qint64 att = desk.attachment(id);
        REQUIRE(ChecklistService(desk.db()).tick(id, QStringLiteral("authorisation_letter"), att, 1, desk.supervisor2).ok());
        REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk).ok());
        CHECK(decideAs(id, desk.supervisor2).error().code == ErrorCode::PermissionDenied);
        QSqlQuery q(desk.db());
        CHECK_FALSE(execPrepared(q,
                                 QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                                "to_status, actor_id, at, reason_codes, eligibility_policy, "
                                                "eligibility_outcome) SELECT ?, 'recommended', 'rejected', ?, "
                                                "'2026-03-03T03:00:00Z', '[\"REJ-ELIG\"]', policy_code, outcome "
                                                "FROM application_eligibility WHERE application_id = ?"),
                                 { id, desk.supervisor2.userId, id })
                        .ok());
        CHECK(q.lastError().databaseText().contains(QStringLiteral("four-eyes")));
        REQUIRE(decideAs(id, desk.supervisor).ok());
    }
    SECTION("opening the form without changing anything makes nobody an author")
    {
        const qint64 id = desk.underReview(hkba());
        auto loaded = FormService(desk.db()).load(id);
        REQUIRE(loaded.ok());
        REQUIRE(FormService(desk.db()).save(id, loaded->data, desk.supervisor).ok()); // nothing changed
        REQUIRE(desk.move(id, QStringLiteral("recommended"), desk.clerk).ok());
        CHECK_FALSE(wf.fourEyesExcluded(id)->contains(desk.supervisor.userId));
        REQUIRE(decideAs(id, desk.supervisor).ok());
    }
}

TEST_CASE("A case that is not eligible is neither recommended nor approved but goes case by case with reasons",
          "[app][decisions][eligibility]")
{
    DecisionDesk desk;
    WorkflowService wf(desk.db());
    // An unconfirmed law firm with no case number, received under the 2023 facilitation.
    const qint64 id = desk.underReview(lawFirm());

    auto actions = wf.actionsFor(id, desk.clerk);
    REQUIRE(actions.ok());
    bool sawRecommend = false;
    for (const AvailableAction& a : *actions) {
        if (a.rule.to == u"recommended") {
            sawRecommend = true;
            CHECK_FALSE(a.allowed);
            CHECK(a.whyNot.contains(QStringLiteral("Further facilitation of 20 January 2023")));
            CHECK(a.whyNot.contains(QStringLiteral("case-by-case")));
        }
        if (a.rule.to == u"case_by_case")
            CHECK(a.allowed);
    }
    CHECK(sawRecommend);
    auto refused = desk.move(id, QStringLiteral("recommended"), desk.clerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::IllegalState);
    CHECK(refused.message().contains(QStringLiteral("not eligible")));
    CHECK(statusOf(desk.db(), id) == QStringLiteral("under_review"));

    // The database refuses it too, whatever outcome a script claims.
    QSqlQuery q(desk.db());
    auto rawRecommend = [&](const QString& policy, const QString& outcome) {
        return execPrepared(q,
                            QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, "
                                           "actor_id, at, recommendation, eligibility_policy, eligibility_outcome) "
                                           "VALUES (?, 'under_review', 'recommended', ?, '2026-03-03T03:00:00Z', "
                                           "'approve', ?, ?)"),
                            { id, desk.clerk.userId, policy, outcome });
    };
    CHECK_FALSE(rawRecommend(QStringLiteral("facilitation_2023"), QStringLiteral("eligible")).ok());
    CHECK(q.lastError().databaseText().contains(QStringLiteral("must record the eligibility")));
    CHECK_FALSE(rawRecommend(QStringLiteral("facilitation_2023"), QStringLiteral("case_by_case")).ok());
    CHECK(q.lastError().databaseText().contains(QStringLiteral("not eligible")));

    // Referred with written reasons, a supervisor decides on the merits, with reasons.
    auto referred = desk.move(id, QStringLiteral("case_by_case"), desk.clerk,
                              QStringLiteral("New firm; the Law Society's list does not show it yet."));
    REQUIRE(referred.ok());
    CHECK(referred->eligibilityPolicy == QStringLiteral("facilitation_2023"));
    CHECK(referred->eligibilityOutcome == QStringLiteral("case_by_case"));
    CHECK_FALSE(desk.move(id, QStringLiteral("approved"), desk.supervisor).ok()); // no reasons
    auto approved = desk.move(id, QStringLiteral("approved"), desk.supervisor,
                              QStringLiteral("Practising certificates seen; the firm was admitted last week."));
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    auto history = wf.history(id);
    REQUIRE(history.ok());
    CHECK(history->last().eligibilityOutcome == QStringLiteral("case_by_case"));
    CHECK(history->last().eligibilityPolicy == QStringLiteral("facilitation_2023"));
    // Moves that are not decisions record no eligibility.
    CHECK(history->first().eligibilityOutcome.isEmpty());
}

TEST_CASE("The policy of the Hong Kong date received decides, and is stored with the recommendation and decision",
          "[app][decisions][eligibility]")
{
    DecisionDesk desk;
    FormData confirmed = lawFirm();
    confirmed.lshkConfirmed = true;
    confirmed.lshkConfirmedHow = QStringLiteral("Law Society list of firms");
    // 00:30 on 20 January 2023 in Hong Kong is still 19 January in UTC: the facilitation applies.
    const qint64 onTheDay = desk.underReview(confirmed, QDateTime(QDate(2023, 1, 19), QTime(16, 30), Qt::UTC));
    // 23:59 on 19 January 2023 in Hong Kong: the original arrangement, case by case without a case number.
    const qint64 dayBefore = desk.underReview(confirmed, QDateTime(QDate(2023, 1, 19), QTime(15, 59), Qt::UTC));

    auto rec = desk.move(onTheDay, QStringLiteral("recommended"), desk.clerk);
    INFO(rec.message().toStdString());
    REQUIRE(rec.ok());
    CHECK(rec->eligibilityPolicy == QStringLiteral("facilitation_2023"));
    CHECK(rec->eligibilityOutcome == QStringLiteral("eligible"));
    auto decided = desk.move(onTheDay, QStringLiteral("approved"), desk.supervisor);
    REQUIRE(decided.ok());
    CHECK(decided->eligibilityOutcome == QStringLiteral("eligible"));

    auto before = desk.move(dayBefore, QStringLiteral("recommended"), desk.clerk);
    REQUIRE_FALSE(before.ok());
    CHECK(before.message().contains(QStringLiteral("Original arrangement")));

    // The timeline and the letters say what the decision was made under.
    auto timeline = CaseTimeline::forApplication(desk.db(), onTheDay);
    REQUIRE(timeline.ok());
    int judged = 0;
    for (const TimelineEntry& e : *timeline) {
        if (e.text.contains(QStringLiteral("Eligibility: Eligible under “Further facilitation of 20 January 2023”.")))
            ++judged;
    }
    CHECK(judged == 2); // the recommendation and the approval
    LetterService letters(desk.db());
    auto tmpl = letters.letterTemplate(QStringLiteral("approval"), QStringLiteral("en"));
    REQUIRE(tmpl.ok());
    LetterTemplate edited = *tmpl;
    edited.body += QStringLiteral("\n\nDecided under {{eligibility_policy}}: {{eligibility_outcome}}.");
    REQUIRE(letters.setTemplate(edited, desk.admin).ok());
    auto html = letters.html(onTheDay, QStringLiteral("approval"), QStringLiteral("en"));
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Decided under Further facilitation of 20 January 2023: eligible without a case number.")));
    auto zh = letters.html(onTheDay, QStringLiteral("approval"), QStringLiteral("zh"));
    REQUIRE(zh.ok());
    CHECK(LetterService::mergeFields().contains(QStringLiteral("eligibility_policy")));
}

TEST_CASE("The database's eligibility view agrees with EligibilityService for every type, date and case",
          "[app][decisions][eligibility][sql]")
{
    DecisionDesk desk;
    QStringList types { QString() };
    {
        QSqlQuery q(desk.db());
        REQUIRE(q.exec(QStringLiteral("SELECT code FROM organization_types ORDER BY sort_order")));
        while (q.next())
            types << q.value(0).toString();
    }
    REQUIRE(types.size() == 11); // "no type yet" and the ten types of the reference data
    const QList<QDateTime> received { QDateTime(QDate(2017, 12, 31), QTime(15, 0), Qt::UTC), // before any policy
                                      QDateTime(QDate(2023, 1, 19), QTime(15, 59), Qt::UTC),
                                      QDateTime(QDate(2023, 1, 19), QTime(16, 0), Qt::UTC),
                                      QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC) };
    EligibilityService service(desk.db());
    int compared = 0;
    for (const QString& type : types) {
        for (const QDateTime& at : received) {
            for (const bool withCase : { false, true }) {
                for (const bool lshk : { false, true }) {
                    Receipt r;
                    r.channel = QStringLiteral("fax");
                    r.receivedAt = at;
                    auto app = ApplicationService(desk.db()).receive(r, desk.clerk);
                    REQUIRE(app.ok());
                    FormData d;
                    d.orgType = type;
                    d.orgNameEn = QStringLiteral("Organization %1").arg(compared);
                    if (withCase)
                        d.caseNumbers = { { QStringLiteral("HCA 7/2015"), {} } };
                    d.lshkConfirmed = lshk;
                    d.lshkConfirmedHow = QStringLiteral("Law Society list of firms");
                    REQUIRE(FormService(desk.db()).save(app->id, d, desk.clerk).ok());
                    auto judged = service.assessApplication(app->id);
                    REQUIRE(judged.ok());
                    QSqlQuery v(desk.db());
                    REQUIRE(execPrepared(v,
                                         QStringLiteral("SELECT coalesce(policy_code, ''), outcome FROM "
                                                        "application_eligibility WHERE application_id = ?"),
                                         { app->id })
                                .ok());
                    REQUIRE(v.next());
                    INFO(type.toStdString() << " " << at.toString(Qt::ISODate).toStdString() << " case " << withCase
                                            << " lshk " << lshk);
                    CHECK(v.value(0).toString() == judged->policyCode);
                    CHECK(v.value(1).toString() == EligibilityService::outcomeCode(judged->outcome));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 11 * 4 * 2 * 2);
}
