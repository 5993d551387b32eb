// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSet>
#include <QTimeZone>

using namespace orgdesk;

TEST_CASE("Reference numbers are allocated per year and never reused, even after a rollback", "[db]")
{
    test::TempDatabase t;
    ApplicationStore store(t.connection());
    QString first;
    {
        Transaction tx(t.connection());
        auto ref = store.allocateReference(2026);
        REQUIRE(ref.ok());
        first = *ref;
        REQUIRE(tx.commit().ok());
    }
    CHECK(first == QStringLiteral("OA-2026-000001"));
    {
        Transaction tx(t.connection());
        auto ref = store.allocateReference(2026);
        REQUIRE(ref.ok());
        CHECK(*ref == QStringLiteral("OA-2026-000002"));
        // rolled back: the number was never used on paper, and the next one follows the committed state
    }
    Transaction tx(t.connection());
    CHECK(*store.allocateReference(2026) == QStringLiteral("OA-2026-000002"));
    CHECK(*store.allocateReference(2027) == QStringLiteral("OA-2027-000001"));
    REQUIRE(tx.commit().ok());
}

TEST_CASE("Receiving an application records it with an event and refuses the future", "[app]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    Clock::setCurrent(&clock);
    ApplicationService service(t.connection());
    auto created = service.receive(Receipt { QStringLiteral("fax"), {}, QStringLiteral("+852 2345 6789"), 3 }, clerk);
    REQUIRE(created.ok());
    CHECK(created->reference == QStringLiteral("OA-2026-000001"));
    CHECK(created->status == QStringLiteral("received"));
    auto loaded = service.byReference(QStringLiteral("oa-2026-000001"));
    REQUIRE(loaded.ok());
    CHECK(loaded->senderFax == QStringLiteral("+852 2345 6789"));
    CHECK(loaded->registeredBy == clerk.userId);

    auto future = service.receive(Receipt { QStringLiteral("post"), clock.nowUtc().addDays(1), {}, {} }, clerk);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::InvalidInput);
    auto badChannel = service.receive(Receipt { QStringLiteral("pigeon"), {}, {}, {} }, clerk);
    CHECK_FALSE(badChannel.ok());
    Clock::setCurrent(nullptr);
}

TEST_CASE("Queue pages by keyset cover every row exactly once in every order", "[db][queue]")
{
    test::TempDatabase t;
    auto seeded = DemoSeeder(t.connection()).run(1234, 7);
    REQUIRE(seeded.ok());
    ApplicationStore store(t.connection());
    for (QueueSort sort : { QueueSort::ReceivedAt, QueueSort::Reference, QueueSort::Organization, QueueSort::Status,
                            QueueSort::Channel }) {
        for (bool descending : { true, false }) {
            QueueQuery query;
            query.sort = sort;
            query.descending = descending;
            QSet<qint64> seen;
            std::optional<QueueRow> last;
            int pages = 0;
            while (true) {
                auto page = store.page(query, last ? &*last : nullptr, 100);
                REQUIRE(page.ok());
                if (page->isEmpty())
                    break;
                for (const QueueRow& r : *page) {
                    CHECK_FALSE(seen.contains(r.id));
                    seen.insert(r.id);
                }
                last = page->constLast();
                ++pages;
            }
            CHECK(seen.size() == 1234);
            CHECK(pages == 13);
        }
    }
}

TEST_CASE("Queue filters and counts agree", "[db][queue]")
{
    test::TempDatabase t;
    REQUIRE(DemoSeeder(t.connection()).run(800, 11).ok());
    ApplicationStore store(t.connection());
    QueueFilter all;
    CHECK(*store.count(all) == 800);
    qint64 sum = 0;
    for (const QString& s : allStatuses()) {
        QueueFilter f;
        f.status = s;
        const qint64 n = *store.count(f);
        auto rows = store.page(QueueQuery { f, QueueSort::ReceivedAt, true }, nullptr, 1000);
        REQUIRE(rows.ok());
        CHECK(rows->size() == n);
        for (const QueueRow& r : *rows)
            CHECK(r.status == s);
        sum += n;
    }
    CHECK(sum == 800);

    // Search by reference prefix, Chinese substring and BR number.
    auto first = store.page(QueueQuery {}, nullptr, 1);
    REQUIRE(first.ok());
    QueueFilter byRef;
    byRef.search = first->first().reference.toLower();
    CHECK(*store.count(byRef) == 1);
    QueueFilter zh;
    zh.search = QStringLiteral("有限公司");
    const qint64 companies = *store.count(zh);
    CHECK(companies > 0);
    auto zhRows = store.page(QueueQuery { zh, QueueSort::ReceivedAt, true }, nullptr, 5);
    REQUIRE(zhRows.ok());
    for (const QueueRow& r : *zhRows)
        CHECK(r.orgNameZh.contains(QStringLiteral("有限公司")));
    QueueFilter pct;
    pct.search = QStringLiteral("100%");
    CHECK(*store.count(pct) == 0); // LIKE wildcards in the search are literal

    QueueFilter dates;
    dates.receivedFrom = QDate(2023, 1, 20);
    dates.receivedTo = QDate(2023, 12, 31);
    auto inYear = store.page(QueueQuery { dates, QueueSort::ReceivedAt, false }, nullptr, 2000);
    REQUIRE(inYear.ok());
    REQUIRE_FALSE(inYear->isEmpty());
    for (const QueueRow& r : *inYear) {
        const QDate local = QDateTime::fromString(r.receivedAt, Qt::ISODate).toLocalTime().date();
        CHECK(local >= dates.receivedFrom);
        CHECK(local <= dates.receivedTo);
    }
}
