// SPDX-License-Identifier: GPL-3.0-or-later
// A year with no holidays entered is not holiday-free: provisional due dates, the warning, and the
// import of the Government's iCalendar list of general holidays.
#include "ApplicationService.h"
#include "Clock.h"
#include "HongKongTime.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/HolidayImport.h"
#include "workflow/ServiceLevels.h"

#include <QSqlQuery>

using namespace orgdesk;
using test::ClockGuard;

namespace {

// As the Government publishes it (1823.gov.hk): one VEVENT per holiday, whole days, DTEND the day after.
const QByteArray kHolidays2028 = QByteArrayLiteral(
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Test//Hong Kong general holidays//EN\r\n"
    "VERSION:2.0\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:20280101@test\r\n"
    "DTSTART;VALUE=DATE:20280101\r\n"
    "DTEND;VALUE=DATE:20280102\r\n"
    "SUMMARY:The first day of January\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:2028lny@test\r\n"
    "DTSTART;VALUE=DATE:20280126\r\n"
    "DTEND;VALUE=DATE:20280129\r\n"
    "SUMMARY:Lunar New Year\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:20271225@test\r\n"
    "DTSTART;VALUE=DATE:20271225\r\n"
    "SUMMARY:Christmas Day\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:20271227@test\r\n"
    "DTSTART;VALUE=DATE:20271227\r\n"
    "DTEND;VALUE=DATE:20271228\r\n"
    "SUMMARY:The first weekday after Christmas Day\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n");

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString holidayName(const QSqlDatabase& db, const QString& day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name_en FROM public_holidays WHERE day = ?"));
    q.addBindValue(day);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A due date counted through a year with no holidays entered is provisional", "[app][calendar][holidays]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    // The calendar as shipped lists 2025 to 2027; 2028 is not entered.
    FixedClock clock(HongKongTime::fromWallClock(QDate(2027, 12, 20), QTime(10, 0)));
    ClockGuard guard(&clock);
    ApplicationService apps(t.connection());
    Receipt r;
    r.channel = QStringLiteral("post");
    r.receivedAt = HongKongTime::fromWallClock(QDate(2027, 12, 20), QTime(9, 0));
    const auto late = apps.receive(r, clerk);
    REQUIRE(late.ok());
    r.receivedAt = HongKongTime::fromWallClock(QDate(2027, 11, 1), QTime(9, 0));
    const auto early = apps.receive(r, clerk);
    REQUIRE(early.ok());

    auto levels = ServiceLevels::load(t.connection());
    REQUIRE(levels.ok());
    CHECK(levels->calendar().coversYear(2027));
    CHECK_FALSE(levels->calendar().coversYear(2028));
    const auto lateLevel = levels->forApplication(late->id);
    REQUIRE(lateLevel.ok());
    CHECK(lateLevel->due.year() == 2028);
    CHECK(lateLevel->provisional);
    const auto earlyLevel = levels->forApplication(early->id);
    REQUIRE(earlyLevel.ok());
    CHECK(earlyLevel->due.year() == 2027);
    CHECK_FALSE(earlyLevel->provisional);

    const auto missing = levels->missingHolidayYears();
    REQUIRE(missing.ok());
    CHECK(*missing == QList<int> { 2028 });
    CHECK(BusinessCalendar::missingYearsWarning(*missing).startsWith(QStringLiteral("2028 public holidays are not entered")));
    CHECK(BusinessCalendar::missingYearsWarning({ 2028, 2029, 2030 })
              .startsWith(QStringLiteral("2028, 2029 and 2030 public holidays are not entered")));
    CHECK(BusinessCalendar::missingYearsWarning({}).isEmpty());

    // Once 2028 is entered the due date is firm and nothing is missing.
    REQUIRE(HolidayImport::apply(t.connection(), kHolidays2028, QStringLiteral("en.ics"), admin).ok());
    levels = ServiceLevels::load(t.connection());
    REQUIRE(levels.ok());
    const auto firm = levels->forApplication(late->id);
    REQUIRE(firm.ok());
    CHECK_FALSE(firm->provisional);
    CHECK(firm->due == QDate(2028, 1, 4)); // 1 January 2028 is a Saturday: the date stands, now firm
    CHECK(levels->missingHolidayYears()->isEmpty());
}

TEST_CASE("The Government's iCalendar list is previewed, then saved with an event per change", "[app][holidays]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    const QSqlDatabase db = t.connection();

    const auto listed = HolidayImport::parse(kHolidays2028);
    REQUIRE(listed.ok());
    QStringList days;
    for (const HolidayEntry& e : *listed)
        days << e.day.toString(Qt::ISODate);
    // The three-day Lunar New Year event gives each of its days; a VEVENT with no DTEND one day.
    CHECK(days == QStringList { QStringLiteral("2027-12-25"), QStringLiteral("2027-12-27"), QStringLiteral("2028-01-01"),
                                QStringLiteral("2028-01-26"), QStringLiteral("2028-01-27"),
                                QStringLiteral("2028-01-28") });
    CHECK(listed->at(3).nameEn == QStringLiteral("Lunar New Year"));

    const int holidaysBefore = count(db, QStringLiteral("SELECT count(*) FROM public_holidays"));
    const int eventsBefore = count(db, QStringLiteral("SELECT count(*) FROM events"));
    const QString christmas = holidayName(db, QStringLiteral("2027-12-27"));
    REQUIRE_FALSE(christmas.isEmpty());
    const bool renamed = christmas != QStringLiteral("The first weekday after Christmas Day");

    const auto preview = HolidayImport::preview(db, kHolidays2028);
    REQUIRE(preview.ok());
    CHECK(preview->years == QList<int> { 2027, 2028 });
    CHECK(preview->toAdd.size() == 4); // the 2028 days
    CHECK(preview->differing.size() + preview->unchanged == 2);
    CHECK(int(preview->differing.size()) == (renamed ? 1 : 0));
    // A preview writes nothing.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM public_holidays")) == holidaysBefore);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);

    // Only an administrator saves it; the refusal is recorded and changes no holiday.
    const auto refused = HolidayImport::apply(db, kHolidays2028, QStringLiteral("en.ics"), supervisor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM public_holidays")) == holidaysBefore);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'")) == 1);

    const auto saved = HolidayImport::apply(db, kHolidays2028, QStringLiteral("en.ics"), admin);
    REQUIRE(saved.ok());
    CHECK(saved->toAdd.size() == 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM public_holidays")) == holidaysBefore + 4);
    CHECK(holidayName(db, QStringLiteral("2028-01-27")) == QStringLiteral("Lunar New Year"));
    CHECK(holidayName(db, QStringLiteral("2027-12-27")) == QStringLiteral("The first weekday after Christmas Day"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM events WHERE action = 'holiday.added' "
                                   "AND details LIKE '%\"source\":\"en.ics\"%'"))
          == 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM events WHERE action = 'holiday.renamed'")) == (renamed ? 1 : 0));
    // Importing the same list again changes nothing.
    const auto again = HolidayImport::preview(db, kHolidays2028);
    REQUIRE(again.ok());
    CHECK(again->changesNothing());
    CHECK(again->unchanged == 6);
}

