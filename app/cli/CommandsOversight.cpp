// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli sample draw / list / show / verify, and timeline: quality sampling of decisions and a
// case's full history from the command line.
#include "ApplicationStore.h"
#include "Cli.h"
#include "UserStore.h"
#include "oversight/CaseTimeline.h"
#include "oversight/QualitySampler.h"

#include <QDate>

namespace orgdesk::cli {

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'g', 6) + u'%';
}

int sampleDraw(Context& ctx, Args& args)
{
    const QString fromText = args.option(QStringLiteral("from")).value_or(QString());
    const QString toText = args.option(QStringLiteral("to")).value_or(QString());
    const std::optional<QString> percentText_ = args.option(QStringLiteral("percent"));
    const std::optional<QString> seedText = args.option(QStringLiteral("seed"));
    const std::optional<QString> as = args.option(QStringLiteral("as"));
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    if (fromText.isEmpty() || toText.isEmpty() || !percentText_ || !as)
        return ctx.usage(QStringLiteral("give --from, --to, --percent and --as."));
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(QStringLiteral("dates are written YYYY-MM-DD."));
    bool ok = false;
    const double percent = percentText_->toDouble(&ok);
    if (!ok)
        return ctx.usage(QStringLiteral("--percent must be a number, e.g. 10 or 2.5."));
    std::optional<quint64> seed;
    if (seedText) {
        const quint64 s = seedText->toULongLong(&ok);
        if (!ok || s > QualitySampler::kMaxSeed)
            return ctx.usage(QStringLiteral("--seed must be a whole number from 0 to %1.").arg(QualitySampler::kMaxSeed));
        seed = s;
    }
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    // Whoever runs the command line on the database file is trusted like an administrator; --as
    // names the supervisor on whose behalf the sample is drawn (recorded as drawn by them).
    const auto user = UserStore(db->connection()).byUsername(*as);
    if (!user)
        return ctx.fail(user.error());
    if (!user->active)
        return ctx.fail(makeError(ErrorCode::PermissionDenied, QStringLiteral("The account %1 is inactive.").arg(*as)));
    const Actor actor { user->id, user->username, user->role };
    const auto drawn = QualitySampler(db->connection()).draw(from, to, percent, actor, seed);
    if (!drawn)
        return ctx.fail(drawn.error());
    ctx.out << "Sample " << drawn->id << ": " << drawn->items.size() << " of " << drawn->population
            << " decisions from " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << " ("
            << percentText(drawn->percent) << "), seed " << QString::number(drawn->seed) << ".\n";
    for (const SampleItem& i : drawn->items)
        ctx.out << i.position << '\t' << i.reference << '\t' << i.outcome << '\t' << i.orgNameEn << '\n';
    return Ok;
}

