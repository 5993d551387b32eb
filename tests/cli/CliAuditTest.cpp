// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>
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
