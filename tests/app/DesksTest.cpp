// SPDX-License-Identifier: GPL-3.0-or-later
// Several desks on one store: row versions, saves that meet a newer version, moves that meet a
// newer status, and the change feed. Runs on SQLite and PostgreSQL.
#include "ApplicationService.h"
#include "ChangeFeed.h"
#include "Clock.h"
#include "EventLog.h"
#include "PresenceService.h"
#include "ServerConnection.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "form/FormService.h"
#include "workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace orgdesk;
using test::ClockGuard;

namespace {

FormData form()
{
    FormData d;
    d.orgNameEn = QStringLiteral("Hong Kong Bar Association");
    d.orgType = QStringLiteral("hkba");
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    d.phone = QStringLiteral("2345 6789");
    d.remarks = QStringLiteral("Original remarks");
    return d;
}

qint64 versionOf(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(
        execPrepared(q, QStringLiteral("SELECT row_version FROM applications WHERE id = ?"), { id }).ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Every change of a case counts its row version up by one", "[desks][version]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk);
    CHECK(versionOf(t.connection(), id) == 1);
    FormService forms(t.connection());
    const auto saved = forms.save(id, form(), clerk);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == 2);
    CHECK(versionOf(t.connection(), id) == 2);
    CHECK(forms.load(id)->header.rowVersion == 2);
    REQUIRE(WorkflowService(t.connection())
                .transition(TransitionRequest { id, QStringLiteral("registered") }, clerk)
                .ok());
    CHECK(versionOf(t.connection(), id) == 3);

    // However the statement is written, the version only counts up.
    QSqlQuery q(t.connection());
    const bool backwards = execPrepared(
        q, QStringLiteral("UPDATE applications SET row_version = 1, remarks = 'x' WHERE id = ?"), { id })
                               .ok();
    if (backwards)
        CHECK(versionOf(t.connection(), id) == 4); // the server's trigger counted it instead
    else
        CHECK(versionOf(t.connection(), id) == 3); // the file refused it
    CHECK(versionOf(t.connection(), id) >= 3);
}

TEST_CASE("A save over a newer version reports each field the other desk changed, and records nothing",
    "[desks][conflict]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 42), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor lee = t.addUser(QStringLiteral("lee"), QStringLiteral("clerk"));
    const Actor mary = t.addUser(QStringLiteral("mary"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), lee);
    FormService forms(t.connection());
    REQUIRE(forms.save(id, form(), lee).ok());

    // Both open the form at the same version.
    const auto leeOpened = forms.load(id);
    const auto maryOpened = forms.load(id);
    REQUIRE(leeOpened.ok());
    const qint64 read = leeOpened->header.rowVersion;

    // Lee changes the name and the remarks and saves first.
    FormData leeForm = leeOpened->data;
    leeForm.orgNameEn = QStringLiteral("The Hong Kong Bar Association");
    leeForm.remarks = QStringLiteral("Checked by phone");
    clock.advanceSecs(60);
    const auto first = forms.saveVersion(id, leeForm, lee, read);
    REQUIRE(first.ok());
    REQUIRE(first->saved);
    CHECK(first->saved->rowVersion == read + 1);

    // Mary changes the name differently, the remarks to Lee's wording, and the phone.
    FormData maryForm = maryOpened->data;
    maryForm.orgNameEn = QStringLiteral("HK Bar Association");
    maryForm.remarks = QStringLiteral("Checked by phone");
    maryForm.phone = QStringLiteral("2111 2222");
    const qint64 eventsBefore = count(t.connection(), QStringLiteral("SELECT count(*) FROM events"));
    clock.advanceSecs(60);
    const auto second = forms.saveVersion(id, maryForm, mary, read);
    REQUIRE(second.ok());
    REQUIRE(second->conflict);
    CHECK_FALSE(second->saved);
    const SaveConflict& c = *second->conflict;
    CHECK(c.currentVersion == read + 1);
    REQUIRE(c.fields.size() == 1); // the remarks agree; the phone only Mary changed
    CHECK(c.fields[0].field == QStringLiteral("org_name_en"));
    CHECK(c.fields[0].mine.toString() == QStringLiteral("HK Bar Association"));
    CHECK(c.fields[0].theirs.toString() == QStringLiteral("The Hong Kong Bar Association"));
    CHECK(
        c.fields[0].changedBy == QStringLiteral("lee-clerk")); // the first account is an administrator "lee"
    CHECK(c.fields[0].changedAt == QDateTime(QDate(2026, 5, 4), QTime(2, 43), Qt::UTC));
    CHECK(c.theirs.orgNameEn == QStringLiteral("The Hong Kong Bar Association"));
    // Nothing was recorded: Lee's values stand, no event was added.
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);
    CHECK(forms.load(id)->data.orgNameEn == QStringLiteral("The Hong Kong Bar Association"));
    CHECK(versionOf(t.connection(), id) == read + 1);

    // Mary keeps her name: saved over the newer version, with her phone, and Lee's remarks kept.
    const FormData merged = mergeForms(maryForm, c.theirs, {});
    const auto third = forms.saveVersion(id, merged, mary, c.currentVersion);
    REQUIRE(third.ok());
    REQUIRE(third->saved);
    const auto now = forms.load(id);
    CHECK(now->data.orgNameEn == QStringLiteral("HK Bar Association"));
    CHECK(now->data.phone == QStringLiteral("+852 2111 2222"));
    CHECK(now->data.remarks == QStringLiteral("Checked by phone"));

    // Taking theirs field by field gives their value.
    FormData again = maryForm;
    again.orgNameEn = QStringLiteral("Something else");
    const FormData taken = mergeForms(again, now->data, { QStringLiteral("org_name_en") });
    CHECK(taken.orgNameEn == QStringLiteral("HK Bar Association"));
    CHECK(taken.phone == again.phone);
}