std::optional<qint64> sampleId(Context& ctx, Args& args, int& rc)
{
    rc = ctx.rejectLeftovers(args, 1);
    if (rc >= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (args.positional().size() != 1 || !ok || id <= 0) {
        rc = ctx.usage(QStringLiteral("give the sample's number."));
        return std::nullopt;
    }
    return id;
}

int sampleList(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
        return rc;
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const auto all = QualitySampler(db->connection()).samples();
    if (!all)
        return ctx.fail(all.error());
    for (const QualitySampler::Summary& s : *all)
        ctx.out << s.id << '\t' << s.periodFrom.toString(Qt::ISODate) << ".." << s.periodTo.toString(Qt::ISODate) << '\t'
                << percentText(s.percent) << '\t' << s.size << " of " << s.population << '\t' << s.reviewed
                << " reviewed\t" << s.drawnByName << '\t' << CaseTimeline::localTime(s.drawnAt) << '\n';
    ctx.err << all->size() << " sample(s).\n";
    return Ok;
}

int sampleShow(Context& ctx, Args& args)
{
    int rc = -1;
    const std::optional<qint64> id = sampleId(ctx, args, rc);
    if (!id)
        return rc;
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const auto s = QualitySampler(db->connection()).sample(*id);
    if (!s)
        return ctx.fail(s.error());
    ctx.out << "Sample " << s->id << ", drawn " << CaseTimeline::localTime(s->drawnAt) << " by " << s->drawnByName << '\n'
            << "Period " << s->periodFrom.toString(Qt::ISODate) << " to " << s->periodTo.toString(Qt::ISODate) << ", "
            << percentText(s->percent) << " of " << s->population << " decisions, seed " << QString::number(s->seed)
            << '\n'
            << s->reviewedCount() << " of " << s->items.size() << " reviewed\n";
    for (const SampleItem& i : s->items) {
        ctx.out << i.position << '\t' << i.reference << '\t' << i.outcome << " by " << i.decidedByName << ' '
                << CaseTimeline::localTime(i.decidedAt) << '\t'
                << (i.reviewed() ? i.verdict + QStringLiteral(" (") + i.reviewedByName + QStringLiteral(")")
                                 : QStringLiteral("not reviewed"));
        if (!i.note.isEmpty())
            ctx.out << '\t' << CaseTimeline::maskIdentityNumbers(i.note);
        ctx.out << '\n';
    }
    return Ok;
}

int sampleVerify(Context& ctx, Args& args)
{
    int rc = -1;
    const std::optional<qint64> id = sampleId(ctx, args, rc);
    if (!id)
        return rc;
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const auto check = QualitySampler(db->connection()).redraw(*id);
    if (!check)
        return ctx.fail(check.error());
    if (check->matches) {
        ctx.out << "Sample " << *id << " is reproduced exactly from its recorded seed (" << check->populationNow
                << " decisions in the period).\n";
        return Ok;
    }
    ctx.err << "orgdesk-cli: sample " << *id << " does not match a fresh draw from its seed.\n";
    if (!check->populationSame)
        ctx.err << "  The decisions in the period changed: " << check->populationRecorded << " when drawn, "
                << check->populationNow << " now.\n";
    if (!check->differingPositions.isEmpty()) {
        QStringList positions;
        for (int p : check->differingPositions)
            positions << QString::number(p);
        ctx.err << "  Positions that differ: " << positions.join(QStringLiteral(", ")) << ".\n";
    }
    return ProblemFound;
}

int timeline(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return ctx.usage(QStringLiteral("give the application's reference, e.g. OA-2026-000123."));
    Result<Database> db = Database::open(ctx.dbPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db)
        return ctx.fail(db.error());
    const auto app = ApplicationStore(db->connection()).getByReference(args.positional().first());
    if (!app)
        return ctx.fail(app.error());
    const auto entries = CaseTimeline::forApplication(db->connection(), app->id);
    if (!entries)
        return ctx.fail(entries.error());
    ctx.out << app->reference << "  " << app->orgNameEn << (app->orgNameZh.isEmpty() ? QString() : QStringLiteral("  ") + app->orgNameZh)
            << "  (times in Hong Kong)\n";
    for (const TimelineEntry& e : *entries) {
        ctx.out << CaseTimeline::localTime(e.at) << '\t'
                << (e.username.isEmpty() ? QStringLiteral("-") : e.username) << '\t' << e.text;
        if (e.letterId)
            ctx.out << "\t[letter " << *e.letterId << ']';
        else if (e.attachmentId)
            ctx.out << "\t[attachment " << *e.attachmentId << (e.page > 0 ? QStringLiteral(", page %1").arg(e.page) : QString())
                    << ']';
        ctx.out << '\n';
    }
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("sample draw"),
                   QStringLiteral("--from YYYY-MM-DD --to YYYY-MM-DD --percent N [--seed S] --as USERNAME"),
                   QStringLiteral("draw a quality sample of the decisions in a period (USERNAME: a supervisor)"),
                   sampleDraw }),
    Registration({ QStringLiteral("sample list"), QString(), QStringLiteral("list quality samples"), sampleList }),
    Registration({ QStringLiteral("sample show"), QStringLiteral("ID"),
                   QStringLiteral("show a quality sample, its cases and their reviews"), sampleShow }),
    Registration({ QStringLiteral("sample verify"), QStringLiteral("ID"),
                   QStringLiteral("redraw a sample from its recorded seed; exit 1 if it differs"), sampleVerify }),
    Registration({ QStringLiteral("timeline"), QStringLiteral("REF"),
                   QStringLiteral("every event of an application in order (Hong Kong time)"), timeline }),
};

} // namespace

} // namespace orgdesk::cli
