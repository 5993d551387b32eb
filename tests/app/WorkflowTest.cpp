// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "SqlHandle.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowService.h"

#include <QFile>
#include <QQueue>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace orgdesk;
using test::ClockGuard;

namespace {

int scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString statusOf(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, QStringLiteral("SELECT status FROM applications WHERE id = ?"), { id }).ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// A request that satisfies everything a move needs (reason codes, reasons, recommendation).
TransitionRequest completeRequest(qint64 id, const workflow::Rule& rule)
{
    TransitionRequest r;
    r.applicationId = id;
    r.to = rule.to;
    if (rule.reasonKind == u"requisition")
        r.reasonCodes = { QStringLiteral("REQ-BR") };
    if (rule.reasonKind == u"rejection")
        r.reasonCodes = { QStringLiteral("REJ-ELIG") };
    r.note = QStringLiteral("Written reasons for this move, checked against the file.");
    if (rule.to == u"recommended")
        r.recommendation = QStringLiteral("approve");
    return r;
}

// Shortest sequence of moves from "received" to `target`.
QList<workflow::Rule> pathTo(const QString& target)
{
    QHash<QString, QList<workflow::Rule>> paths { { QStringLiteral("received"), {} } };
    QQueue<QString> todo;
    todo.enqueue(QStringLiteral("received"));
    while (!todo.isEmpty()) {
        const QString s = todo.dequeue();
        for (const workflow::Rule& r : workflow::rulesFrom(s)) {
            if (paths.contains(r.to))
                continue;
            paths[r.to] = paths[s] + QList<workflow::Rule> { r };
            todo.enqueue(r.to);
        }
    }
    REQUIRE(paths.contains(target));
    return paths[target];
}

// Staff for the tests: the clerk receives, registers and recommends; the supervisor decides.
struct Desk
{
    test::TempDatabase t;
    Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Actor clerk2 = t.addUser(QStringLiteral("chris"), QStringLiteral("clerk"));
    Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    Actor supervisor2 = t.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));

    QSqlDatabase db() const { return t.connection(); }

    const Actor& performer(const workflow::Rule& rule) const
    {
        return rule.roles.contains(QStringLiteral("clerk")) ? clerk : supervisor;
    }

    qint64 receive()
    {
        Receipt r;
        r.channel = QStringLiteral("fax");
        auto app = ApplicationService(db()).receive(r, clerk);
        REQUIRE(app.ok());
        // An eligible organization, so that it may be recommended and approved.
        test::keyEligibleForm(db(), app->id, clerk);
        return app->id;
    }

    qint64 applicationIn(const QString& status)
    {
        const qint64 id = receive();
        WorkflowService wf(db());
        for (const workflow::Rule& rule : pathTo(status)) {
            auto moved = wf.transition(completeRequest(id, rule), performer(rule));
            INFO(rule.from.toStdString() << " -> " << rule.to.toStdString() << ": " << moved.message().toStdString());
            REQUIRE(moved.ok());
        }
        REQUIRE(statusOf(db(), id) == status);
        return id;
    }
};

} // namespace

TEST_CASE("The workflow table in code and in the database are the same", "[app][workflow]")
{
    test::TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT from_status, to_status, roles, coalesce(reason_kind, ''), note_required, "
                                  "four_eyes FROM allowed_transitions")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const workflow::Rule* rule = workflow::findRule(q.value(0).toString(), q.value(1).toString());
        INFO(q.value(0).toString().toStdString() << " -> " << q.value(1).toString().toStdString());
        REQUIRE(rule);
        CHECK(rule->roles.join(u' ') == q.value(2).toString());
        CHECK(rule->reasonKind == q.value(3).toString());
        CHECK(rule->noteRequired == (q.value(4).toInt() == 1));
        CHECK(rule->fourEyes == (q.value(5).toInt() == 1));
    }
    CHECK(rows == workflow::rules().size());
    // Every status is reachable from "received", and the table cannot be edited.
    for (const QString& s : allStatuses())
        CHECK_FALSE((s != u"received" && pathTo(s).isEmpty()));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO allowed_transitions VALUES ('received', 'approved', 'clerk', NULL, 0, 0)")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM allowed_transitions WHERE to_status = 'approved'")));
}

