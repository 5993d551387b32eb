// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a version-1 database that holds applications to version 2: data kept, policies and
// checklists seeded, and the duplicate-matching name keys filled by OrgDesk afterwards. Upgrading a
// version-8 database to version 9: the rules of the letter, the frozen form and eligibility records.
#include "Database.h"
#include "EventLog.h"
#include "SqlHandle.h"
#include "TestSupport.h"
#include "form/DuplicateFinder.h"
#include "form/EligibilityService.h"
#include "workflow/WorkflowService.h"

#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace orgdesk;

namespace {

// A database as OrgDesk with schema version 1 left it.
void createVersion1(const QString& path)
{
    (void)Database::latestSchemaVersion(); // loads the migration scripts resource
    QFile script(QStringLiteral(":/orgdesk/migrations/0001_initial.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    const QByteArray sql = script.readAll();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        char* message = nullptr;
        REQUIRE(sqlite3_exec(sqliteHandle(raw), sql.constData(), nullptr, nullptr, &message) == SQLITE_OK);
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x4F524744)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO applications (id, reference, channel, received_at, org_name_en, org_name_zh, org_type, "
            "br_number, br_branch, email, phone, created_at, updated_at) VALUES "
            "(1, 'OA-2022-000001', 'fax', '2022-11-01T02:00:00Z', 'Harbour Bay Trading Limited', '海港灣貿易有限公司', "
            "'company', '12345678', '000', 'info@harbour.example.hk', '+852 2345 6789', '2022-11-01T02:00:00Z', "
            "'2022-11-01T02:00:00Z'),"
            "(2, 'OA-2023-000001', 'post', '2023-02-01T02:00:00Z', 'HARBOUR BAY TRADING LTD.', '海港灣貿易 有限公司', "
            "'company', '87654321', '000', '', '', '2023-02-01T02:00:00Z', '2023-02-01T02:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO application_case_numbers (application_id, position, case_number) "
                                      "VALUES (1, 1, 'HCA 12/2022')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Migration 2 upgrades a version-1 database with applications and keeps them", "[db][migration][form]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    createVersion1(path);

    auto db = Database::open(path);
    INFO(db.message());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM applications")) == 2);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM application_case_numbers WHERE case_number = 'HCA 12/2022' "
                                   "AND note = ''"))
          == 1);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM applications WHERE lshk_confirmed_by IS NULL AND "
                                   "lshk_confirmed_how = ''"))
          == 2);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_policies")) == 2);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_rules")) == 16);
    CHECK(scalar(c, QStringLiteral("SELECT count(DISTINCT org_type) FROM checklist_templates")) == 8);
    QSqlQuery fk(c);
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());

    // Name keys need Unicode folding, so rows from version 1 start empty and OrgDesk fills them.
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM applications WHERE org_name_en_key = ''")) == 2);
    const auto filled = DuplicateFinder::backfillNameKeys(c);
    REQUIRE(filled.ok());
    CHECK(*filled == 2);
    CHECK(*DuplicateFinder::backfillNameKeys(c) == 0); // nothing left to do
    DuplicateFinder finder(c);
    DuplicateQuery q;
    q.orgNameEn = QStringLiteral("Harbour Bay Trading Ltd");
    const auto matches = finder.find(q);
    REQUIRE(matches.ok());
    CHECK(matches->size() == 2);
    q.orgNameEn.clear();
    q.orgNameZh = QStringLiteral("海港灣貿易有限公司");
    CHECK(finder.find(q)->size() == 2);

    // The old applications are judged under the policy of their date received.
    EligibilityService e(c);
    CHECK(e.assess({ QStringLiteral("company"), QDate(2022, 11, 1), false, false })->policyCode
          == QStringLiteral("original"));
}

TEST_CASE("The first duplicate lookup after the upgrade fills the missing name keys itself", "[db][migration][form]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    createVersion1(path);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    DuplicateFinder finder(db->connection());
    DuplicateQuery q;
    q.orgNameEn = QStringLiteral("harbour bay trading limited");
    const auto matches = finder.find(q);
    REQUIRE(matches.ok());
    CHECK(matches->size() == 2);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM applications WHERE org_name_en_key = ''")) == 0);

    // The lookups are index hits, not scans.
    QSqlQuery plan(db->connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM applications WHERE org_name_en_key = 'x' "
                                     "AND org_name_en_key <> ''")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString();
    CHECK(detail.contains(QStringLiteral("applications_org_name_en_key")));
}

