// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for a shared PostgreSQL store: setting it up, and moving a desk onto it.
#include "Cli.h"
#include "EventLog.h"
#include "StoreCopier.h"
#include "UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace orgdesk::cli {

namespace {

// The newest event's id and hash as `audit verify` finds them, or the problem.
QString verifiedHead(const QSqlDatabase& db, bool& intact)
{
    intact = false;
    const auto problem = EventLog::verify(db);
    if (!problem)
        return problem.message();
    if (*problem)
        return QStringLiteral("NOT intact: %1").arg((*problem)->message);
    const Result<EventLog::Head> head = EventLog::newest(db);
    if (!head)
        return QStringLiteral("cannot read the newest event");
    intact = true;
    if (head->id == 0)
        return QStringLiteral("no events");
    return QStringLiteral("event %1, hash %2").arg(head->id).arg(head->hash);
}

int serverInit(Context& ctx, Args& args)
{
    const std::optional<QString> admin = args.option(QStringLiteral("admin"));
    const QString display = args.option(QStringLiteral("name")).value_or(QString());
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    if (!admin)
        return ctx.usage(QStringLiteral("name the first administrator with --admin NAME."));
    if (!isServerLocation(ctx.dbPath))
        return ctx.usage(QStringLiteral("--db must name a PostgreSQL database (postgresql://… or service=…)."));
    Database* db = ctx.database(true);
    if (!db)
        return ProblemFound;
    UserService users(db->connection());
    const Result<qint64> count = users.userCount();
    if (!count)
        return ctx.fail(count.error());
    if (*count > 0) {
        ctx.out << "The server's database is set up already (schema version " << db->schemaVersion() << ", " << *count
                << " staff accounts); nothing was changed.\n";
        return Ok;
    }
    const QString password = ctx.readSecret(QStringLiteral("Password for %1: ").arg(*admin));
    const Result<qint64> id = users.addUser(*admin, display, QStringLiteral("admin"), password, std::nullopt);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << "Server database ready (schema version " << db->schemaVersion() << "); the administrator " << *admin
            << " can sign in and add staff.\n";
    return Ok;
}

int storeCopy(Context& ctx, Args& args)
{
    const std::optional<QString> from = args.option(QStringLiteral("from"));
    const std::optional<QString> to = args.option(QStringLiteral("to"));
    const QString admin = args.option(QStringLiteral("admin")).value_or(QString());
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    if (!from || !to)
        return ctx.usage(QStringLiteral("give --from PATH.sqlite and --to URI."));
    if (isServerLocation(*from) || !isServerLocation(*to))
        return ctx.usage(QStringLiteral("copy from an SQLite file (--from) to a PostgreSQL database (--to)."));
    Result<Database> source = Database::open(*from, Database::OpenMode::ReadOnlyNoMigrate);
    if (!source)
        return ctx.fail(source.error());
    if (source->schemaVersion() != Database::latestSchemaVersion())
        return ctx.fail(makeError(ErrorCode::InvalidInput,
                                  QStringLiteral("%1 is at schema version %2; open it once with this OrgDesk "
                                                 "(orgdesk-cli --db %1 init) to bring it to version %3 first.")
                                      .arg(QDir::toNativeSeparators(*from))
                                      .arg(source->schemaVersion())
                                      .arg(Database::latestSchemaVersion())));
    Result<Database> target = Database::open(*to, Database::OpenMode::CreateOrMigrate);
    if (!target)
        return ctx.fail(target.error());
    const QString password = admin.isEmpty() ? QString()
                                             : ctx.readSecret(QStringLiteral("New password for %1: ").arg(admin));
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const auto copied = StoreCopier(source->connection(), target->connection())
                            .copy(admin, password, [&](const QString& table, qint64 rows) {
                                if (timer.elapsed() - lastReport > 2000) {
                                    lastReport = timer.elapsed();
                                    ctx.err << "  " << rows << " rows copied (" << table << ")...\n";
                                    ctx.err.flush();
                                }
                                return true;
                            });
    if (!copied)
        return ctx.fail(copied.error());
    ctx.out << "Copied " << copied->applications << " applications, " << copied->staff << " staff accounts and "
            << copied->events << " audit events (" << copied->rows << " rows) in "
            << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s.\n";
    bool sourceOk = false, targetOk = false;
    const QString sourceHead = verifiedHead(source->connection(), sourceOk);
    const QString targetHead = verifiedHead(target->connection(), targetOk);
    ctx.out << "Desk audit head:   " << sourceHead << '\n' << "Server audit head: " << targetHead << '\n';
    if (!sourceOk || !targetOk || sourceHead != targetHead) {
        ctx.err << "orgdesk-cli: the two audit trails do not end alike; do not use the server's copy.\n";
        return ProblemFound;
    }
    ctx.out << "The heads are equal. Staff sign in once an administrator has set their password"
            << (admin.isEmpty() ? QString() : QStringLiteral(" (%1 can sign in now)").arg(admin)) << ".\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("server init"), QStringLiteral("--admin NAME [--name \"Full Name\"]"),
                   QStringLiteral("set up an empty PostgreSQL database (--db URI) and its first administrator; the "
                                  "password is read from standard input"),
                   serverInit }),
    Registration({ QStringLiteral("store copy"), QStringLiteral("--from PATH.sqlite --to URI [--admin NAME]"),
                   QStringLiteral("copy a desk's SQLite store into an empty PostgreSQL database; --admin's new "
                                  "password is read from standard input"),
                   storeCopy }),
};

} // namespace

} // namespace orgdesk::cli