TEST_CASE("Every move of the matrix is allowed or refused by the service as the workflow says", "[app][workflow]")
{
    Desk desk;
    WorkflowService wf(desk.db());
    int allowed = 0, refused = 0;
    for (const QString& from : allStatuses()) {
        // One application per starting status, reused for the refused moves (they change nothing).
        qint64 id = desk.applicationIn(from);
        for (const QString& to : allStatuses()) {
            const workflow::Rule* rule = workflow::findRule(from, to);
            INFO(from.toStdString() << " -> " << to.toStdString());
            if (!rule) {
                const workflow::Rule fake { from, to, {}, {}, false, false };
                auto r = wf.transition(completeRequest(id, fake), desk.supervisor);
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == ErrorCode::IllegalState);
                CHECK(statusOf(desk.db(), id) == from);
                ++refused;
                continue;
            }
            const qint64 fresh = desk.applicationIn(from);
            auto r = wf.transition(completeRequest(fresh, *rule), desk.performer(*rule));
            INFO(r.message().toStdString());
            REQUIRE(r.ok());
            CHECK(statusOf(desk.db(), fresh) == to);
            CHECK(r->from == from);
            CHECK(r->actorId == desk.performer(*rule).userId);
            ++allowed;
        }
    }
    CHECK(allowed == workflow::rules().size());
    CHECK(allowed + refused == 144);
    // Each move is recorded with its event, and the audit chain stays intact.
    CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM application_transitions"))
          == scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'application.status_changed'")));
    auto verified = EventLog::verify(desk.db());
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->has_value());
}

TEST_CASE("Roles are checked by the service and each refusal is an event", "[app][workflow][permissions]")
{
    Desk desk;
    WorkflowService wf(desk.db());
    const QList<std::pair<QString, Actor>> roles { { QStringLiteral("clerk"), desk.clerk2 },
                                                   { QStringLiteral("supervisor"), desk.supervisor2 },
                                                   { QStringLiteral("admin"), desk.admin } };
    for (const workflow::Rule& rule : workflow::rules()) {
        for (const auto& [role, actor] : roles) {
            INFO(rule.from.toStdString() << " -> " << rule.to.toStdString() << " by " << role.toStdString());
            const qint64 id = desk.applicationIn(rule.from);
            const int refusalsBefore
                = scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'"));
            auto r = wf.transition(completeRequest(id, rule), actor);
            if (rule.roles.contains(role)) {
                INFO(r.message().toStdString());
                CHECK(r.ok());
            } else {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == ErrorCode::PermissionDenied);
                CHECK(statusOf(desk.db(), id) == rule.from);
                CHECK(scalar(desk.db(),
                             QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' "
                                            "AND user_id = ? AND subject_id = ?"),
                             { actor.userId, id })
                      == 1);
                CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused'"))
                      == refusalsBefore + 1);
            }
        }
    }
    // The role stored for the account counts, not the one claimed by the caller.
    const qint64 id = desk.applicationIn(QStringLiteral("recommended"));
    Actor pretender = desk.clerk2;
    pretender.role = QStringLiteral("supervisor");
    auto r = wf.transition(completeRequest(id, *workflow::findRule(QStringLiteral("recommended"), QStringLiteral("approved"))),
                           pretender);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    // Nobody who is not signed in moves a case.
    auto anonymous = wf.transition(completeRequest(id, *workflow::findRule(QStringLiteral("recommended"),
                                                                            QStringLiteral("approved"))),
                                   Actor { 0, QStringLiteral("cli"), QStringLiteral("admin") });
    REQUIRE_FALSE(anonymous.ok());
    CHECK(anonymous.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Moves need their reason codes, written reasons and recommendation", "[app][workflow]")
{
    Desk desk;
    WorkflowService wf(desk.db());
    const qint64 review = desk.applicationIn(QStringLiteral("under_review"));

    TransitionRequest rec { review, QStringLiteral("recommended") };
    auto noRecommendation = wf.transition(rec, desk.clerk);
    REQUIRE_FALSE(noRecommendation.ok());
    CHECK(noRecommendation.error().code == ErrorCode::InvalidInput);

    TransitionRequest req { review, QStringLiteral("awaiting_applicant") };
    CHECK(wf.transition(req, desk.clerk).error().code == ErrorCode::InvalidInput); // no reason code
    req.reasonCodes = { QStringLiteral("REJ-ELIG") };                            // wrong kind
    CHECK(wf.transition(req, desk.clerk).error().code == ErrorCode::InvalidInput);
    req.reasonCodes = { QStringLiteral("NO-SUCH") };
    CHECK(wf.transition(req, desk.clerk).error().code == ErrorCode::InvalidInput);

    TransitionRequest refer { review, QStringLiteral("case_by_case") };
    refer.note = QStringLiteral("short");
    CHECK(wf.transition(refer, desk.clerk).error().code == ErrorCode::InvalidInput);
    refer.note = QStringLiteral("New law firm without a case number; registered with LSHK since 2024.");
    REQUIRE(wf.transition(refer, desk.clerk).ok());

    // A case-by-case decision needs written reasons; a rejection a rejection reason code.
    TransitionRequest decide { review, QStringLiteral("approved") };
    auto bare = wf.transition(decide, desk.supervisor);
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().code == ErrorCode::InvalidInput);
    TransitionRequest reject { review, QStringLiteral("rejected") };
    reject.note = QStringLiteral("The firm has no proceedings and is not yet registered with LSHK.");
    CHECK(wf.transition(reject, desk.supervisor).error().code == ErrorCode::InvalidInput);
    reject.reasonCodes = { QStringLiteral("REJ-ELIG") };
    auto done = wf.transition(reject, desk.supervisor);
    REQUIRE(done.ok());
    CHECK(statusOf(desk.db(), review) == QStringLiteral("rejected"));
    auto history = wf.history(review);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->last().reasonCodes == QStringList { QStringLiteral("REJ-ELIG") });
    CHECK(history->last().note == reject.note);
    CHECK(history->last().actorName == desk.supervisor.username);
}

