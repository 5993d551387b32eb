// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for reading image pages: suggestions for the form from a file, and reading
// the stored attachments whose pages have not been read yet.
#include "Cli.h"
#include "HongKongTime.h"
#include "documents/DocumentWorker.h"
#include "ocr/FormReader.h"
#include "ocr/OcrService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace orgdesk::cli {

namespace {

    int suggest(Context& ctx, Args& args)
    {
        const bool json = args.flag(QStringLiteral("json"));
        if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
            return rc;
        if (args.positional().size() != 1)
            return ctx.usage(QStringLiteral("give one PDF, TIFF or image file."));
        const QString path = args.positional().first();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorCode::NotFound,
                QStringLiteral("%1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), f.errorString())));
        const QByteArray bytes = f.readAll();
        // The form layouts, case prefixes and organization types are reference data of the database.
        Database* db = ctx.database();
        if (!db)
            return ProblemFound;
        const Result<ocr::FormReader> reader
            = ocr::FormReader::fromStore(db->connection(), HongKongTime::today());
        if (!reader)
            return ctx.fail(reader.error());
        ocr::OcrEngine engine;
        const Result<ocr::ReadDocument> read
            = ocr::OcrService::readDocument(bytes, QFileInfo(path).fileName(), engine, DocumentWorker());
        if (!read)
            return ctx.fail(read.error());
        const ocr::FormReading reading = reader->read(*read, engine);
        if (json) {
            ctx.out << QString::fromUtf8(QJsonDocument(reading.toJson()).toJson(QJsonDocument::Indented));
            return Ok;
        }
        if (reading.formVersion.isEmpty()) {
            ctx.err << "No known application form was found in " << QFileInfo(path).fileName() << ".\n";
            return ProblemFound;
        }
        ctx.out << "form: " << reading.formVersion << '\n';
        for (const QString& key : ocr::suggestionKeys()) {
            const ocr::Suggestion* s = reading.find(key);
            ctx.out << qSetFieldWidth(11) << Qt::left << key << qSetFieldWidth(0);
            if (!s) {
                ctx.out << "(not found)\n";
                continue;
            }
            ctx.out << s->value << "  [" << QString::number(s->confidence, 'f', 2)
                    << (s->confident ? QStringLiteral(", good") : QStringLiteral(", check")) << ", page "
                    << s->page << "]\n";
        }
        return Ok;
    }

    int ocrRead(Context& ctx, Args& args)
    {
        const int limit = args.option(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
        if (int rc = ctx.rejectLeftovers(args, 0); rc >= 0)
            return rc;
        if (limit < 1)
            return ctx.usage(QStringLiteral("--limit must be 1 or more."));
        Database* db = ctx.database();
        if (!db)
            return ProblemFound;
        ocr::OcrEngine engine;
        const Result<int> done = ocr::OcrService(db->connection()).readUnread(engine, limit);
        if (!done)
            return ctx.fail(done.error());
        ctx.out << "read the pages of " << *done << " attachment(s)\n";
        return Ok;
    }

    const Registration kCommands[] = {
        Registration({ QStringLiteral("suggest"), QStringLiteral("FILE [--json]"),
            QStringLiteral("read an application form from a fax, scan or PDF and print the suggested fields"),
            suggest }),
        Registration({ QStringLiteral("ocr read"), QStringLiteral("[--limit N]"),
            QStringLiteral(
                "read the image pages of stored attachments not read yet (for search and suggestions)"),
            ocrRead }),
    };

} // namespace

} // namespace orgdesk::cli
