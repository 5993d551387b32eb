// SPDX-License-Identifier: GPL-3.0-or-later
// Eligibility by policy date, the evidence checklist, duplicate applicants, form saving with its
// audit event, identity-number reveals and drafts.
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "form/ChecklistService.h"
#include "form/DraftStore.h"
#include "form/DuplicateFinder.h"
#include "form/EligibilityService.h"
#include "form/FormService.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace orgdesk;
using test::ClockGuard;

namespace {

FormData sampleForm()
{
    FormData d;
    d.orgNameEn = QStringLiteral("Harbour Bay Trading (Central) Limited");
    d.orgNameZh = QStringLiteral("海港灣貿易（中環）有限公司");
    d.orgType = QStringLiteral("company");
    d.brNumber = QStringLiteral("12345678-000-03-25-6");
    d.registeredAddress = QStringLiteral("12/F, Harbour Centre, 25 Harbour Road, Wan Chai");
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    d.paNameZh = QStringLiteral("陳大文");
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("a1234563");
    d.paPosition = QStringLiteral("Director");
    d.phone = QStringLiteral("2345 6789");
    d.email = QStringLiteral("Info@Harbour-Bay.COM.HK");
    d.caseNumbers = { { QStringLiteral("hca 1234 of 2025"), QString() } };
    d.formSigned = true;
    d.formDate = QDate(2026, 5, 1);
    return d;
}

QList<Event> eventsOf(const QSqlDatabase& db, qint64 id, const QString& action)
{
    const auto all = EventLog::forSubject(db, QStringLiteral("application"), id);
    REQUIRE(all.ok());
    QList<Event> out;
    for (const Event& e : *all) {
        if (e.action == action)
            out << e;
    }
    return out;
}

} // namespace

TEST_CASE("Eligibility follows the policy in force on the date received, for every organization type",
          "[form][eligibility]")
{
    test::TempDatabase t;
    EligibilityService service(t.connection());
    const QDate before(2023, 1, 19);
    const QDate from(2023, 1, 20);
    using E = Eligibility;
    // type, received, has case number, LSHK confirmed, expected
    struct Row
    {
        const char* type;
        QDate on;
        bool hasCase;
        bool lshk;
        E expected;
    };
    const Row rows[] = {
        { "law_firm", before, false, true, E::CaseByCase },
        { "law_firm", before, true, true, E::EligibleWithCaseNumber },
        { "law_firm", from, false, true, E::Eligible },
        { "law_firm", from, false, false, E::CaseByCase },
        { "law_firm", from, true, false, E::EligibleWithCaseNumber },
        { "law_firm", from, true, true, E::Eligible },
        { "hkba", before, false, false, E::CaseByCase },
        { "hkba", before, true, false, E::EligibleWithCaseNumber },
        { "hkba", from, false, false, E::Eligible },
        { "lshk", before, false, false, E::CaseByCase },
        { "lshk", from, false, false, E::Eligible },
        { "government", before, false, false, E::CaseByCase },
        { "government", from, false, false, E::CaseByCase },
        { "government", from, true, false, E::EligibleWithCaseNumber },
        { "law_enforcement", before, false, false, E::CaseByCase },
        { "law_enforcement", from, false, false, E::CaseByCase },
        { "law_enforcement", before, true, false, E::EligibleWithCaseNumber },
        { "statutory_body", before, false, false, E::CaseByCase },
        { "statutory_body", from, false, false, E::CaseByCase },
        { "statutory_body", from, true, false, E::EligibleWithCaseNumber },
        // Court users with no case number are considered case by case (the letter, paragraph 2).
        { "company", before, false, false, E::CaseByCase },
        { "company", before, true, false, E::EligibleWithCaseNumber },
        { "company", from, false, false, E::CaseByCase },
        { "company", from, true, false, E::EligibleWithCaseNumber },
        { "other_organization", before, false, false, E::CaseByCase },
        { "other_organization", from, false, false, E::CaseByCase },
        { "other_organization", from, true, false, E::EligibleWithCaseNumber },
    };
    for (const Row& row : rows) {
        INFO(row.type << " received " << row.on.toString(Qt::ISODate) << " case " << row.hasCase << " lshk " << row.lshk);
        const auto r = service.assess({ QString::fromLatin1(row.type), row.on, row.hasCase, row.lshk });
        REQUIRE(r.ok());
        CHECK(int(r->outcome) == int(row.expected));
        CHECK(r->policyCode == (row.on < from ? QStringLiteral("original") : QStringLiteral("facilitation_2023")));
        CHECK_FALSE(r->reason.isEmpty());
    }
    const auto firm = service.assess({ QStringLiteral("law_firm"), from, false, false });
    REQUIRE(firm.ok());
    CHECK(firm->reason.contains(QStringLiteral("Law Society")));
    const auto none = service.assess({ QString(), from, false, false });
    REQUIRE(none.ok());
    CHECK(none->outcome == E::Undetermined);
    CHECK(EligibilityService::hongKongDate(QDateTime(QDate(2023, 1, 19), QTime(16, 30), Qt::UTC)) == from);
}

