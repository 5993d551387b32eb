// SPDX-License-Identifier: GPL-3.0-or-later
// Raw-SQL attacks on the database file through the real sqlite3 shell: each is refused by the
// file's own guards (migration 0012 and 0003), and each is named by the real `orgdesk-cli check`
// once the guard that refuses it has been dropped.
#include "TestSupport.h"

using namespace orgdesk;
using test::runCli;
using test::sqliteShell;

namespace {

// A store with demo cases (moves, requisitions, attachments) and staff, which `check` passes.
struct Store
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("tamper.db"));

    Store()
    {
        REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
        REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("admin") },
                       "long enough secret\n")
                    .exitCode
                == 0);
        // Enough cases that some are still open whatever the day: the demo spreads them up to now.
        REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                         QStringLiteral("3000") })
                    .exitCode
                == 0);
        const test::CliResult clean = check();
        INFO(clean.out.toStdString() << clean.err.toStdString());
        REQUIRE(clean.exitCode == 0);
    }

    // One value read through the sqlite3 shell.
    QString value(const QString& sql) const
    {
        const test::CliResult r = sqliteShell(db, sql);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    }

    test::CliResult check() const { return runCli({ QStringLiteral("--db"), db, QStringLiteral("check") }); }

    // `sql` is refused by the file itself with `refusal`, and leaves the file as it was.
    void refused(const QString& sql, const QString& refusal) const
    {
        const test::CliResult r = sqliteShell(db, sql);
        INFO(sql.toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(refusal));
        CHECK(check().exitCode == 0);
    }

    // With `triggers` dropped, `sql` goes through, and `check` exits 1 naming each of `named`
    // and each dropped trigger.
    void caughtWithout(const QStringList& triggers, const QString& sql, const QStringList& named) const
    {
        QString script;
        for (const QString& t : triggers)
            script += QStringLiteral("DROP TRIGGER %1;\n").arg(t);
        test::sqlite(db, script + sql);
        const test::CliResult r = check();
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        for (const QString& t : triggers)
            CHECK(r.err.contains(QStringLiteral("The database rule \"%1\" has been removed").arg(t)));
        for (const QString& n : named)
            CHECK(r.err.contains(n));
    }
};

} // namespace

TEST_CASE("REPLACE INTO applications around the status guard is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString id = s.value(QStringLiteral("SELECT min(id) FROM applications WHERE status = 'under_review'"));
    REQUIRE_FALSE(id.isEmpty());
    const QString ref = s.value(QStringLiteral("SELECT reference FROM applications WHERE id = %1").arg(id));
    const QString registrar = s.value(
        QStringLiteral("SELECT u.username FROM applications a JOIN users u ON u.id = a.registered_by WHERE a.id = %1").arg(id));
    const QString attack = QStringLiteral(
        "REPLACE INTO applications (id, reference, status, channel, received_at, created_at, updated_at) "
        "SELECT id, reference, 'recommended', channel, received_at, created_at, updated_at FROM applications "
        "WHERE id = %1")
                               .arg(id);
    s.refused(attack, QStringLiteral("a case is never replaced"));
    s.caughtWithout({ QStringLiteral("applications_insert_guard") }, attack,
                    { QStringLiteral("%1 has the status \"recommended\", but its recorded moves leave it \"under_review\"")
                          .arg(ref),
                      QStringLiteral("%1 names nobody as the person who received it, but the audit trail records %2")
                          .arg(ref, registrar) });
}

TEST_CASE("INSERT of a case already approved is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString attack = QStringLiteral(
        "INSERT INTO applications (reference, status, channel, received_at, registered_by, created_at, updated_at) "
        "VALUES ('OA-2026-999999', 'approved', 'fax', '2026-01-05T02:00:00Z', "
        "(SELECT min(id) FROM users WHERE role = 'clerk'), '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z')");
    s.refused(attack, QStringLiteral("a new application starts as received"));
    // Nor as received without the person who received it.
    s.refused(QStringLiteral("INSERT INTO applications (reference, channel, received_at, created_at, updated_at) "
                             "VALUES ('OA-2026-999998', 'fax', '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z', "
                             "'2026-01-05T02:00:00Z')"),
              QStringLiteral("names the active staff account that received it"));
    s.caughtWithout({ QStringLiteral("applications_insert_guard") }, attack,
                    { QStringLiteral("OA-2026-999999 has the status \"approved\", but its recorded moves leave it "
                                     "\"received\""),
                      QStringLiteral("OA-2026-999999 has no record of being received in the audit trail") });
}

TEST_CASE("Promoting a clerk with UPDATE users is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString attack = QStringLiteral("UPDATE users SET role = 'supervisor' WHERE username = 'demo-clerk-1'");
    s.refused(attack, QStringLiteral("changes only with its event"));
    s.refused(QStringLiteral("UPDATE users SET active = 0 WHERE username = 'demo-clerk-2'"),
              QStringLiteral("changes only with its event"));
    s.caughtWithout({ QStringLiteral("users_change_needs_event"), QStringLiteral("users_change_recorded") },
                    attack + QStringLiteral(";\nUPDATE users SET active = 0 WHERE username = 'demo-clerk-2'"),
                    { QStringLiteral("The staff account demo-clerk-1 has the role \"supervisor\", but the audit trail "
                                     "last records \"clerk\""),
                      QStringLiteral("The staff account demo-clerk-2 is deactivated, but the audit trail last records "
                                     "it as active") });
}

