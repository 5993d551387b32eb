// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace orgdesk;
using test::runCli;
using test::sqlite;

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
        { "DROP TRIGGER events_no_update; UPDATE events SET id = -1 WHERE id = 10; UPDATE events SET id = 10 "
          "WHERE id = 11;"
          " UPDATE events SET id = 11 WHERE id = -1;",
            "event 10" },
        { "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id > (SELECT max(id) - 3 FROM events);",
            "newest events" },
    };
    for (const Tamper& t : cases) {
        INFO(t.sql);
        QFile::remove(copy);
        REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"), copy }).exitCode == 0);
        sqlite(copy, QString::fromLatin1(t.sql));
        auto broken
            = runCli({ QStringLiteral("--db"), copy, QStringLiteral("audit"), QStringLiteral("verify") });
        CHECK(broken.exitCode == 1);
        CHECK(broken.err.contains(QString::fromLatin1(t.expected)));
    }

    auto csv = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("export"),
        QStringLiteral("--csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("id,at_utc,user,action")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("$argon2")));
}

TEST_CASE(
    "audit export --from and --to are Hong Kong calendar days whatever the PC's zone", "[cli][audit][tz]")
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
    at(2026, 1, 1, 15, 59, QStringLiteral("test.hk_jan01_2359")); // 23:59 on 1 Jan in Hong Kong
    at(2026, 1, 1, 16, 0, QStringLiteral("test.hk_jan02_0000")); // midnight starting 2 Jan in Hong Kong
    auto csv = runCli({ QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("export"),
        QStringLiteral("--csv"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
        QStringLiteral("--to"), QStringLiteral("2026-01-01") });
    REQUIRE(csv.exitCode == 0);
    CHECK_FALSE(csv.out.contains(QStringLiteral("test.hk_dec31_2330")));
    CHECK(csv.out.contains(QStringLiteral("test.hk_jan01_0030")));
    CHECK(csv.out.contains(QStringLiteral("test.hk_jan01_2359")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("test.hk_jan02_0000")));
}

