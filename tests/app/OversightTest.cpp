// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor console's filters, the case timeline and quality sampling.
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "Clock.h"
#include "DemoPdf.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "documents/IntakeService.h"
#include "form/ChecklistService.h"
#include "form/FormService.h"
#include "letters/LetterService.h"
#include "oversight/CaseFinder.h"
#include "oversight/CaseTimeline.h"
#include "oversight/QualitySampler.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <set>

using namespace orgdesk;
using test::ClockGuard;

namespace {

const QTimeZone& hk()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Hong_Kong"));
    return zone;
}

QDateTime hkTime(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), hk()).toUTC();
}

qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// What the database says about every case, worked out independently of CaseFinder.
struct Truth
{
    qint64 id = 0;
    QString receivedAt;
    QDate receivedDay; // Hong Kong
    QString status, channel, orgType;
    qint64 registeredBy = 0;
    QSet<qint64> movers;
    QString decision; // approved, rejected, or empty
    bool overdue = false;
};

QList<Truth> truths(const QSqlDatabase& db)
{
    QHash<qint64, Truth> all;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id, received_at, status, channel, coalesce(org_type, ''), "
                                  "coalesce(registered_by, 0) FROM applications")));
    while (q.next()) {
        Truth t;
        t.id = q.value(0).toLongLong();
        t.receivedAt = q.value(1).toString();
        t.receivedDay = BusinessCalendar::deskDate(QDateTime::fromString(t.receivedAt, Qt::ISODate));
        t.status = q.value(2).toString();
        t.channel = q.value(3).toString();
        t.orgType = q.value(4).toString();
        t.registeredBy = q.value(5).toLongLong();
        all.insert(t.id, t);
    }
    REQUIRE(q.exec(QStringLiteral("SELECT application_id, actor_id, to_status FROM application_transitions")));
    while (q.next()) {
        Truth& t = all[q.value(0).toLongLong()];
        t.movers.insert(q.value(1).toLongLong());
        const QString to = q.value(2).toString();
        if (to == u"approved" || to == u"rejected")
            t.decision = to;
    }
    auto levels = ServiceLevels::load(db);
    REQUIRE(levels.ok());
    const auto computed = levels->forApplications(all.keys());
    REQUIRE(computed.ok());
    for (Truth& t : all)
        t.overdue = computed->value(t.id).overdue;
    QList<Truth> out = all.values();
    std::sort(out.begin(), out.end(), [](const Truth& a, const Truth& b) {
        return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
    });
    return out;
}

QList<qint64> expected(const QList<Truth>& all, const std::function<bool(const Truth&)>& keep)
{
    QList<qint64> ids;
    for (const Truth& t : all) {
        if (keep(t))
            ids << t.id;
    }
    return ids;
}

// Every matching id, read page by page (small pages, to walk the keyset).
QList<qint64> findAll(CaseFinder& finder, const CaseFilter& filter, int pageSize = 7)
{
    QList<qint64> ids;
    std::optional<CaseRow> last;
    for (;;) {
        const auto page = finder.page(filter, last ? &*last : nullptr, pageSize);
        INFO(page.message().toStdString());
        REQUIRE(page.ok());
        for (const CaseRow& r : *page)
            ids << r.queue.id;
        if (page->size() < pageSize)
            break;
        last = page->last();
    }
    return ids;
}

void checkFilter(CaseFinder& finder, const CaseFilter& filter, const QList<qint64>& want)
{
    REQUIRE_FALSE(want.isEmpty()); // a filter that matches nothing proves nothing
    CHECK(findAll(finder, filter) == want);
    const auto n = finder.count(filter);
    REQUIRE(n.ok());
    CHECK(*n == want.size());
}

Actor demoStaff(const QSqlDatabase& db, const QString& username)
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, QStringLiteral("SELECT id, role FROM users WHERE username = ?"), { username }).ok());
    REQUIRE(q.next());
    return Actor { q.value(0).toLongLong(), username, q.value(1).toString() };
}

} // namespace