TEST_CASE("A new policy row changes eligibility from its date without a rebuild", "[form][eligibility]")
{
    test::TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO eligibility_policies (code, name_en, name_zh, in_force_from) VALUES "
                                  "('future', 'Future arrangement', '未來安排', '2030-01-01')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO eligibility_rules (policy_code, org_type, without_case) VALUES "
                                  "('future', 'statutory_body', 'eligible')")));
    EligibilityService service(t.connection());
    CHECK(service.assess({ QStringLiteral("statutory_body"), QDate(2029, 12, 31), false, false })->outcome
          == Eligibility::CaseByCase);
    CHECK(service.assess({ QStringLiteral("statutory_body"), QDate(2030, 1, 1), false, false })->outcome
          == Eligibility::Eligible);
    // A type the new policy has no rule for goes to a supervisor.
    CHECK(service.assess({ QStringLiteral("company"), QDate(2030, 1, 1), true, false })->outcome == Eligibility::CaseByCase);
}

TEST_CASE("Saving the form stores canonical values in one transaction with a masked change event", "[form][save]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormService service(t.connection());

    const auto saved = service.save(id, sampleForm(), clerk);
    INFO(saved.message());
    REQUIRE(saved.ok());
    const auto loaded = service.load(id);
    REQUIRE(loaded.ok());
    const FormData& d = loaded->data;
    CHECK(d.brNumber == QStringLiteral("12345678-000"));
    CHECK(d.paIdNumber == QStringLiteral("A123456(3)"));
    CHECK(d.phone == QStringLiteral("+852 2345 6789"));
    CHECK(d.email == QStringLiteral("Info@harbour-bay.com.hk"));
    REQUIRE(d.caseNumbers.size() == 1);
    CHECK(d.caseNumbers[0].text == QStringLiteral("HCA 1234/2025"));
    CHECK(d.orgNameZh == QStringLiteral("海港灣貿易（中環）有限公司"));

    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT org_name_en_key, br_branch FROM applications WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("harbourbaytradingcentralltd"));
    CHECK(q.value(1).toString() == QStringLiteral("000"));

    const auto events = eventsOf(t.connection(), id, QStringLiteral("application.form_saved"));
    REQUIRE(events.size() == 1);
    const QJsonObject changed = events[0].details.value(QStringLiteral("changed")).toObject();
    CHECK(changed.value(QStringLiteral("org_name_en")).toObject().value(QStringLiteral("after")).toString()
          == QStringLiteral("Harbour Bay Trading (Central) Limited"));
    CHECK(changed.value(QStringLiteral("pa_id_number")).toObject().value(QStringLiteral("after")).toString()
          == QStringLiteral("A123***(*)"));
    const QByteArray all = QJsonDocument(events[0].details).toJson();
    CHECK_FALSE(all.contains("A123456"));

    // Checklist items for a company were created.
    const auto items = ChecklistService(t.connection()).items(id);
    REQUIRE(items.ok());
    CHECK(items->size() == 4);

    // A second save with one change records only that field, before and after.
    FormData next = d;
    next.paIdNumber = QStringLiteral("A123457(?)");
    CHECK_FALSE(service.save(id, next, clerk).ok()); // refused: bad check character
    next = d;
    next.remarks = QStringLiteral("Called the applicant.");
    const auto second = service.save(id, next, clerk);
    REQUIRE(second.ok());
    CHECK(second->changedFields == QStringList { QStringLiteral("remarks") });
    // Nothing changed: no event.
    REQUIRE(service.save(id, second->saved, clerk).ok());
    CHECK(eventsOf(t.connection(), id, QStringLiteral("application.form_saved")).size() == 2);
    CHECK_FALSE(EventLog::verify(t.connection())->has_value());
}

