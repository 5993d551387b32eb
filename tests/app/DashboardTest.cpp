// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "reports/DashboardService.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace orgdesk;
using test::ClockGuard;

namespace {

// A Hong Kong wall-clock time.
QDateTime hk(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong")));
}

int scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A desk where every receipt and move happens at a given Hong Kong time, through the real services.
struct TimedDesk
{
    test::TempDatabase t;
    Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock { hk(2026, 1, 5, 9, 0) };
    ClockGuard guard { &clock };

    QSqlDatabase db() const { return t.connection(); }

    qint64 receive(const QString& channel, const QDateTime& at)
    {
        clock.set(at);
        Receipt r;
        r.channel = channel;
        r.receivedAt = at;
        auto app = ApplicationService(db()).receive(r, clerk);
        INFO(app.message().toStdString());
        REQUIRE(app.ok());
        test::keyEligibleForm(db(), app->id, clerk); // so that it may be recommended and approved
        return app->id;
    }

    void move(qint64 id, const QString& to, const QDateTime& at, const QString& recommendation = {})
    {
        clock.set(at);
        TransitionRequest r;
        r.applicationId = id;
        r.to = to;
        if (to == u"rejected" || recommendation == u"reject")
            r.reasonCodes = { QStringLiteral("REJ-ELIG") };
        if (to == u"withdrawn" || to == u"duplicate")
            r.note = QStringLiteral("Recorded for the dashboard test.");
        r.recommendation = recommendation;
        const bool decision = to == u"approved" || to == u"rejected";
        auto moved = WorkflowService(db()).transition(r, decision ? supervisor : clerk);
        INFO(to.toStdString() << ": " << moved.message().toStdString());
        REQUIRE(moved.ok());
    }

    void review(qint64 id, const QDateTime& at)
    {
        move(id, QStringLiteral("registered"), at);
        move(id, QStringLiteral("under_review"), at.addSecs(60));
    }

    void requisition(qint64 id, const QDateTime& raised, const QDateTime& replied)
    {
        clock.set(raised);
        WorkflowService wf(db());
        REQUIRE(wf.raiseRequisition(id, { QStringLiteral("REQ-BR") }, {}, {}, clerk).ok());
        clock.set(replied);
        AttachmentInfo reply;
        reply.applicationId = id;
        reply.originalName = QStringLiteral("reply.pdf");
        reply.mimeType = QStringLiteral("application/pdf");
        reply.addedAt = replied;
        auto att = AttachmentStore(db()).insert(reply, QByteArrayLiteral("%PDF-1.4 reply ") + QByteArray::number(id));
        REQUIRE(att.ok());
        REQUIRE(wf.recordReply(id, *att, clerk).ok());
    }

    void decide(qint64 id, const QString& outcome, const QDateTime& recommended, const QDateTime& decided)
    {
        move(id, QStringLiteral("recommended"), recommended,
             outcome == u"approved" ? QStringLiteral("approve") : QStringLiteral("reject"));
        move(id, outcome, decided);
    }
};

} // namespace