TEST_CASE("The console's filters each return exactly the matching cases, newest first", "[app][oversight]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    FixedClock clock(hkTime(2026, 3, 16, 12));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(t.connection()).run(1500, 7).ok());
    const QSqlDatabase db = t.connection();
    const QList<Truth> all = truths(db);
    REQUIRE(all.size() == 1500);
    CaseFinder finder(db);

    SECTION("no filter: every case")
    {
        checkFilter(finder, CaseFilter {}, expected(all, [](const Truth&) { return true; }));
    }
    SECTION("statuses")
    {
        CaseFilter f;
        f.statuses = { QStringLiteral("under_review"), QStringLiteral("recommended") };
        checkFilter(finder, f, expected(all, [](const Truth& x) {
                        return x.status == u"under_review" || x.status == u"recommended";
                    }));
    }
    SECTION("clerk: registered it or made a move on it")
    {
        const Actor clerk = demoStaff(db, QStringLiteral("demo-clerk-2"));
        CaseFilter f;
        f.staffId = clerk.userId;
        checkFilter(finder, f, expected(all, [&](const Truth& x) {
                        return x.registeredBy == clerk.userId || x.movers.contains(clerk.userId);
                    }));
        // A supervisor registers nothing in the demo: found by their moves alone.
        const Actor supervisor = demoStaff(db, QStringLiteral("demo-supervisor-1"));
        f.staffId = supervisor.userId;
        checkFilter(finder, f, expected(all, [&](const Truth& x) { return x.movers.contains(supervisor.userId); }));
    }
    SECTION("organization type and received dates (Hong Kong days)")
    {
        CaseFilter f;
        f.orgType = QStringLiteral("law_firm");
        f.receivedFrom = QDate(2024, 1, 1);
        f.receivedTo = QDate(2024, 6, 30);
        checkFilter(finder, f, expected(all, [](const Truth& x) {
                        return x.orgType == u"law_firm" && x.receivedDay >= QDate(2024, 1, 1)
                               && x.receivedDay <= QDate(2024, 6, 30);
                    }));
        f.receivedFrom = QDate(2024, 7, 1); // after the end: nothing, and no error
        CHECK(findAll(finder, f).isEmpty());
        CHECK(*finder.count(f) == 0);
    }
    SECTION("channel")
    {
        CaseFilter f;
        f.channel = QStringLiteral("hand");
        checkFilter(finder, f, expected(all, [](const Truth& x) { return x.channel == u"hand"; }));
    }
    SECTION("decision")
    {
        CaseFilter f;
        f.decision = DecisionFilter::Approved;
        checkFilter(finder, f, expected(all, [](const Truth& x) { return x.decision == u"approved"; }));
        f.decision = DecisionFilter::Rejected;
        checkFilter(finder, f, expected(all, [](const Truth& x) { return x.decision == u"rejected"; }));
        f.decision = DecisionFilter::Undecided;
        checkFilter(finder, f, expected(all, [](const Truth& x) { return x.decision.isEmpty(); }));
        // Rows carry the decision move.
        f.decision = DecisionFilter::Rejected;
        const auto page = finder.page(f, nullptr, 5);
        REQUIRE(page.ok());
        for (const CaseRow& r : *page) {
            CHECK(r.outcome == u"rejected");
            CHECK(r.decisionTransitionId > 0);
            CHECK(r.decidedAt > r.queue.receivedAt);
            CHECK(r.clerk.startsWith(QStringLiteral("demo-clerk-")));
        }
    }
    SECTION("overdue only, as ServiceLevels counts business days")
    {
        CaseFilter f;
        f.overdueOnly = true;
        checkFilter(finder, f, expected(all, [](const Truth& x) { return x.overdue; }));
        const auto page = finder.page(f, nullptr, 3);
        REQUIRE(page.ok());
        for (const CaseRow& r : *page)
            CHECK(r.overdue);
        // Combined with a status it does not run in: nothing.
        f.statuses = { QStringLiteral("awaiting_applicant") };
        CHECK(*finder.count(f) == 0);
        // The same list ServiceLevels gives the supervisors at sign-in.
        auto levels = ServiceLevels::load(db);
        REQUIRE(levels.ok());
        const auto late = levels->overdue();
        REQUIRE(late.ok());
        CHECK(*finder.count(CaseFilter { {}, {}, {}, {}, {}, {}, true }) == late->size());
    }
    SECTION("filters combine")
    {
        const Actor clerk = demoStaff(db, QStringLiteral("demo-clerk-1"));
        CaseFilter f;
        f.staffId = clerk.userId;
        f.channel = QStringLiteral("fax");
        f.decision = DecisionFilter::Approved;
        f.receivedFrom = QDate(2022, 1, 1);
        checkFilter(finder, f, expected(all, [&](const Truth& x) {
                        return (x.registeredBy == clerk.userId || x.movers.contains(clerk.userId)) && x.channel == u"fax"
                               && x.decision == u"approved" && x.receivedDay >= QDate(2022, 1, 1);
                    }));
    }
}

