// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for documents: rendering a page, importing files into applications.
#include "ApplicationStore.h"
#include "Cli.h"
#include "UserStore.h"
#include "documents/Document.h"
#include "documents/IntakeService.h"
#include "documents/WorkerDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace orgdesk::cli {

namespace {

Result<QByteArray> readInput(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return f.readAll();
}

int render(Context& ctx, Args& args)
{
    const QString pageText = args.option(QStringLiteral("page")).value_or(QStringLiteral("1"));
    const QString dpiText = args.option(QStringLiteral("dpi")).value_or(QStringLiteral("150"));
    const std::optional<QString> out = args.option(QStringLiteral("out"));
    const QString password = args.option(QStringLiteral("password")).value_or(QString());
    const int rotation = args.option(QStringLiteral("rotate")).value_or(QStringLiteral("0")).toInt();
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1 || !out)
        return ctx.usage(QStringLiteral("give the file and --out PNG."));
    bool okPage = false, okDpi = false;
    const int page = pageText.toInt(&okPage);
    const double dpi = dpiText.toDouble(&okDpi);
    if (!okPage || page < 1)
        return ctx.usage(QStringLiteral("--page must be a page number from 1."));
    if (!okDpi || dpi <= 0 || dpi > 1200)
        return ctx.usage(QStringLiteral("--dpi must be between 1 and 1200."));
    if (rotation % 90 != 0)
        return ctx.usage(QStringLiteral("--rotate must be 0, 90, 180 or 270."));
    const QString file = args.positional().first();
    const Result<QByteArray> bytes = readInput(file);
    if (!bytes)
        return ctx.fail(bytes.error());
    // Drawn by the document worker, never in this process: a hostile file ends the command by itself.
    const auto doc = WorkerDocument::open(*bytes, file, password);
    if (!doc)
        return ctx.fail(doc.error());
    if (page > (*doc)->pageCount())
        return ctx.usage(QStringLiteral("%1 has %2 page(s).").arg(QFileInfo(file).fileName()).arg((*doc)->pageCount()));
    RenderRequest request;
    request.page = page - 1;
    request.dpi = dpi;
    request.rotation = ((rotation % 360) + 360) % 360;
    request.timeoutMs = 60000;
    const auto image = (*doc)->render(request);
    if (!image)
        return ctx.fail(image.error());
    if (!image->save(*out, "PNG"))
        return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(QDir::toNativeSeparators(*out))));
    return Ok;
}

void printOutcome(Context& ctx, const IntakeOutcome& o, const QString& reference)
{
    if (o.stored) {
        ctx.out << "stored " << o.name << " as attachment " << o.attachmentId << " of " << reference << " ("
                << o.pageCount << " page(s), sha256 " << o.sha256 << ")\n";
        if (!o.message.isEmpty())
            ctx.err << "note: " << o.message << '\n';
    } else {
        ctx.err << "refused: " << o.message << '\n';
    }
}

int import(Context& ctx, Args& args)
{
    const std::optional<QString> channel = args.option(QStringLiteral("channel"));
    const std::optional<QString> to = args.option(QStringLiteral("to"));
    const std::optional<QString> as = args.option(QStringLiteral("as"));
    if (int rc = ctx.rejectLeftovers(args, 1000); rc >= 0)
        return rc;
    if (args.positional().isEmpty())
        return ctx.usage(QStringLiteral("give at least one file."));
    if (!to && (!channel || !QStringList { QStringLiteral("fax"), QStringLiteral("post"), QStringLiteral("hand") }.contains(*channel)))
        return ctx.usage(QStringLiteral("--channel must be fax, post or hand (or give --to REF)."));
    // A new application names the staff member who received it (the database refuses one without).
    if (!to && !as)
        return ctx.usage(QStringLiteral("give --as NAME: the staff account that received the form."));
    QList<IntakeFile> files;
    for (const QString& path : args.positional()) {
        const Result<QByteArray> bytes = readInput(path);
        if (!bytes)
            return ctx.fail(bytes.error());
        files.append(IntakeFile { path, *bytes });
    }
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    Actor cli { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("clerk") };
    if (as) {
        // Whoever runs the command line on the database file is trusted; --as names the staff
        // member on whose behalf the files are stored (recorded as received or added by them).
        const auto user = UserStore(db->connection()).byUsername(*as);
        if (!user)
            return ctx.fail(user.error());
        if (!user->active)
            return ctx.fail(makeError(ErrorCode::PermissionDenied, QStringLiteral("The account %1 is inactive.").arg(*as)));
        cli = Actor { user->id, user->username, user->role };
    }
    IntakeService intake(db->connection());
    int refused = 0;
    if (to) {
        const auto app = ApplicationStore(db->connection()).getByReference(*to);
        if (!app)
            return ctx.fail(app.error());
        for (const IntakeFile& f : files) {
            const IntakeOutcome o = intake.attach(app->id, f, cli);
            refused += o.stored ? 0 : 1;
            printOutcome(ctx, o, app->reference);
        }
    } else {
        const auto received = intake.receiveWithFiles(Receipt { *channel, {}, {}, {} }, files, cli);
        if (!received)
            return ctx.fail(received.error());
        const QString reference = received->application ? received->application->reference : QString();
        if (received->application)
            ctx.out << "new application " << reference << '\n';
        for (const IntakeOutcome& o : received->files) {
            refused += o.stored ? 0 : 1;
            printOutcome(ctx, o, reference);
        }
        if (!received->application)
            ctx.err << "No file was accepted, so no application was created.\n";
    }
    return refused == 0 ? Ok : ProblemFound;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("render"),
                   QStringLiteral("FILE --out PNG [--page N] [--dpi D] [--rotate DEG] [--password P]"),
                   QStringLiteral("draw one page of a PDF, TIFF or image to PNG (as the viewer does)"), render }),
    Registration({ QStringLiteral("import"), QStringLiteral("FILE... (--channel fax|post|hand --as NAME | --to REF [--as NAME])"),
                   QStringLiteral("store files in a new application, or in application REF"), import }),
};

} // namespace

} // namespace orgdesk::cli
