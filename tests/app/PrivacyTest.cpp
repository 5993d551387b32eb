// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data kept in bounds: identity numbers in free text, their retention, drafts that expire,
// who may reveal a number, failed sign-ins, and privileges read from the stored account.
#include "ApplicationService.h"
#include "Clock.h"
#include "EventLog.h"
#include "RetentionService.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "form/DraftStore.h"
#include "form/DuplicateFinder.h"
#include "form/FormService.h"
#include "letters/LetterService.h"
#include "oversight/CaseTimeline.h"
#include "oversight/QualitySampler.h"
#include "validation/Hkid.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/HolidayImport.h"
#include "workflow/WorkflowService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace orgdesk;

namespace {

QDateTime hk(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))).toUTC();
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0);
}

qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    return scalar(db, sql, values).toLongLong();
}

// Every event's details, as stored, one after the other.
QString allDetails(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM events ORDER BY id")));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all.join(u'\n');
}

FormData paForm()
{
    FormData d;
    d.orgNameEn = QStringLiteral("Harbour Bay Trading Limited");
    d.orgType = QStringLiteral("company");
    d.caseNumbers = { { QStringLiteral("HCA 12/2023"), {} } }; // a party: eligible, so it may be approved
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("A123456(3)");
    d.email = QStringLiteral("info@harbour-bay.com.hk");
    return d;
}

struct Desk
{
    test::TempDatabase t;
    Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Actor otherClerk = t.addUser(QStringLiteral("colin"), QStringLiteral("clerk"));
    Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock { hk(2024, 1, 2) };
    test::ClockGuard guard { &clock };

    QSqlDatabase db() const { return t.connection(); }

    qint64 receive(const Actor& by)
    {
        auto app = ApplicationService(db()).receive(Receipt { QStringLiteral("fax"), clock.nowUtc(), {}, {} }, by);
        REQUIRE(app.ok());
        return app->id;
    }

    void move(qint64 id, const QString& to, const Actor& by, const QString& note = {})
    {
        TransitionRequest r;
        r.applicationId = id;
        r.to = to;
        r.note = note;
        if (to == u"recommended")
            r.recommendation = QStringLiteral("approve");
        if (to == u"awaiting_applicant")
            r.reasonCodes = { QStringLiteral("REQ-ID") };
        const auto moved = WorkflowService(db()).transition(r, by);
        INFO(to << ": " << moved.message());
        REQUIRE(moved.ok());
    }

    // A case with the PA's identity number on its form, taken through to `status`.
    qint64 caseWithNumber(const QString& status, const FormData& form = paForm())
    {
        const qint64 id = receive(clerk);
        const auto saved = FormService(db()).save(id, form, clerk);
        INFO(saved.message());
        REQUIRE(saved.ok());
        for (const QString& to : { QStringLiteral("registered"), QStringLiteral("under_review"),
                                   QStringLiteral("recommended"), QStringLiteral("approved"),
                                   QStringLiteral("account_created"), QStringLiteral("closed") }) {
            move(id, to, to == u"approved" ? supervisor : clerk);
            if (to == status)
                break;
        }
        return id;
    }

    void setRole(const Actor& who, const QString& role)
    {
        // The database takes a role change only right after its event (migration 0012).
        REQUIRE(EventLog::append(db(), Event { 0, Clock::current().nowUtc(), std::nullopt,
                                               QStringLiteral("user.role_changed"), QStringLiteral("user"), who.userId,
                                               QJsonObject { { QStringLiteral("role"), role } } })
                    .ok());
        QSqlQuery q(db());
        REQUIRE(execPrepared(q, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), { role, who.userId }).ok());
    }
};

} // namespace

