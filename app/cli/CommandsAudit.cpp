// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli audit verify / checkpoint / checkpoints / export: the audit trail from the command line.
#include "Cli.h"
#include "Csv.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "UserStore.h"
#include "audit/AuditCheckpoints.h"
#include "audit/CheckpointReceipt.h"
#include "validation/Hkid.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <memory>

namespace orgdesk::cli {

namespace {

    // Progress on stderr about once a second, for long verifications.
    std::function<bool(qint64, qint64)> progressPrinter(Context& ctx, QElapsedTimer& timer)
    {
        auto lastReport = std::make_shared<qint64>(0);
        return [&ctx, &timer, lastReport](qint64 done, qint64 total) {
            if (timer.elapsed() - *lastReport > 1000) {
                *lastReport = timer.elapsed();
                ctx.err << "  " << done << " of " << total << " events...\n";
                ctx.err.flush();
            }
            return true;
        };
    }

    // Keeps the verified point for the next incremental verify, on a writable connection of its own
    // (the check itself reads the database as it is, never migrating it). Quietly skipped where the
    // store cannot take it (an older schema, a read-only file or role).
    void keepVerifiedPoint(Context& ctx, const QString& kind, const AuditCheckpoints::Outcome& o)
    {
        if (o.problem || o.newestId <= 0)
            return;
        Result<Database> reader = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
        if (!reader || reader->schemaVersion() != Database::latestSchemaVersion())
            return;
        Result<Database> writer = Database::open(ctx.dbPath, Database::OpenMode::ExistingOnly);
        if (!writer)
            return;
        (void)AuditCheckpoints(writer->connection()).recordVerified(kind, o.newestId, o.newestHash);
    }

