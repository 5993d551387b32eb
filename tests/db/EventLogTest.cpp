// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace orgdesk;

namespace {
void appendEvents(const QSqlDatabase& db, int n)
{
    for (int i = 0; i < n; ++i) {
        auto id = EventLog::append(db, Event { 0, QDateTime(QDate(2026, 1, 5), QTime(9, i)), std::nullopt,
                                               QStringLiteral("test.event"), QStringLiteral("application"), i + 1,
                                               QJsonObject { { QStringLiteral("n"), i } } });
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
    REQUIRE(q.exec(test::dropTrigger(t.connection(), QStringLiteral("events_no_update"), QStringLiteral("events"))));
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
    REQUIRE(q.exec(test::dropTrigger(t.connection(), QStringLiteral("events_no_delete"), QStringLiteral("events"))));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
    const auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 3);
}

TEST_CASE("Verification on two threads finds the same first problem as on one", "[db][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 10); // the second thread takes events 6 to 10
    auto both = [&](int threads) {
        auto r = EventLog::verify(t.connection(), {}, threads);
        REQUIRE(r.ok());
        return *r;
    };
    CHECK_FALSE(both(2).has_value());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(test::dropTrigger(t.connection(), QStringLiteral("events_no_update"), QStringLiteral("events"))));
    REQUIRE(q.exec(test::dropTrigger(t.connection(), QStringLiteral("events_no_delete"), QStringLiteral("events"))));

    SECTION("an edit in the second half")
    {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET action = 'forged' WHERE id = 8")));
        for (int threads : { 1, 2 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 8);
        }
    }
    SECTION("the first event of the second half removed")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 6")));
        for (int threads : { 1, 2 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 7);
            CHECK(problem->message.contains(QStringLiteral("event 6 is missing")));
        }
    }
    SECTION("the last event of the first half removed")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 5")));
        for (int threads : { 1, 2 }) {
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
        for (int threads : { 1, 2 }) {
            const auto problem = both(threads);
            REQUIRE(problem.has_value());
            CHECK(problem->eventId == 4);
        }
    }
    SECTION("a change in both halves is reported at the earlier one")
    {
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET details = '{\"n\":0}' WHERE id = 9")));
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET details = '{\"n\":0}' WHERE id = 2")));
        const auto problem = both(2);
        REQUIRE(problem.has_value());
        CHECK(problem->eventId == 2);
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
                                                        QStringLiteral("application"), 1, {} })
                                   .ok();
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