TEST_CASE("DELETE FROM applications is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString ref = s.value(QStringLiteral("SELECT reference FROM applications WHERE id = 3"));
    const QString attack = QStringLiteral("DELETE FROM applications WHERE id = 3");
    s.refused(attack, QStringLiteral("applications are kept"));
    s.caughtWithout({ QStringLiteral("applications_no_delete") }, attack,
                    { QStringLiteral("%1 is recorded as received in the audit trail but is no longer in the file").arg(ref) });
}

TEST_CASE("DELETE FROM application_transitions is refused and caught by check", "[cli][tamper]")
{
    Store s;
    // The last move of a case that has several.
    const QString move = s.value(QStringLiteral(
        "SELECT max(id) FROM application_transitions WHERE application_id = (SELECT application_id FROM "
        "application_transitions GROUP BY application_id HAVING count(*) >= 3 ORDER BY application_id LIMIT 1)"));
    const QString ref = s.value(QStringLiteral("SELECT a.reference FROM applications a JOIN application_transitions t "
                                               "ON t.application_id = a.id WHERE t.id = %1")
                                    .arg(move));
    const QString first = s.value(QStringLiteral("SELECT min(id) FROM application_transitions WHERE application_id = "
                                                 "(SELECT application_id FROM application_transitions WHERE id = %1)")
                                      .arg(move));
    const QString attack = QStringLiteral("DELETE FROM application_transitions WHERE id IN (%1, %2)").arg(move, first);
    s.refused(attack, QStringLiteral("append-only"));
    s.caughtWithout({ QStringLiteral("application_transitions_no_delete") }, attack,
                    { QStringLiteral("move %1 of %2, which is no longer in the file").arg(move, ref),
                      QStringLiteral("but the move before it ended at \"received\": a recorded move is missing"),
                      QStringLiteral("%1 has the status").arg(ref) });
}

TEST_CASE("DELETE FROM users is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString id = s.value(QStringLiteral("SELECT id FROM users WHERE username = 'demo-clerk-2'"));
    const QString attack = QStringLiteral("DELETE FROM users WHERE username = 'demo-clerk-2'");
    s.refused(attack, QStringLiteral("staff accounts are kept"));
    s.caughtWithout({ QStringLiteral("users_no_delete") }, attack,
                    { QStringLiteral("The staff account demo-clerk-2 (number %1) is recorded as created in the audit "
                                     "trail but is no longer in the file")
                          .arg(id) });
}

TEST_CASE("DELETE FROM attachments is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString id = s.value(QStringLiteral("SELECT min(id) FROM attachments"));
    REQUIRE_FALSE(id.isEmpty());
    const QString attack = QStringLiteral("DELETE FROM attachments WHERE id = %1").arg(id);
    s.refused(attack, QStringLiteral("attachments are kept"));
    s.refused(QStringLiteral("REPLACE INTO attachments SELECT * FROM attachments WHERE id = %1").arg(id),
              QStringLiteral("never replaced"));
    s.caughtWithout({ QStringLiteral("attachments_no_delete") }, attack,
                    { QStringLiteral("Attachment %1 is recorded as stored in the audit trail but is no longer in the file")
                          .arg(id) });
}

TEST_CASE("DELETE FROM audit_head is refused and caught by check", "[cli][tamper]")
{
    Store s;
    const QString attack = QStringLiteral("DELETE FROM audit_head");
    s.refused(attack, QStringLiteral("the audit head is kept"));
    s.refused(QStringLiteral("UPDATE audit_head SET last_id = last_id - 1"),
              QStringLiteral("the audit head names the newest event"));
    s.caughtWithout({ QStringLiteral("audit_head_no_delete") }, attack,
                    { QStringLiteral("The audit head (the record of the newest event) is missing") });
}

TEST_CASE("An UPDATE of status is refused and caught by check with the guard dropped", "[cli][tamper]")
{
    Store s;
    const QString id = s.value(QStringLiteral("SELECT min(id) FROM applications WHERE status IN ('registered', "
                                              "'under_review', 'awaiting_applicant')"));
    REQUIRE_FALSE(id.isEmpty());
    const QString ref = s.value(QStringLiteral("SELECT reference FROM applications WHERE id = %1").arg(id));
    const QString status = s.value(QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(id));
    const QString attack = QStringLiteral("UPDATE applications SET status = 'approved' WHERE id = %1").arg(id);
    s.refused(attack, QStringLiteral("status change refused"));
    s.caughtWithout({ QStringLiteral("applications_status_guard") }, attack,
                    { QStringLiteral("%1 has the status \"approved\", but its recorded moves leave it \"%2\": its "
                                     "status was changed outside the workflow")
                          .arg(ref, status) });
}

TEST_CASE("A dropped, altered or foreign trigger is named by check", "[cli][tamper]")
{
    Store s;
    test::sqlite(s.db, QStringLiteral("DROP TRIGGER events_no_update"));
    test::CliResult r = s.check();
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("The database rule \"events_no_update\" has been removed from the file")));

    // Same name, weaker body.
    test::sqlite(s.db, QStringLiteral("DROP TRIGGER users_no_delete; CREATE TRIGGER users_no_delete BEFORE DELETE ON "
                                      "users WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END; CREATE TRIGGER quiet AFTER "
                                      "INSERT ON events BEGIN SELECT 1; END"));
    r = s.check();
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("The database rule \"users_no_delete\" has been altered in the file")));
    CHECK(r.err.contains(QStringLiteral("The file has a trigger \"quiet\" that OrgDesk does not create")));
}