TEST_CASE("Migration 9 upgrades a version-8 database: data kept, companies without a case number go case by case, "
          "recommended forms frozen",
          "[db][migration][form][decisions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    {
        QSqlDatabase raw = test::createAtVersion(path, 8, QStringLiteral("v8"));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, password_hash, created_at) "
                                      "VALUES (1, 'carol', 'Carol', 'clerk', '!x', '2025-01-02T01:00:00Z'), "
                                      "(2, 'sam', 'Sam', 'supervisor', '!x', '2025-01-02T01:00:00Z'), "
                                      "(3, 'sue', 'Sue', 'supervisor', '!x', '2025-01-02T01:00:00Z')")));
        // 1: a company with no case number under review; 2: the Bar Association, recommended;
        // 3: a law firm approved under version 8 (its decision recorded no eligibility).
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO applications (id, reference, channel, received_at, registered_by, org_name_en, org_type, "
            "created_at, updated_at) VALUES "
            "(1, 'OA-2025-000001', 'fax', '2025-03-03T02:00:00Z', 1, 'Harbour Bay Trading Limited', 'company', "
            "'2025-03-03T02:00:00Z', '2025-03-03T02:00:00Z'), "
            "(2, 'OA-2025-000002', 'post', '2025-03-04T02:00:00Z', 1, 'Hong Kong Bar Association', 'hkba', "
            "'2025-03-04T02:00:00Z', '2025-03-04T02:00:00Z'), "
            "(3, 'OA-2025-000003', 'hand', '2025-03-05T02:00:00Z', 1, 'Lee & Wong Solicitors', 'law_firm', "
            "'2025-03-05T02:00:00Z', '2025-03-05T02:00:00Z')")));
        auto move = [&](int id, const char* from, const char* to, int actor, const char* recommendation = nullptr) {
            QSqlQuery m(raw);
            REQUIRE(m.prepare(QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                             "to_status, actor_id, at, recommendation) VALUES (?, ?, ?, ?, "
                                             "'2025-03-06T02:00:00Z', ?)")));
            m.addBindValue(id);
            m.addBindValue(QString::fromLatin1(from));
            m.addBindValue(QString::fromLatin1(to));
            m.addBindValue(actor);
            m.addBindValue(recommendation ? QVariant(QString::fromLatin1(recommendation)) : QVariant(QMetaType(QMetaType::QString)));
            INFO(from << " -> " << to);
            REQUIRE(m.exec());
        };
        for (int id : { 1, 2, 3 }) {
            move(id, "received", "registered", 1);
            move(id, "registered", "under_review", 1);
        }
        move(2, "under_review", "recommended", 1, "approve");
        move(3, "under_review", "recommended", 1, "approve");
        move(3, "recommended", "approved", 2);
        // An administrator's own change to a rule is left as it is.
        REQUIRE(q.exec(QStringLiteral("UPDATE eligibility_rules SET without_case = 'eligible' WHERE policy_code = "
                                      "'original' AND org_type = 'other_organization'")));
        REQUIRE(EventLog::append(raw, Event { 0, QDateTime(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC), 1,
                                              QStringLiteral("application.received"), QStringLiteral("application"), 1, {} })
                    .ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));

    auto db = Database::open(path);
    INFO(db.message());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM applications")) == 3);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM application_transitions")) == 9);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM application_transitions WHERE eligibility_outcome IS NOT NULL")) == 0);
    auto chain = EventLog::verify(c);
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->has_value());

    // The letter's paragraph 2: no case number means case by case, for companies and other organizations.
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_rules WHERE org_type IN ('company', "
                                   "'other_organization') AND (without_case = 'case_by_case' OR without_case = "
                                   "'eligible') AND fallback_without_case = 'case_by_case'"))
          == 4);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_rules WHERE without_case = 'needs_case_number' "
                                   "OR fallback_without_case = 'needs_case_number'"))
          == 0);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_rules WHERE policy_code = 'original' AND "
                                   "org_type = 'other_organization' AND without_case = 'eligible'"))
          == 1);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM eligibility_rules WHERE policy_code = 'facilitation_2023' AND "
                                   "org_type = 'law_firm' AND without_case = 'eligible' AND needs_lshk_confirmation = 1"))
          == 1);
    EligibilityService e(c);
    CHECK(e.assessApplication(1)->outcome == Eligibility::CaseByCase);

    // The recommended case's form is frozen; the case under review is not.
    QSqlQuery q(c);
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE applications SET org_name_en = 'Other' WHERE id = 2")));
    CHECK(q.exec(QStringLiteral("UPDATE applications SET org_name_en = 'Harbour Bay Trading Ltd' WHERE id = 1")));
    // The recommended case is decided under the new rules, its eligibility recorded.
    WorkflowService wf(c);
    auto approved = wf.transition(TransitionRequest { 2, QStringLiteral("approved") },
                                  Actor { 3, QStringLiteral("sue"), QStringLiteral("supervisor") });
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    CHECK(approved->eligibilityPolicy == QStringLiteral("facilitation_2023"));
    CHECK(approved->eligibilityOutcome == QStringLiteral("eligible"));
}