TEST_CASE("A save whose fields nobody else changed goes through over a newer version, keeping theirs",
    "[desks][conflict]")
{
    test::TempDatabase t;
    const Actor lee = t.addUser(QStringLiteral("lee"), QStringLiteral("clerk"));
    const Actor mary = t.addUser(QStringLiteral("mary"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), lee);
    FormService forms(t.connection());
    REQUIRE(forms.save(id, form(), lee).ok());
    const auto opened = forms.load(id);
    FormData leeForm = opened->data;
    leeForm.email = QStringLiteral("info@hkba.org");
    REQUIRE(forms.saveVersion(id, leeForm, lee, opened->header.rowVersion)->saved);
    // A move made meanwhile counts a version too, and changes no field.
    REQUIRE(WorkflowService(t.connection())
                .transition(TransitionRequest { id, QStringLiteral("registered") }, lee)
                .ok());

    FormData maryForm = opened->data;
    maryForm.paPosition = QStringLiteral("Chairman");
    const auto saved = forms.saveVersion(id, maryForm, mary, opened->header.rowVersion);
    REQUIRE(saved.ok());
    REQUIRE(saved->saved);
    const auto now = forms.load(id);
    CHECK(now->data.paPosition == QStringLiteral("Chairman"));
    CHECK(now->data.email == QStringLiteral("info@hkba.org")); // Lee's change is not overwritten
}

TEST_CASE("A move offered from a status another desk has left is refused in words, and nothing is recorded",
    "[desks][workflow]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 42), Qt::UTC));
    ClockGuard guard(&clock);
    const Actor lee = t.addUser(QStringLiteral("lee"), QStringLiteral("clerk"));
    const Actor mary = t.addUser(QStringLiteral("mary"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), lee);
    WorkflowService wf(t.connection());

    // Both desks are offered "register" from received; Lee registers first.
    TransitionRequest leeMove { id, QStringLiteral("registered") };
    leeMove.expectedFrom = QStringLiteral("received");
    REQUIRE(wf.transition(leeMove, lee).ok());
    const qint64 moves
        = count(t.connection(), QStringLiteral("SELECT count(*) FROM application_transitions"));
    const qint64 events = count(t.connection(), QStringLiteral("SELECT count(*) FROM events"));

    // Mary's withdrawal was offered from "received" too: refused, naming Lee and the time.
    TransitionRequest maryMove { id, QStringLiteral("withdrawn") };
    maryMove.note = QStringLiteral("The applicant withdrew by phone");
    maryMove.expectedFrom = QStringLiteral("received");
    const auto refused = wf.transition(maryMove, mary);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    INFO(refused.message());
    CHECK(refused.message().contains(QStringLiteral("lee")));
    CHECK(refused.message().contains(QStringLiteral("10:42")));
    CHECK(refused.message().contains(QStringLiteral("not recorded")));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM application_transitions")) == moves);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")) == events);
}

TEST_CASE("The change feed tells a desk about a change committed on another connection within a second",
    "[desks][feed]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk);

    ChangeFeed feed(t.connection(), t.path());
    feed.setPollMs(100);
    REQUIRE(feed.start());
    QSignalSpy notices(&feed, &ChangeFeed::changed);
    QSignalSpy changed(&feed, &ChangeFeed::storeChanged);

    // Another desk (its own connection) saves the form.
    {
        auto other = Database::open(t.path(), Database::OpenMode::ExistingOnly);
        REQUIRE(other.ok());
        REQUIRE(FormService(other->connection()).save(id, form(), clerk).ok());
    }
    const qint64 took = test::waitFor([&] { return !notices.isEmpty() || !changed.isEmpty(); });
    CHECK(took < 1000);
    if (test::onServer()) {
        REQUIRE_FALSE(notices.isEmpty());
        bool sawCase = false;
        for (const QList<QVariant>& n : notices) {
            const auto notice = n.at(0).value<ChangeNotice>();
            if (notice.table == u"applications" && notice.applicationId == id && notice.version == 2)
                sawCase = true;
        }
        CHECK(sawCase);
    } else {
        CHECK_FALSE(changed.isEmpty());
    }
}

