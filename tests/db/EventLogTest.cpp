// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "Sha256.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace orgdesk;

namespace {
void appendEvents(const QSqlDatabase& db, int n)
{
    for (int i = 0; i < n; ++i) {
        auto id = EventLog::append(db,
            Event { 0, QDateTime(QDate(2026, 1, 5), QTime(9, i)), std::nullopt, QStringLiteral("test.event"),
                QStringLiteral("application"), i + 1, QJsonObject { { QStringLiteral("n"), i } } });
        REQUIRE(id.ok());
        CHECK(*id == i + 1);
    }
}

std::optional<EventLog::Problem> verify(const QSqlDatabase& db)
{
    auto r = EventLog::verify(db);
    REQUIRE(r.ok());
    return *r;
}
} // namespace

TEST_CASE("Events form a hash chain that verifies", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 5);
    CHECK_FALSE(verify(t.connection()).has_value());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT prev_hash FROM events WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == EventLog::genesisHash());
}

TEST_CASE("Events cannot be updated or deleted through SQL", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 2);
    QSqlQuery q(t.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET action = 'forged' WHERE id = 1")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
}

TEST_CASE("Editing an event with the triggers removed is detected", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 4);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        test::dropTrigger(t.connection(), QStringLiteral("events_no_update"), QStringLiteral("events"))));
    REQUIRE(q.exec(QStringLiteral("UPDATE events SET details = '{\"n\":99}' WHERE id = 3")));
    const auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 3);
}

TEST_CASE("Removing an event from the middle is detected", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 4);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        test::dropTrigger(t.connection(), QStringLiteral("events_no_delete"), QStringLiteral("events"))));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
    const auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 3);
}

TEST_CASE("SHA-256 gives the standard's digests and starts afresh after each one", "[db][audit][sqlite]")
{
    // FIPS 180-2's examples; the audit walk reuses one digest for millions of events.
    const QByteArray abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    CHECK(Sha256::hexOf("abc") == abc);
    CHECK(Sha256::hexOf("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hexOf("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 sha;
    sha.add("a");
    sha.add("bc");
    CHECK(sha.finishMatches(abc));
    sha.add("abc");
    CHECK(sha.hex() == abc);
    sha.add("abd");
    CHECK_FALSE(sha.finishMatches(abc));
    sha.add("abc");
    CHECK_FALSE(sha.finishMatches(abc.toUpper()));
    sha.add("abc");
    CHECK_FALSE(sha.finishMatches(abc.left(63)));
}

TEST_CASE("Verification on several threads finds the same first problem as on one", "[db][audit]")
{
    test::TempDatabase t;
    // Ten events: each is a stretch of its own, so every link is a seam between stretches that
    // different workers check, in whatever order they finish.
    appendEvents(t.connection(), 10);
    auto both = [&](int threads) {
        auto r = EventLog::verify(t.connection(), {}, threads);
        REQUIRE(r.ok());
        return *r;
    };
    CHECK_FALSE(both(2).has_value());
    CHECK_FALSE(both(3).has_value());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        test::dropTrigger(t.connection(), QStringLiteral("events_no_update"), QStringLiteral("events"))));
    REQUIRE(q.exec(
        test::dropTrigger(t.connection(), QStringLiteral("events_no_delete"), QStringLiteral("events"))));

    SECTION("an edit in the second half")
    {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET action = 'forged' WHERE id = 8")));
        for (int threads : { 1, 2, 3 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 8);
        }
    }
    SECTION("the first event of the second half removed")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 6")));
        for (int threads : { 1, 2, 3 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 7);
            CHECK(problem->message.contains(QStringLiteral("event 6 is missing")));
        }
    }
    SECTION("the last event of the first half removed")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 5")));
        for (int threads : { 1, 2, 3 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->message.contains(QStringLiteral("event 5 is missing")));
        }
    }
    SECTION("two events swapped across the halves")
    {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET id = -4 WHERE id = 4")));
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET id = 4 WHERE id = 7")));
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET id = 7 WHERE id = -4")));
        for (int threads : { 1, 2, 3 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 4);
        }
    }
    SECTION("a change in both halves is reported at the earlier one")
    {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET details = '{\"n\":0}' WHERE id = 9")));
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET details = '{\"n\":0}' WHERE id = 2")));
        for (int threads : { 2, 3 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 2);
        }
    }
}

