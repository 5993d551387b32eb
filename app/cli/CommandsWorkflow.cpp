// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for the workflow: settings, the holiday calendar, overdue cases, case history.
#include "ApplicationStore.h"
#include "Cli.h"
#include "Settings.h"
#include "UserService.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/HolidayImport.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace orgdesk::cli {

namespace {

// Whoever can run the command line on the database file is trusted like an administrator.
const Actor kCliActor { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("admin") };

int checkArgs(Context& ctx, Args& args, int positional)
{
    if (int rc = ctx.rejectLeftovers(args, positional); rc >= 0)
        return rc;
    if (args.positional().size() != positional)
        return ctx.usage(QStringLiteral("expected %1 argument(s).").arg(positional));
    return -1;
}

int settingsList(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 0); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    for (const Settings::Entry& e : Settings(db->connection()).entries())
        ctx.out << e.key << '\t' << e.value << '\t' << e.description << '\n';
    return Ok;
}

int settingsSet(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 2); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const QStringList p = args.positional();
    if (Status s = Settings(db->connection()).setByKey(p[0], p[1], kCliActor); !s)
        return ctx.fail(s.error());
    ctx.out << "Set " << p[0] << ".\n";
    return Ok;
}

int holidayAdd(Context& ctx, Args& args)
{
    const QString nameEn = args.option(QStringLiteral("name")).value_or(QString());
    const QString nameZh = args.option(QStringLiteral("name-zh")).value_or(QString());
    if (int rc = checkArgs(ctx, args, 1); rc >= 0)
        return rc;
    const QDate day = QDate::fromString(args.positional().first(), Qt::ISODate);
    if (!day.isValid())
        return ctx.usage(QStringLiteral("give the date as YYYY-MM-DD."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    if (Status s = BusinessCalendar::addHoliday(db->connection(), day, nameEn, nameZh, kCliActor); !s)
        return ctx.fail(s.error());
    ctx.out << "Added " << day.toString(Qt::ISODate) << " to the holiday calendar.\n";
    return Ok;
}

int holidayRemove(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 1); rc >= 0)
        return rc;
    const QDate day = QDate::fromString(args.positional().first(), Qt::ISODate);
    if (!day.isValid())
        return ctx.usage(QStringLiteral("give the date as YYYY-MM-DD."));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    if (Status s = BusinessCalendar::removeHoliday(db->connection(), day, kCliActor); !s)
        return ctx.fail(s.error());
    ctx.out << "Removed " << day.toString(Qt::ISODate) << " from the holiday calendar.\n";
    return Ok;
}

// The Government's list of general holidays as an iCalendar file: shows what it adds and renames,
// then saves it unless --dry-run.
int holidaysImport(Context& ctx, Args& args)
{
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    if (int rc = checkArgs(ctx, args, 1); rc >= 0)
        return rc;
    const QString path = args.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2")
                                                     .arg(QDir::toNativeSeparators(path), file.errorString())));
    const QByteArray ics = file.readAll();
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto plan = dryRun ? HolidayImport::preview(db->connection(), ics)
                             : HolidayImport::apply(db->connection(), ics, QFileInfo(path).fileName(), kCliActor);
    if (!plan)
        return ctx.fail(plan.error());
    QStringList years;
    for (int y : plan->years)
        years << QString::number(y);
    ctx.out << "Holidays listed for " << years.join(QStringLiteral(", ")) << ".\n";
    ctx.out << "To add (" << plan->toAdd.size() << "):\n";
    for (const HolidayEntry& e : plan->toAdd)
        ctx.out << "  " << e.day.toString(Qt::ISODate) << '\t' << e.nameEn << '\n';
    ctx.out << "Named differently in the calendar (" << plan->differing.size() << "):\n";
    for (const HolidayImportPlan::Change& c : plan->differing)
        ctx.out << "  " << c.day.toString(Qt::ISODate) << '\t' << c.currentName << " -> " << c.newName << '\n';
    ctx.out << "Already in the calendar: " << plan->unchanged << ".\n";
    if (dryRun)
        ctx.out << "Dry run: nothing was saved.\n";
    else
        ctx.out << "Saved: " << plan->toAdd.size() << " added, " << plan->differing.size() << " renamed.\n";
    return Ok;
}

int overdue(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 0); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto levels = ServiceLevels::load(db->connection());
    if (!levels)
        return ctx.fail(levels.error());
    const auto late = levels->overdue();
    if (!late)
        return ctx.fail(late.error());
    for (const OverdueCase& c : *late)
        ctx.out << c.reference << '\t' << c.due.toString(Qt::ISODate) << (c.provisional ? " (provisional)" : "") << '\t'
                << c.businessDaysOverdue << '\t' << c.status << '\t' << c.orgNameEn << '\n';
    ctx.err << late->size() << " overdue (target " << levels->targetBusinessDays() << " business days).\n";
    return Ok;
}

