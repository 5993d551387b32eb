// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"
#include "TestSupport.h"

#include <QFile>
#include <QTimeZone>
#include <QProcess>

using namespace orgdesk;
using test::sqlite;
using test::runCli;


TEST_CASE("audit verify names the first edited, removed, reordered or truncated event", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                     QStringLiteral("60") })
                .exitCode
            == 0);
    auto intact = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("intact")));

    const QString copy = dir.filePath(QStringLiteral("b.db"));
    struct Tamper
    {
        const char* sql;
        const char* expected;
    };
    const Tamper cases[] = {
        { "DROP TRIGGER events_no_update; UPDATE events SET details = '{}' WHERE id = 10;", "event 10" },
        { "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 10;", "event 11" },
        { "DROP TRIGGER events_no_update; UPDATE events SET id = -1 WHERE id = 10; UPDATE events SET id = 10 WHERE id = 11;"
          " UPDATE events SET id = 11 WHERE id = -1;",
          "event 10" },
        { "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id > (SELECT max(id) - 3 FROM events);", "newest events" },
    };
    for (const Tamper& t : cases) {
        INFO(t.sql);
        QFile::remove(copy);
        REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"), copy }).exitCode == 0);
        sqlite(copy, QString::fromLatin1(t.sql));
        auto broken = runCli({ QStringLiteral("--db"), copy, QStringLiteral("audit"), QStringLiteral("verify") });
        CHECK(broken.exitCode == 1);
        CHECK(broken.err.contains(QString::fromLatin1(t.expected)));
    }

    auto csv = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("export"),
                        QStringLiteral("--csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("id,at_utc,user,action")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("$argon2")));
}

TEST_CASE("audit export --from and --to are Hong Kong calendar days whatever the PC's zone", "[cli][audit][tz]")
{
    test::TempDatabase t;
    auto at = [&](int y, int m, int d, int h, int min, const QString& action) {
        Event e;
        e.at = QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
        e.action = action;
        e.subjectType = QStringLiteral("setting");
        REQUIRE(EventLog::append(t.connection(), e).ok());
    };
    at(2025, 12, 31, 15, 30, QStringLiteral("test.hk_dec31_2330")); // 23:30 on 31 Dec in Hong Kong
    at(2025, 12, 31, 16, 30, QStringLiteral("test.hk_jan01_0030")); // 00:30 on 1 Jan in Hong Kong
    at(2026, 1, 1, 15, 59, QStringLiteral("test.hk_jan01_2359"));  // 23:59 on 1 Jan in Hong Kong
    at(2026, 1, 1, 16, 0, QStringLiteral("test.hk_jan02_0000"));   // midnight starting 2 Jan in Hong Kong
    auto csv = runCli({ QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("export"),
                        QStringLiteral("--csv"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-01-01") });
    REQUIRE(csv.exitCode == 0);
    CHECK_FALSE(csv.out.contains(QStringLiteral("test.hk_dec31_2330")));
    CHECK(csv.out.contains(QStringLiteral("test.hk_jan01_0030")));
    CHECK(csv.out.contains(QStringLiteral("test.hk_jan01_2359")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("test.hk_jan02_0000")));
}
