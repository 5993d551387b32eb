// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace orgdesk;
using test::runCli;
using test::sqlite;

namespace {
QString shell(const QString& db, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { db, sql });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

TEST_CASE("retention plan changes nothing, retention purge --confirm purges, and the trail still verifies",
          "[cli][retention]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.db"));
    auto cli = [&](QStringList args) {
        return runCli(QStringList { QStringLiteral("--db"), db } + args);
    };
    REQUIRE(cli({ QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("300") }).exitCode == 0);
    // The oldest closed case's scan is ticked as the identity-document copy. The demo keys no
    // checklists and a closed case's checklist is frozen, so the tick is written as it would have
    // been during review: with the freeze triggers set aside for the one statement.
    const QString frozenInsert = shell(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                                          "'application_checklist_frozen_insert';"));
    const QString frozenUpdate = shell(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                                          "'application_checklist_frozen_update';"));
    REQUIRE_FALSE(frozenInsert.isEmpty());
    REQUIRE_FALSE(frozenUpdate.isEmpty());
    sqlite(db, QStringLiteral("DROP TRIGGER application_checklist_frozen_insert; "
                              "DROP TRIGGER application_checklist_frozen_update; "
                              "INSERT INTO application_checklist (application_id, item_code, position, label_en, "
                              "label_zh, attachment_id, page_no) SELECT t.application_id, 'pa_identity', 9, 'Identity', "
                              "'', t.id, 1 FROM attachments t JOIN applications a ON a.id = t.application_id WHERE "
                              "a.status = 'closed' AND t.page_count <= 2 ORDER BY a.received_at LIMIT 1 "
                              "ON CONFLICT (application_id, item_code) DO UPDATE SET attachment_id = excluded.attachment_id, "
                              "page_no = 1; %1; %2;")
                   .arg(frozenInsert, frozenUpdate));
    // A short retention period, so that case is past it whatever the demo's dates.
    REQUIRE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention.identity_months"),
                  QStringLiteral("1") })
                .exitCode
            == 0);
    const QString events = shell(db, QStringLiteral("SELECT count(*) FROM events;"));

    const auto plan = cli({ QStringLiteral("retention"), QStringLiteral("plan") });
    INFO(plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.out.contains(QStringLiteral("1 attachment(s) due")));
    CHECK(plan.out.contains(QStringLiteral("Dry run")));
    CHECK(shell(db, QStringLiteral("SELECT count(*) FROM events;")) == events);
    CHECK(shell(db, QStringLiteral("SELECT count(*) FROM attachments WHERE purged_at IS NOT NULL;")) == u"0");

    const auto purge = cli({ QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--confirm") });
    INFO(purge.err.toStdString());
    REQUIRE(purge.exitCode == 0);
    CHECK(purge.out.contains(QStringLiteral("Purged 1 attachment(s)")));
    CHECK(shell(db, QStringLiteral("SELECT count(*) FROM attachments WHERE purged_at IS NOT NULL AND length(content) = 0;"))
          == u"1");
    CHECK(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
    const auto check = cli({ QStringLiteral("check") });
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(cli({ QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--bogus") }).exitCode == 2);
}