TEST_CASE("Events written while the trail is being verified are not taken for tampering", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 6);
    // The desk goes on working: another connection appends an event just before the check ends.
    auto other = Database::open(t.path());
    REQUIRE(other.ok());
    bool appended = false;
    for (int threads : { 1, 2 }) {
        appended = false;
        auto r = EventLog::verify(
            t.connection(),
            [&](qint64 done, qint64 total) {
                if (done == total && !appended) {
                    appended = EventLog::append(other->connection(),
                        Event { 0, {}, std::nullopt, QStringLiteral("test.later"),
                            QStringLiteral("application"), 1,
                            {} }).ok();
                }
                return true;
            },
            threads);
        REQUIRE(r.ok());
        CHECK(appended);
        CHECK_FALSE(r->has_value());
    }
    // And the next check covers them.
    const auto again = EventLog::verify(t.connection());
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
}

namespace {

// Sets the triggers that keep events and the audit head append-only aside, as someone who can write
// the SQLite file (or the server database's owner) could.
void dropAuditGuards(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    for (const char* name : { "events_no_update", "events_no_delete" })
        REQUIRE(q.exec(test::dropTrigger(db, QString::fromLatin1(name), QStringLiteral("events"))));
    for (const char* name : { "audit_head_no_delete", "audit_head_update_newest" })
        REQUIRE(q.exec(test::dropTrigger(db, QString::fromLatin1(name), QStringLiteral("audit_head"))));
}

} // namespace

TEST_CASE("New events are written under hash scheme 2 with length-prefixed fields, on both back ends",
    "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 3);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash, "
                       "scheme FROM events ORDER BY id")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.action = q.value(3).toString();
        e.subjectType = q.value(4).toString();
        e.subjectId = q.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.prevHash = q.value(7).toString();
        e.scheme = q.value(9).toInt();
        CHECK(e.scheme == 2);
        // The bytes the C++ writer would hash are those the stored hash (the server's own on
        // PostgreSQL, computed in PL/pgSQL) was computed over.
        CHECK(EventLog::computeHash(e) == q.value(8).toString());
        const QByteArray bytes = EventLog::canonical(e);
        CHECK(bytes.startsWith(QByteArray("I\0\0\0\x01"
                                          "2I",
            7)));
    }
    CHECK(rows == 3);
    CHECK_FALSE(verify(t.connection()).has_value());
}

TEST_CASE("Scheme 2 tells apart the events that 0x1F-joined scheme 1 could not", "[db][audit]")
{
    Event a { 7, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC), std::nullopt, QStringLiteral("x\x1fy"),
        QStringLiteral("z"), std::nullopt, {} };
    a.prevHash = EventLog::genesisHash();
    Event b = a;
    b.action = QStringLiteral("x");
    b.subjectType = QStringLiteral("y\x1fz");
    a.scheme = b.scheme = 1;
    CHECK(EventLog::canonical(a) == EventLog::canonical(b)); // the old ambiguity
    a.scheme = b.scheme = 2;
    CHECK(EventLog::canonical(a) != EventLog::canonical(b));

    // In the store: the same shift of a separator between two fields is caught.
    test::TempDatabase t;
    auto id = EventLog::append(t.connection(),
        Event { 0, {}, std::nullopt, QStringLiteral("x\x1fy"), QStringLiteral("z"), std::nullopt, {} });
    REQUIRE(id.ok());
    REQUIRE(EventLog::append(t.connection(),
        Event { 0, {}, std::nullopt, QStringLiteral("test.after"), QStringLiteral("z"), std::nullopt, {} })
                .ok());
    CHECK_FALSE(verify(t.connection()).has_value());
    dropAuditGuards(t.connection());
    QSqlQuery q(t.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE events SET action = ?, subject_type = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("x"));
    q.addBindValue(QStringLiteral("y\x1fz"));
    q.addBindValue(*id);
    REQUIRE(q.exec());
    const auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == *id);
    CHECK(problem->message.contains(QStringLiteral("changed after it was written")));
}

