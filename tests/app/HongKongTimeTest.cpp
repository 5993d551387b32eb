// SPDX-License-Identifier: GPL-3.0-or-later
// Hong Kong time whatever the PC's zone. The cases tagged [tz] run three times: under
// TZ=Asia/Hong_Kong, TZ=UTC and TZ=America/New_York (tests/CMakeLists.txt).
#include "ApplicationService.h"
#include "Clock.h"
#include "HongKongTime.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "oversight/CaseTimeline.h"
#include "reports/DashboardService.h"
#include "workflow/BusinessCalendar.h"

#include <QLocale>
#include <QTimeZone>

using namespace orgdesk;
using test::ClockGuard;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

TEST_CASE("Hong Kong time is UTC+8 all year without a time-zone database", "[app][tz]")
{
    CHECK(HongKongTime::zone().isValid());
    // Midsummer and midwinter alike: no daylight saving.
    for (const QDateTime& t : { utc(2026, 1, 15, 12, 0), utc(2026, 7, 15, 12, 0), utc(2026, 3, 8, 7, 30) }) {
        CHECK(HongKongTime::toHongKong(t).offsetFromUtc() == 8 * 3600);
        CHECK(HongKongTime::toHongKong(t).time() == t.time().addSecs(8 * 3600));
    }
    CHECK(HongKongTime::startOfDay(QDate(2026, 1, 1)) == utc(2025, 12, 31, 16, 0));
    CHECK(HongKongTime::startOfDay(QDate(2026, 1, 1)).timeSpec() == Qt::UTC);
    // 16:00 UTC on 31 December is already New Year's Day at the desk.
    CHECK(HongKongTime::date(utc(2025, 12, 31, 15, 59)) == QDate(2025, 12, 31));
    CHECK(HongKongTime::date(utc(2025, 12, 31, 16, 0)) == QDate(2026, 1, 1));
    CHECK(BusinessCalendar::deskDate(utc(2025, 12, 31, 16, 0)) == QDate(2026, 1, 1));
    // 02:30 on the morning New York springs forward exists in Hong Kong and stays 02:30.
    CHECK(HongKongTime::fromWallClock(QDate(2026, 3, 8), QTime(2, 30)) == utc(2026, 3, 7, 18, 30));
    CHECK(HongKongTime::isoMinutes(utc(2026, 3, 7, 18, 30)) == QStringLiteral("2026-03-08 02:30"));
    CHECK(HongKongTime::isoMinutes(QDateTime()).isEmpty());

    FixedClock clock(utc(2025, 12, 31, 17, 0));
    ClockGuard guard(&clock);
    CHECK(HongKongTime::today() == QDate(2026, 1, 1));
    CHECK(DashboardService::today() == QDate(2026, 1, 1));
}

TEST_CASE("The desk shows a time as Hong Kong time with no zone name of the PC", "[app][tz]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QDateTime t = utc(2026, 5, 4, 23, 34); // 07:34 on 5 May in Hong Kong
    const QString shortText = HongKongTime::display(t, QLocale::ShortFormat, false, english);
    CHECK(shortText.startsWith(QStringLiteral("5/5/26")));
    CHECK(shortText.contains(QStringLiteral("7:34")));
    CHECK_FALSE(shortText.contains(QStringLiteral(":00")));
    CHECK_FALSE(shortText.contains(QStringLiteral("UTC")));
    const QString longText = HongKongTime::display(utc(2026, 5, 4, 23, 34).addSecs(22), QLocale::LongFormat, true, english);
    CHECK(longText.contains(QStringLiteral("May 5, 2026")));
    CHECK(longText.contains(QStringLiteral("7:34:22")));
    CHECK_FALSE(longText.contains(QStringLiteral("UTC")));
    CHECK_FALSE(longText.contains(QStringLiteral("EST")));
    CHECK_FALSE(longText.contains(QStringLiteral("EDT")));
    CHECK(HongKongTime::displayDate(utc(2026, 5, 4, 23, 34), QLocale::ShortFormat, english) == QStringLiteral("5/5/26"));
    // The timeline and reports write the same Hong Kong minutes.
    CHECK(CaseTimeline::localTime(t) == QStringLiteral("2026-05-05 07:34"));
}

TEST_CASE("The reference year is the Hong Kong year of receipt at a New Year boundary", "[app][tz]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    FixedClock clock(utc(2026, 1, 2, 2, 0));
    ClockGuard guard(&clock);
    ApplicationService apps(t.connection());
    auto receiveAt = [&](const QDateTime& at) {
        Receipt r;
        r.channel = QStringLiteral("fax");
        r.receivedAt = at;
        auto a = apps.receive(r, clerk);
        REQUIRE(a.ok());
        return a->reference;
    };
    // 23:59 on 31 December in Hong Kong: last year's series.
    CHECK(receiveAt(utc(2025, 12, 31, 15, 59)).startsWith(QStringLiteral("OA-2025-")));
    // 00:30 on 1 January in Hong Kong (still 31 December in UTC and New York): this year's.
    CHECK(receiveAt(utc(2025, 12, 31, 16, 30)) == QStringLiteral("OA-2026-000001"));
    // 20:00 on 1 January in New York is 09:00 on 2 January in Hong Kong: still 2026.
    CHECK(receiveAt(utc(2026, 1, 2, 1, 0)) == QStringLiteral("OA-2026-000002"));
}

TEST_CASE("Report periods start at midnight in Hong Kong", "[app][tz]")
{
    CHECK(DashboardService::dayStartUtc(QDate(2026, 1, 1)) == isoUtc(utc(2025, 12, 31, 16, 0)));
    CHECK(DashboardService::dayStartUtc(QDate(2026, 7, 1)) == isoUtc(utc(2026, 6, 30, 16, 0)));
}