TEST_CASE("HKID-shaped strings in free text are masked as the identity field shows them", "[app][privacy]")
{
    using validation::containsHkid;
    using validation::maskHkidsInText;
    CHECK(maskHkidsInText(QStringLiteral("PA card A123456(3) seen")) == QStringLiteral("PA card A123***(*) seen"));
    CHECK(maskHkidsInText(QStringLiteral("copy of ab987654 3 illegible")) == QStringLiteral("copy of AB987***(*) illegible"));
    CHECK(maskHkidsInText(QStringLiteral("A 123456 (3)")) == QStringLiteral("A123***(*)"));
    CHECK(maskHkidsInText(QStringLiteral("Y1234560.")) == QStringLiteral("Y123***(*)."));
    CHECK(maskHkidsInText(QStringLiteral("身份證號碼Ｚ６８３３６５（Ａ）已核對")) == QStringLiteral("身份證號碼Z683***(*)已核對"));
    // A wrong check character is still someone's number, mistyped.
    CHECK(maskHkidsInText(QStringLiteral("A123456(9)")) == QStringLiteral("A123***(*)"));
    CHECK(containsHkid(QStringLiteral("two: A123456(3) and B765432(1)")));
    CHECK(maskHkidsInText(QStringLiteral("two: A123456(3) and B765432(1)"))
          == QStringLiteral("two: A123***(*) and B765***(*)"));
    // Not identity numbers: case numbers, BR numbers, phone numbers, hashes, longer codes.
    for (const QString& s : { QStringLiteral("HCA 1234/2025 and DCCJ 567/2024"), QStringLiteral("BR 12345678-000-03-25-6"),
                              QStringLiteral("+852 2345 6789"), QStringLiteral("ref OA-2026-000123"),
                              QStringLiteral("sha ab1234567c0ffee"), QStringLiteral("passport K12345678"),
                              QStringLiteral("HCA1234567") }) {
        INFO(s);
        CHECK_FALSE(containsHkid(s));
        CHECK(maskHkidsInText(s) == s);
    }
    CHECK(CaseTimeline::maskIdentityNumbers(QStringLiteral("x A123456(3)")) == QStringLiteral("x A123***(*)"));
}

TEST_CASE("Remarks, confirmed-how and case-number notes keep no HKID in the case or its events", "[app][privacy]")
{
    Desk desk;
    const qint64 id = desk.receive(desk.clerk);
    FormData d = paForm();
    d.orgType = QStringLiteral("law_firm");
    d.remarks = QStringLiteral("PA's card A123456(3) checked at the counter");
    d.lshkConfirmed = true;
    d.lshkConfirmedHow = QStringLiteral("Law Society list; caller gave HKID B765432 1");
    d.caseNumbers = { { QStringLiteral("XYZ 1/2020"), QStringLiteral("prefix confirmed by C 668668 (9)") } };
    const auto saved = FormService(desk.db()).save(id, d, desk.clerk);
    INFO(saved.message());
    REQUIRE(saved.ok());

    const auto loaded = FormService(desk.db()).load(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->data.remarks == QStringLiteral("PA's card A123***(*) checked at the counter"));
    CHECK(loaded->data.lshkConfirmedHow == QStringLiteral("Law Society list; caller gave HKID B765***(*)"));
    CHECK(loaded->data.caseNumbers.value(0).note == QStringLiteral("prefix confirmed by C668***(*)"));
    CHECK(loaded->data.paIdNumber == QStringLiteral("A123456(3)")); // the field itself keeps the number

    const QString details = allDetails(desk.db());
    CHECK(details.contains(QStringLiteral("A123***(*) checked at the counter")));
    for (const char* clear : { "123456", "765432", "668668" }) {
        INFO(clear);
        CHECK_FALSE(details.contains(QString::fromLatin1(clear)));
    }
    const auto verified = EventLog::verify(desk.db());
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->has_value());
}