TEST_CASE("Four-eyes: whoever registered or recommended a case cannot decide it", "[app][workflow][four-eyes]")
{
    Desk desk;
    WorkflowService wf(desk.db());
    // A supervisor who registers and recommends a case may not approve or reject it.
    const qint64 id = desk.receive();
    for (const char* to : { "registered", "under_review" })
        REQUIRE(wf.transition(TransitionRequest { id, QString::fromLatin1(to) }, desk.supervisor).ok());
    TransitionRequest rec { id, QStringLiteral("recommended") };
    rec.recommendation = QStringLiteral("approve");
    REQUIRE(wf.transition(rec, desk.supervisor).ok());

    auto actions = wf.actionsFor(id, desk.supervisor);
    REQUIRE(actions.ok());
    for (const AvailableAction& a : *actions) {
        if (a.rule.to == u"approved" || a.rule.to == u"rejected") {
            CHECK_FALSE(a.allowed);
            CHECK(a.whyNot.contains(QStringLiteral("another supervisor")));
        }
    }
    auto self = wf.transition(TransitionRequest { id, QStringLiteral("approved") }, desk.supervisor);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::PermissionDenied);
    TransitionRequest selfReject { id, QStringLiteral("rejected"), { QStringLiteral("REJ-ELIG") } };
    CHECK(wf.transition(selfReject, desk.supervisor).error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(desk.db(),
                 QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' AND user_id = ? "
                                "AND details LIKE '%\"reason\":\"four-eyes\"%'"),
                 { desk.supervisor.userId })
          == 2);
    CHECK(statusOf(desk.db(), id) == QStringLiteral("recommended"));

    // Raw SQL cannot bypass it either: a decision row by the recommender is refused...
    QSqlQuery q(desk.db());
    CHECK_FALSE(execPrepared(q,
                             QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                            "to_status, actor_id, at) VALUES (?, 'recommended', 'approved', ?, "
                                            "'2026-01-01T00:00:00Z')"),
                             { id, desk.supervisor.userId })
                     .ok());
    CHECK(q.lastError().databaseText().contains(QStringLiteral("four-eyes")));
    // ...so is one by the clerk who received it (registered_by)...
    const qint64 other = desk.applicationIn(QStringLiteral("under_review"));
    TransitionRequest rec2 { other, QStringLiteral("recommended") };
    rec2.recommendation = QStringLiteral("approve");
    REQUIRE(wf.transition(rec2, desk.supervisor2).ok()); // recommended by sue, registered by carol
    CHECK_FALSE(wf.transition(TransitionRequest { other, QStringLiteral("approved") }, desk.supervisor2).ok());
    // ...rewriting who registered the case is refused...
    CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE applications SET registered_by = ? WHERE id = ?"),
                             { desk.admin.userId, other })
                    .ok());
    // ...and the record of who recommended cannot be changed or removed.
    CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE application_transitions SET actor_id = ? WHERE application_id = ?"),
                             { desk.clerk.userId, other })
                    .ok());
    CHECK_FALSE(execPrepared(q, QStringLiteral("DELETE FROM application_transitions WHERE application_id = ?"), { other })
                    .ok());
    // A different supervisor may decide.
    auto approved = wf.transition(TransitionRequest { other, QStringLiteral("approved") }, desk.supervisor);
    INFO(approved.message().toStdString());
    CHECK(approved.ok());
    CHECK(statusOf(desk.db(), other) == QStringLiteral("approved"));
}

