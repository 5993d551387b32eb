// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"
#include "TestSupport.h"
#include "audit/AuditCheckpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace orgdesk;

namespace {

const QString kSecret = QStringLiteral("correct horse");

void appendEvents(const QSqlDatabase& db, int n, const QString& action = QStringLiteral("test.event"))
{
    for (int i = 0; i < n; ++i)
        REQUIRE(EventLog::append(db,
            Event { 0, {}, std::nullopt, action, QStringLiteral("application"), i + 1,
                QJsonObject { { QStringLiteral("n"), i } } })
                    .ok());
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

// The guards of events and of the audit head set aside, as the file's writer (or the server
// database's owner) could.
void dropAuditGuards(const QSqlDatabase& db)
{
    for (const char* name : { "events_no_update", "events_no_delete" })
        exec(db, test::dropTrigger(db, QString::fromLatin1(name), QStringLiteral("events")));
    for (const char* name :
        { "audit_head_no_delete", "audit_head_update_newest", "audit_head_insert_newest" })
        exec(db, test::dropTrigger(db, QString::fromLatin1(name), QStringLiteral("audit_head")));
}

// Rewrites the whole trail from event `from` on with every hash recomputed and the head moved
// along: what someone who can write the database and knows the public encoding can do. The plain
// verify passes afterwards.
void rewriteChain(const QSqlDatabase& db, qint64 from)
{
    QSqlQuery read(db);
    REQUIRE(read.exec(
        QStringLiteral("SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, "
                       "scheme FROM events ORDER BY id")));
    QList<Event> events;
    while (read.next()) {
        Event e;
        e.id = read.value(0).toLongLong();
        e.at = QDateTime::fromString(read.value(1).toString(), Qt::ISODate);
        if (!read.value(2).isNull())
            e.userId = read.value(2).toLongLong();
        e.action = read.value(3).toString();
        e.subjectType = read.value(4).toString();
        if (!read.value(5).isNull())
            e.subjectId = read.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(read.value(6).toString().toUtf8()).object();
        e.prevHash = read.value(7).toString();
        e.scheme = read.value(8).toInt();
        events << e;
    }
    read.finish();
    QString prev = EventLog::genesisHash();
    QSqlQuery up(db);
    REQUIRE(
        up.prepare(QStringLiteral("UPDATE events SET details = ?, prev_hash = ?, hash = ? WHERE id = ?")));
    for (Event& e : events) {
        if (e.id == from)
            e.details.insert(QStringLiteral("forged"), true);
        if (e.id >= from) {
            e.prevHash = prev;
            e.hash = EventLog::computeHash(e);
            up.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            up.addBindValue(e.prevHash);
            up.addBindValue(e.hash);
            up.addBindValue(e.id);
            INFO(up.lastError().text().toStdString());
            REQUIRE(up.exec());
        } else {
            e.hash = EventLog::computeHash(e);
        }
        prev = e.hash;
    }
    QSqlQuery head(db);
    REQUIRE(head.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?")));
    head.addBindValue(events.last().id);
    head.addBindValue(prev);
    REQUIRE(head.exec());
}

} // namespace

TEST_CASE("A supervisor's checkpoint is signed, recorded, and the trail verifies against it", "[app][audit]")
{
    test::TempDatabase t;
    const Actor sup = t.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
    appendEvents(t.connection(), 5);
    AuditCheckpoints service(t.connection());
    SECTION("only a supervisor, with their password for the first key")
    {
        const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
        CHECK(service.take(clerk, kSecret).error().code == ErrorCode::PermissionDenied);
        if (!test::onServer()) { // the test server trusts its local socket: any password signs in
            const auto wrong = service.take(sup, QStringLiteral("not the password"));
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.message().contains(QStringLiteral("sign-in password")));
        }
    }

    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM events")));
    REQUIRE(q.next());
    const qint64 before = q.value(0).toLongLong();
    const auto taken = service.take(sup, kSecret);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    const Checkpoint c = *taken;
    CHECK(c.signatureValid());
    CHECK(c.supervisor == sup.username);
    CHECK(c.storeId.size() == 32);
    // The key was made (its event) before the checkpoint; the checkpoint's own event comes after.
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM events WHERE id > %1 ORDER BY id").arg(before)));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    CHECK(actions
        == QStringList {
            QStringLiteral("audit.signing_key_created"), QStringLiteral("audit.checkpoint_taken") });
    CHECK(c.eventId == before + 1);
    CHECK(c.eventCount == c.eventId);

    // The file says the same thing and reads back.
    const auto back = Checkpoint::fromFile(c.toFile());
    REQUIRE(back.ok());
    CHECK(back->signedBytes() == c.signedBytes());
    CHECK(back->signatureValid());
    CHECK(QString::fromUtf8(c.toFile()).contains(QStringLiteral(" HKT")));