TEST_CASE("Move notes, requisition notes, link notes and review notes keep no HKID", "[app][privacy]")
{
    Desk desk;
    const qint64 id = desk.caseWithNumber(QStringLiteral("under_review"));
    desk.move(id, QStringLiteral("awaiting_applicant"), desk.clerk, QStringLiteral("copy of A123456(3) is unreadable"));
    CHECK(scalar(desk.db(), QStringLiteral("SELECT note FROM application_transitions WHERE application_id = ? "
                                           "AND to_status = 'awaiting_applicant'"),
                 { id })
              .toString()
          == QStringLiteral("copy of A123***(*) is unreadable"));
    CHECK(scalar(desk.db(), QStringLiteral("SELECT note FROM requisitions WHERE application_id = ?"), { id }).toString()
          == QStringLiteral("copy of A123***(*) is unreadable"));

    const qint64 other = desk.receive(desk.clerk);
    REQUIRE(DuplicateFinder(desk.db())
                .link(other, id, QStringLiteral("resubmission_of"), QStringLiteral("same PA, HKID a1234563"), desk.clerk)
                .ok());
    const auto links = DuplicateFinder(desk.db()).links(other);
    REQUIRE(links.ok());
    REQUIRE(links->size() == 1);
    CHECK(links->first().note == QStringLiteral("same PA, HKID A123***(*)"));
    CHECK_FALSE(allDetails(desk.db()).contains(QStringLiteral("1234563")));
}

TEST_CASE("Retention purges the PA's identity number of cases closed past the period, with a tombstone",
          "[app][privacy][retention]")
{
    Desk desk;
    const qint64 oldCase = desk.caseWithNumber(QStringLiteral("closed"));
    FormData passport = paForm();
    passport.paIdType = QStringLiteral("passport");
    passport.paIdNumber = QStringLiteral("K1234567");
    const qint64 oldPassport = desk.caseWithNumber(QStringLiteral("closed"), passport);
    const qint64 openCase = desk.caseWithNumber(QStringLiteral("approved"));
    // A draft of the old case holds the number as typed.
    REQUIRE(DraftStore(desk.db()).save(oldCase, desk.clerk.userId, paForm()).ok());
    desk.clock.set(hk(2026, 6, 1));
    const qint64 recentCase = desk.caseWithNumber(QStringLiteral("closed"));

    desk.clock.set(hk(2026, 12, 1));
    REQUIRE(DraftStore(desk.db()).save(oldCase, desk.clerk.userId, paForm()).ok());
    RetentionService service(desk.db());
    const auto plan = service.plan();
    REQUIRE(plan.ok());
    REQUIRE(plan->idNumbers.size() == 2);
    CHECK(plan->idNumbers.at(0).applicationId == oldCase);
    CHECK(plan->idNumbers.at(0).idType == QStringLiteral("hkid"));
    CHECK(plan->idNumbers.at(1).applicationId == oldPassport);
    CHECK(plan->idNumbers.at(1).idType == QStringLiteral("passport"));
    CHECK_FALSE(plan->empty());
    // The plan is a dry run.
    CHECK(FormService(desk.db()).load(oldCase)->data.paIdNumber == QStringLiteral("A123456(3)"));

    // Only an administrator purges.
    CHECK(service.purge(*plan, desk.clerk).error().code == ErrorCode::PermissionDenied);
    CHECK(FormService(desk.db()).load(oldCase)->data.paIdNumber == QStringLiteral("A123456(3)"));

    const auto done = service.purge(*plan, desk.admin);
    INFO(done.message());
    REQUIRE(done.ok());
    CHECK(done->idNumbers == 2);
    FormService form(desk.db());
    const auto purged = form.load(oldCase);
    REQUIRE(purged.ok());
    CHECK(purged->data.paIdNumber.isEmpty());
    CHECK(purged->data.paIdType == QStringLiteral("hkid")); // what kind of document it was stays
    CHECK(purged->header.idNumberPurgedAt == hk(2026, 12, 1));
    CHECK(form.load(oldPassport)->data.paIdNumber.isEmpty());
    CHECK(form.load(openCase)->data.paIdNumber == QStringLiteral("A123456(3)"));
    CHECK(form.load(recentCase)->data.paIdNumber == QStringLiteral("A123456(3)"));
    CHECK_FALSE(form.load(recentCase)->header.idNumberPurgedAt.isValid());
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM application_drafts WHERE application_id = ?"), { oldCase })
          == 0);

    // The tombstone: one event per case, naming neither the number nor its mask.
    const auto events = EventLog::forSubject(desk.db(), QStringLiteral("application"), oldCase);
    REQUIRE(events.ok());
    const auto tomb = std::find_if(events->cbegin(), events->cend(),
                                   [](const Event& e) { return e.action == u"application.id_number_purged"; });
    REQUIRE(tomb != events->cend());
    CHECK(tomb->userId == desk.admin.userId);
    CHECK(tomb->details.value(QStringLiteral("id_type")).toString() == QStringLiteral("hkid"));
    CHECK(tomb->details.value(QStringLiteral("drafts_removed")).toInt() == 1);
    CHECK_FALSE(QJsonDocument(tomb->details).toJson().contains("A123"));
    const auto timeline = CaseTimeline::forApplication(desk.db(), oldCase);
    REQUIRE(timeline.ok());
    CHECK(std::any_of(timeline->cbegin(), timeline->cend(), [](const TimelineEntry& e) {
        return e.text.contains(QStringLiteral("identity number was purged"));
    }));

    // Revealing it says it was purged; nothing more is due; the trail verifies.
    const auto reveal = form.revealIdNumber(oldCase, desk.supervisor);
    CHECK(reveal.error().code == ErrorCode::NotFound);
    CHECK(reveal.message().contains(QStringLiteral("purged")));
    CHECK(service.plan()->idNumbers.isEmpty());
    const auto verified = EventLog::verify(desk.db());
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->has_value());
}

