// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QSqlQuery>

using namespace orgdesk;

namespace {
int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("A new database is created at the latest schema with WAL and foreign keys", "[db][sqlite]")
{
    test::TempDatabase t;
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(scalar(t.connection(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(t.connection(), QStringLiteral("PRAGMA page_size")) == 16384);
    // Reference data from the brief is seeded.
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM case_prefixes WHERE prefix IN "
                                                "('HCA','DCCJ','FACV','CCDI','LBTC')"))
          == 5);
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM organization_types")) >= 8);
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays WHERE day LIKE '2026-%'")) >= 15);
}

TEST_CASE("Migration 1 applies to an empty file and keeps working when reopened", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', 'kept')")));
    }
    auto again = Database::open(path);
    REQUIRE(again.ok());
    QSqlQuery q(again->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("kept"));
}

TEST_CASE("A database from a newer OrgDesk is refused and left untouched", "[db][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)).ok());
        REQUIRE(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Unsupported);
    CHECK(db.message().contains(QStringLiteral("newer OrgDesk")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("Files that are not OrgDesk databases are refused with a clear message", "[db][sqlite]")
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(junk);
    REQUIRE_FALSE(db.ok());
    CHECK(db.message().contains(QStringLiteral("not an OrgDesk database")));

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    auto none = Database::open(missing, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[db]")
{
    test::TempDatabase t;
    {
        Transaction tx(t.connection());
        REQUIRE(tx.active());
        QSqlQuery q(t.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('half', 'done')")));
        // tx goes out of scope: as if the step failed half-way
    }
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'half'")) == 0);
}