TEST_CASE("A change notice carries only the table, the row, the case and its version", "[desks][feed]")
{
    const auto n = ChangeFeed::parse(
        QStringLiteral(R"({"table":"applications","op":"update","id":7,"application":7,"version":12})"));
    REQUIRE(n);
    CHECK(n->table == QStringLiteral("applications"));
    CHECK(n->op == QStringLiteral("update"));
    CHECK(n->applicationId == 7);
    CHECK(n->version == 12);
    CHECK_FALSE(ChangeFeed::parse(QStringLiteral("not json")));
}

TEST_CASE("Who is editing a case is shown to the others, in Hong Kong time, until they leave or go quiet",
    "[desks][presence]")
{
    test::TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(2, 42), Qt::UTC)); // 10:42 in Hong Kong
    ClockGuard guard(&clock);
    t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    const auto leeId = UserService(t.connection())
                           .addUser(QStringLiteral("leesm"), QStringLiteral("LEE Siu Ming"),
                               QStringLiteral("clerk"), QStringLiteral("correct horse"),
                               Actor { 0, QStringLiteral("test"), QStringLiteral("admin") });
    REQUIRE(leeId.ok());
    const Actor lee { *leeId, QStringLiteral("leesm"), QStringLiteral("clerk") };
    const Actor mary = t.addUser(QStringLiteral("mary"), QStringLiteral("supervisor"));
    const qint64 id = test::receive(t.connection(), lee);
    PresenceService presence(t.connection());
    REQUIRE(presence.enter(id, lee, QStringLiteral("desk 3")).ok());
    clock.advanceSecs(20);
    REQUIRE(presence.enter(id, lee, QStringLiteral("desk 3")).ok()); // the heartbeat keeps "since"

    const auto seen = presence.others(id, mary, QStringLiteral("desk 5"));
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(PresenceService::describe(*seen)
        == QStringLiteral("Being edited by LEE Siu Ming at desk 3 since 10:42"));
    // Lee does not see himself at his own desk.
    CHECK(presence.others(id, lee, QStringLiteral("desk 3"))->isEmpty());

    // Quiet past the heartbeat's allowance: no longer shown.
    clock.advanceSecs(PresenceService::kStaleSecs + 5);
    CHECK(presence.others(id, mary, QStringLiteral("desk 5"))->isEmpty());
    REQUIRE(presence.enter(id, lee, QStringLiteral("desk 3")).ok());
    CHECK(presence.others(id, mary, QStringLiteral("desk 5"))->size() == 1);
    // Closing the case ends it.
    REQUIRE(presence.leave(0, lee, QStringLiteral("desk 3")).ok());
    CHECK(presence.others(id, mary, QStringLiteral("desk 5"))->isEmpty());
}

TEST_CASE(
    "A dropped server connection is noticed, and the desk reconnects with its sign-in and listens again",
    "[desks][feed]")
{
    if (!test::onServer()) {
        WARN("about a connection to the server: run on PostgreSQL");
        return;
    }
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk);
    ChangeFeed feed(t.connection(), t.path());
    feed.setProbeMs(200);
    REQUIRE(feed.start());
    QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
    QSignalSpy restored(&feed, &ChangeFeed::connectionRestored);
    QSignalSpy notices(&feed, &ChangeFeed::changed);

    // The server drops every connection of the desk (as a restart or a network cut would).
    auto other = Database::open(t.path(), Database::OpenMode::ExistingOnly);
    REQUIRE(other.ok());
    QSqlQuery kill(other->connection());
    REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                     "current_database() AND pid <> pg_backend_pid()")));
    test::waitFor([&] { return !restored.isEmpty(); }, 10000);
    CHECK(lost.size() == 1);
    REQUIRE(restored.size() == 1);
    CHECK(feed.isConnected());
    // The desk's own connection works again, and another desk's save is heard again.
    CHECK(connectionAlive(t.connection()));
    CHECK(FormService(t.connection()).load(id).ok());
    REQUIRE(FormService(other->connection()).save(id, form(), clerk).ok());
    test::waitFor([&] { return !notices.isEmpty(); });
    CHECK_FALSE(notices.isEmpty());
}

TEST_CASE("Migration 11 gives a version-10 database's cases a row version and keeps their data", "[desks][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        QSqlDatabase raw = test::createAtVersion(path, 10, QStringLiteral("v10"));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, username, role, password_hash, created_at) VALUES "
                                      "(1, 'carol', 'clerk', '!x', '2026-01-02T01:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO applications (id, reference, channel, received_at, registered_by, "
                                      "org_name_en, created_at, updated_at) VALUES (3, 'OA-2026-000003', 'post', "
                                      "'2026-01-05T02:00:00Z', 1, 'Jade River Holdings Limited', "
                                      "'2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z')")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    }
    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(versionOf(db->connection(), 3) == 1);
    CHECK(count(db->connection(), QStringLiteral("SELECT count(*) FROM applications WHERE org_name_en = "
                                                 "'Jade River Holdings Limited'"))
          == 1);
    CHECK(count(db->connection(), QStringLiteral("SELECT count(*) FROM desk_presence")) == 0);
}
