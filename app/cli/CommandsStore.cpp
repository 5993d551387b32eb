// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for the store itself: init, users, demo data, listing, checks, backups.
#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "BackupService.h"
#include "Cli.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "IntegrityChecker.h"
#include "UserService.h"
#include "audit/AuditCheckpoints.h"
#include "validation/Passport.h"
#include "workflow/ServiceLevels.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orgdesk::cli {

namespace {

int init(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    Database* db = ctx.database(true);
    if (!db)
        return ProblemFound;
    ctx.out << "Database ready at " << QDir::toNativeSeparators(ctx.dbPath) << " (schema version "
            << db->schemaVersion() << ").\n";
    return Ok;
}

int userAdd(Context& ctx, Args& args)
{
    const std::optional<QString> role = args.option(QStringLiteral("role"));
    const QString display = args.option(QStringLiteral("name")).value_or(QString());
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1 || !role)
        return ctx.usage(QStringLiteral("give the user name and --role."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const QString password = ctx.readSecret(QStringLiteral("Password for %1: ").arg(args.positional().first()));
    // Whoever can run the command line on the database file is trusted like an administrator;
    // their changes are recorded as made by the command-line tool (no user id).
    UserService users(db->connection());
    const Result<qint64> count = users.userCount();
    if (!count)
        return ctx.fail(count.error());
    std::optional<Actor> actor;
    if (*count > 0)
        actor = Actor { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("admin") };
    const Result<qint64> id = users.addUser(args.positional().first(), display, *role, password, actor);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << "Added " << *role << ' ' << args.positional().first() << ".\n";
    return Ok;
}

int seedDemo(Context& ctx, Args& args)
{
    const QString countText = args.option(QStringLiteral("count")).value_or(QStringLiteral("200"));
    const QString seedText = args.option(QStringLiteral("seed")).value_or(QStringLiteral("2023"));
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    bool ok1 = false, ok2 = false;
    const qint64 count = countText.toLongLong(&ok1);
    const quint64 seed = seedText.toULongLong(&ok2);
    if (!ok1 || count < 0 || count > 10'000'000)
        return ctx.usage(QStringLiteral("--count must be a number from 0 to 10000000."));
    if (!ok2)
        return ctx.usage(QStringLiteral("--seed must be a whole number."));
    Database* db = ctx.database(true);
    if (!db)
        return ProblemFound;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const auto summary = DemoSeeder(db->connection()).run(count, seed, [&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport > 2000) {
            lastReport = timer.elapsed();
            ctx.err << "  " << done << " of " << total << " applications...\n";
            ctx.err.flush();
        }
        return true;
    });
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << "Added " << summary->applications << " fictional applications (" << summary->resubmissions
            << " resubmissions), " << summary->attachments << " attachments and " << summary->events
            << " audit events in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s.\n";
    return Ok;
}

QJsonObject rowJson(const QueueRow& r)
{
    return { { QStringLiteral("reference"), r.reference }, { QStringLiteral("organization"), r.orgNameEn },
             { QStringLiteral("organization_zh"), r.orgNameZh }, { QStringLiteral("type"), r.orgType },
             { QStringLiteral("status"), r.status }, { QStringLiteral("channel"), r.channel },
             { QStringLiteral("received_at"), r.receivedAt } };
}

int list(Context& ctx, Args& args)
{
    QueueQuery query;
    query.filter.status = args.option(QStringLiteral("status")).value_or(QString());
    query.filter.channel = args.option(QStringLiteral("channel")).value_or(QString());
    query.filter.search = args.option(QStringLiteral("search")).value_or(QString());
    const QString limitText = args.option(QStringLiteral("limit")).value_or(QStringLiteral("50"));
    const bool json = args.flag(QStringLiteral("json"));
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    if (!query.filter.status.isEmpty() && !allStatuses().contains(query.filter.status))
        return ctx.usage(QStringLiteral("unknown status \"%1\"; one of: %2.")
                             .arg(query.filter.status, allStatuses().join(QStringLiteral(", "))));
    if (!query.filter.channel.isEmpty() && !allChannels().contains(query.filter.channel))
        return ctx.usage(QStringLiteral("unknown channel \"%1\"; one of: %2.")
                             .arg(query.filter.channel, allChannels().join(QStringLiteral(", "))));
    bool ok = false;
    const int limit = limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1'000'000)
        return ctx.usage(QStringLiteral("--limit must be a number from 1 to 1000000."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto rows = ApplicationStore(db->connection()).page(query, nullptr, limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (json) {
        QJsonArray array;
        for (const QueueRow& r : *rows)
            array.append(rowJson(r));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const QueueRow& r : *rows) {
        ctx.out << r.reference << '\t' << r.receivedAt << '\t' << r.status << '\t' << r.channel << '\t'
                << (r.orgNameEn.isEmpty() ? QStringLiteral("(not yet keyed)") : r.orgNameEn) << '\n';
    }
    return Ok;
}

int show(Context& ctx, Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return ctx.usage(QStringLiteral("give one reference number, e.g. OA-2026-000123."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto app = ApplicationStore(db->connection()).getByReference(args.positional().first());
    if (!app)
        return ctx.fail(app.error());
    const auto attachments = AttachmentStore(db->connection()).forApplication(app->id);
    if (!attachments)
        return ctx.fail(attachments.error());
    // The due date under the service level; "provisional" when its count runs through a year whose
    // public holidays are not entered.
    QString due;
    if (const auto levels = ServiceLevels::load(db->connection()); levels) {
        if (const auto sl = levels->forApplication(app->id); sl && sl->applies) {
            due = sl->paused && !sl->due.isValid() ? QStringLiteral("paused (awaiting the applicant)")
                                                    : sl->due.toString(Qt::ISODate);
            if (sl->overdue)
                due += QStringLiteral(" overdue");
            if (sl->provisional)
                due += QStringLiteral(" (provisional: public holidays not entered for a year it counts through)");
        }
    }
    // Identity numbers stay masked here; revealing one is an audited action in the app.
    const QString idMasked = validation::maskIdentityNumber(app->paIdType, app->paIdNumber);
    const QList<std::pair<QString, QString>> fields {
        { QStringLiteral("reference"), app->reference },
        { QStringLiteral("status"), app->status },
        { QStringLiteral("channel"), app->channel },
        { QStringLiteral("received_at"), app->receivedAt.toString(Qt::ISODate) },
        { QStringLiteral("due"), due },
        { QStringLiteral("organization"), app->orgNameEn },
        { QStringLiteral("organization_zh"), app->orgNameZh },
        { QStringLiteral("type"), app->orgType },
        { QStringLiteral("br_number"), app->brNumber.isEmpty() ? QString() : app->brNumber + u'-' + app->brBranch },
        { QStringLiteral("principal_administrator"), app->paNameEn },
        { QStringLiteral("principal_administrator_zh"), app->paNameZh },
        { QStringLiteral("identity_document"), idMasked },
        { QStringLiteral("phone"), app->phone },
        { QStringLiteral("email"), app->email },
        { QStringLiteral("case_numbers"), app->caseNumbers.join(QStringLiteral("; ")) },
    };
    if (json) {
        QJsonObject o;
        for (const auto& [k, v] : fields)
            o.insert(k, v);
        QJsonArray atts;
        for (const AttachmentInfo& a : *attachments)
            atts.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.originalName },
                                      { QStringLiteral("type"), a.mimeType }, { QStringLiteral("size"), a.size },
                                      { QStringLiteral("pages"), a.pageCount }, { QStringLiteral("sha256"), a.sha256 } });
        o.insert(QStringLiteral("attachments"), atts);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto& [k, v] : fields)
        ctx.out << (k + u':').leftJustified(28) << v << '\n';
    for (const AttachmentInfo& a : *attachments)
        ctx.out << "attachment " << a.id << ": " << a.originalName << " (" << a.mimeType << ", " << a.pageCount
                << " pages, " << a.size << " bytes, sha256 " << a.sha256 << ")\n";
    return Ok;
}

int check(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const auto report = IntegrityChecker(db->connection()).run();
    if (!report)
        return ctx.fail(report.error());
    for (const QString& p : report->problems)
        ctx.err << "problem: " << p << '\n';
    ctx.out << "Checked " << QDir::toNativeSeparators(ctx.dbPath) << ": schema version " << report->schemaVersion
            << ", " << report->attachmentsChecked << " attachments, " << report->eventsChecked << " audit events; "
            << (report->problems.isEmpty() ? QStringLiteral("no problems found.")
                                           : QStringLiteral("%1 problem(s) found.").arg(report->problems.size()))
            << '\n';
    return report->problems.isEmpty() ? Ok : ProblemFound;
}

int backup(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return ctx.usage(QStringLiteral("give the file to write the backup to."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    if (Status s = BackupService::backup(db->connection(), args.positional().first()); !s)
        return ctx.fail(s.error());
    ctx.out << "Backup written to " << QDir::toNativeSeparators(args.positional().first()) << " and verified.\n";
    return Ok;
}

int restore(Context& ctx, Args& args)
{
    const bool force = args.flag(QStringLiteral("force"));
    const bool rollBack = args.flag(QStringLiteral("roll-back"));
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return ctx.usage(QStringLiteral("give the backup file to restore."));
    // A backup older than the newest signed checkpoint rolls the audit trail back: say by how much
    // and go on only when asked to in so many words.
    const Result<AuditCheckpoints::RollbackCheck> rollback = QFileInfo::exists(args.positional().first())
        ? AuditCheckpoints::compareBackup(args.positional().first(), ctx.dbPath)
        : Result<AuditCheckpoints::RollbackCheck>(AuditCheckpoints::RollbackCheck {});
    const bool behind = rollback && rollback->newest && (rollback->lacking > 0 || rollback->diverges);
    if (behind) {
        const Checkpoint& c = *rollback->newest;
        const QString when
            = HongKongTime::toHongKong(c.takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QStringLiteral(" HKT");
        if (rollback->lacking > 0)
            ctx.err << "The backup ends at event " << rollback->backupNewestId
                    << ", but the newest checkpoint (taken " << when << " by " << c.supervisor
                    << ") names event " << c.eventId << ": the backup lacks " << rollback->lacking
                    << " events of the audit trail, and restoring it rolls the trail back.\n";
        else
            ctx.err << "The backup holds event " << c.eventId
                    << " with another hash than the newest checkpoint (taken " << when << " by "
                    << c.supervisor << ") names: its trail is not the one that was checkpointed.\n";
        if (!rollBack) {
            ctx.err << "Nothing was restored. Give --roll-back to restore it anyway (the restored trail "
                       "records the "
                       "rollback).\n";
            return ProblemFound;
        }
    }
    const Result<QString> kept = BackupService::restore(args.positional().first(), ctx.dbPath, force);
    if (!kept)
        return ctx.fail(kept.error());
    if (behind) {
        // The restored trail says itself that it was rolled back, and from where.
        Result<Database> restored = Database::open(ctx.dbPath, Database::OpenMode::ExistingOnly);
        const Checkpoint& c = *rollback->newest;
        const Result<qint64> ev = restored
            ? EventLog::append(restored->connection(),
                Event { 0, {}, std::nullopt, QStringLiteral("audit.rolled_back"), QStringLiteral("audit"),
                    std::nullopt,
                    QJsonObject { { QStringLiteral("checkpoint_event_id"), c.eventId },
                        { QStringLiteral("checkpoint_head_hash"), c.headHash },
                        { QStringLiteral("backup_newest_id"), rollback->backupNewestId },
                        { QStringLiteral("events_lacking"), rollback->lacking } } })
            : Result<qint64>(restored.error());
        if (!ev)
            ctx.err << "The rollback could not be recorded in the restored trail: " << ev.message()
                    << '\n';
        else
            ctx.err << "Rolled back: " << rollback->lacking
                    << " events of the audit trail are gone; recorded as event " << *ev << ".\n";
    }
    ctx.out << "Restored " << QDir::toNativeSeparators(args.positional().first()) << " to "
            << QDir::toNativeSeparators(ctx.dbPath) << ".\n";
    if (!kept->isEmpty())
        ctx.out << "The previous database was kept as " << QDir::toNativeSeparators(*kept) << ".\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("init"), QString(), QStringLiteral("create the database (or bring it up to date)"), init }),
    Registration({ QStringLiteral("user add"), QStringLiteral("NAME --role clerk|supervisor|admin [--name \"Full Name\"]"),
                   QStringLiteral("add a staff account; the password is read from standard input"), userAdd }),
    Registration({ QStringLiteral("seed-demo"), QStringLiteral("--count N [--seed S]"),
                   QStringLiteral("add N fictional demo applications"), seedDemo }),
    Registration({ QStringLiteral("list"),
                   QStringLiteral("[--status S] [--channel C] [--search TEXT] [--limit N] [--json]"),
                   QStringLiteral("list applications, newest first"), list }),
    Registration({ QStringLiteral("show"), QStringLiteral("REF [--json]"), QStringLiteral("show one application"), show }),
    Registration({ QStringLiteral("check"), QString(),
                   QStringLiteral("check integrity, attachments' SHA-256 and the audit trail"), check }),
    Registration({ QStringLiteral("backup"), QStringLiteral("DEST"),
                   QStringLiteral("write a verified copy (safe while OrgDesk runs)"), backup }),
    Registration({ QStringLiteral("restore"), QStringLiteral("SRC [--force] [--roll-back]"),
                   QStringLiteral("replace the database with a checked backup"), restore }),
};

} // namespace

} // namespace orgdesk::cli