TEST_CASE("A whole number stored as text ('12abc') fails verification", "[db][audit][sqlite]")
{
    ORGDESK_SQLITE_ONLY(); // the server's columns take whole numbers only
    test::TempDatabase t;
    appendEvents(t.connection(), 14); // event 12 is about application 12
    CHECK_FALSE(verify(t.connection()).has_value());
    dropAuditGuards(t.connection());
    QSqlQuery q(t.connection());
    for (const char* sql : { "UPDATE events SET subject_id = '12abc' WHERE id = 12",
             "UPDATE events SET details = x'7b7d' WHERE id = 12",
             "UPDATE events SET scheme = '2x' WHERE id = 12",
             "UPDATE events SET at = '2026-01-05 09:11:00' WHERE id = 12" }) {
        INFO(sql);
        REQUIRE(q.exec(QStringLiteral("SAVEPOINT tamper")));
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        const auto problem = verify(t.connection());
        REQUIRE(problem.has_value());
        CHECK(problem->eventId == 12);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK TO tamper")));
        REQUIRE(q.exec(QStringLiteral("RELEASE tamper")));
    }
    const auto problem = [&] {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET subject_id = '12abc' WHERE id = 12")));
        return verify(t.connection());
    }();
    REQUIRE(problem.has_value());
    CHECK(problem->message.contains(
        QStringLiteral("subject id is text where a whole number belongs ('12abc')")));
}

TEST_CASE("A removed audit head no longer lets verify skip the newest events", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 6);
    dropAuditGuards(t.connection());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_head")));
    auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->message.contains(QStringLiteral("audit head")));
    CHECK(problem->message.contains(QStringLiteral("missing")));

    SECTION("nor with the newest events removed as well")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id > 4")));
        problem = verify(t.connection());
        REQUIRE(problem.has_value());
        CHECK(problem->message.contains(QStringLiteral("audit head")));
    }
}

TEST_CASE("A hash scheme never goes back, and rises only at the recorded switch", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 4);
    dropAuditGuards(t.connection());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE events SET scheme = 1 WHERE id <= 2")));
    auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 1); // its bytes under scheme 1 are not what was hashed

    // The server and the file refuse a new event that goes back to scheme 1.
    test::TempDatabase u;
    appendEvents(u.connection(), 1);
    QSqlQuery ins(u.connection());
    if (!test::onServer()) {
        CHECK_FALSE(ins.exec(
            QStringLiteral("INSERT INTO events (id, at, action, subject_type, details, prev_hash, hash, "
                           "scheme) VALUES (2, '2026-01-05T10:00:00Z', 'x', '', '{}', 'p', 'h', 1)")));
        CHECK(ins.lastError().text().contains(QStringLiteral("never goes back")));
    } else {
        // On the server the scheme is the server's: whatever is sent, the event is scheme 2.
        REQUIRE(ins.exec(QStringLiteral("INSERT INTO events (action, subject_type, details, scheme) "
                                        "VALUES ('x', '', '{}', 1) RETURNING scheme")));
        REQUIRE(ins.next());
        CHECK(ins.value(0).toInt() == 2);
    }
}

TEST_CASE(
    "Events of an older database keep scheme 1, and the switch to 2 is the next event", "[db][audit][sqlite]")
{
    ORGDESK_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase raw = test::createAtVersion(path, 10, QStringLiteral("old-events"));
        appendEvents(raw, 3); // written as version 10 wrote them
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-events"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK_FALSE(verify(db->connection()).has_value());
    auto id = EventLog::append(db->connection(),
        Event { 0, {}, std::nullopt, QStringLiteral("test.after"), QStringLiteral("application"), 1, {} });
    REQUIRE(id.ok());
    CHECK(*id == 5);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT group_concat(scheme || ':' || action, ',') FROM (SELECT * FROM events ORDER BY id)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString()
        == QStringLiteral("1:test.event,1:test.event,1:test.event,2:audit.scheme_changed,2:test.after"));
    CHECK_FALSE(verify(db->connection()).has_value());

    // A scheme-2 event relabelled as the switch's predecessor's scheme is caught, and so is a
    // scheme rise with no switch recorded.
    QSqlQuery t(db->connection());
    REQUIRE(t.exec(QStringLiteral("DROP TRIGGER events_no_update")));
    REQUIRE(t.exec(QStringLiteral("UPDATE events SET action = 'test.other' WHERE id = 4")));
    const auto problem = verify(db->connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 4);
    CHECK(problem->message.contains(QStringLiteral("without the recorded switch")));
}
