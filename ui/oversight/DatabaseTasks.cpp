// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/DatabaseTasks.h"

#include "Clock.h"
#include "Database.h"
#include "EventLog.h"
#include "IntegrityChecker.h"
#include "Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>

namespace orgdesk::DatabaseTasks {

namespace {

// lupdate files the tr() calls of this file under "orgdesk::DatabaseTasks"; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("orgdesk::DatabaseTasks", text);
}

} // namespace

void checkDatabase(QWidget* parent, const QString& path)
{
    const QPointer<QWidget> owner(parent);
    runWithProgress<IntegrityChecker::Report>(
        parent, tr("Check database"), tr("Checking the database…"),
        [path](const Progress& progress) -> Result<IntegrityChecker::Report> {
            // A connection of its own: connections belong to one thread.
            Result<Database> db = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
            if (!db)
                return db.error();
            return IntegrityChecker(db->connection()).run(progress);
        },
        [owner](const Result<IntegrityChecker::Report>& report) {
            if (!owner)
                return;
            if (!report) {
                if (report.error().code != ErrorCode::Cancelled)
                    QMessageBox::warning(owner, tr("Check database"), report.message());
                return;
            }
            if (report->problems.isEmpty())
                QMessageBox::information(owner, tr("Check database"),
                                         tr("No problems found: %1 attachments and %2 audit events verified.")
                                             .arg(QLocale().toString(report->attachmentsChecked),
                                                  QLocale().toString(report->eventsChecked)));
            else
                QMessageBox::warning(owner, tr("Check database"),
                                     tr("Problems found:\n\n%1").arg(report->problems.join(QStringLiteral("\n"))));
        });
}

namespace {

struct Verification
{
    std::optional<EventLog::Problem> problem;
    qint64 events = 0;
    QString headHash;
    qint64 milliseconds = 0;
};

} // namespace

void verifyAuditTrail(QWidget* parent, const QSqlDatabase& db, const QString& path, const Actor& actor)
{
    const QPointer<QWidget> owner(parent);
    runWithProgress<Verification>(
        parent, tr("Verify audit trail"), tr("Verifying the audit trail…"),
        [path](const Progress& progress) -> Result<Verification> {
            Result<Database> reader = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
            if (!reader)
                return reader.error();
            QElapsedTimer timer;
            timer.start();
            Verification v;
            const QString label = tr("Verifying the audit trail…");
            const auto result = EventLog::verify(reader->connection(), [&](qint64 done, qint64 total) {
                v.events = done;
                return progress(label, done, total);
            });
            if (!result)
                return result.error();
            v.problem = *result;
            v.milliseconds = timer.elapsed();
            if (const Result<EventLog::Head> head = EventLog::newest(reader->connection()))
                v.headHash = head->hash;
            return v;
        },
        [owner, db, actor](const Result<Verification>& v) {
            if (!owner)
                return;
            if (!v) {
                if (v.error().code != ErrorCode::Cancelled)
                    QMessageBox::warning(owner, tr("Verify audit trail"), v.message());
                return;
            }
            // The outcome is itself part of the trail: who verified, when, and the head they saw.
            Transaction tx(db);
            QJsonObject details { { QStringLiteral("intact"), !v->problem.has_value() },
                                  { QStringLiteral("events"), v->events },
                                  { QStringLiteral("head_hash"), v->headHash } };
            if (v->problem)
                details.insert(QStringLiteral("first_bad_event"), v->problem->eventId);
            const Result<qint64> ev =
                tx.active() ? EventLog::append(db, Event { 0, Clock::current().nowUtc(), actorId(actor),
                                                           QStringLiteral("audit.verified"), QStringLiteral("audit"),
                                                           std::nullopt, details })
                            : Result<qint64>(tx.error());
            const bool recorded = ev.ok() && tx.commit().ok();
            const QString note = recorded ? QString() : tr("\n\nThe result could not be recorded in the trail.");
            if (v->problem) {
                QMessageBox::critical(owner, tr("Verify audit trail"),
                                      tr("The audit trail is broken at event %1: %2.\n\nThe trail may have been "
                                         "tampered with. Keep this database as it is and tell the administrator.%3")
                                          .arg(v->problem->eventId)
                                          .arg(v->problem->message, note));
                return;
            }
            QMessageBox box(QMessageBox::Information, tr("Verify audit trail"),
                            tr("The audit trail is intact: %1 events verified in %2 s.%3")
                                .arg(QLocale().toString(v->events), QLocale().toString(v->milliseconds / 1000.0, 'f', 1),
                                     note),
                            QMessageBox::Ok, owner);
            box.setInformativeText(tr("Newest event's hash (keep a copy to prove the trail later):\n%1").arg(v->headHash));
            box.setTextInteractionFlags(Qt::TextSelectableByMouse);
            box.exec();
        });
}

} // namespace orgdesk::DatabaseTasks
