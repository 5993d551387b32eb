// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli retention plan / retention purge: identity documents and numbers past their retention period.
#include "Cli.h"
#include "RetentionService.h"

namespace orgdesk::cli {

namespace {

// The command line acts as an administrator, like the other administrative commands.
const Actor kCliActor { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("admin") };

void printItems(Context& ctx, const QList<RetentionService::Item>& items, bool withReason)
{
    for (const RetentionService::Item& item : items) {
        ctx.out << "  " << item.reference << "\tattachment " << item.attachmentId << '\t' << item.pageCount
                << " page(s)\t" << item.size << " bytes\tclosed " << item.closedAt.toString(Qt::ISODate);
        if (withReason)
            ctx.out << "\tkept: " << item.heldReason;
        ctx.out << '\n';
    }
}

int purge(Context& ctx, Args& args, bool confirmed)
{
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    RetentionService service(db->connection());
    const Result<RetentionService::Plan> plan = service.plan();
    if (!plan)
        return ctx.fail(plan.error());
    ctx.out << "Retention: identity documents of cases closed more than " << plan->months
            << " month(s) ago (before " << plan->closedBefore.toString(Qt::ISODate) << ").\n";
    ctx.out << plan->due.size() << " attachment(s) due for purging (" << plan->dueBytes << " bytes):\n";
    printItems(ctx, plan->due, false);
    if (!plan->held.isEmpty()) {
        ctx.out << plan->held.size() << " identity document(s) past retention kept, because the file holds more:\n";
        printItems(ctx, plan->held, true);
    }
    ctx.out << plan->idNumbers.size() << " identity number(s) of the Principal Administrator due for purging:\n";
    for (const RetentionService::IdNumberItem& item : plan->idNumbers)
        ctx.out << "  " << item.reference << '\t' << (item.idType == u"passport" ? "passport" : "HKID")
                << " number\tclosed " << item.closedAt.toString(Qt::ISODate) << '\n';
    if (!confirmed) {
        ctx.out << "Dry run: nothing was changed. Run 'retention purge --confirm' to purge.\n";
        return Ok;
    }
    const Result<RetentionService::Outcome> done = service.purge(*plan, kCliActor);
    if (!done)
        return ctx.fail(done.error());
    ctx.out << "Purged " << done->purged << " attachment(s), " << done->bytes << " bytes, and "
            << done->idNumbers << " identity number(s)";
    if (done->skipped > 0)
        ctx.out << "; " << done->skipped << " no longer due were left alone";
    ctx.out << ". Their records and the audit trail remain.\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("retention plan"), QString(),
                   QStringLiteral("list identity documents past retention (changes nothing)"),
                   [](Context& ctx, Args& args) { return purge(ctx, args, false); } }),
    Registration({ QStringLiteral("retention purge"), QStringLiteral("[--confirm]"),
                   QStringLiteral("purge identity documents past retention; without --confirm a dry run"),
                   [](Context& ctx, Args& args) { return purge(ctx, args, args.flag(QStringLiteral("confirm"))); } }),
};

} // namespace

} // namespace orgdesk::cli
