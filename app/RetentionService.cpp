// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionService.h"

#include "Dialect.h"

#include "Clock.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "Permissions.h"
#include "RowReader.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "workflow/BusinessCalendar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace orgdesk {

namespace {

// The checklist item an identity-document copy is ticked against (migration 2).
const QString kIdentityItem = QStringLiteral("pa_identity");
// An identity card is one or two pages (front and back); a longer file holds more than that.
constexpr int kMaxIdentityPages = 2;

// Cases closed before the start of the desk's day `months` months before today are past retention.
QDateTime closedBefore(QDate today, int months)
{
    return HongKongTime::startOfDay(today.addMonths(-months).addDays(1));
}

} // namespace

Result<QList<RetentionService::Item>> RetentionService::candidates(const QDateTime& before, qint64 onlyAttachment) const
{
    // Driven by the identity items ticked against an attachment (few), each checked for its
    // case's closure through the indexes on the case's moves and checklist.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Status s = execPrepared(
        q,
        QStringLiteral(
            "SELECT * FROM (SELECT a.id, a.application_id, ap.reference, a.original_name, a.size, a.page_count, "
            "  (SELECT max(t.at) FROM application_transitions t WHERE t.application_id = ap.id "
            "     AND t.to_status = 'closed') AS closed_at, "
            "  (SELECT count(*) FROM application_checklist o WHERE o.application_id = a.application_id "
            "     AND o.attachment_id = a.id AND o.item_code <> ?) AS other_items "
            " FROM (SELECT DISTINCT attachment_id FROM application_checklist WHERE item_code = ? "
            "       AND attachment_id IS NOT NULL AND (? = 0 OR attachment_id = ?)) i "
            " JOIN attachments a ON a.id = i.attachment_id AND a.purged_at IS NULL "
            " JOIN applications ap ON ap.id = a.application_id AND ap.status = 'closed') AS due "
            "WHERE closed_at < ? ORDER BY closed_at, id"),
        { kIdentityItem, kIdentityItem, onlyAttachment, onlyAttachment, isoUtc(before) });
    if (!s)
        return s.error();
    return readRows(q, [](const QSqlQuery& row) {
        Item item;
        int others = 0;
        readRow(row, item.attachmentId, item.applicationId, item.reference, item.originalName, item.size, item.pageCount,
                item.closedAt, others);
        if (others > 0)
            item.heldReason = QCoreApplication::translate(
                "RetentionService", "other checklist evidence is ticked against this file too (%n item(s))", nullptr,
                others);
        else if (item.pageCount > kMaxIdentityPages)
            item.heldReason = QCoreApplication::translate(
                "RetentionService", "the file has %1 pages, more than an identity document; it may hold other evidence")
                                  .arg(item.pageCount);
        return item;
    });
}

Result<QList<RetentionService::IdNumberItem>> RetentionService::idNumberCandidates(const QDateTime& before) const
{
    // Cases closed before the cut-off (the moves' index by status and time), still closed, whose
    // latest closure is that old, and that still hold a number.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Status s = execPrepared(
        q,
        QStringLiteral(
            "SELECT * FROM (SELECT ap.id, ap.reference, ap.pa_id_type, "
            "  (SELECT max(t.at) FROM application_transitions t WHERE t.application_id = ap.id "
            "     AND t.to_status = 'closed') AS closed_at "
            " FROM applications ap WHERE ap.id IN (SELECT application_id FROM application_transitions "
            "     WHERE to_status = 'closed' AND at < ?) "
            "   AND ap.status = 'closed' AND ap.pa_id_number <> '') AS due "
            "WHERE closed_at < ? ORDER BY closed_at, id"),
        { isoUtc(before), isoUtc(before) });
    if (!s)
        return s.error();
    QList<IdNumberItem> items;
    while (q.next())
        items.append(IdNumberItem { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    QDateTime::fromString(q.value(3).toString(), Qt::ISODate) });
    return items;
}

