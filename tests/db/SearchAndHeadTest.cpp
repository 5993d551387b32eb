// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "DemoSeeder.h"
#include "Dialect.h"
#include "EventLog.h"
#include "SqlHandle.h"
#include "SqlUtil.h"
#include "Dialect.h"
#include "TestSupport.h"

#include <QFile>
#include <sqlite3.h>

#include <QSqlQuery>

using namespace orgdesk;

namespace {
qint64 countFor(const QSqlDatabase& db, const QString& text)
{
    QueueFilter f;
    f.search = text;
    const auto n = ApplicationStore(db).count(f);
    REQUIRE(n.ok());
    return *n;
}
} // namespace

TEST_CASE("Search finds Chinese substrings, case numbers, e-mail and the text of attached PDFs", "[db][search]")
{
    test::TempDatabase t;
    REQUIRE(DemoSeeder(t.connection()).run(600, 21).ok());
    const QSqlDatabase db = t.connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT org_name_zh, email, id FROM applications WHERE org_name_zh LIKE '%律師行' LIMIT 1")));
    REQUIRE(q.next());
    const QString firm = q.value(0).toString();
    CHECK(countFor(db, QStringLiteral("律師行")) > 0);
    // A substring from the middle of a Chinese name.
    CHECK(countFor(db, firm.left(3)) >= 1);
    CHECK(countFor(db, q.value(1).toString().section(u'@', 1)) >= 1);

    REQUIRE(q.exec(QStringLiteral("SELECT case_number FROM application_case_numbers LIMIT 1")));
    REQUIRE(q.next());
    CHECK(countFor(db, q.value(0).toString()) >= 1);

    // Text inside an attached PDF (the demo authorisation letters name the PA).
    REQUIRE(q.exec(QStringLiteral("SELECT a.application_id FROM attachments a LIMIT 1")));
    REQUIRE(q.next());
    CHECK(countFor(db, QStringLiteral("Authorisation letter (fictional demo)")) >= 1);
    CHECK(countFor(db, QStringLiteral("\"quoted\" OR NOT")) == 0); // search words are never operators

    // Editing a name re-indexes the application (one whose form is not frozen by a recommendation).
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM applications WHERE status IN ('received', 'registered', "
                                  "'under_review', 'awaiting_applicant') ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    REQUIRE(q.prepare(QStringLiteral("UPDATE applications SET org_name_en = 'Zephyrine Quokka Holdings' WHERE id = ?")));
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(countFor(db, QStringLiteral("quokka")) == 1);
}

TEST_CASE("Removing the newest audit events is detected through the recorded head", "[db][audit]")
{
    test::TempDatabase t;
    for (int i = 0; i < 5; ++i)
        REQUIRE(EventLog::append(t.connection(), Event { 0, {}, std::nullopt, QStringLiteral("test.event"),
                                                         QStringLiteral("x"), i, {} })
                    .ok());
    CHECK_FALSE(EventLog::verify(t.connection())->has_value());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(test::dropTrigger(t.connection(), QStringLiteral("events_no_delete"), QStringLiteral("events"))));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id >= 4")));
    const auto problem = EventLog::verify(t.connection());
    REQUIRE(problem.ok());
    REQUIRE(problem->has_value());
    CHECK((*problem)->eventId == 5);
    CHECK((*problem)->message.contains(QStringLiteral("newest events are missing")));
}

