// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real orgdesk-cli binary, as a script or an administrator would.
#include "ApplicationService.h"
#include "Database.h"
#include "form/FormService.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

using namespace orgdesk;
using test::runCli;

namespace {
QStringList withDb(const QString& db, QStringList args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}
} // namespace

TEST_CASE("init, seed-demo and check succeed on a new database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    auto init = runCli(withDb(db, { QStringLiteral("init") }));
    CHECK(init.exitCode == 0);
    auto seed = runCli(withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("1000") }));
    INFO(seed.err.toStdString());
    CHECK(seed.exitCode == 0);
    CHECK(seed.out.contains(QStringLiteral("Added 1000 fictional applications")));
    auto check = runCli(withDb(db, { QStringLiteral("check") }));
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("no problems found")));

    auto list = runCli(withDb(db, { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                                    QStringLiteral("--json") }));
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 5);
    const QString ref = rows.at(0).toObject().value(QStringLiteral("reference")).toString();
    CHECK(ref.startsWith(QStringLiteral("OA-")));
    auto show = runCli(withDb(db, { QStringLiteral("show"), ref, QStringLiteral("--json") }));
    REQUIRE(show.exitCode == 0);
    CHECK(QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("reference")).toString() == ref);
    auto missing = runCli(withDb(db, { QStringLiteral("show"), QStringLiteral("OA-1999-000001") }));
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("There is no application OA-1999-000001")));
}

TEST_CASE("check names an attachment whose stored bytes were altered", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("200") })).exitCode == 0);
    // Change one byte of one attachment with the sqlite3 shell, as a person with the file could
    // (removing the trigger that guards stored bytes first).
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 { db, QStringLiteral("DROP TRIGGER attachments_content_fixed; UPDATE attachments SET content = CAST(replace(CAST(content AS TEXT), "
                                      "'Helvetica', 'Helvetic4') AS BLOB) WHERE id = (SELECT min(id) FROM attachments);"
                                      "SELECT id, original_name FROM attachments ORDER BY id LIMIT 1;") });
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const QStringList row = QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().split(u'|');
    REQUIRE(row.size() == 2);
    auto check = runCli(withDb(db, { QStringLiteral("check") }));
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("Attachment %1").arg(row.at(0))));
    CHECK(check.err.contains(row.at(1)));
    CHECK(check.err.contains(QStringLiteral("SHA-256")));
}

TEST_CASE("backup then restore round-trips and restore refuses to replace without --force", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    const QString restored = dir.filePath(QStringLiteral("restored.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("150") })).exitCode == 0);
    auto b = runCli(withDb(db, { QStringLiteral("backup"), backup }));
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    auto again = runCli(withDb(db, { QStringLiteral("backup"), backup }));
    CHECK(again.exitCode == 2); // never overwrites

    auto r = runCli(withDb(restored, { QStringLiteral("restore"), backup }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto listA = runCli(withDb(db, { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000") }));
    const auto listB = runCli(withDb(restored, { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000") }));
    CHECK(listA.out == listB.out);
    CHECK(listA.out.count(u'\n') == 150);

    auto refused = runCli(withDb(db, { QStringLiteral("restore"), backup }));
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    auto forced = runCli(withDb(db, { QStringLiteral("restore"), backup, QStringLiteral("--force") }));
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("kept as")));
    const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral("live.db.before-restore-*") }, QDir::Files);
    CHECK(kept.size() >= 1);

    // A damaged backup is refused and changes nothing.
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'z'));
    f.close();
    auto bad = runCli(withDb(restored, { QStringLiteral("restore"), junk, QStringLiteral("--force") }));
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("not restored")));
}

TEST_CASE("backup of a PostgreSQL store writes a pg_dump file and proves it by restoring it", "[cli][server]")
{
    if (!test::onServer()) {
        WARN("about the PostgreSQL store: run by the suite's PostgreSQL pass");
        return;
    }
    test::TempDatabase t;
    QTemporaryDir dir;
    const QString dump = dir.filePath(QStringLiteral("orgdesk.dump"));
    REQUIRE(runCli(withDb(t.path(),
                       { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("60") }))
                .exitCode
        == 0);

    auto b = runCli(withDb(t.path(), { QStringLiteral("backup"), dump }));
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    CHECK(b.out.contains(QStringLiteral("verified")));
    QFile f(dump);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "PGDMP"); // pg_dump's custom format
    f.close();
    CHECK_FALSE(QFileInfo::exists(dump + QStringLiteral(".partial")));

    // Never overwrites, and the scratch database used for the proof is gone.
    CHECK(runCli(withDb(t.path(), { QStringLiteral("backup"), dump })).exitCode == 2);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'orgdesk_backup_check_%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // A clerk's sign-in cannot read everything, so cannot make a backup; nothing is left behind.
    const QString clerkDump = dir.filePath(QStringLiteral("clerk.dump"));
    t.addUser(QStringLiteral("kwok"), QStringLiteral("clerk"));
    const QString asClerk = t.path() + QStringLiteral(" user=") + t.loginRole(QStringLiteral("kwok"))
        + QStringLiteral(" password='correct horse'");
    auto refused = runCli(withDb(asClerk, { QStringLiteral("backup"), clerkDump }));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("pg_dump")));
    CHECK_FALSE(QFileInfo::exists(clerkDump));
    CHECK_FALSE(QFileInfo::exists(clerkDump + QStringLiteral(".partial")));
}

