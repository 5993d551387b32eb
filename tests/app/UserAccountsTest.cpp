// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Dialect.h"
#include "TestSupport.h"
#include "UserService.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace orgdesk;
using test::ClockGuard;

namespace {

int count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QMutex g_messagesLock;
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_messagesLock);
    g_messages << message;
}

// Every value of every row of every table except users (where the hashes belong).
QString everythingOutsideUsers(const QSqlDatabase& db)
{
    QString all;
    QSqlQuery tables(db);
    REQUIRE(tables.exec(Dialect::of(db).isPostgres()
                            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'users'")
                            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'users'")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : names) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + u'\n';
        }
    }
    return all;
}

} // namespace

TEST_CASE("Lockout follows the settings, an administrator can unlock", "[app][auth]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Settings settings(t.connection());
    REQUIRE(settings.setMaxFailedSignIns(3, admin).ok());
    REQUIRE(settings.setLockMinutes(2, admin).ok());
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    UserService users(t.connection());
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(users.signIn(QStringLiteral("carol"), QStringLiteral("wrong password")).ok());
    auto locked = users.signIn(QStringLiteral("carol"), QStringLiteral("correct horse"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.message().contains(QStringLiteral("locked")));
    clock.advanceSecs(121);
    CHECK(users.signIn(QStringLiteral("carol"), QStringLiteral("correct horse")).ok());

    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(users.signIn(QStringLiteral("carol"), QStringLiteral("wrong password")).ok());
    CHECK(users.unlock(clerk.userId, clerk).error().code == ErrorCode::PermissionDenied);
    REQUIRE(users.unlock(clerk.userId, admin).ok());
    CHECK(users.signIn(QStringLiteral("carol"), QStringLiteral("correct horse")).ok());
}

TEST_CASE(
    "A refused sign-in the store cannot record is answered with the store's failure", "[app][auth][sqlite]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    UserService users(t.connection());
    const int failedBefore
        = count(t.connection(), QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'carol'"));
    const int eventsBefore = count(t.connection(), QStringLiteral("SELECT count(*) FROM events"));
    // The store refuses every new event (as a full disk would).
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON main.events "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
    for (const QString& name : { QStringLiteral("carol"), QStringLiteral("nobody") }) {
        INFO(name.toStdString());
        const auto refused = users.signIn(name, QStringLiteral("wrong password"));
        REQUIRE_FALSE(refused.ok());
        // Not "wrong password": the attempt went unrecorded, and the person is told so alike for a
        // known and an unknown name.
        CHECK(refused.error().code != ErrorCode::PermissionDenied);
        CHECK(refused.message().contains(QStringLiteral("the disk is full")));
    }
    // Nothing half-done: the count of failed attempts is as it was, and no event was written.
    CHECK(count(t.connection(), QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'carol'"))
        == failedBefore);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_events")));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);
    CHECK_FALSE(users.signIn(QStringLiteral("carol"), QStringLiteral("wrong password")).ok());
    CHECK(count(t.connection(), QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'carol'"))
        == failedBefore + 1);
}

TEST_CASE("Changing, resetting passwords and deactivating accounts are checked and audited", "[app][auth]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor other = t.addUser(QStringLiteral("chris"), QStringLiteral("clerk"));
    UserService users(t.connection());

    auto wrong = users.changePassword(clerk, QStringLiteral("not my password"), QStringLiteral("a new long password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::PermissionDenied);
    CHECK(users.changePassword(clerk, QStringLiteral("correct horse"), QStringLiteral("short")).error().code
          == ErrorCode::InvalidInput);
    REQUIRE(users.changePassword(clerk, QStringLiteral("correct horse"), QStringLiteral("battery staple 2026")).ok());
    CHECK_FALSE(users.signIn(QStringLiteral("carol"), QStringLiteral("correct horse")).ok());
    CHECK(users.signIn(QStringLiteral("carol"), QStringLiteral("battery staple 2026")).ok());

    CHECK(users.resetPassword(clerk.userId, QStringLiteral("set by someone else"), other).error().code
          == ErrorCode::PermissionDenied);
    REQUIRE(users.resetPassword(clerk.userId, QStringLiteral("set by the administrator"), admin).ok());
    CHECK(users.signIn(QStringLiteral("carol"), QStringLiteral("set by the administrator")).ok());

    CHECK(users.setActive(clerk.userId, false, other).error().code == ErrorCode::PermissionDenied);
    CHECK(users.setActive(admin.userId, false, admin).error().code == ErrorCode::PermissionDenied); // own, last admin
    REQUIRE(users.setActive(clerk.userId, false, admin).ok());
    auto inactive = users.signIn(QStringLiteral("carol"), QStringLiteral("set by the administrator"));
    REQUIRE_FALSE(inactive.ok());
    CHECK(inactive.message().contains(QStringLiteral("deactivated")));
    // The account and its history stay.
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM users WHERE id = ? AND active = 0"), { clerk.userId })
          == 1);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE subject_type = 'user' AND subject_id = ?"),
                { clerk.userId })
          >= 5);
    REQUIRE(users.setActive(clerk.userId, true, admin).ok());
    CHECK(users.signIn(QStringLiteral("carol"), QStringLiteral("set by the administrator")).ok());
    // Each refusal is an event.
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'")) == 4);
}

TEST_CASE("No password or hash reaches logs, events or exports", "[app][auth][privacy]")
{
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    UserService users(t.connection());
    const QStringList secrets { QStringLiteral("correct horse"), QStringLiteral("Tsim Sha Tsui 1997"),
                                QStringLiteral("wrong guess 42"), QStringLiteral("admin reset 888") };
    CHECK_FALSE(users.signIn(QStringLiteral("carol"), secrets[2]).ok());
    CHECK_FALSE(users.signIn(QStringLiteral("nobody"), secrets[2]).ok());
    REQUIRE(users.changePassword(clerk, secrets[0], secrets[1]).ok());
    CHECK_FALSE(users.changePassword(clerk, secrets[2], secrets[3]).ok());
    REQUIRE(users.resetPassword(clerk.userId, secrets[3], admin).ok());
    REQUIRE(users.signIn(QStringLiteral("carol"), secrets[3]).ok());
    REQUIRE(users.setActive(clerk.userId, false, admin).ok());
    REQUIRE(users.recordSessionLocked(admin, QStringLiteral("idle")).ok());
    qInstallMessageHandler(previous);

    QStringList hashes;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    while (q.next())
        hashes << q.value(0).toString();
    const QString stored = everythingOutsideUsers(t.connection());
    const QString logs = g_messages.join(u'\n');
    auto cliUsers = test::runCli({ QStringLiteral("--db"), t.path(), QStringLiteral("user"), QStringLiteral("list") });
    CHECK(cliUsers.exitCode == 0);
    CHECK(cliUsers.out.contains(QStringLiteral("carol\tclerk\tinactive")));
    auto cliList = test::runCli({ QStringLiteral("--db"), t.path(), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QString& text : { stored, logs, cliUsers.out + cliUsers.err, cliList.out + cliList.err }) {
        CHECK_FALSE(text.contains(QStringLiteral("$argon2")));
        for (const QString& s : secrets + hashes) {
            if (!s.isEmpty()) // on PostgreSQL the server keeps the secrets: the column is empty
                CHECK_FALSE(text.contains(s));
        }
    }
}

TEST_CASE("A staff account's active state changes in the file only right after its event", "[app][auth][guards]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    UserService users(t.connection());
    REQUIRE(users.setActive(clerk.userId, false, admin).ok());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT s.user_id, s.active, e.action, e.subject_id FROM staff_changes s JOIN events e "
                                  "ON e.id = s.event_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == clerk.userId);
    CHECK(q.value(1).toInt() == 0);
    CHECK(q.value(2).toString() == QStringLiteral("user.deactivated"));
    CHECK(q.value(3).toLongLong() == clerk.userId);
    CHECK_FALSE(q.next());

    // The event authorised that change only: the same change back without its own is refused.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE users SET active = 1 WHERE id = %1").arg(clerk.userId)));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("only with its event")));
    REQUIRE(users.setActive(clerk.userId, true, admin).ok());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM staff_changes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(users.signIn(clerk.username, QStringLiteral("correct horse")).ok());
}
