// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli letter: generate a letter for an application, save it with the case and to a file.
#include "ApplicationStore.h"
#include "Cli.h"
#include "letters/LetterService.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace orgdesk::cli {

namespace {

int letter(Context& ctx, Args& args)
{
    const QString type = args.option(QStringLiteral("type")).value_or(QString());
    const QString lang = args.option(QStringLiteral("lang")).value_or(QStringLiteral("en"));
    const QString out = args.option(QStringLiteral("out")).value_or(QString());
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1 || out.isEmpty())
        return ctx.usage(QStringLiteral("give the reference, --type and --out."));
    // Short names as on the command line.
    const QString kind = type == u"ack" ? QStringLiteral("acknowledgement") : type;
    if (!LetterService::kinds().contains(kind))
        return ctx.usage(QStringLiteral("--type is one of ack, requisition, approval, rejection."));
    if (!LetterService::languages().contains(lang))
        return ctx.usage(QStringLiteral("--lang is en or zh."));
    if (QFile::exists(out))
        return ctx.usage(QStringLiteral("%1 exists already; choose another file name.").arg(QDir::toNativeSeparators(out)));
    Database* db = ctx.database();
    if (!db)
        return ProblemFound;
    const auto app = ApplicationStore(db->connection()).getByReference(args.positional().first().toUpper());
    if (!app)
        return ctx.fail(app.error());
    // Run by whoever has the database file: recorded without a user id, like other CLI changes.
    const Actor cli { 0, QStringLiteral("orgdesk-cli"), QStringLiteral("admin") };
    const auto generated = LetterService(db->connection()).generate(app->id, kind, lang, cli);
    if (!generated)
        return ctx.fail(generated.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(generated->pdf) != generated->pdf.size() || !file.commit()) {
        ctx.err << "The letter is saved with the case but could not be written to " << QDir::toNativeSeparators(out)
                << ": " << file.errorString() << '\n';
        return ProblemFound;
    }
    ctx.out << "Wrote " << QDir::toNativeSeparators(out) << " (" << generated->pdf.size() << " bytes, SHA-256 "
            << generated->sha256 << "); saved with " << app->reference << " as " << generated->fileName << ".\n";
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("letter"), QStringLiteral("REF --type ack|requisition|approval|rejection --lang en|zh --out F.pdf"),
                   QStringLiteral("write a letter to the applicant and save it with the case"), letter }),
};

} // namespace

} // namespace orgdesk::cli
