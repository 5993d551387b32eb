// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "IntegrityChecker.h"
#include "RetentionService.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

using namespace orgdesk;

namespace {

QDateTime hk(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))).toUTC();
}

qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values).ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct RetentionDesk
{
    test::TempDatabase t;
    Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock { hk(2024, 1, 2) };

    RetentionDesk() { Clock::setCurrent(&clock); }
    ~RetentionDesk() { Clock::setCurrent(nullptr); }
    QSqlDatabase db() const { return t.connection(); }

    // A case received on `day`, taken through to `status` (approved, or closed after the account).
    // `underReview` runs while the case is under review (its form and checklist not yet frozen).
    qint64 caseOn(const QDateTime& day, const QString& status, const std::function<void(qint64)>& underReview = {})
    {
        clock.set(day);
        auto app = ApplicationService(db()).receive(Receipt { QStringLiteral("fax"), day, {}, {} }, clerk);
        REQUIRE(app.ok());
        test::keyEligibleForm(db(), app->id, clerk);
        WorkflowService wf(db());
        const QStringList path { QStringLiteral("registered"), QStringLiteral("under_review"),
                                 QStringLiteral("recommended"), QStringLiteral("approved"),
                                 QStringLiteral("account_created"), QStringLiteral("closed") };
        for (const QString& to : path) {
            TransitionRequest r;
            r.applicationId = app->id;
            r.to = to;
            if (to == u"recommended")
                r.recommendation = QStringLiteral("approve");
            auto moved = wf.transition(r, to == u"approved" ? supervisor : clerk);
            INFO(to.toStdString() << ": " << moved.message().toStdString());
            REQUIRE(moved.ok());
            if (to == u"under_review" && underReview)
                underReview(app->id);
            if (to == status)
                break;
        }
        return app->id;
    }

    // An attachment of `pages` pages ticked against the given checklist items.
    qint64 attach(qint64 applicationId, int pages, const QStringList& items, const QByteArray& bytes)
    {
        AttachmentInfo info;
        info.applicationId = applicationId;
        info.originalName = QStringLiteral("scan-%1.pdf").arg(bytes.size());
        info.mimeType = QStringLiteral("application/pdf");
        info.pageCount = pages;
        info.addedAt = clock.nowUtc();
        auto id = AttachmentStore(db()).insert(info, bytes);
        REQUIRE(id.ok());
        REQUIRE(AttachmentStore(db()).indexText(*id, QStringLiteral("Hong Kong Identity Card CHAN Tai Man")).ok());
        for (const QString& item : items) {
            QSqlQuery q(db());
            REQUIRE(execPrepared(q,
                                 QStringLiteral("INSERT INTO application_checklist (application_id, item_code, position, "
                                                "label_en, label_zh, attachment_id, page_no, ticked_by, ticked_at) "
                                                "VALUES (?, ?, 1, ?, '', ?, 1, ?, ?) ON CONFLICT (application_id, "
                                                "item_code) DO UPDATE SET attachment_id = excluded.attachment_id, "
                                                "page_no = 1, ticked_by = excluded.ticked_by, ticked_at = excluded.ticked_at"),
                                 { applicationId, item, item, *id, clerk.userId, isoUtc(clock.nowUtc()) })
                        .ok());
        }
        return *id;
    }
};

} // namespace