TEST_CASE("restore refuses a PostgreSQL location and says who restores a shared database", "[cli][server]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("init") })).exitCode == 0);
    REQUIRE(runCli(withDb(db, { QStringLiteral("backup"), backup })).exitCode == 0);
    auto r = runCli(withDb(
        QStringLiteral("postgresql://nobody@localhost/orgdesk"), { QStringLiteral("restore"), backup }));
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("pg_restore")));
}

TEST_CASE("user add reads the password from standard input and the first account is an administrator", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("init") })).exitCode == 0);
    auto clerkFirst = runCli(withDb(db, { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("amy"),
                                          QStringLiteral("--role"), QStringLiteral("clerk") }),
                             "long enough secret\n");
    CHECK(clerkFirst.exitCode == 2);
    CHECK(clerkFirst.err.contains(QStringLiteral("first staff account must be an administrator")));
    auto admin = runCli(withDb(db, { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin1"),
                                     QStringLiteral("--role"), QStringLiteral("admin") }),
                        "long enough secret\n");
    CHECK(admin.exitCode == 0);
    auto clerk = runCli(withDb(db, { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("amy"),
                                     QStringLiteral("--role"), QStringLiteral("clerk") }),
                        "another secret 1\n");
    CHECK(clerk.exitCode == 0);
    auto weak = runCli(withDb(db, { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                    QStringLiteral("--role"), QStringLiteral("clerk") }),
                       "short\n");
    CHECK(weak.exitCode == 2);

    // The password never reaches the database in clear text.
    auto opened = Database::open(db, Database::OpenMode::ReadOnlyNoMigrate);
    REQUIRE(opened.ok());
    QSqlQuery q(opened->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE username = 'amy'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE details LIKE '%secret%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("usage errors exit with status 2 and say what is wrong", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    auto unknown = runCli({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
    QTemporaryDir dir;
    auto noDb = runCli(withDb(dir.filePath(QStringLiteral("none.db")), { QStringLiteral("list") }));
    CHECK(noDb.exitCode == 1);
    CHECK(noDb.err.contains(QStringLiteral("There is no OrgDesk database")));
    auto badStatus = runCli(withDb(dir.filePath(QStringLiteral("none.db")),
                                   { QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost") }));
    CHECK(badStatus.exitCode == 2);
    CHECK(runCli({ QStringLiteral("--help") }).exitCode == 0);
}

TEST_CASE("a seed killed part-way leaves a consistent database with whole batches only", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("init") })).exitCode == 0);
    QProcess p;
    p.start(QString::fromUtf8(ORGDESK_CLI_PATH),
            withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("400000") }));
    REQUIRE(p.waitForStarted());
    QThread::msleep(2500);
    p.kill();
    p.waitForFinished();
    auto check = runCli(withDb(db, { QStringLiteral("check") }));
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    auto opened = Database::open(db, Database::OpenMode::ReadOnlyNoMigrate);
    REQUIRE(opened.ok());
    QSqlQuery q(opened->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM applications")));
    REQUIRE(q.next());
    const int n = q.value(0).toInt();
    CHECK(n < 400000);
    CHECK(n % 20000 == 0); // batches are transactions: all of one or none of it
}

TEST_CASE("eligibility and duplicates report on an application keyed in the form", "[cli][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    FormService form(t.connection());
    QStringList refs;
    for (const QString& name : { QStringLiteral("Jade Gate Printing Limited"), QStringLiteral("JADE GATE PRINTING LTD.") }) {
        Receipt r;
        r.channel = QStringLiteral("post");
        const auto app = ApplicationService(t.connection()).receive(r, clerk);
        REQUIRE(app.ok());
        FormData d;
        d.orgNameEn = name;
        d.orgType = QStringLiteral("company");
        REQUIRE(form.save(app->id, d, clerk).ok());
        refs << app->reference;
    }
    auto elig = runCli(withDb(t.path(), { QStringLiteral("eligibility"), refs[1], QStringLiteral("--json") }));
    INFO(elig.err.toStdString());
    REQUIRE(elig.exitCode == 0);
    const QJsonObject e = QJsonDocument::fromJson(elig.out.toUtf8()).object();
    // A company with no case number is considered case by case (the Judiciary's letter, paragraph 2).
    CHECK(e.value(QStringLiteral("outcome")).toString() == QStringLiteral("case_by_case"));
    CHECK(e.value(QStringLiteral("policy")).toString() == QStringLiteral("facilitation_2023"));
    CHECK(e.value(QStringLiteral("missing_documents")).toArray().size() == 4);

    auto dup = runCli(withDb(t.path(), { QStringLiteral("duplicates"), refs[1] }));
    REQUIRE(dup.exitCode == 0);
    CHECK(dup.out.startsWith(refs[0]));
    CHECK(dup.out.contains(QStringLiteral("name")));
    CHECK(runCli(withDb(t.path(), { QStringLiteral("duplicates") })).exitCode == 2);
    CHECK(runCli(withDb(t.path(), { QStringLiteral("eligibility"), QStringLiteral("OA-1999-000001") })).exitCode != 0);
}