TEST_CASE("Illegal moves written with raw SQL are refused by the database", "[app][workflow][sql]")
{
    Desk desk;
    QSqlQuery q(desk.db());
    for (const QString& from : allStatuses()) {
        const qint64 id = desk.applicationIn(from);
        for (const QString& to : allStatuses()) {
            if (to == from)
                continue;
            INFO(from.toStdString() << " -> " << to.toStdString());
            // A bare UPDATE never changes the status, legal move or not: the move must be recorded.
            CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE applications SET status = ? WHERE id = ?"), { to, id }).ok());
            CHECK(statusOf(desk.db(), id) == from);
            const workflow::Rule* rule = workflow::findRule(from, to);
            if (rule)
                continue;
            // Recording an illegal move is refused, whoever claims to make it.
            for (const Actor& actor : { desk.clerk2, desk.supervisor2 }) {
                CHECK_FALSE(execPrepared(q,
                                         QStringLiteral("INSERT INTO application_transitions (application_id, "
                                                        "from_status, to_status, actor_id, at, reason_codes, note, "
                                                        "recommendation) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                                        "'[\"REJ-ELIG\"]', 'Reasons written out in full.', ?)"),
                                         { id, from, to, actor.userId,
                                           to == u"recommended" ? QVariant(QStringLiteral("approve"))
                                                                : QVariant(QMetaType(QMetaType::QString)) })
                                .ok());
            }
            CHECK(statusOf(desk.db(), id) == from);
        }
    }
    // A move that does not start from the current status is refused too.
    const qint64 id = desk.applicationIn(QStringLiteral("received"));
    CHECK_FALSE(execPrepared(q,
                             QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                            "to_status, actor_id, at) VALUES (?, 'recommended', 'approved', ?, "
                                            "'2026-01-01T00:00:00Z')"),
                             { id, desk.supervisor.userId })
                    .ok());
    // An admin may not make case moves in SQL either; a clerk may not decide.
    const qint64 rec = desk.applicationIn(QStringLiteral("recommended"));
    for (const Actor& actor : { desk.admin, desk.clerk2 })
        CHECK_FALSE(execPrepared(q,
                                 QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                                "to_status, actor_id, at) VALUES (?, 'recommended', 'approved', ?, "
                                                "'2026-01-01T00:00:00Z')"),
                                 { rec, actor.userId })
                        .ok());
    // A decision must record the eligibility it was made under...
    CHECK_FALSE(execPrepared(q,
                             QStringLiteral("INSERT INTO application_transitions (application_id, from_status, "
                                            "to_status, actor_id, at) VALUES (?, 'recommended', 'approved', ?, "
                                            "'2026-01-01T00:00:00Z')"),
                             { rec, desk.supervisor2.userId })
                    .ok());
    CHECK(q.lastError().databaseText().contains(QStringLiteral("eligibility")));
    // ...and a legal move recorded properly in SQL is applied by the database itself.
    REQUIRE(execPrepared(q,
                         QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, "
                                        "actor_id, at, eligibility_policy, eligibility_outcome) SELECT ?, "
                                        "'recommended', 'approved', ?, '2026-01-01T00:00:00Z', policy_code, outcome "
                                        "FROM application_eligibility WHERE application_id = ?"),
                         { rec, desk.supervisor2.userId, rec })
                .ok());
    CHECK(statusOf(desk.db(), rec) == QStringLiteral("approved"));
}

