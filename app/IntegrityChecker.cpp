// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityChecker.h"

#include "AttachmentStore.h"
#include "Database.h"
#include "Dialect.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "StoreReconciler.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace orgdesk {

Result<IntegrityChecker::Report> IntegrityChecker::run(
    const std::function<bool(const QString&, qint64, qint64)>& progress)
{
    Report report;
    auto cancelled = [] { return makeError(ErrorCode::Cancelled, QCoreApplication::translate("IntegrityChecker", "The check was cancelled.")); };

    const Result<int> version = Database::schemaVersionOf(m_db);
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    if (report.schemaVersion != Database::latestSchemaVersion())
        report.problems << QCoreApplication::translate("IntegrityChecker", "The schema is at version %1; this OrgDesk expects version %2.")
                               .arg(report.schemaVersion)
                               .arg(Database::latestSchemaVersion());

    if (progress && !progress(QCoreApplication::translate("IntegrityChecker", "Checking the database file"), 0, 1))
        return cancelled();
    // The file's own structure (SQLite only: the server keeps its pages and references itself).
    if (!Dialect::of(m_db).isPostgres()) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return sqlError(q, QStringLiteral("checking the database file"));
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                report.problems << QCoreApplication::translate("IntegrityChecker", "SQLite integrity check: %1").arg(line);
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlError(q, QStringLiteral("checking references between tables"));
        while (q.next())
            report.problems << QCoreApplication::translate("IntegrityChecker", "Row %1 of table %2 points to a missing row in %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }

    // Attachments one at a time: only one blob in memory however large the store is.
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM attachments")) || !count.next())
        return sqlError(count, QStringLiteral("counting attachments"));
    const qint64 total = count.value(0).toLongLong();
    // Listed a stretch at a time (each stretch read whole before its blobs are fetched: one
    // connection runs one statement at a time on PostgreSQL).
    constexpr int kStretch = 500;
    QSqlQuery ids(m_db);
    if (!ids.prepare(QStringLiteral("SELECT a.id, a.sha256, a.size, a.original_name, ap.reference, a.purged_at IS NOT NULL "
                                    "FROM attachments a LEFT JOIN applications ap ON ap.id = a.application_id WHERE a.id > ? "
                                    "ORDER BY a.id LIMIT %1")
                         .arg(kStretch)))
        return sqlError(ids, QStringLiteral("listing attachments"));
    QSqlQuery blob(m_db);
    blob.setForwardOnly(true);
    if (!blob.prepare(QStringLiteral("SELECT content FROM attachments WHERE id = ?")))
        return sqlError(blob, QStringLiteral("reading attachments"));
    qint64 after = 0;
    int inStretch = kStretch;
    while (true) {
        if (!ids.next()) {
            if (inStretch < kStretch)
                break; // the last stretch was short: every attachment is checked
            ids.bindValue(0, after);
            if (!ids.exec())
                return sqlError(ids, QStringLiteral("listing attachments"));
            inStretch = 0;
            if (!ids.next())
                break;
        }
        ++inStretch;
        after = ids.value(0).toLongLong();
        const qint64 id = ids.value(0).toLongLong();
        blob.bindValue(0, id);
        if (!blob.exec() || !blob.next())
            return sqlError(blob, QStringLiteral("reading attachment %1").arg(id));
        const QByteArray bytes = blob.value(0).toByteArray();
        blob.finish();
        const QString where = QCoreApplication::translate("IntegrityChecker", "Attachment %1 (\"%2\" of %3)").arg(QString::number(id), ids.value(3).toString(),
                                                                    ids.value(4).toString());
        if (ids.value(5).toBool()) {
            // Purged under retention: the tombstone keeps the SHA-256 of bytes that are gone.
            if (!bytes.isEmpty())
                report.problems << QCoreApplication::translate("IntegrityChecker", "%1: it is recorded as purged but "
                                                                                   "still holds content.")
                                       .arg(where);
        } else if (AttachmentStore::sha256Hex(bytes) != ids.value(1).toString())
            report.problems << QCoreApplication::translate("IntegrityChecker", "%1: its content no longer matches its SHA-256; the stored file has been "
                                  "altered or damaged.")
                                   .arg(where);
        else if (bytes.size() != ids.value(2).toLongLong())
            report.problems << QCoreApplication::translate("IntegrityChecker", "%1: its recorded size is wrong.").arg(where);
        ++report.attachmentsChecked;
        if (progress && report.attachmentsChecked % 256 == 0
            && !progress(QCoreApplication::translate("IntegrityChecker", "Checking attachments"), report.attachmentsChecked, total))
            return cancelled();
    }

    // A purge is only ever made by RetentionService, which records it: a tombstone without its
    // event means the bytes were removed by some other hand.
    QSqlQuery purged(m_db);
    if (!purged.exec(QStringLiteral("SELECT a.id FROM attachments a WHERE a.purged_at IS NOT NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM events e WHERE e.subject_type = 'attachment' AND "
                                    "e.subject_id = a.id AND e.action = 'attachment.purged') ORDER BY a.id")))
        return sqlError(purged, QStringLiteral("checking purged attachments"));
    while (purged.next())
        report.problems << QCoreApplication::translate("IntegrityChecker",
                                                       "Attachment %1 is marked as purged, but the audit trail has no "
                                                       "record of a purge: its content was removed outside OrgDesk.")
                               .arg(purged.value(0).toLongLong());

    // What the database's guards refuse, in case someone dropped them (see StoreReconciler).
    if (progress && !progress(QCoreApplication::translate("IntegrityChecker", "Reconciling the records with the audit trail"), 0, 1))
        return cancelled();
    if (Status s = StoreReconciler(m_db).run(report.problems); !s)
        return s.error();

    const auto chain = EventLog::verify(m_db, [&](qint64 done, qint64 all) {
        report.eventsChecked = done;
        return !progress || progress(QCoreApplication::translate("IntegrityChecker", "Verifying the audit trail"), done, all);
    });
    if (!chain)
        return chain.error();
    if (const auto& problem = *chain; problem.has_value())
        report.problems << QCoreApplication::translate("IntegrityChecker", "Audit trail: %1. The trail may have been tampered with.").arg(problem->message);
    return report;
}

} // namespace orgdesk