TEST_CASE("Overdue only follows business days, holidays and paused clocks", "[app][oversight]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const QSqlDatabase db = t.connection();
    FixedClock clock(hkTime(2026, 1, 5));
    ClockGuard guard(&clock);
    WorkflowService wf(db);
    auto receive = [&](const QDateTime& at) {
        clock.set(at);
        Receipt r;
        r.channel = QStringLiteral("post");
        r.receivedAt = at;
        auto app = ApplicationService(db).receive(r, clerk);
        REQUIRE(app.ok());
        for (const char* to : { "registered", "under_review" }) {
            auto moved = wf.transition(TransitionRequest { app->id, QString::fromLatin1(to) }, clerk);
            INFO(moved.message().toStdString());
            REQUIRE(moved.ok());
        }
        return app->id;
    };
    // A: received 5 January, waiting for the applicant from 6 January to 27 February: not overdue.
    const qint64 a = receive(hkTime(2026, 1, 5));
    clock.set(hkTime(2026, 1, 6));
    REQUIRE(wf.raiseRequisition(a, { QStringLiteral("REQ-BR") }, {}, QStringLiteral("Please send the BR."), clerk).ok());
    clock.set(hkTime(2026, 2, 27));
    auto resumed = wf.transition(
        TransitionRequest { a, QStringLiteral("under_review"), {}, QStringLiteral("The applicant phoned: documents are on the way.") }, clerk);
    INFO(resumed.message().toStdString());
    REQUIRE(resumed.ok());
    // B: received 9 February; ten business days (17-19 February are Lunar New Year) end on 26 February.
    const qint64 b = receive(hkTime(2026, 2, 9));
    // C: received 12 February; ignoring the holidays it would be due 26 February, with them 3 March.
    const qint64 c = receive(hkTime(2026, 2, 12));
    clock.set(hkTime(2026, 3, 2, 11));

    auto levels = ServiceLevels::load(db);
    REQUIRE(levels.ok());
    CHECK_FALSE(levels->forApplication(a)->overdue);
    CHECK(levels->forApplication(b)->overdue);
    CHECK_FALSE(levels->forApplication(c)->overdue);

    CaseFinder finder(db);
    CaseFilter f;
    f.overdueOnly = true;
    CHECK(findAll(finder, f, 1) == QList<qint64> { b });
    CHECK(*finder.count(f) == 1);
    CHECK(findAll(finder, CaseFilter {}) == (QList<qint64> { c, b, a }));
}