Result<RetentionService::Plan> RetentionService::plan() const
{
    Plan p;
    p.today = BusinessCalendar::deskDate(Clock::current().nowUtc());
    p.months = Settings(m_db).identityRetentionMonths();
    p.closedBefore = closedBefore(p.today, p.months);
    Result<QList<Item>> items = candidates(p.closedBefore);
    if (!items)
        return items.error();
    for (const Item& item : *items) {
        if (item.heldReason.isEmpty()) {
            p.due.append(item);
            p.dueBytes += item.size;
        } else {
            p.held.append(item);
        }
    }
    Result<QList<IdNumberItem>> numbers = idNumberCandidates(p.closedBefore);
    if (!numbers)
        return numbers.error();
    p.idNumbers = *numbers;
    return p;
}

Result<RetentionService::Outcome> RetentionService::purge(const Plan& plan, const Actor& actor,
                                                         const std::function<bool(qint64, qint64)>& progress)
{
    // Freed pages are overwritten with zeros, so the purged bytes do not linger in the file. (On
    // PostgreSQL the old row versions go at the server's next vacuum.)
    const bool sqliteFile = !Dialect::of(m_db).isPostgres();
    QSqlQuery pragma(m_db);
    if (sqliteFile && !pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return sqlError(pragma, QStringLiteral("preparing to remove the files"));

    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    // The account as stored now: an administrator deactivated or demoted meanwhile may not.
    const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") });
    if (!why)
        return why.error();
    if (!why->isEmpty())
        return recordRefusal(m_db, tx, actor, QStringLiteral("attachment"), QStringLiteral("retention.purge"),
                             refusalMessage(*why, QCoreApplication::translate("RetentionService", "Only an administrator can purge personal data.")),
                             std::nullopt, QJsonObject { { QStringLiteral("reason"), *why } })
            .error();

    // What is due now, under today's setting: a planned attachment that is no longer due is skipped.
    const Result<Plan> now = this->plan();
    if (!now)
        return now.error();
    QSet<qint64> stillDue;
    for (const Item& item : now->due)
        stillDue.insert(item.attachmentId);
    QSet<qint64> numbersStillDue;
    for (const IdNumberItem& item : now->idNumbers)
        numbersStillDue.insert(item.applicationId);
    const qint64 total = plan.due.size() + plan.idNumbers.size();

    const QDateTime at = Clock::current().nowUtc();
    Outcome outcome;
    QSqlQuery update(m_db);
    if (!update.prepare(QStringLiteral("UPDATE attachments SET content = ?, purged_at = ?, purged_by = ? "
                                       "WHERE id = ? AND purged_at IS NULL")))
        return sqlError(update, QStringLiteral("preparing the purge"));
    QSqlQuery sha(m_db);
    for (const Item& item : plan.due) {
        if (!stillDue.contains(item.attachmentId)) {
            ++outcome.skipped;
            continue;
        }
        update.bindValue(0, QByteArray("")); // no bytes (not NULL: the column keeps a value)
        update.bindValue(1, isoUtc(at));
        update.bindValue(2, actorId(actor) ? QVariant(*actorId(actor)) : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(3, item.attachmentId);
        if (!update.exec())
            return sqlError(update, QStringLiteral("removing attachment %1").arg(item.attachmentId));
        if (update.numRowsAffected() != 1) {
            ++outcome.skipped;
            continue;
        }
        if (Status s = execPrepared(sha, QStringLiteral("SELECT sha256 FROM attachments WHERE id = ?"),
                                    { item.attachmentId });
            !s || !sha.next())
            return s ? sqlError(sha, QStringLiteral("reading the tombstone")) : s.error();
        // The event names the case and the file's fingerprint, never the file's name or content.
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, at, actorId(actor), QStringLiteral("attachment.purged"), QStringLiteral("attachment"),
                          item.attachmentId,
                          QJsonObject { { QStringLiteral("application_id"), item.applicationId },
                                        { QStringLiteral("reference"), item.reference },
                                        { QStringLiteral("sha256"), sha.value(0).toString() },
                                        { QStringLiteral("size"), item.size },
                                        { QStringLiteral("closed_at"), isoUtc(item.closedAt) },
                                        { QStringLiteral("retention_months"), now->months } } });
        sha.finish();
        if (!ev)
            return ev.error();
        ++outcome.purged;
        outcome.bytes += item.size;
        if (progress && !progress(outcome.purged + outcome.skipped, total))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("RetentionService", "The purge was cancelled; nothing was removed."));
    }

    // Identity numbers: the field is emptied and the case's updated_at moves on, so a form still
    // open elsewhere cannot save the old number back (it is told someone else saved meanwhile).
    QSqlQuery clearNumber(m_db);
    if (!clearNumber.prepare(QStringLiteral("UPDATE applications SET pa_id_number = '', updated_at = ? "
                                            "WHERE id = ? AND status = 'closed' AND pa_id_number <> ''")))
        return sqlError(clearNumber, QStringLiteral("preparing the purge"));
    QSqlQuery drafts(m_db);
    if (!drafts.prepare(QStringLiteral("DELETE FROM application_drafts WHERE application_id = ?")))
        return sqlError(drafts, QStringLiteral("preparing the purge"));
    for (const IdNumberItem& item : plan.idNumbers) {
        if (!numbersStillDue.contains(item.applicationId)) {
            ++outcome.skipped;
            continue;
        }
        clearNumber.bindValue(0, isoUtc(at));
        clearNumber.bindValue(1, item.applicationId);
        if (!clearNumber.exec())
            return sqlError(clearNumber, QStringLiteral("removing the identity number of %1").arg(item.reference));
        if (clearNumber.numRowsAffected() != 1) {
            ++outcome.skipped;
            continue;
        }
        drafts.bindValue(0, item.applicationId);
        if (!drafts.exec())
            return sqlError(drafts, QStringLiteral("removing the drafts of %1").arg(item.reference));
        // The tombstone: which case, which kind of document, why; never the number or its mask.
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, at, actorId(actor), QStringLiteral("application.id_number_purged"),
                          QStringLiteral("application"), item.applicationId,
                          QJsonObject { { QStringLiteral("reference"), item.reference },
                                        { QStringLiteral("field"), QStringLiteral("pa_id_number") },
                                        { QStringLiteral("id_type"), item.idType },
                                        { QStringLiteral("drafts_removed"), drafts.numRowsAffected() },
                                        { QStringLiteral("closed_at"), isoUtc(item.closedAt) },
                                        { QStringLiteral("retention_months"), now->months } } });
        if (!ev)
            return ev.error();
        ++outcome.idNumbers;
        if (progress && !progress(outcome.purged + outcome.idNumbers + outcome.skipped, total))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("RetentionService", "The purge was cancelled; nothing was removed."));
    }
    const Result<qint64> summary = EventLog::append(
        m_db, Event { 0, at, actorId(actor), QStringLiteral("retention.purged"), QStringLiteral("setting"), std::nullopt,
                      QJsonObject { { QStringLiteral("purged"), outcome.purged },
                                    { QStringLiteral("id_numbers"), outcome.idNumbers },
                                    { QStringLiteral("bytes"), outcome.bytes },
                                    { QStringLiteral("skipped"), outcome.skipped },
                                    { QStringLiteral("held"), qint64(now->held.size()) },
                                    { QStringLiteral("retention_months"), now->months },
                                    { QStringLiteral("closed_before"), isoUtc(now->closedBefore) } } });
    if (!summary)
        return summary.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    // Moves the zeroed pages from the write-ahead log into the file; failure here loses nothing.
    if (sqliteFile)
        (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return outcome;
}

} // namespace orgdesk
