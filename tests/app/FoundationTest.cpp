// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "IntegrityChecker.h"
#include "PasswordHasher.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "UserService.h"

#include <QFile>
#include <QSqlQuery>

using namespace orgdesk;
using test::ClockGuard;

namespace {
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

TEST_CASE("Passwords are stored as argon2id hashes and verified", "[app][auth]")
{
    auto hash = PasswordHasher::hash(QStringLiteral("九龍 passphrase"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK(PasswordHasher::verify(QStringLiteral("九龍 passphrase"), *hash));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("九龍 passphras"), *hash));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("anything"), QStringLiteral("!no-password")));
    CHECK_FALSE(PasswordHasher::weakness(QStringLiteral("short")).isEmpty());
}

TEST_CASE("Five wrong passwords lock an account for fifteen minutes, and every attempt is recorded", "[app][auth]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("mary"), QStringLiteral("admin"));
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC));
    ClockGuard guard(&clock);
    UserService users(t.connection());
    for (int i = 0; i < UserService::kMaxFailedAttempts; ++i)
        CHECK_FALSE(users.signIn(QStringLiteral("mary"), QStringLiteral("wrong horse")).ok());
    auto locked = users.signIn(QStringLiteral("mary"), QStringLiteral("correct horse"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.message().contains(QStringLiteral("locked")));
    clock.advanceSecs(UserService::kLockMinutes * 60 + 1);
    auto ok = users.signIn(QStringLiteral("MARY"), QStringLiteral("correct horse")); // names ignore case
    REQUIRE(ok.ok());
    CHECK(ok->role == QStringLiteral("admin"));
    CHECK(column(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'auth.failed'")).first()
          == QStringLiteral("6"));
    CHECK(column(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'auth.signed_in'")).first()
          == QStringLiteral("1"));
    // Unknown users get the same answer as wrong passwords.
    auto unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("x"));
    CHECK(unknown.message() == users.signIn(QStringLiteral("mary"), QStringLiteral("x")).message());
    // No password ever reaches the audit trail.
    CHECK(column(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE details LIKE '%horse%'")).first()
          == QStringLiteral("0"));
}

TEST_CASE("Only administrators add staff, a refusal is recorded", "[app][auth]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("boss"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("amy"), QStringLiteral("clerk"));
    auto refused = UserService(t.connection())
                       .addUser(QStringLiteral("eve"), {}, QStringLiteral("admin"), QStringLiteral("long password"), clerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(column(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'")).first()
          == QStringLiteral("1"));
    CHECK(column(t.connection(), QStringLiteral("SELECT count(*) FROM users WHERE username = 'eve'")).first()
          == QStringLiteral("0"));
}

TEST_CASE("Demo data covers every type, status and channel on both sides of the 2023 facilitation", "[app][demo]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC));
    ClockGuard guard(&clock);
    auto summary = DemoSeeder(t.connection()).run(4000, 42);
    REQUIRE(summary.ok());
    CHECK(summary->applications == 4000);
    CHECK(summary->resubmissions > 20);
    CHECK(summary->attachments > 50);
    const QSqlDatabase db = t.connection();
    CHECK(column(db, QStringLiteral("SELECT DISTINCT org_type FROM applications WHERE org_type IS NOT NULL")).size() == 8);
    CHECK(column(db, QStringLiteral("SELECT DISTINCT status FROM applications")).size() == 12);
    CHECK(column(db, QStringLiteral("SELECT DISTINCT channel FROM applications")).size() == 3);
    CHECK(column(db, QStringLiteral("SELECT count(*) FROM applications WHERE received_at < '2023-01-19'")).first().toInt() > 500);
    CHECK(column(db, QStringLiteral("SELECT count(*) FROM applications WHERE received_at > '2023-01-20'")).first().toInt() > 500);
    CHECK(column(db, QStringLiteral("SELECT max(received_at) FROM applications")).first() <= isoUtc(clock.nowUtc()));
    // The same seed gives the same data.
    test::TempDatabase again;
    REQUIRE(DemoSeeder(again.connection()).run(4000, 42).ok());
    const QString sample = QStringLiteral("SELECT reference || org_name_en || status FROM applications ORDER BY id LIMIT 50");
    CHECK(column(db, sample) == column(again.connection(), sample));

    auto report = IntegrityChecker(db).run();
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->attachmentsChecked == summary->attachments);
}

TEST_CASE("The integrity check reports broken references and a damaged audit trail", "[app][sqlite]")
{
    test::TempDatabase t;
    REQUIRE(DemoSeeder(t.connection()).run(100, 3).ok());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO application_case_numbers (application_id, position, case_number) VALUES (999999, 1, 'HCA 1/2024')")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE events SET action = 'application.rewritten' WHERE id = 10")));
    auto report = IntegrityChecker(t.connection()).run();
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    REQUIRE(report->problems.size() == 4);
    CHECK(report->problems.join(u'\n').contains(QStringLiteral("application_case_numbers")));
    CHECK(report->problems.join(u'\n').contains(QStringLiteral("event 10 was changed")));
    // The dropped guard, and what the rewritten event no longer records, are named as well.
    CHECK(report->problems.join(u'\n').contains(QStringLiteral("\"events_no_update\" has been removed")));
    CHECK(report->problems.join(u'\n').contains(QStringLiteral("has no record of being received")));
}

TEST_CASE("A backup never overwrites and is a verified, complete copy", "[app][backup][sqlite]")
{
    test::TempDatabase t;
    REQUIRE(DemoSeeder(t.connection()).run(120, 8).ok());
    const QString dest = t.dir() + QStringLiteral("/copy.sqlite");
    REQUIRE(BackupService::backup(t.connection(), dest).ok());
    auto copy = Database::open(dest, Database::OpenMode::ReadOnlyNoMigrate);
    REQUIRE(copy.ok());
    CHECK(column(copy->connection(), QStringLiteral("SELECT count(*) FROM applications")).first() == QStringLiteral("120"));
    CHECK(column(copy->connection(), QStringLiteral("SELECT max(hash) FROM events"))
          == column(t.connection(), QStringLiteral("SELECT max(hash) FROM events")));
    auto again = BackupService::backup(t.connection(), dest);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    // An unwritable destination is a clear error and leaves no partial file.
    auto nowhere = BackupService::backup(t.connection(), QStringLiteral("/proc/orgdesk-cannot-write-here.sqlite"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.message().contains(QStringLiteral("Could not write the copy")));
}