TEST_CASE("Quality sampling is reproducible from its recorded seed", "[app][oversight][sampling]")
{
    SECTION("sizes: ceil of the share, in exact arithmetic")
    {
        CHECK(QualitySampler::sampleSize(0, 10) == 0);
        CHECK(QualitySampler::sampleSize(1, 0.01) == 1);
        CHECK(QualitySampler::sampleSize(10, 10) == 1);
        CHECK(QualitySampler::sampleSize(30, 10) == 3);
        CHECK(QualitySampler::sampleSize(7, 50) == 4);
        CHECK(QualitySampler::sampleSize(3, 33.33) == 1);
        CHECK(QualitySampler::sampleSize(1000, 2.5) == 25);
        CHECK(QualitySampler::sampleSize(123, 100) == 123);
    }
    SECTION("the generator and the shuffle are the same everywhere")
    {
        std::mt19937_64 engine; // the standard fixes its 10000th output
        engine.discard(9999);
        CHECK(engine() == 9981545732273789042ULL);
        // Known answers, worked out by an independent implementation of mt19937_64 and of the
        // rejection-sampled partial Fisher-Yates shuffle (Python, integers only).
        CHECK(QualitySampler::drawIndices(20260316, 10, 4) == QList<qint64> { 2, 8, 0, 5 });
        CHECK(QualitySampler::drawIndices(424242, 1000, 8) == QList<qint64> { 39, 2, 137, 653, 660, 356, 926, 548 });
        const QList<qint64> all = QualitySampler::drawIndices(5, 50, 50);
        CHECK(std::set<qint64>(all.begin(), all.end()).size() == 50); // a permutation
        CHECK(QualitySampler::drawIndices(5, 50, 10) == all.mid(0, 10)); // a prefix of the full shuffle
        std::mt19937_64 small(1);
        for (int i = 0; i < 1000; ++i)
            CHECK(QualitySampler::uniformIndex(small, 3) < 3);
    }

    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor sally = t.addUser(QStringLiteral("sally"), QStringLiteral("supervisor"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    FixedClock clock(hkTime(2026, 3, 16, 12));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(t.connection()).run(800, 11).ok());
    const QSqlDatabase db = t.connection();
    QualitySampler sampler(db);
    const QDate from(2023, 1, 1), to(2024, 12, 31);
    const qint64 decided = scalar(db, QStringLiteral("SELECT count(*) FROM application_transitions WHERE to_status IN "
                                                     "('approved', 'rejected') AND at >= ? AND at < ?"),
                                  { isoUtc(QDateTime(from, QTime(0, 0), hk())), isoUtc(QDateTime(to.addDays(1), QTime(0, 0), hk())) });
    REQUIRE(decided > 100);

    SECTION("same seed, same cases; redraw matches; another seed differs")
    {
        const auto first = sampler.draw(from, to, 10, sally, 424242);
        INFO(first.message().toStdString());
        REQUIRE(first.ok());
        CHECK(first->seed == 424242);
        CHECK(first->population == decided);
        CHECK(first->items.size() == (decided * 10 + 99) / 100);
        const auto again = sampler.draw(from, to, 10, sally, 424242);
        REQUIRE(again.ok());
        REQUIRE(again->items.size() == first->items.size());
        for (qsizetype i = 0; i < first->items.size(); ++i) {
            CHECK(again->items[i].applicationId == first->items[i].applicationId);
            CHECK(again->items[i].position == i + 1);
            CHECK((first->items[i].outcome == u"approved" || first->items[i].outcome == u"rejected"));
            CHECK(BusinessCalendar::deskDate(first->items[i].decidedAt) >= from);
            CHECK(BusinessCalendar::deskDate(first->items[i].decidedAt) <= to);
        }
        const auto check = sampler.redraw(first->id);
        REQUIRE(check.ok());
        CHECK(check->matches);
        CHECK(check->populationSame);
        const auto other = sampler.draw(from, to, 10, sally, 424243);
        REQUIRE(other.ok());
        QList<qint64> a, b;
        for (const SampleItem& i : first->items)
            a << i.applicationId;
        for (const SampleItem& i : other->items)
            b << i.applicationId;
        CHECK(a != b);
        // The draw is recorded with its seed (as text: a JSON number would round it).
        const auto events = EventLog::forSubject(db, QStringLiteral("quality_sample"), first->id);
        REQUIRE(events.ok());
        REQUIRE(events->size() == 1);
        CHECK(events->first().action == u"quality.sample_drawn");
        CHECK(events->first().details.value(QStringLiteral("seed")).toString() == u"424242");
        CHECK(events->first().details.value(QStringLiteral("population")).toInteger() == decided);
    }
    SECTION("a random seed is recorded and reproduces the draw")
    {
        const auto s = sampler.draw(from, to, 5, sally);
        REQUIRE(s.ok());
        CHECK(s->seed <= QualitySampler::kMaxSeed);
        CHECK(sampler.redraw(s->id)->matches);
        const auto fromRecord = sampler.draw(from, to, 5, sally, s->seed);
        REQUIRE(fromRecord.ok());
        for (qsizetype i = 0; i < s->items.size(); ++i)
            CHECK(fromRecord->items[i].decisionTransitionId == s->items[i].decisionTransitionId);
    }
    SECTION("100 % takes every decision once; tiny and empty populations")
    {
        const auto everything = sampler.draw(from, to, 100, sally, 1);
        REQUIRE(everything.ok());
        CHECK(everything->items.size() == decided);
        std::set<qint64> ids;
        for (const SampleItem& i : everything->items)
            ids.insert(i.decisionTransitionId);
        CHECK(qint64(ids.size()) == decided);

        const auto none = sampler.draw(QDate(2019, 1, 1), QDate(2019, 12, 31), 10, sally, 1);
        REQUIRE(none.ok());
        CHECK(none->population == 0);
        CHECK(none->items.isEmpty());
        CHECK(sampler.redraw(none->id)->matches);

        // One day with a single decision: any share draws it.
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT at FROM application_transitions WHERE to_status IN ('approved', 'rejected') "
                                      "ORDER BY at")));
        QHash<QDate, int> perDay;
        while (q.next())
            perDay[BusinessCalendar::deskDate(QDateTime::fromString(q.value(0).toString(), Qt::ISODate))]++;
        QDate single;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            if (it.value() == 1 && (!single.isValid() || it.key() < single))
                single = it.key();
        }
        REQUIRE(single.isValid());
        const auto one = sampler.draw(single, single, 0.5, sally, 99);
        REQUIRE(one.ok());
        CHECK(one->population == 1);
        CHECK(one->items.size() == 1);
    }
    SECTION("bad input and the wrong people are refused, and nothing is recorded")
    {
        const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM quality_samples"));
        CHECK(sampler.draw(to, from, 10, sally).error().code == ErrorCode::InvalidInput);
        CHECK(sampler.draw(from, to, 0, sally).error().code == ErrorCode::InvalidInput);
        CHECK(sampler.draw(from, to, 100.5, sally).error().code == ErrorCode::InvalidInput);
        CHECK(sampler.draw(from, to, 10, sally, QualitySampler::kMaxSeed + 1).error().code == ErrorCode::InvalidInput);
        CHECK(sampler.draw(from, to, 10, clerk).error().code == ErrorCode::PermissionDenied);
        CHECK(sampler.draw(from, to, 10, Actor { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("admin") }).error().code
              == ErrorCode::PermissionDenied);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM quality_samples")) == before);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' AND "
                                        "subject_type = 'quality_sample'"))
              == 2);
    }
    SECTION("a decision recorded later inside the period is noticed")
    {
        const auto s = sampler.draw(from, to, 10, sally, 7);
        REQUIRE(s.ok());
        // A case recommended long ago is approved now with a back-dated time (a script could do this).
        const qint64 app = scalar(db, QStringLiteral("SELECT id FROM applications WHERE status = 'recommended' LIMIT 1"));
        QSqlQuery ins(db);
        REQUIRE(execPrepared(ins,
                             QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, "
                                            "actor_id, at, eligibility_policy, eligibility_outcome) SELECT ?, 'recommended', "
                                            "'approved', ?, '2024-06-03T03:00:00Z', policy_code, outcome FROM "
                                            "application_eligibility WHERE application_id = ?"),
                             { app, sally.userId, app })
                    .ok());
        const auto check = sampler.redraw(s->id);
        REQUIRE(check.ok());
        CHECK_FALSE(check->matches);
        CHECK_FALSE(check->populationSame);
        CHECK(check->populationNow == check->populationRecorded + 1);
    }
}

