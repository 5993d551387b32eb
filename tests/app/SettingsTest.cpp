// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"
#include "SqlUtil.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace orgdesk;

TEST_CASE("Settings are typed, have defaults, and only an administrator changes them", "[app][settings]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Settings settings(t.connection());
    CHECK(settings.slaTargetBusinessDays() == 10);
    CHECK(settings.maxFailedSignIns() == 5);
    CHECK(settings.lockMinutes() == 15);
    CHECK(settings.idleLockMinutes() == 10);
    CHECK(settings.letterhead().fax == QStringLiteral("2340 7819"));
    CHECK(settings.letterhead().addressEn.contains(QStringLiteral("Wanchai Tower")));

    auto refused = settings.setSlaTargetBusinessDays(7, clerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(settings.slaTargetBusinessDays() == 10);

    REQUIRE(settings.setSlaTargetBusinessDays(7, admin).ok());
    CHECK(settings.slaTargetBusinessDays() == 7);
    CHECK(settings.setLockMinutes(0, admin).error().code == ErrorCode::InvalidInput);
    CHECK(settings.setByKey(QStringLiteral("no.such"), QStringLiteral("1"), admin).error().code
          == ErrorCode::InvalidInput);
    REQUIRE(settings.setByKey(QStringLiteral("auth.max_failed_sign_ins"), QStringLiteral(" 3 "), admin).ok());
    CHECK(settings.maxFailedSignIns() == 3);

    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'setting.changed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // A value broken by hand falls back to the default instead of breaking the desk.
    REQUIRE(q.exec(QStringLiteral("UPDATE settings SET value = 'lots' WHERE key = 'sla.target_business_days'")));
    CHECK(settings.slaTargetBusinessDays() == 10);
}