int history(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 1); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto app = ApplicationStore(db->connection()).getByReference(args.positional().first().toUpper());
    if (!app)
        return ctx.fail(app.error());
    const auto moves = WorkflowService(db->connection()).history(app->id);
    if (!moves)
        return ctx.fail(moves.error());
    for (const TransitionRecord& t : *moves)
        ctx.out << t.at.toString(Qt::ISODate) << '\t' << t.from << " -> " << t.to << '\t' << t.actorName << '\t'
                << t.reasonCodes.join(u',') << '\t' << t.note << '\n';
    const auto level = ServiceLevels::load(db->connection());
    if (level) {
        const auto sl = level->forApplication(app->id);
        if (sl && sl->applies)
            ctx.out << (sl->paused ? QStringLiteral("Service clock paused (awaiting the applicant).")
                                   : QStringLiteral("Due %1%2%3.")
                                         .arg(sl->due.toString(Qt::ISODate),
                                              sl->provisional ? QStringLiteral(" (provisional: a year's public "
                                                                               "holidays are not entered)")
                                                              : QString(),
                                              sl->overdue ? QStringLiteral(", overdue") : QString()))
                    << '\n';
    }
    return Ok;
}

int userList(Context& ctx, Args& args)
{
    if (int rc = checkArgs(ctx, args, 0); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto users = UserService(db->connection()).users();
    if (!users)
        return ctx.fail(users.error());
    // Never the password hash.
    for (const UserRecord& u : *users)
        ctx.out << u.username << '\t' << u.role << '\t' << (u.active ? "active" : "inactive") << '\t'
                << (u.lockedUntil.isValid() ? u.lockedUntil.toString(Qt::ISODate) : QString()) << '\t'
                << u.displayName << '\n';
    return Ok;
}

int userChange(Context& ctx, Args& args, const QString& what)
{
    if (int rc = checkArgs(ctx, args, 1); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    UserService users(db->connection());
    const auto user = UserStore(db->connection()).byUsername(args.positional().first());
    if (!user)
        return ctx.fail(user.error());
    const Status s = what == u"unlock" ? users.unlock(user->id, kCliActor)
                                       : users.setActive(user->id, what == u"reactivate", kCliActor);
    if (!s)
        return ctx.fail(s.error());
    ctx.out << "Done: " << what << ' ' << user->username << ".\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("user list"), QString(), QStringLiteral("list staff accounts"), userList }),
    Registration({ QStringLiteral("user deactivate"), QStringLiteral("NAME"),
                   QStringLiteral("deactivate a staff account (its history stays)"),
                   [](Context& c, Args& a) { return userChange(c, a, QStringLiteral("deactivate")); } }),
    Registration({ QStringLiteral("user reactivate"), QStringLiteral("NAME"), QStringLiteral("reactivate a staff account"),
                   [](Context& c, Args& a) { return userChange(c, a, QStringLiteral("reactivate")); } }),
    Registration({ QStringLiteral("user unlock"), QStringLiteral("NAME"),
                   QStringLiteral("lift the lock after too many wrong passwords"),
                   [](Context& c, Args& a) { return userChange(c, a, QStringLiteral("unlock")); } }),
    Registration({ QStringLiteral("settings"), QString(), QStringLiteral("list the desk's settings"), settingsList }),
    Registration({ QStringLiteral("settings set"), QStringLiteral("KEY VALUE"), QStringLiteral("change a setting"),
                   settingsSet }),
    Registration({ QStringLiteral("holiday add"), QStringLiteral("YYYY-MM-DD --name \"Name\" [--name-zh 名稱]"),
                   QStringLiteral("add a public holiday to the calendar"), holidayAdd }),
    Registration({ QStringLiteral("holiday remove"), QStringLiteral("YYYY-MM-DD"),
                   QStringLiteral("remove a public holiday from the calendar"), holidayRemove }),
    Registration({ QStringLiteral("holidays import"), QStringLiteral("FILE.ics [--dry-run]"),
                   QStringLiteral("import the Government's list of general holidays (iCalendar); shows the changes"),
                   holidaysImport }),
    Registration({ QStringLiteral("overdue"), QString(), QStringLiteral("list open applications past their due date"),
                   overdue }),
    Registration({ QStringLiteral("history"), QStringLiteral("REF"),
                   QStringLiteral("show an application's workflow moves and due date"), history }),
};

} // namespace

} // namespace orgdesk::cli
