// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 10: the file's own guards, added to a database of the version before with its data.
#include "Database.h"
#include "SqlUtil.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace orgdesk;

namespace {
QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}
} // namespace

TEST_CASE("Migration 10 adds the guards to a version-9 database and keeps its data", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    {
        QSqlDatabase raw = test::createAtVersion(path, 9, QStringLiteral("v9"));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, username, role, password_hash, created_at) VALUES "
                                      "(1, 'carol', 'clerk', '!x', '2026-01-02T01:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO applications (id, reference, channel, received_at, registered_by, "
                                      "org_name_en, created_at, updated_at) VALUES (3, 'OA-2026-000003', 'post', "
                                      "'2026-01-05T02:00:00Z', 1, 'Jade River Holdings Limited', "
                                      "'2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, "
                                      "actor_id, at) VALUES (3, 'received', 'registered', 1, '2026-01-05T03:00:00Z')")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
    }
    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("SELECT status FROM applications WHERE id = 3")).toString() == QStringLiteral("registered"));
    CHECK(scalar(c, QStringLiteral("SELECT org_name_en FROM applications WHERE id = 3")).toString()
          == QStringLiteral("Jade River Holdings Limited"));
    CHECK(scalar(c, QStringLiteral("SELECT role FROM users WHERE id = 1")).toString() == QStringLiteral("clerk"));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM staff_changes")).toInt() == 0);
    CHECK(referenceDataVersion(c, QStringLiteral("case_prefixes")) == 0);
    CHECK(referenceDataVersion(c, QStringLiteral("eligibility")) == 0);

    // The kept rows are guarded now.
    QSqlQuery q(c);
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM applications WHERE id = 3")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM users WHERE id = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE users SET role = 'supervisor' WHERE id = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO applications (reference, status, channel, received_at, registered_by, "
                                      "created_at, updated_at) VALUES ('OA-2026-000004', 'approved', 'post', "
                                      "'2026-01-06T02:00:00Z', 1, '2026-01-06T02:00:00Z', '2026-01-06T02:00:00Z')")));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM applications")).toInt() == 1);
    // Reference data changes are counted.
    REQUIRE(q.exec(QStringLiteral("INSERT INTO case_prefixes (prefix, court_en) VALUES ('QXCT', 'Test')")));
    CHECK(referenceDataVersion(c, QStringLiteral("case_prefixes")) == 1);
}

TEST_CASE("OrgDesk's connections fire delete guards on REPLACE (recursive triggers)", "[db][sqlite]")
{
    test::TempDatabase t;
    const Actor sup = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    CHECK(scalar(t.connection(), QStringLiteral("PRAGMA recursive_triggers")).toInt() == 1);
    QSqlQuery q(t.connection());
    REQUIRE(execPrepared(q, QStringLiteral("INSERT INTO quality_samples (id, drawn_at, drawn_by, period_from, period_to, "
                                           "percent, seed, population) VALUES (1, '2026-05-04T02:00:00Z', ?, "
                                           "'2026-04-01', '2026-04-30', 10, 7, 0)"),
                         { sup.userId })
                .ok());
    // A REPLACE removes the row it conflicts with; on OrgDesk's connection that removal meets the
    // table's delete guard instead of passing around it.
    const Status replaced = execPrepared(q, QStringLiteral("REPLACE INTO quality_samples (id, drawn_at, drawn_by, "
                                                           "period_from, period_to, percent, seed, population) VALUES "
                                                           "(1, '2026-05-04T02:00:00Z', ?, '2026-04-01', '2026-04-30', "
                                                           "50, 8, 0)"),
                                         { sup.userId });
    CHECK_FALSE(replaced.ok());
    CHECK(replaced.message().contains(QStringLiteral("fixed once drawn")));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT seed FROM quality_samples WHERE id = 1")).toInt() == 7);
}