TEST_CASE("A malformed iCalendar file is refused with a clear message and changes nothing", "[app][holidays]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const QSqlDatabase db = t.connection();
    const int holidaysBefore = count(db, QStringLiteral("SELECT count(*) FROM public_holidays"));
    const int eventsBefore = count(db, QStringLiteral("SELECT count(*) FROM events"));

    const std::pair<QByteArray, QString> bad[] = {
        { QByteArrayLiteral("Date,Holiday\n2028-01-01,The first day of January\n"), QStringLiteral("not an iCalendar file") },
        { QByteArray(), QStringLiteral("empty") },
        { QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"), QStringLiteral("lists no holidays") },
        { QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@test\r\n"
                            "DTSTART;VALUE=DATE:20280101\r\nDTEND;VALUE=DATE:20280102\r\nSUMMARY:The first day of January\r\n"
                            "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@test\r\nDTSTART;VALUE=DATE:2028XX26\r\n"
                            "SUMMARY:Lunar New Year\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
          QStringLiteral("") },
        { QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:c@test\r\n"
                            "DTSTART;VALUE=DATE:20280101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
          QStringLiteral("has no SUMMARY") },
        { QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d@test\r\n"
                            "DTSTART:20280101T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
          QStringLiteral("not on a whole day") },
        { QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e@test\r\n"
                            "DTSTART;VALUE=DATE:20280101\r\nDTEND;VALUE=DATE:20280301\r\nSUMMARY:Far too long\r\n"
                            "END:VEVENT\r\nEND:VCALENDAR\r\n"),
          QStringLiteral("longer than any public holiday") },
    };
    for (const auto& [ics, why] : bad) {
        INFO(ics.toStdString());
        const auto preview = HolidayImport::preview(db, ics);
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().code == ErrorCode::InvalidInput);
        CHECK(preview.message().contains(QStringLiteral("nothing was changed")));
        CHECK(preview.message().contains(why));
        const auto saved = HolidayImport::apply(db, ics, QStringLiteral("bad.ics"), admin);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.message() == preview.message());
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM public_holidays")) == holidaysBefore);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);
}