TEST_CASE("Form checks report errors, warnings and review flags per field", "[form][save]")
{
    test::TempDatabase t;
    FormService service(t.connection());
    FormData d = sampleForm();
    d.brNumber = QStringLiteral("1234567");
    d.phone = QStringLiteral("+44 20 7946 0000");
    d.caseNumbers = { { QStringLiteral("XYZ 12/2024"), QString() }, { QStringLiteral("HCA 1/2027"), QString() } };
    d.formDate = QDate(2026, 6, 1);
    FormCheck c = service.check(d, QDate(2026, 5, 4));
    CHECK(c.hasErrors());
    CHECK(c.issuesFor(QStringLiteral("br_number")).size() == 1);
    REQUIRE(c.issuesFor(QStringLiteral("phone")).size() == 1);
    CHECK(c.issuesFor(QStringLiteral("phone"))[0].severity == FieldIssue::Severity::Review);
    const auto cases = c.issuesFor(QStringLiteral("case_numbers"));
    REQUIRE(cases.size() == 2);
    CHECK(cases[0].index == 0); // unknown prefix without a note: must be confirmed
    CHECK(cases[0].severity == FieldIssue::Severity::Error);
    CHECK(cases[1].index == 1); // future year
    CHECK(c.issuesFor(QStringLiteral("form_date")).size() == 1);

    // With a note the unknown prefix is a warning only, and the form can be saved.
    d = sampleForm();
    d.caseNumbers = { { QStringLiteral("XYZ 12/2024"), QStringLiteral("Prefix checked with the registry by phone") } };
    c = service.check(d, QDate(2026, 5, 4));
    CHECK_FALSE(c.hasErrors());
    REQUIRE(c.issuesFor(QStringLiteral("case_numbers")).size() == 1);
    CHECK(c.issuesFor(QStringLiteral("case_numbers"))[0].severity == FieldIssue::Severity::Warning);

    // LSHK confirmation needs to say how.
    d.lshkConfirmed = true;
    c = service.check(d, QDate(2026, 5, 4));
    CHECK(c.issuesFor(QStringLiteral("lshk_confirmed_how")).size() == 1);
}

TEST_CASE("LSHK confirmation records who, when and how", "[form][save]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormService service(t.connection());
    FormData d = sampleForm();
    d.orgType = QStringLiteral("law_firm");
    d.lshkConfirmed = true;
    d.lshkConfirmedHow = QStringLiteral("Law Society online list of firms");
    REQUIRE(service.save(id, d, clerk).ok());
    const auto loaded = service.load(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->data.lshkConfirmed);
    CHECK(loaded->data.lshkConfirmedOn == QDate(2026, 5, 4));
    CHECK(loaded->data.lshkConfirmedBy == clerk.username);
    CHECK(loaded->data.lshkConfirmedHow == QStringLiteral("Law Society online list of firms"));
    EligibilityService e(t.connection());
    CHECK(e.assess({ loaded->data.orgType, EligibilityService::hongKongDate(loaded->header.receivedAt), false,
                     loaded->data.lshkConfirmed })
              ->outcome
          == Eligibility::Eligible);
    // Withdrawn: all three are cleared.
    FormData off = loaded->data;
    off.lshkConfirmed = false;
    REQUIRE(service.save(id, off, clerk).ok());
    CHECK_FALSE(service.load(id)->data.lshkConfirmed);
    CHECK(service.load(id)->data.lshkConfirmedBy.isEmpty());
}