TEST_CASE("The dashboard counts Hong Kong days, decisions, business-day processing time and the service level",
          "[app][reports]")
{
    TimedDesk desk;
    // Received before, on and after the edges of April 2026 (Hong Kong time; a day starts 16:00Z).
    const qint64 lateMarch = desk.receive(QStringLiteral("post"), hk(2026, 3, 31, 23, 59));   // 15:59Z on 31 March
    const qint64 firstMinute = desk.receive(QStringLiteral("fax"), hk(2026, 4, 1, 0, 0));     // 16:00Z on 31 March
    const qint64 lastMinute = desk.receive(QStringLiteral("hand"), hk(2026, 4, 30, 23, 59));  // 15:59Z on 30 April
    const qint64 mayFirst = desk.receive(QStringLiteral("fax"), hk(2026, 5, 1, 0, 0));        // 16:00Z on 30 April
    CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM applications WHERE received_at = "
                                           "'2026-03-31T16:00:00Z' AND id = ?"),
                 { firstMinute })
          == 1);

    // Approved: received Wed 1 April, decided Thu 9 April. Good Friday (3rd), the weekend and the
    // Easter holidays (6th, 7th) do not count: 2nd, 8th, 9th = 3 business days.
    desk.review(firstMinute, hk(2026, 4, 2, 10, 0));
    desk.decide(firstMinute, QStringLiteral("approved"), hk(2026, 4, 2, 11, 0), hk(2026, 4, 9, 11, 0));

    // Rejected after a requisition: received Thu 2 April, asked on Wed 8th, reply Mon 13th, decided
    // Wed 15th. Paused 9th, 10th, 13th: counted 8th, 14th, 15th = 3 (6 without the pause).
    const qint64 asked = desk.receive(QStringLiteral("post"), hk(2026, 4, 2, 10, 0));
    desk.review(asked, hk(2026, 4, 2, 11, 0));
    desk.requisition(asked, hk(2026, 4, 8, 10, 0), hk(2026, 4, 13, 10, 0));
    desk.decide(asked, QStringLiteral("rejected"), hk(2026, 4, 14, 10, 0), hk(2026, 4, 15, 10, 0));

    // Received Mon 2 March, approved half an hour into 1 April (16:30Z on 31 March): a decision of
    // April, 22 business days (3 March to 1 April), late against the 10-day target (due 16 March).
    const qint64 slow = desk.receive(QStringLiteral("fax"), hk(2026, 3, 2, 10, 0));
    desk.review(slow, hk(2026, 3, 2, 11, 0));
    desk.decide(slow, QStringLiteral("approved"), hk(2026, 3, 3, 10, 0), hk(2026, 4, 1, 0, 30));

    // Approved at 23:59 on 30 April (in) and at 00:00 on 1 May (out).
    const qint64 lastDecision = desk.receive(QStringLiteral("hand"), hk(2026, 4, 27, 9, 0));
    desk.review(lastDecision, hk(2026, 4, 27, 10, 0));
    desk.decide(lastDecision, QStringLiteral("approved"), hk(2026, 4, 28, 10, 0), hk(2026, 4, 30, 23, 59));
    const qint64 mayDecision = desk.receive(QStringLiteral("hand"), hk(2026, 4, 20, 10, 0));
    desk.review(mayDecision, hk(2026, 4, 20, 11, 0));
    desk.decide(mayDecision, QStringLiteral("approved"), hk(2026, 4, 21, 10, 0), hk(2026, 5, 1, 0, 0));

    // Withdrawn and duplicate in April; one withdrawn a minute before April.
    const qint64 withdrawn = desk.receive(QStringLiteral("fax"), hk(2026, 4, 10, 10, 0));
    desk.move(withdrawn, QStringLiteral("withdrawn"), hk(2026, 4, 10, 12, 0));
    const qint64 duplicate = desk.receive(QStringLiteral("post"), hk(2026, 4, 16, 10, 0));
    desk.move(duplicate, QStringLiteral("registered"), hk(2026, 4, 16, 11, 0));
    desk.move(duplicate, QStringLiteral("duplicate"), hk(2026, 4, 17, 10, 0));
    const qint64 marchWithdrawn = desk.receive(QStringLiteral("fax"), hk(2026, 3, 20, 10, 0));
    desk.move(marchWithdrawn, QStringLiteral("withdrawn"), hk(2026, 3, 31, 23, 59));

    // An online application (imported, not keyed at the desk) on 15 April, withdrawn after April
    // (not an outcome of the period, not open today).
    {
        QSqlQuery q(desk.db());
        REQUIRE(execPrepared(q, QStringLiteral("INSERT INTO applications (reference, status, channel, received_at, "
                                               "registered_by, created_at, updated_at) VALUES ('OA-2026-900001', "
                                               "'received', 'online', ?, ?, ?, ?)"),
                             { isoUtc(hk(2026, 4, 15, 16, 0)), desk.clerk.userId, isoUtc(hk(2026, 4, 15, 16, 0)),
                               isoUtc(hk(2026, 4, 15, 16, 0)) })
                    .ok());
        desk.move(q.lastInsertId().toLongLong(), QStringLiteral("withdrawn"), hk(2026, 5, 2, 10, 0));
    }

    // Today is Monday 4 May: the post received at 23:59 on 31 March is overdue (due 17 April).
    desk.clock.set(hk(2026, 5, 4, 10, 0));
    const Result<Dashboard> result = DashboardService(desk.db()).compute(QDate(2026, 4, 1), QDate(2026, 4, 30));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    const Dashboard& d = *result;
    CHECK(d.today == QDate(2026, 5, 4));
    CHECK(d.targetBusinessDays == 10);

    // (a) Intake: all 30 days, the first and last minute of April in, the neighbours out.
    REQUIRE(d.intake.size() == 30);
    CHECK(d.intake.first().day == QDate(2026, 4, 1));
    CHECK(d.intake.last().day == QDate(2026, 4, 30));
    CHECK(d.intake.first().fax == 1);
    CHECK(d.intake.first().total() == 1);
    CHECK(d.intake.last().hand == 1);
    CHECK(d.intake.last().total() == 1);
    CHECK(d.intake.at(1).post == 1);    // 2 April
    CHECK(d.intake.at(14).online == 1); // 15 April
    CHECK(d.intake.at(2).total() == 0); // a day with nothing is there, with zeros
    CHECK(d.intakeTotal.fax == 2);
    CHECK(d.intakeTotal.post == 2);
    CHECK(d.intakeTotal.hand == 3);
    CHECK(d.intakeTotal.online == 1);
    CHECK(d.intakeTotal.total() == 8);
    int perDay = 0;
    for (const DayIntake& day : d.intake)
        perDay += day.total();
    CHECK(perDay == 8);
    (void)lateMarch;
    (void)mayFirst;
    (void)lastMinute;

    // (b) Outcomes by the time of the decision.
    CHECK(d.outcomes.approved == 3);
    CHECK(d.outcomes.rejected == 1);
    CHECK(d.outcomes.withdrawn == 1);
    CHECK(d.outcomes.duplicate == 1);

    // (c) Processing time of the four decided: 3, 3, 3 and 22 business days.
    CHECK(d.processing.cases == 4);
    CHECK(d.processing.casesPaused == 1);
    CHECK(d.processing.median == 3.0);
    CHECK(d.processing.mean == Approx(7.75));
    CHECK(d.processing.percentile90 == 22);
    CHECK(d.processing.minimum == 3);
    CHECK(d.processing.maximum == 22);
    REQUIRE(d.processing.histogram.size() == 8);
    CHECK(d.processing.histogram.at(1).label() == QStringLiteral("3–5"));
    CHECK(d.processing.histogram.at(1).cases == 3);
    CHECK(d.processing.histogram.at(5).label() == QStringLiteral("21–30"));
    CHECK(d.processing.histogram.at(5).cases == 1);
    CHECK(d.processing.histogram.last().label() == QStringLiteral("61 or more"));
    int bucketed = 0;
    for (const ProcessingBucket& b : d.processing.histogram)
        bucketed += b.cases;
    CHECK(bucketed == 4);

    // (d) Three of four within the target; of the three open cases one is overdue today.
    CHECK(d.compliance.decided == 4);
    CHECK(d.compliance.withinTarget == 3);
    CHECK(d.compliance.share() == Approx(0.75));
    CHECK(d.compliance.openCases == 3);
    CHECK(d.compliance.openOverdue == 1);
    CHECK_FALSE(d.periodEmpty());

    // A one-day period at each edge.
    const auto firstDay = DashboardService(desk.db()).compute(QDate(2026, 4, 1), QDate(2026, 4, 1));
    REQUIRE(firstDay.ok());
    CHECK(firstDay->intakeTotal.total() == 1);
    CHECK(firstDay->outcomes.approved == 1); // the slow case, decided at 00:30
    CHECK(firstDay->processing.median == 22.0);
    CHECK(firstDay->compliance.withinTarget == 0);
    const auto march31 = DashboardService(desk.db()).compute(QDate(2026, 3, 31), QDate(2026, 3, 31));
    REQUIRE(march31.ok());
    CHECK(march31->intakeTotal.post == 1);
    CHECK(march31->intakeTotal.total() == 1);
    CHECK(march31->outcomes.withdrawn == 1);
    CHECK(march31->outcomes.approved == 0);
    const auto may1 = DashboardService(desk.db()).compute(QDate(2026, 5, 1), QDate(2026, 5, 1));
    REQUIRE(may1.ok());
    CHECK(may1->intakeTotal.fax == 1);
    CHECK(may1->outcomes.approved == 1);

    // The target is a setting: at 3 business days the 3-day cases are just in time, at 2 they are late.
    REQUIRE(Settings(desk.db()).setSlaTargetBusinessDays(3, desk.admin).ok());
    const auto strict = DashboardService(desk.db()).compute(QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(strict.ok());
    CHECK(strict->targetBusinessDays == 3);
    CHECK(strict->compliance.withinTarget == 3);
    REQUIRE(Settings(desk.db()).setSlaTargetBusinessDays(2, desk.admin).ok());
    const auto stricter = DashboardService(desk.db()).compute(QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(stricter.ok());
    CHECK(stricter->compliance.withinTarget == 0);
}

TEST_CASE("A period with nothing in it, and periods the dashboard refuses", "[app][reports]")
{
    test::TempDatabase t;
    FixedClock clock(hk(2026, 6, 1, 10, 0));
    ClockGuard guard(&clock);
    DashboardService service(t.connection());
    const auto empty = service.compute(QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(empty.ok());
    CHECK(empty->periodEmpty());
    CHECK(empty->intake.size() == 28);
    CHECK(empty->processing.cases == 0);
    CHECK(empty->processing.histogram.size() == 8);
    CHECK(std::isnan(empty->compliance.share()));

    const auto backwards = service.compute(QDate(2026, 3, 1), QDate(2026, 2, 1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
    CHECK(backwards.message().contains(QStringLiteral("2026-03-01")));
    CHECK(service.compute(QDate(), QDate(2026, 2, 1)).error().code == ErrorCode::InvalidInput);
    CHECK(service.compute(QDate(2015, 1, 1), QDate(2026, 2, 1)).error().code == ErrorCode::InvalidInput);

    CHECK(DashboardService::today() == QDate(2026, 6, 1));
    CHECK(DashboardService::lastDays(90, QDate(2026, 6, 1)) == std::pair(QDate(2026, 3, 4), QDate(2026, 6, 1)));
    CHECK(DashboardService::thisYear(QDate(2026, 6, 1)) == std::pair(QDate(2026, 1, 1), QDate(2026, 6, 1)));
    CHECK(DashboardService::dayStartUtc(QDate(2026, 4, 1)) == QStringLiteral("2026-03-31T16:00:00Z"));
}

TEST_CASE("Chart bars merge days into whole weeks only when a period has too many days", "[app][reports]")
{
    Dashboard d;
    d.from = QDate(2026, 1, 1);
    d.to = QDate(2026, 3, 31);
    for (QDate day = d.from; day <= d.to; day = day.addDays(1))
        d.intake << DayIntake { day, day, 1, 0, 0, 0 };
    CHECK(d.intakeBars(100).size() == 90);
    const QList<DayIntake> weeks = d.intakeBars(31);
    REQUIRE(weeks.size() == 13);
    CHECK(weeks.first().day == QDate(2026, 1, 1));
    CHECK(weeks.first().last == QDate(2026, 1, 7));
    CHECK(weeks.first().fax == 7);
    CHECK(weeks.last().last == QDate(2026, 3, 31));
    CHECK(weeks.last().fax == 90 - 12 * 7);
    CHECK(d.intakeBars(6).size() == 5); // three weeks a bar
}

TEST_CASE("Dashboard figures on demo data agree with SQL counts and the calendar case by case", "[app][reports]")
{
    test::TempDatabase t;
    FixedClock clock(hk(2026, 11, 30, 17, 0));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(t.connection()).run(1500, 7).ok());
    const QDate from(2026, 6, 1), to(2026, 11, 30);
    const auto result = DashboardService(t.connection()).compute(from, to);
    REQUIRE(result.ok());
    const Dashboard& d = *result;
    const QString start = QStringLiteral("2026-05-31T16:00:00Z"), end = QStringLiteral("2026-11-30T16:00:00Z");

    // Intake and outcomes: plain SQL counts with the UTC bounds written out.
    CHECK(d.intakeTotal.total()
          == scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE received_at >= ? AND "
                                                   "received_at < ?"),
                    { start, end }));
    for (const QString& channel : Dashboard::channels()) {
        INFO(channel.toStdString());
        CHECK(d.intakeTotal.count(channel)
              == scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE channel = ? AND "
                                                       "received_at >= ? AND received_at < ?"),
                        { channel, start, end }));
    }
    // One day by SQL: 1 October 2026 in Hong Kong is 16:00Z on 30 September to 16:00Z on 1 October.
    CHECK(d.intake.at(from.daysTo(QDate(2026, 10, 1))).total()
          == scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE received_at >= "
                                                   "'2026-09-30T16:00:00Z' AND received_at < '2026-10-01T16:00:00Z'")));
    for (const QString& outcome : Dashboard::outcomeCodes()) {
        INFO(outcome.toStdString());
        CHECK(d.outcomeCount(outcome)
              == scalar(t.connection(), QStringLiteral("SELECT count(*) FROM application_transitions WHERE to_status = ? "
                                                       "AND at >= ? AND at < ?"),
                        { outcome, start, end }));
    }
    REQUIRE(d.processing.cases > 20);

    // Processing time and compliance, one case at a time with the calendar and the recorded moves.
    const auto calendar = BusinessCalendar::load(t.connection());
    REQUIRE(calendar.ok());
    WorkflowService wf(t.connection());
    QSqlQuery q(t.connection());
    REQUIRE(execPrepared(q, QStringLiteral("SELECT a.id, a.received_at, t.at FROM application_transitions t JOIN "
                                           "applications a ON a.id = t.application_id WHERE t.to_status IN "
                                           "('approved', 'rejected') AND t.at >= ? AND t.at < ?"),
                         { start, end })
                .ok());
    std::vector<int> days;
    int within = 0;
    while (q.next()) {
        const QDate received = BusinessCalendar::deskDate(QDateTime::fromString(q.value(1).toString(), Qt::ISODate));
        const QDate decided = BusinessCalendar::deskDate(QDateTime::fromString(q.value(2).toString(), Qt::ISODate));
        QList<BusinessCalendar::Pause> pauses;
        const auto history = wf.history(q.value(0).toLongLong());
        REQUIRE(history.ok());
        for (const TransitionRecord& m : *history) {
            if (m.to == u"awaiting_applicant")
                pauses << BusinessCalendar::Pause { BusinessCalendar::deskDate(m.at), QDate() };
            else if (m.from == u"awaiting_applicant")
                pauses.last().end = BusinessCalendar::deskDate(m.at);
        }
        days.push_back(calendar->countedDays(received, decided, pauses));
        if (decided <= calendar->dueDate(received, 10, pauses))
            ++within;
    }
    std::sort(days.begin(), days.end());
    REQUIRE(int(days.size()) == d.processing.cases);
    CHECK(d.processing.mean == Approx(std::accumulate(days.begin(), days.end(), 0.0) / double(days.size())));
    CHECK(d.processing.percentile90 == days[size_t(std::ceil(0.9 * double(days.size()))) - 1]);
    CHECK(d.processing.maximum == days.back());
    CHECK(d.compliance.withinTarget == within);

    // Open cases and those overdue: as the supervisors' overdue list has them.
    const auto levels = ServiceLevels::load(t.connection());
    REQUIRE(levels.ok());
    const auto late = levels->overdue();
    REQUIRE(late.ok());
    CHECK(d.compliance.openOverdue == late->size());
    CHECK(d.compliance.openCases
          == scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE status IN ('received', "
                                                   "'registered', 'under_review', 'awaiting_applicant', 'recommended', "
                                                   "'case_by_case')")));
}