    int verify(Context& ctx, Args& args)
    {
        const std::optional<QString> against = args.option(QStringLiteral("against"));
        const bool incremental = args.flag(QStringLiteral("incremental"));
        if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
            return rc;
        std::optional<Checkpoint> checkpoint;
        if (against) {
            QFile file(*against);
            if (!file.open(QIODevice::ReadOnly))
                return ctx.fail(makeError(ErrorCode::Io,
                    QStringLiteral("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(*against), file.errorString())));
            Result<Checkpoint> read = Checkpoint::fromFile(file.read(1 << 20));
            if (!read)
                return ctx.fail(read.error());
            checkpoint = *read;
        }
        Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
        if (!db)
            return ctx.fail(db.error());
        QElapsedTimer timer;
        timer.start();
        AuditCheckpoints checkpoints(db->connection());
        const auto progress = progressPrinter(ctx, timer);
        const Result<AuditCheckpoints::Outcome> result = checkpoint
            ? checkpoints.verifyAgainst(*checkpoint, incremental, progress)
            : incremental ? checkpoints.verifyIncremental(progress)
                          : checkpoints.verifyFull(progress);
        if (!result)
            return ctx.fail(result.error());
        const double seconds = timer.elapsed() / 1000.0;
        if (result->problem) {
            if (checkpoint)
                ctx.err << "orgdesk-cli: the audit trail does not extend the checkpoint "
                        << QDir::toNativeSeparators(*against) << ": " << result->problem->message << ".\n";
            else
                ctx.err << "orgdesk-cli: the audit trail is broken at event " << result->problem->eventId
                        << ": " << result->problem->message << ".\n";
            return ProblemFound;
        }
        if (checkpoint) {
            ctx.out
                << "The audit trail extends the checkpoint of event " << checkpoint->eventId << " taken "
                << HongKongTime::toHongKong(checkpoint->takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                << " HKT by " << checkpoint->supervisor << " (signature valid, same database";
            ctx.out << "): " << result->checked << " events verified from event " << result->fromId << " in "
                    << QString::number(seconds, 'f', 3) << " s.\n";
            if (incremental)
                ctx.out << "Events before event " << checkpoint->eventId
                        << " were not hashed again; a full verify (without --incremental) does that.\n";
            keepVerifiedPoint(ctx, QStringLiteral("checkpoint"), *result);
        } else {
            ctx.out << "The audit trail is intact: " << result->checked << " events verified";
            if (incremental && result->fromId > 1)
                ctx.out << " from event " << result->fromId << " (the newest verified point)";
            ctx.out << " in " << QString::number(seconds, 'f', 3) << " s.\n";
            keepVerifiedPoint(
                ctx, incremental ? QStringLiteral("incremental") : QStringLiteral("full"), *result);
        }
        if (!result->newestHash.isEmpty())
            ctx.out << "Newest event " << result->newestId << ", hash: " << result->newestHash << '\n';
        const Result<bool> due = checkpoints.checkpointDue();
        if (due && *due)
            ctx.err << "A signed checkpoint is due: a supervisor takes one with "
                       "orgdesk-cli audit checkpoint --out FILE --as NAME.\n";
        return Ok;
    }

    int checkpoint(Context& ctx, Args& args)
    {
        const std::optional<QString> outPath = args.option(QStringLiteral("out"));
        const std::optional<QString> as = args.option(QStringLiteral("as"));
        const std::optional<QString> receipt = args.option(QStringLiteral("receipt"));
        if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
            return rc;
        if (!outPath || !as)
            return ctx.usage(QStringLiteral("give --out FILE and --as SUPERVISOR."));
        if (QFileInfo::exists(*outPath) || (receipt && QFileInfo::exists(*receipt)))
            return ctx.fail(makeError(ErrorCode::Conflict,
                QStringLiteral("%1 exists already; a checkpoint never overwrites a file.")
                    .arg(QDir::toNativeSeparators(QFileInfo::exists(*outPath) ? *outPath : *receipt))));
        Database* db = ctx.database();
        if (!db)
            return ProblemFound;
        const auto user = UserStore(db->connection()).byUsername(*as);
        if (!user)
            return ctx.fail(user.error());
        if (!user->active)
            return ctx.fail(makeError(
                ErrorCode::PermissionDenied, QStringLiteral("The account %1 is inactive.").arg(*as)));
        const QString secret = ctx.readSecret(QStringLiteral("Signing secret of %1: ").arg(*as));
        const Actor actor { user->id, user->username, user->role };
        const Result<Checkpoint> taken = AuditCheckpoints(db->connection()).take(actor, secret);
        if (!taken)
            return ctx.fail(taken.error());
        QSaveFile file(*outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(taken->toFile()) < 0 || !file.commit())
            return ctx.fail(makeError(ErrorCode::Io,
                QStringLiteral("The checkpoint was recorded in the database but %1 could "
                               "not be written: %2. Take another one.")
                    .arg(QDir::toNativeSeparators(*outPath), file.errorString())));
        ctx.out << "Checkpoint of event " << taken->eventId << " (" << taken->eventCount << " events), hash "
                << taken->headHash << ", taken "
                << HongKongTime::toHongKong(taken->takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                << " HKT by " << taken->supervisor << ", written to " << QDir::toNativeSeparators(*outPath)
                << ".\n";
        if (receipt) {
            const Result<QByteArray> pdf = CheckpointReceipt::pdf(*taken);
            if (!pdf)
                return ctx.fail(pdf.error());
            QSaveFile out(*receipt);
            if (!out.open(QIODevice::WriteOnly) || out.write(*pdf) < 0 || !out.commit())
                return ctx.fail(makeError(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(*receipt), out.errorString())));
            ctx.out << "Receipt (print it for the paper file): " << QDir::toNativeSeparators(*receipt)
                    << ".\n";
        }
        ctx.out << "Keep the file where the desk cannot write (a USB stick in the safe, the paper file).\n";
        return Ok;
    }

    int checkpoints(Context& ctx, Args& args)
    {
        if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
            return rc;
        Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
        if (!db)
            return ctx.fail(db.error());
        AuditCheckpoints service(db->connection());
        const auto all = service.list();
        if (!all)
            return ctx.fail(all.error());
        ctx.out << "id\ttaken (HKT)\tsupervisor\tevent\thead hash\tkey\n";
        for (const AuditCheckpoints::Listed& l : *all)
            ctx.out << l.id << '\t'
                    << HongKongTime::toHongKong(l.checkpoint.takenAt)
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    << '\t' << l.checkpoint.supervisor << '\t' << l.checkpoint.eventId << '\t'
                    << l.checkpoint.headHash << '\t' << l.checkpoint.keyFingerprint() << '\n';
        const Result<bool> due = service.checkpointDue();
        if (due)
            ctx.err << all->size() << " checkpoints; a new one is every "
                    << Settings(db->connection()).auditCheckpointDays()
                    << " days (setting audit.checkpoint_days): "
                    << (*due ? "one is due now." : "none is due yet.") << '\n';
        return Ok;
    }

    int exportCsv(Context& ctx, Args& args)
    {
        const bool csv = args.flag(QStringLiteral("csv"));
        const QString fromText = args.option(QStringLiteral("from")).value_or(QString());
        const QString toText = args.option(QStringLiteral("to")).value_or(QString());
        const std::optional<QString> outPath = args.option(QStringLiteral("out"));
        if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
            return rc;
        if (!csv)
            return ctx.usage(QStringLiteral("give --csv (the only export format)."));
        const QDate from = fromText.isEmpty() ? QDate() : QDate::fromString(fromText, Qt::ISODate);
        const QDate to = toText.isEmpty() ? QDate() : QDate::fromString(toText, Qt::ISODate);
        if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid()))
            return ctx.usage(QStringLiteral("dates are written YYYY-MM-DD."));
        Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
        if (!db)
            return ctx.fail(db.error());
        QFile file;
        QTextStream* out = &ctx.out;
        QTextStream fileStream;
        if (outPath) {
            file.setFileName(*outPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return ctx.fail(makeError(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(*outPath), file.errorString())));
            fileStream.setDevice(&file);
            out = &fileStream;
        }
        // Events never hold passwords, hashes of passwords or identity numbers in clear; users are named.
        // Free text in events written before notes were masked on entry may still hold an HKID-shaped
        // string: the details are masked on the way out too.
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        const Status s = execPrepared(q,
            QStringLiteral("SELECT e.id, e.at, coalesce(u.username, ''), e.action, e.subject_type, "
                           "e.subject_id, e.details, "
                           "e.hash FROM events e LEFT JOIN users u ON u.id = e.user_id "
                           "WHERE e.at >= ? AND e.at < ? ORDER BY e.id"),
            { from.isValid() ? isoUtc(HongKongTime::startOfDay(from)) : QStringLiteral("0000"),
                to.isValid() ? isoUtc(HongKongTime::startOfDay(to.addDays(1))) : QStringLiteral("9999") });
        if (!s)
            return ctx.fail(s.error());
        *out << "id,at_utc,user,action,subject_type,subject_id,details,hash\r\n";
        qint64 rows = 0;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i)
                fields << csvField(
                    i == 6 ? validation::maskHkidsInText(q.value(i).toString()) : q.value(i).toString());
            *out << fields.join(u',') << "\r\n";
            ++rows;
        }
        out->flush();
        if (outPath)
            ctx.err << rows << " events written to " << QDir::toNativeSeparators(*outPath) << ".\n";
        return Ok;
    }

    const Registration kCommands[] = {
        Registration({ QStringLiteral("audit verify"),
            QStringLiteral("[--against CHECKPOINT] [--incremental]"),
            QStringLiteral("check the audit trail's hash chain (and that it extends a signed checkpoint); "
                           "names the first bad event"),
            verify }),
        Registration({ QStringLiteral("audit checkpoint"),
            QStringLiteral("--out FILE --as SUPERVISOR [--receipt PDF]"),
            QStringLiteral(
                "write a checkpoint of the trail signed by the supervisor (secret on standard input)"),
            checkpoint }),
        Registration({ QStringLiteral("audit checkpoints"), QString(),
            QStringLiteral("list the checkpoints taken, and whether a new one is due"), checkpoints }),
        Registration({ QStringLiteral("audit export"),
            QStringLiteral("--csv [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]"),
            QStringLiteral("write the audit trail as CSV"), exportCsv }),
    };

} // namespace

} // namespace orgdesk::cli