TEST_CASE("Editing the LSHK confirmation names who edited it and when", "[form][save]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor first = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const Actor second = t.addUser(QStringLiteral("clerk2"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), first, QStringLiteral("fax"));
    FormService service(t.connection());
    FormData d = sampleForm();
    d.orgType = QStringLiteral("law_firm");
    d.lshkConfirmed = true;
    d.lshkConfirmedHow = QStringLiteral("Law Society online list of firms");
    REQUIRE(service.save(id, d, first).ok());
    CHECK(service.load(id)->data.lshkConfirmedBy == first.username);

    // A save by someone else that leaves the confirmation alone keeps who gave it.
    clock.advanceSecs(600);
    FormData other = service.load(id)->data;
    other.remarks = QStringLiteral("Called the firm.");
    REQUIRE(service.save(id, other, second).ok());
    CHECK(service.load(id)->data.lshkConfirmedBy == first.username);

    // Editing how it was confirmed names the editor, in the record and in the event.
    clock.advanceSecs(600);
    FormData how = service.load(id)->data;
    how.lshkConfirmedHow = QStringLiteral("Telephoned the Law Society");
    REQUIRE(service.save(id, how, second).ok());
    CHECK(service.load(id)->data.lshkConfirmedBy == second.username);
    auto events = eventsOf(t.connection(), id, QStringLiteral("application.form_saved"));
    REQUIRE(events.size() == 3);
    CHECK(events.at(1).details.value(QStringLiteral("lshk_confirmation")).isUndefined());
    QJsonObject edit = events.last().details.value(QStringLiteral("lshk_confirmation")).toObject();
    CHECK(edit.value(QStringLiteral("change")).toString() == QStringLiteral("edited"));
    CHECK(edit.value(QStringLiteral("by")).toString() == second.username);
    CHECK(edit.value(QStringLiteral("at")).toString() == QStringLiteral("2026-05-04T02:20:00Z"));
    CHECK(events.last().userId == second.userId);

    // Changing only the date of the confirmation is an edit too, recorded although no other field changed.
    clock.advanceSecs(600);
    FormData date = service.load(id)->data;
    date.lshkConfirmedOn = QDate(2026, 5, 1);
    REQUIRE(service.save(id, date, first).ok());
    CHECK(service.load(id)->data.lshkConfirmedBy == first.username);
    events = eventsOf(t.connection(), id, QStringLiteral("application.form_saved"));
    REQUIRE(events.size() == 4);
    edit = events.last().details.value(QStringLiteral("lshk_confirmation")).toObject();
    CHECK(edit.value(QStringLiteral("by")).toString() == first.username);
    CHECK(edit.value(QStringLiteral("on")).toString() == QStringLiteral("2026-05-01"));
}

TEST_CASE("A case-number prefix an administrator adds is accepted by a running desk", "[form][reference]")
{
    test::TempDatabase t;
    FormService service(t.connection()); // as the open form holds it for the whole session
    FormData d = sampleForm();
    d.caseNumbers = { { QStringLiteral("QXCT 12/2024"), QString() } };
    FormCheck c = service.check(d, QDate(2026, 5, 4));
    REQUIRE(c.issuesFor(QStringLiteral("case_numbers")).size() == 1);
    CHECK(c.issuesFor(QStringLiteral("case_numbers"))[0].severity == FieldIssue::Severity::Error);

    // Added on another desk, through the file.
    test::sqlite(t.path(), QStringLiteral("INSERT INTO case_prefixes (prefix, court_en) VALUES ('QXCT', 'A new tribunal')"));
    c = service.check(d, QDate(2026, 5, 4));
    CHECK(c.issuesFor(QStringLiteral("case_numbers")).isEmpty());
    CHECK_FALSE(c.hasErrors());
    CHECK(service.casePrefixesCached().contains(QStringLiteral("QXCT")));

    // And removed again, on this desk's own connection.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM case_prefixes WHERE prefix = 'QXCT'")));
    c = service.check(d, QDate(2026, 5, 4));
    CHECK(c.issuesFor(QStringLiteral("case_numbers")).size() == 1);
}

