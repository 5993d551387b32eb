// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli and personal data: who ran it is in every event it writes; the audit export masks
// identity numbers in free text, also in events written before notes were masked on entry.
#include "Database.h"
#include "EventLog.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

using namespace orgdesk;
using test::runCli;

TEST_CASE("Every event orgdesk-cli writes names the operating-system user that ran it", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("o.db"));
    auto cli = [&](QStringList args, const QByteArray& input = {}) {
        return runCli(QStringList { QStringLiteral("--db"), db } + args, input);
    };
    REQUIRE(cli({ QStringLiteral("init") }).exitCode == 0);
    REQUIRE(cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chan.tm"), QStringLiteral("--role"),
                  QStringLiteral("admin") },
                "correct horse battery\n")
                .exitCode
            == 0);
    REQUIRE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("drafts.keep_days"), QStringLiteral("3") })
                .exitCode
            == 0);
    const passwd* pw = getpwuid(getuid());
    REQUIRE(pw);
    const QString me = QString::fromLocal8Bit(pw->pw_name);

    Result<Database> opened = Database::open(db, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    QSqlQuery q(opened->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action, details FROM events ORDER BY id")));
    int events = 0;
    while (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        INFO(q.value(0).toString() << " " << q.value(1).toString());
        CHECK(details.value(QStringLiteral("os_user")).toString() == me);
        CHECK(details.value(QStringLiteral("via")).toString() == QStringLiteral("orgdesk-cli"));
        ++events;
    }
    CHECK(events >= 2); // user.created, setting.changed
    // The chain verifies with the added detail.
    CHECK(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
    // This test process is not the command-line tool: what it writes carries no such detail.
    q.finish();
    {
        Transaction tx(opened->connection());
        REQUIRE(tx.active());
        const auto appended =
            EventLog::append(opened->connection(), Event { 0, {}, {}, QStringLiteral("test.event"), QStringLiteral("setting"), {}, {} });
        INFO(appended.message());
        REQUIRE(appended.ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM events ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("{}"));
}

TEST_CASE("audit export masks HKID numbers in event details, old events included", "[cli][privacy][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    {
        // As an older OrgDesk wrote a link note: in clear.
        Result<Database> opened = Database::open(db, Database::OpenMode::ExistingOnly);
        REQUIRE(opened.ok());
        Transaction tx(opened->connection());
        REQUIRE(EventLog::append(opened->connection(),
                                 Event { 0, {}, {}, QStringLiteral("application.linked"), QStringLiteral("application"), 1,
                                         QJsonObject { { QStringLiteral("note"), QStringLiteral("same PA A123456(3)") } } })
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    const auto csv = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("export"),
                              QStringLiteral("--csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("same PA A123***(*)")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("123456")));
    // The trail itself is untouched and still verifies.
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
}
