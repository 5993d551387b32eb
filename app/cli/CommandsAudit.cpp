// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli audit verify / audit export: the audit trail from the command line.
#include "Cli.h"
#include "Csv.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "SqlUtil.h"
#include "validation/Hkid.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace orgdesk::cli {

namespace {

int verify(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0, checked = 0;
    const auto result = EventLog::verify(db->connection(), [&](qint64 done, qint64 total) {
        checked = done;
        if (timer.elapsed() - lastReport > 1000) {
            lastReport = timer.elapsed();
            ctx.err << "  " << done << " of " << total << " events...\n";
            ctx.err.flush();
        }
        return true;
    });
    if (!result)
        return ctx.fail(result.error());
    if (result->has_value()) {
        ctx.err << "orgdesk-cli: the audit trail is broken at event " << (*result)->eventId << ": "
                << (*result)->message << ".\n";
        return ProblemFound;
    }
    const Result<EventLog::Head> head = EventLog::newest(db->connection());
    const QString headHash = head ? head->hash : QString();
    ctx.out << "The audit trail is intact: " << checked << " events verified in "
            << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s.\n";
    if (!headHash.isEmpty())
        ctx.out << "Newest event hash (keep it to prove the trail later): " << headHash << '\n';
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
            return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2")
                                                         .arg(QDir::toNativeSeparators(*outPath), file.errorString())));
        fileStream.setDevice(&file);
        out = &fileStream;
    }
    // Events never hold passwords, hashes of passwords or identity numbers in clear; users are named.
    // Free text in events written before notes were masked on entry may still hold an HKID-shaped
    // string: the details are masked on the way out too.
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    const Status s = execPrepared(
        q,
        QStringLiteral("SELECT e.id, e.at, coalesce(u.username, ''), e.action, e.subject_type, e.subject_id, e.details, "
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
            fields << csvField(i == 6 ? validation::maskHkidsInText(q.value(i).toString()) : q.value(i).toString());
        *out << fields.join(u',') << "\r\n";
        ++rows;
    }
    out->flush();
    if (outPath)
        ctx.err << rows << " events written to " << QDir::toNativeSeparators(*outPath) << ".\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("audit verify"), QString(),
                   QStringLiteral("check the audit trail's hash chain; names the first bad event"), verify }),
    Registration({ QStringLiteral("audit export"), QStringLiteral("--csv [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]"),
                   QStringLiteral("write the audit trail as CSV"), exportCsv }),
};

} // namespace

} // namespace orgdesk::cli