TEST_CASE("An eligibility policy an administrator adds applies on a running desk", "[form][reference]")
{
    test::TempDatabase t;
    EligibilityService service(t.connection());
    const EligibilityInput company { QStringLiteral("company"), QDate(2026, 6, 1), false, false };
    auto before = service.assess(company);
    REQUIRE(before.ok());
    CHECK(before->policyCode == QStringLiteral("facilitation_2023"));
    CHECK(before->outcome == Eligibility::CaseByCase);

    test::sqlite(t.path(),
                 QStringLiteral("INSERT INTO eligibility_policies (code, name_en, name_zh, in_force_from) VALUES "
                                "('test_2026', 'Arrangement of 2026', '2026年安排', '2026-05-01'); "
                                "INSERT INTO eligibility_rules (policy_code, org_type, without_case) VALUES "
                                "('test_2026', 'company', 'needs_case_number')"));
    auto after = service.assess(company);
    REQUIRE(after.ok());
    CHECK(after->policyCode == QStringLiteral("test_2026"));
    CHECK(after->outcome == Eligibility::NeedsCaseNumber);
    // An application received before it is still judged under the policy of its date.
    auto earlier = service.assess({ QStringLiteral("company"), QDate(2026, 4, 30), false, false });
    CHECK(earlier->policyCode == QStringLiteral("facilitation_2023"));

    // A rule edited in place applies too.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE eligibility_rules SET without_case = 'eligible' WHERE policy_code = "
                                  "'test_2026' AND org_type = 'company'")));
    CHECK(service.assess(company)->outcome == Eligibility::Eligible);
}

TEST_CASE("Saving refuses a form someone else saved meanwhile", "[form][save]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormService service(t.connection());
    const auto opened = service.load(id);
    REQUIRE(opened.ok());
    clock.advanceSecs(60);
    REQUIRE(service.save(id, sampleForm(), clerk, opened->header.updatedAt).ok());
    const auto late = service.save(id, sampleForm(), clerk, opened->header.updatedAt);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
}

TEST_CASE("Revealing an identity number is an audited event without the number", "[form][pii]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormService service(t.connection());
    REQUIRE(service.save(id, sampleForm(), clerk).ok());
    const auto number = service.revealIdNumber(id, clerk);
    REQUIRE(number.ok());
    CHECK(*number == QStringLiteral("A123456(3)"));
    const auto events = eventsOf(t.connection(), id, QStringLiteral("pii.revealed"));
    REQUIRE(events.size() == 1);
    CHECK(events[0].userId == clerk.userId);
    CHECK_FALSE(QJsonDocument(events[0].details).toJson().contains("123456"));
}

