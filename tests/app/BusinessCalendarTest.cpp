// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace orgdesk;
using test::ClockGuard;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// 10:00 Hong Kong time on a day, as UTC.
QDateTime hkMorning(QDate day)
{
    return QDateTime(day, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))).toUTC();
}

BusinessCalendar seededCalendar()
{
    test::TempDatabase t;
    auto c = BusinessCalendar::load(t.connection());
    REQUIRE(c.ok());
    return *c;
}

} // namespace

TEST_CASE("Business days skip weekends and Hong Kong public holidays", "[app][calendar]")
{
    const BusinessCalendar cal = seededCalendar();
    CHECK(cal.isBusinessDay(d(2026, 3, 6)));        // Friday
    CHECK_FALSE(cal.isBusinessDay(d(2026, 3, 7)));  // Saturday
    CHECK_FALSE(cal.isBusinessDay(d(2026, 3, 8)));  // Sunday
    CHECK_FALSE(cal.isBusinessDay(d(2026, 2, 17))); // Lunar New Year
    CHECK(cal.addBusinessDays(d(2026, 3, 6), 1) == d(2026, 3, 9)); // over a weekend
    // Easter 2026: Good Friday 3 Apr, Saturday 4 Apr, Monday 6 and Tuesday 7 Apr are holidays.
    CHECK(cal.addBusinessDays(d(2026, 4, 2), 1) == d(2026, 4, 8));
    // Lunar New Year: Tuesday to Thursday 17-19 Feb 2026.
    CHECK(cal.addBusinessDays(d(2026, 2, 16), 1) == d(2026, 2, 20));
    CHECK(cal.addBusinessDays(d(2026, 2, 16), 0) == d(2026, 2, 16));
    // Over the year end: 25 Dec 2026 (Fri) and 1 Jan 2027 (Fri) are holidays.
    CHECK(cal.addBusinessDays(d(2026, 12, 24), 3) == d(2026, 12, 30));
    CHECK(cal.addBusinessDays(d(2026, 12, 24), 5) == d(2027, 1, 4));
    CHECK(cal.addBusinessDays(d(2025, 12, 24), 2) == d(2025, 12, 30)); // 25 and 26 Dec 2025 are holidays
    CHECK(cal.businessDaysBetween(d(2026, 12, 24), d(2027, 1, 4)) == 5);
    CHECK(cal.businessDaysBetween(d(2027, 1, 4), d(2026, 12, 24)) == -5);
    CHECK(cal.businessDaysBetween(d(2026, 3, 9), d(2026, 3, 9)) == 0);
    // A plain calendar without holidays counts weekdays only.
    const BusinessCalendar plain;
    CHECK(plain.addBusinessDays(d(2026, 4, 2), 1) == d(2026, 4, 3));
}

TEST_CASE("The due date moves with pauses while the applicant is asked for more", "[app][calendar]")
{
    const BusinessCalendar cal = seededCalendar();
    // Received Monday 2 March 2026; 10 business days: due Monday 16 March.
    CHECK(cal.dueDate(d(2026, 3, 2), 10, {}) == d(2026, 3, 16));
    // Requisition on Wednesday 4th, reply on Monday 9th: Thu 5, Fri 6 and Mon 9 do not count.
    const QList<BusinessCalendar::Pause> one { { d(2026, 3, 4), d(2026, 3, 9) } };
    CHECK(cal.dueDate(d(2026, 3, 2), 10, one) == d(2026, 3, 19));
    CHECK(cal.countedDays(d(2026, 3, 2), d(2026, 3, 19), one) == 10);
    // A reply on the day the requisition went out costs nothing.
    CHECK(cal.dueDate(d(2026, 3, 2), 10, { { d(2026, 3, 4), d(2026, 3, 4) } }) == d(2026, 3, 16));
    // Two pauses add up; a pause over a weekend only counts its business days.
    const QList<BusinessCalendar::Pause> two { { d(2026, 3, 4), d(2026, 3, 9) }, { d(2026, 3, 13), d(2026, 3, 16) } };
    CHECK(cal.dueDate(d(2026, 3, 2), 10, two) == d(2026, 3, 20));
    // A pause still open stops the clock: no due date; the days counted so far stay counted.
    const QList<BusinessCalendar::Pause> open { { d(2026, 3, 4), QDate() } };
    CHECK_FALSE(cal.dueDate(d(2026, 3, 2), 10, open).isValid());
    CHECK(cal.countedDays(d(2026, 3, 2), d(2026, 3, 31), open) == 2);
    // A pause after the due date changes nothing.
    CHECK(cal.dueDate(d(2026, 3, 2), 10, { { d(2026, 3, 20), QDate() } }) == d(2026, 3, 16));
    // Pause across the year end and its holidays.
    CHECK(cal.dueDate(d(2026, 12, 21), 5, {}) == d(2026, 12, 29));
    CHECK(cal.dueDate(d(2026, 12, 21), 5, { { d(2026, 12, 22), d(2027, 1, 4) } }) == d(2027, 1, 8));
    // Desk dates are Hong Kong days, whatever the time zone of the PC.
    CHECK(BusinessCalendar::deskDate(QDateTime(d(2026, 3, 1), QTime(16, 30), Qt::UTC)) == d(2026, 3, 2));
    CHECK(BusinessCalendar::deskDate(QDateTime(d(2026, 3, 1), QTime(15, 59), Qt::UTC)) == d(2026, 3, 1));
}