TEST_CASE("Migration 5 indexes the applications of a version-4 database and keeps its data", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    (void)Database::latestSchemaVersion(); // loads the migration scripts resource
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const char* name : { "0001_initial", "0002_application_form", "0003_workflow", "0004_letter_templates" }) {
            QFile script(QStringLiteral(":/orgdesk/migrations/%1.sql").arg(QLatin1String(name)));
            REQUIRE(script.open(QIODevice::ReadOnly));
            char* message = nullptr;
            INFO(name);
            REQUIRE(sqlite3_exec(sqliteHandle(raw), script.readAll().constData(), nullptr, nullptr, &message) == SQLITE_OK);
        }
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x4F524744)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO applications (id, reference, channel, received_at, org_name_en, org_name_zh, br_number, email, "
            "created_at, updated_at) VALUES (7, 'OA-2024-000007', 'fax', '2024-03-01T02:00:00Z', 'Kowloon Lotus Printing "
            "Limited', '九龍蓮花印刷有限公司', '23456789', 'info@lotus.example.hk', '2024-03-01T02:00:00Z', "
            "'2024-03-01T02:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO application_case_numbers (application_id, position, case_number) "
                                      "VALUES (7, 1, 'DCCJ 88/2023')")));
        for (int i = 0; i < 3; ++i)
            REQUIRE(EventLog::append(raw, Event { 0, {}, std::nullopt, QStringLiteral("test.event"),
                                                  QStringLiteral("application"), 7, {} })
                        .ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(countFor(db->connection(), QStringLiteral("蓮花印刷")) == 1);
    CHECK(countFor(db->connection(), QStringLiteral("DCCJ 88")) == 1);
    CHECK_FALSE(EventLog::verify(db->connection())->has_value());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT last_id FROM audit_head")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("Paging a search finds the same rows, in the same order, whether matches are common or rare",
          "[db][search]")
{
    test::TempDatabase t;
    // More applications than the queue walks before turning to the index (3,000).
    REQUIRE(DemoSeeder(t.connection()).run(3200, 5).ok());
    const QSqlDatabase db = t.connection();
    ApplicationStore store(db);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT org_name_en FROM applications ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString rare = q.value(0).toString();
    // Common (Limited, 有限公司), middling, rare, only in attachments, and no match at all.
    for (const QString& text : { QStringLiteral("Limited"), QStringLiteral("有限公"), QStringLiteral("Trading"),
                                 QStringLiteral("Kowloon"), QStringLiteral("Solicitors"), QStringLiteral("HCA 1"), rare,
                                 QStringLiteral("fictional demo"), QStringLiteral("zzqqxx") }) {
        for (const QString& status : { QStringLiteral(""), QStringLiteral("closed") }) {
            QueueFilter f;
            f.search = text;
            f.status = status;
            // What the index says, read in one go.
            QList<qint64> expected;
            const Dialect& d = Dialect::of(t.connection());
            REQUIRE(execPrepared(q,
                                 QStringLiteral("SELECT id FROM applications WHERE (? = '' OR status = ?) AND (id IN "
                                                "(SELECT rowid FROM application_search WHERE %1) "
                                                "OR id IN (SELECT application_id FROM attachments WHERE id IN (SELECT "
                                                "rowid FROM attachment_search WHERE %2))) "
                                                "ORDER BY received_at DESC, id DESC")
                                     .arg(d.searchCondition(QStringLiteral("application_search")),
                                          d.searchCondition(QStringLiteral("attachment_search"))),
                                 { status, status, d.searchValue(text), d.searchValue(text) })
                        .ok());
            while (q.next())
                expected << q.value(0).toLongLong();
            for (int limit : { 7, 50 }) {
                QList<qint64> paged;
                std::optional<QueueRow> last;
                for (;;) {
                    const auto rows = store.page(QueueQuery { f, QueueSort::ReceivedAt, true }, last ? &*last : nullptr, limit);
                    REQUIRE(rows.ok());
                    for (const QueueRow& r : *rows)
                        paged << r.id;
                    if (rows->size() < limit)
                        break;
                    last = rows->last();
                }
                INFO(text.toStdString() << " status '" << status.toStdString() << "' limit " << limit);
                CHECK(paged == expected);
            }
            const auto all = store.count(f);
            REQUIRE(all.ok());
            CHECK(*all == expected.size());
            for (qint64 cap : { 1, 10, 100000 }) {
                const auto capped = store.countUpTo(f, cap);
                REQUIRE(capped.ok());
                CHECK(*capped == std::min<qint64>(expected.size(), cap + 1));
            }
        }
    }
}