TEST_CASE("Retention purges identity documents of cases closed past the period, keeps everything else",
          "[app][retention]")
{
    RetentionDesk desk;
    // Documents are attached and ticked during review, before the form is frozen.
    qint64 idCopy = 0, brCert = 0, bundle = 0, shared = 0, recentCopy = 0, openCopy = 0;
    desk.caseOn(hk(2024, 1, 2), QStringLiteral("closed"), [&](qint64 id) {
        idCopy = desk.attach(id, 1, { QStringLiteral("pa_identity") }, QByteArray(5000, 'i'));
        brCert = desk.attach(id, 1, { QStringLiteral("br_certificate") }, QByteArray(3000, 'b'));
    });
    // One identity item per case: the held files belong to two other old cases.
    desk.caseOn(hk(2024, 1, 2, 11), QStringLiteral("closed"), [&](qint64 id) {
        bundle = desk.attach(id, 6, { QStringLiteral("pa_identity") }, QByteArray(9000, 'x'));
    });
    desk.caseOn(hk(2024, 1, 2, 12), QStringLiteral("closed"), [&](qint64 id) {
        shared = desk.attach(id, 1, { QStringLiteral("pa_identity"), QStringLiteral("authorisation_letter") },
                             QByteArray(4000, 's'));
    });
    desk.caseOn(hk(2026, 6, 1), QStringLiteral("closed"), [&](qint64 id) {
        recentCopy = desk.attach(id, 1, { QStringLiteral("pa_identity") }, QByteArray(5100, 'r'));
    });
    desk.caseOn(hk(2024, 1, 3), QStringLiteral("approved"), [&](qint64 id) {
        openCopy = desk.attach(id, 2, { QStringLiteral("pa_identity") }, QByteArray(5200, 'o'));
    });

    desk.clock.set(hk(2026, 12, 1));
    RetentionService service(desk.db());
    const auto plan = service.plan();
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    CHECK(plan->months == 24);
    CHECK(plan->closedBefore == hk(2024, 12, 2, 0));
    REQUIRE(plan->due.size() == 1);
    CHECK(plan->due[0].attachmentId == idCopy);
    CHECK(plan->dueBytes == 5000);
    REQUIRE(plan->held.size() == 2);
    QList<qint64> held { plan->held[0].attachmentId, plan->held[1].attachmentId };
    std::sort(held.begin(), held.end());
    CHECK(held == QList<qint64> { bundle, shared });
    for (const auto& item : plan->held)
        CHECK_FALSE(item.heldReason.isEmpty());

    SECTION("only an administrator may purge, and a refusal is recorded and changes nothing")
    {
        const qint64 events = scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events"));
        const auto refused = service.purge(*plan, desk.supervisor);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events")) == events + 1);
        CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'permission.refused' AND "
                                               "details LIKE '%retention.purge%'"))
              == 1);
        CHECK(AttachmentStore(desk.db()).content(idCopy).ok());
    }

    SECTION("the purge empties the copy, leaves a tombstone and events, and the trail still verifies")
    {
        const auto done = service.purge(*plan, desk.admin);
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        CHECK(done->purged == 1);
        CHECK(done->bytes == 5000);
        CHECK(done->skipped == 0);

        AttachmentStore store(desk.db());
        const auto gone = store.content(idCopy);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().code == ErrorCode::NotFound);
        CHECK(gone.message().contains(QStringLiteral("retention")));
        const auto tombstone = store.info(idCopy);
        REQUIRE(tombstone.ok());
        CHECK(tombstone->purgedAt.has_value());
        CHECK(tombstone->sha256 == AttachmentStore::sha256Hex(QByteArray(5000, 'i')));
        CHECK(tombstone->size == 5000);
        CHECK(scalar(desk.db(), QStringLiteral("SELECT length(content) FROM attachments WHERE id = ?"), { idCopy }) == 0);
        CHECK(scalar(desk.db(), QStringLiteral("SELECT purged_by FROM attachments WHERE id = ?"), { idCopy })
              == desk.admin.userId);
        // Its text leaves the search index; the others keep theirs and their bytes.
        CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM attachment_search WHERE rowid = ?"), { idCopy }) == 0);
        for (qint64 kept : { brCert, bundle, shared, recentCopy, openCopy }) {
            CHECK(store.content(kept).ok());
            CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM attachment_search WHERE rowid = ?"), { kept }) == 1);
        }

        QSqlQuery q(desk.db());
        REQUIRE(q.exec(QStringLiteral("SELECT details FROM events WHERE action = 'attachment.purged'")));
        REQUIRE(q.next());
        const QString details = q.value(0).toString();
        CHECK(details.contains(tombstone->sha256));
        CHECK_FALSE(details.contains(QStringLiteral("scan-"))); // no file name in the trail
        CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'retention.purged'")) == 1);

        const auto chain = EventLog::verify(desk.db());
        REQUIRE(chain.ok());
        CHECK_FALSE(chain->has_value());
        const auto report = IntegrityChecker(desk.db()).run();
        REQUIRE(report.ok());
        CHECK(report->problems.isEmpty());

        // Nothing is due any more; the tombstone cannot be filled again or un-purged.
        const auto again = service.plan();
        REQUIRE(again.ok());
        CHECK(again->due.isEmpty());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE attachments SET content = x'00' WHERE id = %1").arg(idCopy)));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE attachments SET purged_at = NULL WHERE id = %1").arg(idCopy)));
    }

    SECTION("a cancelled purge removes nothing")
    {
        const qint64 events = scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events"));
        const auto cancelled = service.purge(*plan, desk.admin, [](qint64, qint64) { return false; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK(AttachmentStore(desk.db()).content(idCopy).ok());
        CHECK(scalar(desk.db(), QStringLiteral("SELECT count(*) FROM events")) == events);
    }

    SECTION("a plan that went stale purges only what is still due")
    {
        REQUIRE(Settings(desk.db()).setIdentityRetentionMonths(60, desk.admin).ok());
        const auto done = service.purge(*plan, desk.admin);
        REQUIRE(done.ok());
        CHECK(done->purged == 0);
        CHECK(done->skipped == 1);
        CHECK(AttachmentStore(desk.db()).content(idCopy).ok());
    }
}

TEST_CASE("An attachment emptied outside OrgDesk, as if purged, is named by the check", "[app][retention]")
{
    RetentionDesk desk;
    const qint64 app = desk.caseOn(hk(2024, 1, 2), QStringLiteral("registered"));
    const qint64 id = desk.attach(app, 1, {}, QByteArray(100, 'a'));
    QSqlQuery q(desk.db());
    // The schema lets a purge through; only RetentionService records one.
    REQUIRE(execPrepared(q, QStringLiteral("UPDATE attachments SET content = ?, purged_at = '2026-01-01T00:00:00Z' "
                                           "WHERE id = ?"),
                         { QByteArray(""), id })
                .ok());
    const auto report = IntegrityChecker(desk.db()).run();
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().contains(QStringLiteral("Attachment %1 is marked as purged").arg(id)));
}