TEST_CASE("Service levels for the queue: due, due soon, overdue, paused and settled", "[app][calendar][sla]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    FixedClock clock(hkMorning(d(2026, 3, 2)));
    ClockGuard guard(&clock);
    ApplicationService apps(t.connection());
    WorkflowService wf(t.connection());
    auto receive = [&]() {
        Receipt r;
        r.channel = QStringLiteral("post");
        auto a = apps.receive(r, clerk);
        REQUIRE(a.ok());
        return a->id;
    };
    const qint64 plain = receive();
    const qint64 asked = receive();
    const qint64 decided = receive();
    for (qint64 id : { asked, decided }) {
        REQUIRE(wf.transition(TransitionRequest { id, QStringLiteral("registered") }, clerk).ok());
        REQUIRE(wf.transition(TransitionRequest { id, QStringLiteral("under_review") }, clerk).ok());
    }
    REQUIRE(wf.transition(TransitionRequest { decided, QStringLiteral("withdrawn"), {},
                                              QStringLiteral("Applicant withdrew by letter.") },
                          clerk)
                .ok());
    clock.set(hkMorning(d(2026, 3, 4)));
    REQUIRE(wf.raiseRequisition(asked, { QStringLiteral("REQ-BR") }, {}, {}, clerk).ok());

    // Friday 13 March: the plain case is due Monday 16th (due soon); the asked one is paused.
    clock.set(hkMorning(d(2026, 3, 13)));
    auto levels = ServiceLevels::load(t.connection());
    REQUIRE(levels.ok());
    auto all = levels->forApplications({ plain, asked, decided });
    REQUIRE(all.ok());
    const ServiceLevel p = all->value(plain);
    CHECK(p.applies);
    CHECK(p.due == d(2026, 3, 16));
    CHECK(p.businessDaysLeft == 1);
    CHECK(p.dueSoon);
    CHECK_FALSE(p.overdue);
    const ServiceLevel a = all->value(asked);
    CHECK(a.applies);
    CHECK(a.paused);
    CHECK_FALSE(a.due.isValid());
    CHECK(a.businessDaysLeft == 8);
    CHECK_FALSE(all->value(decided).applies);

    // The reply arrives on Wednesday 18th: 10 business days (5-18 March) did not count.
    clock.set(hkMorning(d(2026, 3, 18)));
    AttachmentInfo reply;
    reply.applicationId = asked;
    reply.originalName = QStringLiteral("reply.pdf");
    reply.mimeType = QStringLiteral("application/pdf");
    reply.addedAt = clock.nowUtc();
    auto att = AttachmentStore(t.connection()).insert(reply, QByteArrayLiteral("%PDF-1.4 reply"));
    REQUIRE(att.ok());
    REQUIRE(wf.recordReply(asked, *att, clerk).ok());
    auto after = levels->forApplication(asked);
    REQUIRE(after.ok());
    CHECK_FALSE(after->paused);
    CHECK(after->due == d(2026, 3, 30));

    // Thursday 19th: the plain case is overdue by 3 business days and heads the overdue list.
    clock.set(hkMorning(d(2026, 3, 19)));
    auto late = levels->overdue();
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->first().id == plain);
    CHECK(late->first().businessDaysOverdue == 3);

    // The target is a setting; a new holiday moves due dates.
    REQUIRE(Settings(t.connection()).setSlaTargetBusinessDays(15, admin).ok());
    REQUIRE(BusinessCalendar::addHoliday(t.connection(), d(2026, 3, 20), QStringLiteral("Typhoon closure"),
                                         QStringLiteral("颱風停止辦公"), admin)
                .ok());
    auto reloaded = ServiceLevels::load(t.connection());
    REQUIRE(reloaded.ok());
    CHECK(reloaded->targetBusinessDays() == 15);
    auto moved = reloaded->forApplication(plain);
    REQUIRE(moved.ok());
    CHECK(moved->due == d(2026, 3, 24)); // 15 business days from 2 March, skipping 20 March
    CHECK(BusinessCalendar::addHoliday(t.connection(), d(2026, 3, 23), QStringLiteral("Not allowed"), {}, clerk)
              .error()
              .code
          == ErrorCode::PermissionDenied);
    REQUIRE(BusinessCalendar::removeHoliday(t.connection(), d(2026, 3, 20), admin).ok());
    CHECK(BusinessCalendar::removeHoliday(t.connection(), d(2026, 3, 20), admin).error().code == ErrorCode::NotFound);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM events WHERE subject_type = 'holiday' ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    CHECK(actions.join(u',') == QStringLiteral("holiday.added,permission.refused,holiday.removed"));
}