TEST_CASE("Autosaved drafts expire after the setting's days, when read and at sign-in", "[app][privacy][drafts]")
{
    Desk desk;
    CHECK(Settings(desk.db()).draftKeepDays() == 7);
    const qint64 a = desk.receive(desk.clerk);
    const qint64 b = desk.receive(desk.clerk);
    DraftStore drafts(desk.db());
    REQUIRE(drafts.save(a, desk.clerk.userId, paForm()).ok());
    REQUIRE(drafts.save(b, desk.otherClerk.userId, paForm()).ok());

    desk.clock.advanceSecs(6 * 24 * 3600);
    CHECK(drafts.load(a, desk.clerk.userId)->has_value());
    desk.clock.advanceSecs(2 * 24 * 3600);
    // Read after 8 days: gone, and removed from the store.
    CHECK_FALSE(drafts.load(a, desk.clerk.userId)->has_value());
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM application_drafts WHERE application_id = ?"), { a }) == 0);
    // Never read: removed when anyone signs in.
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM application_drafts")) == 1);
    REQUIRE(UserService(desk.db()).signIn(QStringLiteral("carol"), QStringLiteral("correct horse")).ok());
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM application_drafts")) == 0);

    // A longer setting keeps them longer; only an administrator changes it.
    CHECK(Settings(desk.db()).setDraftKeepDays(30, desk.clerk).error().code == ErrorCode::PermissionDenied);
    REQUIRE(Settings(desk.db()).setDraftKeepDays(30, desk.admin).ok());
    REQUIRE(drafts.save(a, desk.clerk.userId, paForm()).ok());
    desk.clock.advanceSecs(20 * 24 * 3600);
    CHECK(drafts.load(a, desk.clerk.userId)->has_value());
    CHECK(drafts.removeExpired().value() == 0);
    desk.clock.advanceSecs(11 * 24 * 3600);
    CHECK(drafts.removeExpired().value() == 1);
}