TEST_CASE("A requisition pauses the case and the applicant's reply brings it back to review", "[app][workflow]")
{
    Desk desk;
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    ClockGuard guard(&clock);
    WorkflowService wf(desk.db());
    const qint64 id = desk.applicationIn(QStringLiteral("under_review"));
    auto raised = wf.raiseRequisition(id, { QStringLiteral("REQ-BR"), QStringLiteral("REQ-AUTH") },
                                      { QStringLiteral("BR certificate"), QStringLiteral("Authorisation letter") },
                                      QStringLiteral("Please send both by fax."), desk.clerk);
    REQUIRE(raised.ok());
    CHECK(statusOf(desk.db(), id) == QStringLiteral("awaiting_applicant"));
    auto open = wf.openRequisition(id);
    REQUIRE(open.ok());
    REQUIRE(open->has_value());
    CHECK((*open)->reasonCodes == QStringList { QStringLiteral("REQ-BR"), QStringLiteral("REQ-AUTH") });
    CHECK((*open)->missingItems.size() == 2);
    CHECK((*open)->open());

    // Resuming without a reply needs a note; an attachment from before the requisition is no reply.
    CHECK(wf.transition(TransitionRequest { id, QStringLiteral("under_review") }, desk.clerk).error().code
          == ErrorCode::InvalidInput);
    AttachmentStore store(desk.db());
    AttachmentInfo old;
    old.applicationId = id;
    old.originalName = QStringLiteral("form.pdf");
    old.mimeType = QStringLiteral("application/pdf");
    old.addedAt = clock.nowUtc().addDays(-1);
    auto oldId = store.insert(old, QByteArrayLiteral("%PDF-1.4 old"));
    REQUIRE(oldId.ok());
    CHECK(wf.recordReply(id, *oldId, desk.clerk).error().code == ErrorCode::InvalidInput);

    clock.advanceSecs(3 * 86400);
    AttachmentInfo reply = old;
    reply.originalName = QStringLiteral("reply.pdf");
    reply.addedAt = clock.nowUtc();
    auto replyId = store.insert(reply, QByteArrayLiteral("%PDF-1.4 reply"));
    REQUIRE(replyId.ok());
    auto back = wf.recordReply(id, *replyId, desk.clerk2);
    INFO(back.message().toStdString());
    REQUIRE(back.ok());
    CHECK(statusOf(desk.db(), id) == QStringLiteral("under_review"));
    auto all = wf.requisitions(id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().outcome == QStringLiteral("replied"));
    CHECK(all->first().replyAttachmentId == *replyId);
    CHECK_FALSE(all->first().open());
    // A closed requisition is kept as it was.
    QSqlQuery q(desk.db());
    CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE requisitions SET outcome = 'no_reply' WHERE id = ?"),
                             { all->first().id })
                    .ok());
    CHECK_FALSE(execPrepared(q, QStringLiteral("DELETE FROM requisitions WHERE id = ?"), { all->first().id }).ok());
}

