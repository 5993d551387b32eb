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
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
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
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_no_delete")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
    const auto problem = verify(t.connection());
    REQUIRE(problem.has_value());
    CHECK(problem->eventId == 3);
}