TEST_CASE("Revealing an identity number needs a role the setting allows, and a refusal is recorded",
          "[app][privacy][reveal]")
{
    Desk desk;
    const qint64 id = desk.caseWithNumber(QStringLiteral("registered"));
    FormService form(desk.db());
    CHECK(Settings(desk.db()).identityRevealRoles() == QStringList { QStringLiteral("handling_clerk"), QStringLiteral("supervisor") });

    // The registering clerk and a supervisor may; another clerk and an administrator may not.
    CHECK(form.revealIdNumber(id, desk.clerk).value() == QStringLiteral("A123456(3)"));
    CHECK(form.revealIdNumber(id, desk.supervisor).value() == QStringLiteral("A123456(3)"));
    const qint64 refusedBefore = count(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'"));
    const auto other = form.revealIdNumber(id, desk.otherClerk);
    CHECK(other.error().code == ErrorCode::PermissionDenied);
    CHECK(other.message().contains(QStringLiteral("the clerk handling the case or a supervisor")));
    CHECK(form.revealIdNumber(id, desk.admin).error().code == ErrorCode::PermissionDenied);
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' AND "
                                          "subject_type = 'application' AND subject_id = ? AND "
                                          "details LIKE '%\"attempted\":\"pii.reveal\"%'"),
                { id })
          == refusedBefore + 2);
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'pii.revealed' AND user_id = ?"),
                { desk.otherClerk.userId })
          == 0);

    // The clerk who made the latest move handles the case now.
    desk.move(id, QStringLiteral("under_review"), desk.otherClerk);
    CHECK(form.revealIdNumber(id, desk.otherClerk).ok());
    CHECK(form.revealIdNumber(id, desk.clerk).ok()); // still its registrar

    // The setting decides: administrators added, supervisors left out.
    REQUIRE(Settings(desk.db())
                .setIdentityRevealRoles({ QStringLiteral("handling_clerk"), QStringLiteral("admin") }, desk.admin)
                .ok());
    CHECK(form.revealIdNumber(id, desk.admin).ok());
    CHECK(form.revealIdNumber(id, desk.supervisor).error().code == ErrorCode::PermissionDenied);
    CHECK(Settings(desk.db()).setByKey(QStringLiteral("pii.reveal_roles"), QStringLiteral("everyone"), desk.admin).error().code
          == ErrorCode::InvalidInput);

    // Judged by the stored account: a handling clerk deactivated meanwhile may not.
    REQUIRE(UserService(desk.db()).setActive(desk.clerk.userId, false, desk.admin).ok());
    CHECK(form.revealIdNumber(id, desk.clerk).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A failed sign-in stores no typed user name and names no actor", "[app][privacy][auth]")
{
    Desk desk;
    UserService users(desk.db());
    CHECK_FALSE(users.signIn(QStringLiteral("MyS3cretPassw0rd"), QStringLiteral("carol")).ok());
    QSqlQuery q(desk.db());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, subject_id, details FROM events WHERE action = 'auth.failed' ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).isNull());
    CHECK(q.value(1).isNull());
    const QJsonObject unknown = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    CHECK(unknown.value(QStringLiteral("reason")).toString() == QStringLiteral("unknown user name"));
    CHECK_FALSE(q.value(2).toString().contains(QStringLiteral("MyS3cret")));
    CHECK_FALSE(unknown.contains(QStringLiteral("username")));

    // A known account with a wrong password: that account is the subject; nobody is the actor.
    CHECK_FALSE(users.signIn(QStringLiteral("carol"), QStringLiteral("wrong horse")).ok());
    // Read again: a result already read is not guaranteed to show rows written after it.
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, subject_id, details FROM events WHERE action = 'auth.failed' ORDER BY id")));
    REQUIRE(q.next());
    REQUIRE(q.next());
    CHECK(q.value(0).isNull());
    CHECK(q.value(1).toLongLong() == desk.clerk.userId);
    // A successful sign-in is the person's own act.
    REQUIRE(users.signIn(QStringLiteral("carol"), QStringLiteral("correct horse")).ok());
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'auth.signed_in' AND user_id = ?"),
                { desk.clerk.userId })
          == 1);
}