TEST_CASE("A stored attachment's bytes cannot be changed through SQL", "[app][retention]")
{
    RetentionDesk desk;
    const qint64 app = desk.caseOn(hk(2024, 1, 2), QStringLiteral("registered"));
    const qint64 id = desk.attach(app, 1, {}, QByteArray(100, 'a'));
    QSqlQuery q(desk.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE attachments SET content = x'0102' WHERE id = %1").arg(id)));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE attachments SET sha256 = '%1' WHERE id = %2").arg(QString(64, u'0')).arg(id)));
    // Emptying without recording the purge is refused too.
    CHECK_FALSE(execPrepared(q, QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"), { QByteArray(""), id }).ok());
    CHECK(AttachmentStore(desk.db()).content(id).ok());
}

TEST_CASE("Migrations 6 to 8 upgrade a version-5 database and keep its attachments and moves", "[app][retention][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    qint64 attachment = 0;
    QString sha;
    {
        QSqlDatabase raw = test::createAtVersion(path, 5, QStringLiteral("v5"));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO applications (id, reference, channel, received_at, created_at, updated_at) VALUES "
            "(3, 'OA-2025-000003', 'post', '2025-03-01T02:00:00Z', '2025-03-01T02:00:00Z', '2025-03-01T02:00:00Z')")));
        sha = AttachmentStore::sha256Hex(QByteArray(700, 'f'));
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO attachments (id, application_id, original_name, mime_type, size, "
                                         "sha256, page_count, content, added_at) VALUES (9, 3, 'form.pdf', "
                                         "'application/pdf', 700, ?, 1, ?, '2025-03-01T02:00:00Z')")));
        q.addBindValue(sha);
        q.addBindValue(QByteArray(700, 'f'));
        REQUIRE(q.exec());
        attachment = 9;
        REQUIRE(EventLog::append(raw, Event { 0, {}, std::nullopt, QStringLiteral("attachment.added"),
                                              QStringLiteral("attachment"), 9, {} })
                    .ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    AttachmentStore store(db->connection());
    const auto info = store.info(attachment);
    REQUIRE(info.ok());
    CHECK_FALSE(info->purgedAt.has_value());
    CHECK(info->sha256 == sha);
    const auto bytes = store.content(attachment);
    REQUIRE(bytes.ok());
    CHECK(*bytes == QByteArray(700, 'f'));
    CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                  "('quality_samples', 'quality_sample_items', "
                                                  "'application_checklist_ticked', 'attachments_content_fixed', "
                                                  "'application_transitions_actor_application')"))
          == 5);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                  "('application_transitions_actor', 'application_transitions_actor_at')"))
          == 0);
    const auto chain = EventLog::verify(db->connection());
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->has_value());
}