TEST_CASE(
    "audit checkpoint and verify --against catch a rollback, a truncation, a rewrite and another database",
    "[cli][audit][sqlite]")
{
    ORGDESK_SQLITE_ONLY(); // backups, restore and the sqlite3 shell work on the file
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.db"));
    auto cli = [&](const QString& path, QStringList args, const QByteArray& input = {}) {
        return runCli(QStringList { QStringLiteral("--db"), path } + args, input);
    };
    REQUIRE(cli(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("40") }).exitCode
        == 0);
    REQUIRE(cli(db,
                { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sally"),
                    QStringLiteral("--role"), QStringLiteral("supervisor") },
                "correct horse battery staple\n")
                .exitCode
        == 0);
    const QString older = dir.filePath(QStringLiteral("older.db"));
    REQUIRE(cli(db, { QStringLiteral("backup"), older }).exitCode == 0);
    REQUIRE(cli(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("5") }).exitCode
        == 0);

    const QString file = dir.filePath(QStringLiteral("checkpoint.json"));
    const QStringList take { QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"),
        file, QStringLiteral("--as"), QStringLiteral("sally") };
    auto wrong = cli(db, take, "not her password\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("sign-in password")));
    CHECK_FALSE(QFile::exists(file));
    auto taken = cli(db, take, "correct horse battery staple\n");
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out.contains(QStringLiteral("HKT by sally")));
    REQUIRE(QFile::exists(file));
    CHECK(cli(db, take, "correct horse battery staple\n").exitCode == 2); // never overwrites the file

    auto listed = cli(db, { QStringLiteral("audit"), QStringLiteral("checkpoints") });
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("sally")));

    const QStringList against { QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--against"), file };
    auto ok = cli(db, against);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("extends the checkpoint")));
    auto quick = cli(db, against + QStringList { QStringLiteral("--incremental") });
    CHECK(quick.exitCode == 0);

    // A copy of the database rolled back or rewritten passes the plain verify, not --against.
    struct Tamper
    {
        const char* what;
        const char* sql;
        const char* expected;
    };
    const Tamper cases[] = {
        { "truncated",
            "PRAGMA foreign_keys = OFF; DROP TRIGGER events_no_delete; DROP TRIGGER audit_head_update_newest;"
            " DELETE FROM events WHERE id > (SELECT max(id) - 5 FROM events);"
            " UPDATE audit_head SET last_id = (SELECT max(id) FROM events),"
            " last_hash = (SELECT hash FROM events ORDER BY id DESC LIMIT 1);",
            "events are gone" },
    };
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    for (const Tamper& t : cases) {
        INFO(t.what);
        QFile::remove(copy);
        REQUIRE(cli(db, { QStringLiteral("backup"), copy }).exitCode == 0);
        sqlite(copy, QString::fromLatin1(t.sql));
        CHECK(cli(copy, { QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
        auto broken = cli(copy, against);
        CHECK(broken.exitCode == 1);
        CHECK(broken.err.contains(QString::fromLatin1(t.expected)));
    }

    // A whole-chain rewrite with every hash recomputed (scheme 2 in SQL, with the sqlite3 shell's
    // sha256 unavailable: done here with the same encoder the desk uses).
    {
        QFile::remove(copy);
        REQUIRE(cli(db, { QStringLiteral("backup"), copy }).exitCode == 0);
        {
            auto opened = Database::open(copy);
            REQUIRE(opened.ok());
            QSqlDatabase c = opened->connection();
            QSqlQuery q(c);
            for (const char* sql :
                { "DROP TRIGGER events_no_update", "DROP TRIGGER audit_head_update_newest" })
                REQUIRE(q.exec(QString::fromLatin1(sql)));
            REQUIRE(q.exec(
                QStringLiteral("SELECT id, at, user_id, action, subject_type, subject_id, details, scheme "
                               "FROM events ORDER BY id")));
            QList<Event> events;
            while (q.next()) {
                Event e { q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong()),
                    q.value(3).toString(), q.value(4).toString(),
                    q.value(5).isNull() ? std::nullopt : std::optional<qint64>(q.value(5).toLongLong()),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object() };
                e.scheme = q.value(7).toInt();
                events << e;
            }
            q.finish();
            QString prev = EventLog::genesisHash();
            QSqlQuery up(c);
            REQUIRE(up.prepare(
                QStringLiteral("UPDATE events SET details = ?, prev_hash = ?, hash = ? WHERE id = ?")));
            for (Event& e : events) {
                if (e.id == 3)
                    e.details.insert(QStringLiteral("note"), QStringLiteral("rewritten"));
                e.prevHash = prev;
                e.hash = EventLog::computeHash(e);
                up.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
                up.addBindValue(e.prevHash);
                up.addBindValue(e.hash);
                up.addBindValue(e.id);
                REQUIRE(up.exec());
                prev = e.hash;
            }
            REQUIRE(q.exec(QStringLiteral("UPDATE audit_head SET last_hash = '%1'").arg(prev)));
        }
        CHECK(cli(copy, { QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
        for (const QStringList& args :
            { against, against + QStringList { QStringLiteral("--incremental") } }) {
            auto rewritten = cli(copy, args);
            CHECK(rewritten.exitCode == 1);
            CHECK(rewritten.err.contains(QStringLiteral("rewritten")));
        }
    }

    // Another database entirely.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(cli(other, { QStringLiteral("init") }).exitCode == 0);
    auto foreign = cli(other, against);
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("another database")));

    // A changed checkpoint file.
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const QString changedPath = dir.filePath(QStringLiteral("changed.json"));
    QFile changed(changedPath);
    REQUIRE(changed.open(QIODevice::WriteOnly));
    changed.write(text.replace("\"supervisor\": \"sally\"", "\"supervisor\": \"mallory\""));
    changed.close();
    auto forged = cli(
        db, { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"), changedPath });
    CHECK(forged.exitCode == 1);
    CHECK(forged.err.contains(QStringLiteral("signature")));

    // Restoring the older backup would roll the trail back: refused without --roll-back.
    auto refused = cli(db, { QStringLiteral("restore"), older, QStringLiteral("--force") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("the backup lacks")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was restored")));
    CHECK(cli(db, against).exitCode == 0); // still the same database
    auto restored = cli(
        db, { QStringLiteral("restore"), older, QStringLiteral("--force"), QStringLiteral("--roll-back") });
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.err.contains(QStringLiteral("Rolled back")));
    auto after = cli(db, against);
    CHECK(after.exitCode == 1);
    CHECK(after.err.contains(QStringLiteral("events are gone")));
}