TEST_CASE("A sampled decision is reviewed once, by a supervisor who had no hand in it", "[app][oversight][sampling]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor sally = t.addUser(QStringLiteral("sally"), QStringLiteral("supervisor"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    FixedClock clock(hkTime(2026, 3, 16, 12));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(t.connection()).run(400, 3).ok());
    const QSqlDatabase db = t.connection();
    QualitySampler sampler(db);
    const auto s = sampler.draw(QDate(2021, 1, 1), QDate(2026, 3, 16), 5, sally, 2026);
    REQUIRE(s.ok());
    REQUIRE(s->items.size() >= 3);
    const SampleItem& first = s->items.at(0);

    // Disagreeing needs a note; nothing is recorded without one.
    CHECK(sampler.review(s->id, 1, QStringLiteral("disagree"), QStringLiteral("   "), sally).error().code
          == ErrorCode::InvalidInput);
    CHECK(sampler.review(s->id, 1, QStringLiteral("maybe"), {}, sally).error().code == ErrorCode::InvalidInput);
    CHECK(sampler.review(s->id, 99, QStringLiteral("agree"), {}, sally).error().code == ErrorCode::NotFound);
    CHECK(sampler.review(s->id, 1, QStringLiteral("agree"), {}, clerk).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(sampler.sample(s->id)->items.at(0).reviewed());

    // Four-eyes: whoever made the decision may not review it.
    const Actor decider = Actor { first.decidedBy, first.decidedByName, QStringLiteral("supervisor") };
    CHECK_FALSE(sampler.reviewBarred(s->id, 1, decider)->isEmpty());
    const auto own = sampler.review(s->id, 1, QStringLiteral("agree"), {}, decider);
    CHECK(own.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' AND details LIKE ?"),
                 { QStringLiteral("%four_eyes%") })
          == 1);

    CHECK(sampler.reviewBarred(s->id, 1, sally)->isEmpty());
    REQUIRE(sampler.review(s->id, 1, QStringLiteral("agree"), {}, sally).ok());
    const auto second = sampler.review(s->id, 1, QStringLiteral("disagree"), QStringLiteral("Changed my mind."), sally);
    CHECK(second.error().code == ErrorCode::Conflict);
    REQUIRE(sampler.review(s->id, 2, QStringLiteral("disagree"),
                           QStringLiteral("The BR certificate on file had expired."), sally)
                .ok());

    const auto after = sampler.sample(s->id);
    REQUIRE(after.ok());
    CHECK(after->reviewedCount() == 2);
    CHECK(after->items.at(0).verdict == u"agree");
    CHECK(after->items.at(0).reviewedByName == u"sally");
    CHECK(after->items.at(1).verdict == u"disagree");
    CHECK(after->items.at(1).note == u"The BR certificate on file had expired.");
    CHECK_FALSE(after->items.at(2).reviewed());
    CHECK(sampler.samples()->first().reviewed == 2);
    // The review is on the case's own trail, and the draw still verifies.
    const auto events = EventLog::forSubject(db, QStringLiteral("application"), after->items.at(1).applicationId);
    REQUIRE(events.ok());
    CHECK(std::any_of(events->cbegin(), events->cend(), [](const Event& e) {
        return e.action == u"quality.case_reviewed" && e.details.value(QStringLiteral("verdict")).toString() == u"disagree"
               && e.details.contains(QStringLiteral("note_sha256"));
    }));
    CHECK(sampler.redraw(s->id)->matches);
    // The database keeps the rule too.
    QSqlQuery q(db);
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE quality_sample_items SET verdict = 'disagree', note = 'x' WHERE position = 1")));
}

