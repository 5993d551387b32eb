// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli report: the supervision report (dashboard figures) as text, CSV or PDF.
#include "Cli.h"
#include "Settings.h"
#include "reports/DashboardService.h"
#include "reports/ReportWriter.h"

#include <QDate>
#include <QDir>

namespace orgdesk::cli {

namespace {

int report(Context& ctx, Args& args)
{
    const std::optional<QString> fromText = args.option(QStringLiteral("from"));
    const std::optional<QString> toText = args.option(QStringLiteral("to"));
    const std::optional<QString> csvPath = args.option(QStringLiteral("csv"));
    const std::optional<QString> pdfPath = args.option(QStringLiteral("pdf"));
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    const QDate today = DashboardService::today();
    const auto [defaultFrom, defaultTo] = DashboardService::lastDays(90, today);
    QDate from = defaultFrom, to = defaultTo;
    if (fromText) {
        from = QDate::fromString(*fromText, Qt::ISODate);
        if (!from.isValid())
            return ctx.usage(QStringLiteral("--from %1 is not a date; dates are written YYYY-MM-DD.").arg(*fromText));
    }
    if (toText) {
        to = QDate::fromString(*toText, Qt::ISODate);
        if (!to.isValid())
            return ctx.usage(QStringLiteral("--to %1 is not a date; dates are written YYYY-MM-DD.").arg(*toText));
    }
    if (Status s = DashboardService::checkPeriod(from, to); !s)
        return ctx.usage(s.message());
    for (const std::optional<QString>& path : { csvPath, pdfPath }) {
        if (path && path->trimmed().isEmpty())
            return ctx.usage(QStringLiteral("give a file name after --csv or --pdf."));
    }

    // Read-only: a report never changes the database (and can be made from a copy or a backup).
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const Result<Dashboard> dashboard = DashboardService(db->connection()).compute(from, to);
    if (!dashboard)
        return ctx.fail(dashboard.error());
    const ReportWriter writer(*dashboard, Settings(db->connection()).letterhead());
    if (!csvPath && !pdfPath) {
        ctx.out << writer.text();
        return Ok;
    }
    if (csvPath) {
        if (Status s = ReportWriter::writeFile(*csvPath, writer.csv()); !s)
            return ctx.fail(s.error());
        ctx.err << "CSV report for " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate)
                << " written to " << QDir::toNativeSeparators(*csvPath) << ".\n";
    }
    if (pdfPath) {
        const Result<QByteArray> pdf = writer.pdf();
        if (!pdf)
            return ctx.fail(pdf.error());
        if (Status s = ReportWriter::writeFile(*pdfPath, *pdf); !s)
            return ctx.fail(s.error());
        ctx.err << "PDF report for " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate)
                << " written to " << QDir::toNativeSeparators(*pdfPath) << ".\n";
    }
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("report"), QStringLiteral("[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv FILE] [--pdf FILE]"),
                   QStringLiteral("supervision report (default: the last 90 days); text, CSV and/or PDF"), report }),
};

} // namespace

} // namespace orgdesk::cli