TEST_CASE("Migration 3 (workflow) upgrades a version 2 database and keeps its data", "[app][workflow][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A database as version 2 of OrgDesk left it, with staff, an application under review and events.
        test::TempDatabase probe; // makes sure the migration scripts are loaded
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const char* name : { "0001_initial.sql", "0002_application_form.sql" }) {
            QFile script(QStringLiteral(":/orgdesk/migrations/") + QString::fromLatin1(name));
            REQUIRE(script.open(QIODevice::ReadOnly));
            char* message = nullptr;
            INFO(name);
            REQUIRE(sqlite3_exec(sqliteHandle(raw), script.readAll().constData(), nullptr, nullptr, &message)
                    == SQLITE_OK);
        }
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = 1330792260")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, password_hash, created_at) "
                                      "VALUES (1, 'carol', 'Carol', 'clerk', '!x', '2025-01-02T01:00:00Z'), "
                                      "(2, 'sam', 'Sam', 'supervisor', '!x', '2025-01-02T01:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO applications (id, reference, status, channel, received_at, "
                                      "registered_by, org_name_en, org_type, created_at, updated_at) VALUES (7, "
                                      "'OA-2025-000007', 'under_review', 'fax', '2025-01-03T02:00:00Z', 1, "
                                      "'Harbour Bay Trading Limited', 'company', '2025-01-03T02:00:00Z', "
                                      "'2025-01-03T02:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO application_case_numbers (application_id, position, case_number) "
                                      "VALUES (7, 1, 'HCA 12/2024')")));
        REQUIRE(EventLog::append(raw, Event { 0, QDateTime(QDate(2025, 1, 3), QTime(2, 0), Qt::UTC), 1,
                                              QStringLiteral("application.received"), QStringLiteral("application"), 7,
                                              {} })
                    .ok());
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM users")) == 2);
    CHECK(statusOf(c, 7) == QStringLiteral("under_review"));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM allowed_transitions")) == workflow::rules().size());
    auto chain = EventLog::verify(c);
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->has_value());
    // The old case carries on under the new rules: the clerk recommends, the supervisor decides.
    WorkflowService wf(c);
    TransitionRequest rec { 7, QStringLiteral("recommended") };
    rec.recommendation = QStringLiteral("approve");
    REQUIRE(wf.transition(rec, Actor { 1, QStringLiteral("carol"), QStringLiteral("clerk") }).ok());
    CHECK_FALSE(wf.transition(TransitionRequest { 7, QStringLiteral("approved") },
                              Actor { 1, QStringLiteral("carol"), QStringLiteral("clerk") })
                    .ok());
    REQUIRE(wf.transition(TransitionRequest { 7, QStringLiteral("approved") },
                          Actor { 2, QStringLiteral("sam"), QStringLiteral("supervisor") })
                .ok());
    CHECK(statusOf(c, 7) == QStringLiteral("approved"));
}

TEST_CASE("Demo data reaches its statuses through recorded moves that respect four-eyes", "[app][workflow][demo]")
{
    test::TempDatabase t;
    // The demo spreads cases from 2021 to "now" and picks statuses by age: a fixed day keeps the
    // fixed seed's cases the same whatever the date.
    const FixedClock day(QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC));
    const ClockGuard guard(&day);
    REQUIRE(DemoSeeder(t.connection()).run(1500, 17).ok());
    const QSqlDatabase db = t.connection();
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM applications")) == 12);
    // Every application's status is where its recorded moves lead.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM applications a WHERE a.status <> coalesce((SELECT to_status "
                                    "FROM application_transitions t WHERE t.application_id = a.id ORDER BY id DESC "
                                    "LIMIT 1), 'received')"))
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM application_transitions WHERE to_status IN "
                                    "('approved', 'rejected')"))
          > 100);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM application_transitions d JOIN applications a ON "
                                    "a.id = d.application_id WHERE d.to_status IN ('approved', 'rejected') AND "
                                    "(d.actor_id = a.registered_by OR EXISTS (SELECT 1 FROM application_transitions p "
                                    "WHERE p.application_id = d.application_id AND p.actor_id = d.actor_id AND "
                                    "p.to_status IN ('registered', 'recommended')))"))
          == 0);
    // Cases awaiting the applicant have their open requisition.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'awaiting_applicant'"))
          == scalar(db, QStringLiteral("SELECT count(*) FROM requisitions WHERE closed_at IS NULL")));
}