TEST_CASE("A case's timeline lists its events in order with links to pages and letters", "[app][oversight][timeline]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor sally = t.addUser(QStringLiteral("sally"), QStringLiteral("supervisor"));
    const QSqlDatabase db = t.connection();
    FixedClock clock(hkTime(2026, 3, 2, 9));
    ClockGuard guard(&clock);
    auto step = [&] { clock.advanceSecs(600); };

    Receipt r;
    r.channel = QStringLiteral("fax");
    auto app = ApplicationService(db).receive(r, clerk);
    REQUIRE(app.ok());
    const qint64 id = app->id;
    QSqlQuery u(db);
    REQUIRE(u.exec(QStringLiteral("UPDATE applications SET org_name_en = 'Harbour Bay Trading Limited', "
                                  "pa_id_type = 'hkid', pa_id_number = 'A123456(3)' WHERE id = %1")
                       .arg(id)));
    step();
    const IntakeOutcome attached = IntakeService(db).attach(
        id, IntakeFile { QStringLiteral("form.pdf"), makeTextPdf({ { QStringLiteral("Form") }, { QStringLiteral("BR") } }) },
        clerk);
    REQUIRE(attached.stored);
    step();
    WorkflowService wf(db);
    REQUIRE(wf.transition(TransitionRequest { id, QStringLiteral("registered") }, clerk).ok());
    step();
    REQUIRE(wf.transition(TransitionRequest { id, QStringLiteral("under_review") }, clerk).ok());
    step();
    {
        Transaction tx(db);
        REQUIRE(ChecklistService(db).syncWithType(id, QStringLiteral("law_firm")).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(ChecklistService(db).tick(id, QStringLiteral("br_certificate"), attached.attachmentId, 2, clerk).ok());
    step();
    const auto letter = LetterService(db).generate(id, QStringLiteral("acknowledgement"), QStringLiteral("en"), clerk);
    INFO(letter.message().toStdString());
    REQUIRE(letter.ok());
    step();
    REQUIRE(wf.raiseRequisition(id, { QStringLiteral("REQ-ID") }, {},
                                QStringLiteral("The copy of HKID A123456(3) is unreadable."), clerk)
                .ok());
    step();
    REQUIRE(FormService(db).revealIdNumber(id, sally).ok());

    const auto entries = CaseTimeline::forApplication(db, id);
    REQUIRE(entries.ok());
    QStringList actions;
    for (const TimelineEntry& e : *entries)
        actions << e.action;
    CHECK(actions
          == QStringList { QStringLiteral("application.received"), QStringLiteral("attachment.added"),
                           QStringLiteral("workflow.move"), QStringLiteral("workflow.move"),
                           QStringLiteral("checklist.ticked"), QStringLiteral("letter.generated"),
                           QStringLiteral("workflow.move"), QStringLiteral("pii.revealed") });
    for (qsizetype i = 1; i < entries->size(); ++i)
        CHECK(entries->at(i - 1).at <= entries->at(i).at);
    const TimelineEntry& added = entries->at(1);
    CHECK(added.attachmentId == attached.attachmentId);
    CHECK(added.page == 1);
    CHECK(added.text.contains(QStringLiteral("form.pdf")));
    const TimelineEntry& ticked = entries->at(4);
    CHECK(ticked.attachmentId == attached.attachmentId);
    CHECK(ticked.page == 2);
    const TimelineEntry& letterEntry = entries->at(5);
    CHECK(letterEntry.letterId == letter->attachmentId);
    CHECK(letterEntry.text.contains(QStringLiteral("Acknowledgement")));
    CHECK(entries->at(6).text.contains(QStringLiteral("REQ-ID")));
    CHECK(entries->at(0).username == u"carol");
    CHECK(entries->at(7).username == u"sally");
    CHECK(CaseTimeline::localTime(entries->at(0).at) == u"2026-03-02 09:00");
    for (const TimelineEntry& e : *entries) {
        INFO(e.text.toStdString());
        CHECK_FALSE(e.text.contains(QStringLiteral("123456")));
    }
    CHECK(entries->at(6).text.contains(QStringLiteral("A123***(*)")));
    CHECK(CaseTimeline::forApplication(db, 999999).error().code == ErrorCode::NotFound);
}