TEST_CASE("Checklist items are ticked against a page of the application's own attachments", "[form][checklist]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    const qint64 other = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    REQUIRE(FormService(t.connection()).save(id, sampleForm(), clerk).ok());

    auto attach = [&](qint64 app) {
        Transaction tx(t.connection());
        AttachmentInfo info;
        info.applicationId = app;
        info.originalName = QStringLiteral("br.pdf");
        info.mimeType = QStringLiteral("application/pdf");
        const QByteArray bytes = QByteArray("%PDF-1.4 test ") + QByteArray::number(app);
        info.size = bytes.size();
        info.sha256 = AttachmentStore::sha256Hex(bytes);
        info.pageCount = 3;
        info.addedAt = QDateTime::currentDateTimeUtc();
        const auto aid = AttachmentStore(t.connection()).insert(info, bytes);
        REQUIRE(aid.ok());
        REQUIRE(tx.commit().ok());
        return *aid;
    };
    const qint64 mine = attach(id);
    const qint64 theirs = attach(other);
    ChecklistService checklist(t.connection());
    CHECK(checklist.missing(id)->size() == 4);
    REQUIRE(checklist.tick(id, QStringLiteral("br_certificate"), mine, 2, clerk).ok());
    CHECK_FALSE(checklist.tick(id, QStringLiteral("authorisation_letter"), theirs, 1, clerk).ok());
    CHECK_FALSE(checklist.tick(id, QStringLiteral("authorisation_letter"), mine, 4, clerk).ok());
    CHECK_FALSE(checklist.tick(id, QStringLiteral("no_such_item"), mine, 1, clerk).ok());
    const auto items = checklist.items(id);
    REQUIRE(items.ok());
    CHECK(items->at(0).itemCode == QStringLiteral("br_certificate"));
    CHECK(items->at(0).attachmentId == mine);
    CHECK(items->at(0).pageNo == 2);
    const auto missing = checklist.missing(id);
    REQUIRE(missing->size() == 3);
    CHECK(missing->at(0).itemCode == QStringLiteral("incorporation_certificate"));
    CHECK(missing->at(1).reasonCode == QStringLiteral("REQ-AUTH"));
    CHECK(eventsOf(t.connection(), id, QStringLiteral("checklist.ticked")).size() == 1);

    // Changing the type keeps the ticked item and swaps the unticked ones.
    FormData d = FormService(t.connection()).load(id)->data;
    d.orgType = QStringLiteral("hkba");
    REQUIRE(FormService(t.connection()).save(id, d, clerk).ok());
    QStringList codes;
    const auto after = checklist.items(id);
    REQUIRE(after.ok());
    for (const auto& i : *after)
        codes << i.itemCode;
    codes.sort();
    CHECK(codes == QStringList { QStringLiteral("authorisation_letter"), QStringLiteral("br_certificate"),
                                 QStringLiteral("pa_identity") });
    REQUIRE(checklist.untick(id, QStringLiteral("br_certificate"), clerk).ok());
    CHECK(eventsOf(t.connection(), id, QStringLiteral("checklist.unticked")).size() == 1);
}

TEST_CASE("Duplicate applicants are found by BR number, name, e-mail or phone and linked, never merged",
          "[form][duplicates]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    FormService service(t.connection());
    const qint64 first = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    REQUIRE(service.save(first, sampleForm(), clerk).ok());
    const qint64 unrelated = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormData u;
    u.orgNameEn = QStringLiteral("Golden Peak Limited");
    u.orgType = QStringLiteral("company");
    REQUIRE(service.save(unrelated, u, clerk).ok());
    const qint64 second = test::receive(t.connection(), clerk, QStringLiteral("fax"));

    DuplicateFinder finder(t.connection());
    auto findFor = [&](DuplicateQuery q) {
        q.excludeId = second;
        const auto r = finder.find(q);
        INFO(r.message());
        REQUIRE(r.ok());
        return *r;
    };
    DuplicateQuery byName;
    byName.orgNameEn = QStringLiteral("HARBOUR  BAY TRADING (CENTRAL) LTD.");
    auto m = findFor(byName);
    REQUIRE(m.size() == 1);
    CHECK(m[0].id == first);
    CHECK(m[0].reasons == QStringList { QStringLiteral("name") });
    CHECK(m[0].status == QStringLiteral("received"));

    DuplicateQuery byZh;
    byZh.orgNameZh = QStringLiteral("海港灣貿易(中環) 有限公司");
    CHECK(findFor(byZh).size() == 1);
    DuplicateQuery byBr;
    byBr.brNumber = QStringLiteral("12345678");
    byBr.brBranch = QStringLiteral("000");
    m = findFor(byBr);
    REQUIRE(m.size() == 1);
    CHECK(m[0].reasons == QStringList { QStringLiteral("br") });
    // The 8 digits identify the business: another branch of it is flagged, saying the branches differ.
    byBr.brBranch = QStringLiteral("001");
    m = findFor(byBr);
    REQUIRE(m.size() == 1);
    CHECK(m[0].id == first);
    CHECK(m[0].reasons == QStringList { QStringLiteral("br_other_branch") });
    CHECK(m[0].brBranch == QStringLiteral("000"));
    byBr.brNumber = QStringLiteral("12345679");
    CHECK(findFor(byBr).isEmpty());
    DuplicateQuery byEmail;
    byEmail.email = QStringLiteral("info@harbour-bay.com.hk");
    CHECK(findFor(byEmail).size() == 1);
    DuplicateQuery byPhone;
    byPhone.phone = QStringLiteral("+852 2345 6789");
    CHECK(findFor(byPhone).size() == 1);
    DuplicateQuery all = byName;
    all.brNumber = QStringLiteral("12345678");
    all.brBranch = QStringLiteral("000");
    all.phone = byPhone.phone;
    m = findFor(all);
    REQUIRE(m.size() == 1);
    CHECK(m[0].reasons.size() == 3);
    CHECK(findFor(DuplicateQuery {}).isEmpty());

    // The application itself is never its own match.
    byName.excludeId = first;
    CHECK(finder.find(byName)->isEmpty());

    REQUIRE(finder.link(second, first, QStringLiteral("resubmission_of"), QStringLiteral("Same form by post"), clerk).ok());
    CHECK_FALSE(finder.link(second, second, QStringLiteral("duplicate_of"), QString(), clerk).ok());
    CHECK_FALSE(finder.link(second, first, QStringLiteral("merged"), QString(), clerk).ok());
    const auto links = finder.links(second);
    REQUIRE(links->size() == 1);
    CHECK(links->at(0).linkedReference == service.load(first)->header.reference);
    m = findFor(all);
    CHECK(m[0].linkKind == QStringLiteral("resubmission_of"));
    // Both applications are still there, unchanged.
    CHECK(service.load(first)->data.orgNameEn == QStringLiteral("Harbour Bay Trading (Central) Limited"));
    CHECK(eventsOf(t.connection(), second, QStringLiteral("application.linked")).size() == 1);
}