TEST_CASE("An administrator deactivated or demoted mid-session loses the privileges at the next step",
          "[app][privacy][permissions]")
{
    Desk desk;
    const Actor second = desk.t.addUser(QStringLiteral("adam"), QStringLiteral("admin"));
    const Actor stale = second; // the session's copy, signed in as an administrator
    UserService users(desk.db());
    REQUIRE(users.setActive(second.userId, false, desk.admin).ok());

    auto refusedFor = [&](const QString& attempted) {
        return count(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' "
                                               "AND user_id = ? AND details LIKE ?"),
                     { stale.userId, QStringLiteral("%\"attempted\":\"%1\"%").arg(attempted) });
    };
    const auto added = users.addUser(QStringLiteral("eve"), QString(), QStringLiteral("admin"),
                                     QStringLiteral("correct horse battery"), stale);
    CHECK(added.error().code == ErrorCode::PermissionDenied);
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM users WHERE username = 'eve'")) == 0);
    CHECK(refusedFor(QStringLiteral("user.add")) == 1);
    CHECK(users.resetPassword(desk.clerk.userId, QStringLiteral("another horse battery"), stale).error().code
          == ErrorCode::PermissionDenied);
    CHECK(refusedFor(QStringLiteral("user.reset_password")) == 1);
    CHECK(users.setActive(desk.clerk.userId, false, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(users.unlock(desk.clerk.userId, stale).error().code == ErrorCode::PermissionDenied);
    LetterService letters(desk.db());
    auto tmpl = letters.letterTemplate(QStringLiteral("acknowledgement"), QStringLiteral("en"));
    REQUIRE(tmpl.ok());
    tmpl->subject = QStringLiteral("Changed by a deactivated administrator");
    CHECK(letters.setTemplate(*tmpl, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(refusedFor(QStringLiteral("letter_template.change")) == 1);
    CHECK(BusinessCalendar::addHoliday(desk.db(), QDate(2027, 6, 1), QStringLiteral("Invented"), QString(), stale)
              .error()
              .code
          == ErrorCode::PermissionDenied);
    CHECK(HolidayImport::apply(desk.db(), QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), QStringLiteral("x.ics"), stale)
              .error()
              .code
          == ErrorCode::PermissionDenied);
    CHECK(refusedFor(QStringLiteral("holiday.import")) == 1);
    CHECK(Settings(desk.db()).setIdentityRetentionMonths(1, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(Settings(desk.db()).identityRetentionMonths() == 24);
    const auto plan = RetentionService(desk.db()).plan();
    REQUIRE(plan.ok());
    CHECK(RetentionService(desk.db()).purge(*plan, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(refusedFor(QStringLiteral("retention.purge")) == 1);

    // Demoted rather than deactivated: the same.
    const Actor demoted = desk.admin;
    desk.setRole(desk.admin, QStringLiteral("clerk"));
    CHECK(users.resetPassword(desk.clerk.userId, QStringLiteral("another horse battery"), demoted).error().code
          == ErrorCode::PermissionDenied);
    CHECK(Settings(desk.db()).setDraftKeepDays(3, demoted).error().code == ErrorCode::PermissionDenied);
    // Given the role back, the same session may again.
    desk.setRole(desk.admin, QStringLiteral("admin"));
    CHECK(users.resetPassword(desk.clerk.userId, QStringLiteral("another horse battery"), demoted).ok());
}

TEST_CASE("A supervisor deactivated or demoted mid-session can no longer decide or sample", "[app][privacy][permissions]")
{
    Desk desk;
    const qint64 id = desk.caseWithNumber(QStringLiteral("recommended"));
    const qint64 decided = desk.caseWithNumber(QStringLiteral("approved"));
    (void)decided;
    const Actor stale = desk.supervisor;
    desk.setRole(desk.supervisor, QStringLiteral("clerk"));
    TransitionRequest approve;
    approve.applicationId = id;
    approve.to = QStringLiteral("approved");
    CHECK(WorkflowService(desk.db()).transition(approve, stale).error().code == ErrorCode::PermissionDenied);
    QualitySampler sampler(desk.db());
    const QDate today = BusinessCalendar::deskDate(desk.clock.nowUtc());
    CHECK(sampler.draw(today.addDays(-1), today, 100, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(count(desk.db(), QStringLiteral("SELECT count(*) FROM quality_samples")) == 0);
    desk.setRole(desk.supervisor, QStringLiteral("supervisor"));
    REQUIRE(UserService(desk.db()).setActive(desk.supervisor.userId, false, desk.admin).ok());
    CHECK(sampler.draw(today.addDays(-1), today, 100, stale).error().code == ErrorCode::PermissionDenied);
    CHECK(WorkflowService(desk.db()).transition(approve, stale).error().code == ErrorCode::PermissionDenied);
}