    // The sealed key opens with the secret only, and the list shows the checkpoint.
    CHECK(service.take(sup, QStringLiteral("wrong secret")).error().code == ErrorCode::PermissionDenied);
    const auto listed = service.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().checkpoint.headHash == c.headHash);
    REQUIRE(q.exec(QStringLiteral("SELECT sealed_key FROM audit_signing_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("argon2id13$")));
    CHECK_FALSE(q.value(0).toString().contains(kSecret));

    appendEvents(t.connection(), 3, QStringLiteral("test.later"));
    for (bool incremental : { false, true }) {
        const auto ok = service.verifyAgainst(c, incremental);
        REQUIRE(ok.ok());
        CHECK_FALSE(ok->problem.has_value());
        CHECK(ok->newestId == before + 5);
        CHECK(ok->checked == (incremental ? 5 : before + 5)); // from the checkpoint's event, or all of them
    }

    SECTION("a changed file fails its signature")
    {
        QJsonObject o = QJsonDocument::fromJson(c.toFile()).object();
        o.insert(QStringLiteral("event_id"), 3);
        const auto changed = Checkpoint::fromFile(QJsonDocument(o).toJson());
        REQUIRE(changed.ok());
        const auto r = service.verifyAgainst(*changed, false);
        REQUIRE(r.ok());
        REQUIRE(r->problem.has_value());
        CHECK(r->problem->message.contains(QStringLiteral("signature")));
        CHECK_FALSE(Checkpoint::fromFile("{\"format\":\"something else\"}").ok());
    }
    SECTION("another database is named as such")
    {
        test::TempDatabase other;
        other.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        appendEvents(other.connection(), 12);
        if (test::onServer()) {
            // Test databases are copies of one template, and a copy keeps its identity (as a backup
            // does): give this one an identity of its own, as a database made by `server init` has.
            exec(other.connection(), QStringLiteral("ALTER TABLE audit_store DISABLE TRIGGER USER"));
            exec(other.connection(), QStringLiteral("UPDATE audit_store SET store_id = md5(random()::text)"));
        }
        const auto r = AuditCheckpoints(other.connection()).verifyAgainst(c, false);
        REQUIRE(r.ok());
        REQUIRE(r->problem.has_value());
        CHECK(r->problem->message.contains(QStringLiteral("another database")));
    }
    SECTION("a trail rolled back or cut off before the checkpoint's event")
    {
        dropAuditGuards(t.connection());
        const qint64 keep = c.eventId - 2;
        // As a restore of an older copy would: the checkpoint's records go with the events.
        for (const char* table : { "audit_checkpoints", "audit_signing_keys", "audit_verifications" }) {
            const QString name = QString::fromLatin1(table);
            exec(
                t.connection(), test::dropTrigger(t.connection(), name + QStringLiteral("_no_delete"), name));
            exec(t.connection(), QStringLiteral("DELETE FROM %1").arg(name));
        }
        exec(t.connection(), QStringLiteral("DELETE FROM events WHERE id > %1").arg(keep));
        exec(t.connection(),
            QStringLiteral("UPDATE audit_head SET last_id = %1, last_hash = (SELECT hash FROM events "
                           "WHERE id = %1)")
                .arg(keep));
        const auto plain = service.verifyFull();
        REQUIRE(plain.ok());
        CHECK_FALSE(plain->problem.has_value()); // the trail alone looks fine
        const auto r = service.verifyAgainst(c, false);
        REQUIRE(r.ok());
        REQUIRE(r->problem.has_value());
        CHECK(r->problem->message.contains(QStringLiteral("the trail ends at event %1").arg(keep)));
        CHECK(r->problem->message.contains(QStringLiteral("2 events are gone")));
    }
    SECTION("a whole-chain rewrite with every hash recomputed")
    {
        dropAuditGuards(t.connection());
        rewriteChain(t.connection(), 2);
        const auto plain = service.verifyFull();
        REQUIRE(plain.ok());
        CHECK_FALSE(plain->problem.has_value()); // the trail alone looks fine
        for (bool incremental : { false, true }) {
            const auto r = service.verifyAgainst(c, incremental);
            REQUIRE(r.ok());
            REQUIRE(r->problem.has_value());
            CHECK(r->problem->eventId == c.eventId);
            CHECK(r->problem->message.contains(QStringLiteral("rewritten")));
        }
    }
    SECTION("a rewrite after the checkpoint's event is an ordinary broken chain")
    {
        dropAuditGuards(t.connection());
        exec(t.connection(),
            QStringLiteral("UPDATE events SET details = '{}' WHERE id = %1").arg(c.eventId + 2));
        const auto r = service.verifyAgainst(c, true);
        REQUIRE(r.ok());
        REQUIRE(r->problem.has_value());
        CHECK(r->problem->eventId == c.eventId + 2);
    }
}

TEST_CASE(
    "Incremental verify starts from the newest verified point and still sees a rewrite of it", "[app][audit]")
{
    test::TempDatabase t;
    appendEvents(t.connection(), 20);
    AuditCheckpoints service(t.connection());
    auto full = service.verifyIncremental();
    REQUIRE(full.ok());
    CHECK_FALSE(full->problem.has_value());
    CHECK(full->checked == 20); // nothing verified before: the whole trail
    REQUIRE(service.recordVerified(QStringLiteral("full"), full->newestId, full->newestHash).ok());
    appendEvents(t.connection(), 4);
    auto next = service.verifyIncremental();
    REQUIRE(next.ok());
    CHECK_FALSE(next->problem.has_value());
    CHECK(next->fromId == 20);
    CHECK(next->checked == 5); // the verified point itself again, and the 4 after it
    CHECK(next->newestId == 24);

    dropAuditGuards(t.connection());
    rewriteChain(t.connection(), 3);
    auto caught = service.verifyIncremental();
    REQUIRE(caught.ok());
    REQUIRE(caught->problem.has_value());
    CHECK(caught->problem->eventId == 20);
}

TEST_CASE("A checkpoint is due when the newest is older than the set period", "[app][audit]")
{
    test::TempDatabase t;
    const Actor sup = t.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
    AuditCheckpoints service(t.connection());
    auto due = service.checkpointDue();
    REQUIRE(due.ok());
    CHECK(*due); // events exist (the accounts'), no checkpoint yet
    REQUIRE(service.take(sup, kSecret).ok());
    due = service.checkpointDue();
    REQUIRE(due.ok());
    CHECK_FALSE(*due);
    struct Later : Clock
    {
        QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addDays(8); }
    } later;
    test::ClockGuard guard(&later);
    due = service.checkpointDue();
    REQUIRE(due.ok());
    CHECK(*due);
}