TEST_CASE("Seeded resubmissions are found by the duplicate lookup", "[form][duplicates]")
{
    test::TempDatabase t;
    const auto summary = DemoSeeder(t.connection()).run(3000, 7);
    REQUIRE(summary.ok());
    REQUIRE(summary->resubmissions > 10);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, org_name_en, org_name_zh, br_number, br_branch FROM applications "
                                  "WHERE remarks LIKE 'Applicant says an earlier form%' AND org_name_en <> ''")));
    DuplicateFinder finder(t.connection());
    int checked = 0;
    while (q.next()) {
        DuplicateQuery dq;
        dq.excludeId = q.value(0).toLongLong();
        dq.orgNameEn = q.value(1).toString();
        dq.orgNameZh = q.value(2).toString();
        const auto m = finder.find(dq);
        REQUIRE(m.ok());
        INFO(dq.orgNameEn.toStdString());
        CHECK_FALSE(m->isEmpty());
        bool sameBr = false;
        for (const auto& match : *m)
            sameBr = sameBr || match.reasons.contains(QStringLiteral("name"));
        CHECK(sameBr);
        ++checked;
    }
    CHECK(checked > 5);
}

TEST_CASE("Drafts keep what was typed until the form is saved", "[form][drafts]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    DraftStore drafts(t.connection());
    CHECK_FALSE(drafts.load(id, clerk.userId)->has_value());
    FormData d = sampleForm();
    d.caseNumbers.append({ QStringLiteral("XYZ 1/2020"), QStringLiteral("checked") });
    d.formSigned.reset();
    REQUIRE(drafts.save(id, clerk.userId, d).ok());
    REQUIRE(drafts.save(id, clerk.userId, d).ok()); // replaces
    const auto loaded = drafts.load(id, clerk.userId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->data == d);
    CHECK_FALSE(drafts.load(id, clerk.userId + 1)->has_value());
    REQUIRE(FormService(t.connection()).save(id, sampleForm(), clerk).ok());
    CHECK_FALSE(drafts.load(id, clerk.userId)->has_value());
}
