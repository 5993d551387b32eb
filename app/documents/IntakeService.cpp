// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeService.h"

#include "ApplicationStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "Settings.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace orgdesk {

DocumentWorker IntakeService::documentWorker() const
{
    DocumentWorker::Limits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    return DocumentWorker(limits, m_cancel);
}

IntakeOutcome IntakeService::inspect(const IntakeFile& file) const
{
    IntakeOutcome out;
    out.name = QFileInfo(file.name).fileName();
    if (file.bytes.size() > m_maxFileBytes) {
        out.message = tr("%1 is %2, more than the %3 allowed for one file.")
                          .arg(out.name, QLocale().formattedDataSize(file.bytes.size()),
                               QLocale().formattedDataSize(m_maxFileBytes));
        return out;
    }
    // Sniffing, opening, counting and text happen in the worker process, never here. Text for
    // search is bounded so that a huge bundle cannot hold up intake.
    constexpr int kMaxTextPages = 500;
    constexpr qsizetype kMaxTextChars = 2'000'000;
    const Result<DocumentWorker::Facts> facts =
        documentWorker().inspect(file.bytes, out.name, kMaxTextPages, kMaxTextChars);
    if (!facts) {
        out.cancelled = facts.error().code == ErrorCode::Cancelled;
        out.message = out.cancelled ? tr("%1 was not stored: cancelled.").arg(out.name) : facts.message();
        return out;
    }
    out.mimeType = facts->mimeType;
    out.pageCount = facts->pageCount;
    out.needsPassword = facts->needsPassword; // accepted; pages are counted when opened with the password
    out.text = facts->text;
    out.sha256 = AttachmentStore::sha256Hex(file.bytes);
    const auto copies = AttachmentStore(m_db).findBySha256(out.sha256);
    if (copies) {
        for (const auto& [info, reference] : *copies)
            out.alreadyStored.append(StoredCopy { reference, info.id, info.originalName });
    }
    return out;
}

IntakeOutcome IntakeService::attach(qint64 applicationId, const IntakeFile& file, const Actor& actor,
                                    Duplicates duplicates)
{
    IntakeOutcome out = inspect(file);
    if (out.sha256.isEmpty())
        return out; // refused: the message says why
    if (cancelled()) {
        out.cancelled = true;
        out.message = tr("%1 was not stored: cancelled.").arg(out.name);
        return out;
    }
    if (!out.alreadyStored.isEmpty() && duplicates == Duplicates::SkipStored) {
        const StoredCopy& first = out.alreadyStored.first();
        out.message = tr("%1 is already stored as attachment %2 of %3; it was not stored again.")
                          .arg(out.name)
                          .arg(first.attachmentId)
                          .arg(first.reference);
        return out;
    }

    Transaction tx(m_db);
    if (!tx.active()) {
        out.message = tx.error().message;
        return out;
    }
    const Result<ApplicationRecord> app = ApplicationStore(m_db).get(applicationId);
    if (!app) {
        out.message = app.message();
        return out;
    }
    if (Status s = store(applicationId, app->reference, file, out, actor); !s) {
        out.message = tr("%1 could not be stored: %2").arg(out.name, s.message());
        return out;
    }
    if (Status s = tx.commit(); !s) {
        out.attachmentId = 0;
        out.message = tr("%1 could not be stored: %2").arg(out.name, s.message());
        return out;
    }
    out.stored = true;
    if (out.needsPassword)
        out.message = tr("%1 is protected by a password; it was stored and the password will be asked for when "
                         "it is opened (passwords are never stored).")
                          .arg(out.name);
    else if (!out.alreadyStored.isEmpty())
        out.message = tr("%1 was stored; the same file is also attachment %2 of %3.")
                          .arg(out.name)
                          .arg(out.alreadyStored.first().attachmentId)
                          .arg(out.alreadyStored.first().reference);
    return out;
}

Status IntakeService::store(qint64 applicationId, const QString& reference, const IntakeFile& file,
                            IntakeOutcome& out, const Actor& actor)
{
    AttachmentInfo info;
    info.applicationId = applicationId;
    info.originalName = out.name;
    info.mimeType = out.mimeType;
    info.pageCount = out.pageCount;
    info.addedAt = Clock::current().nowUtc();
    info.addedBy = actorId(actor);
    AttachmentStore attachments(m_db);
    const Result<qint64> id = attachments.insert(info, file.bytes);
    if (!id)
        return id.error();
    if (Status s = attachments.indexText(*id, out.text); !s)
        return s;
    QJsonObject details { { QStringLiteral("application"), reference },
                          { QStringLiteral("name"), out.name },
                          { QStringLiteral("type"), out.mimeType },
                          { QStringLiteral("size"), qint64(file.bytes.size()) },
                          { QStringLiteral("pages"), out.pageCount },
                          { QStringLiteral("sha256"), out.sha256 } };
    if (!out.alreadyStored.isEmpty())
        details.insert(QStringLiteral("same_as_attachment"), out.alreadyStored.first().attachmentId);
    const Result<qint64> ev = EventLog::append(m_db, Event { 0, info.addedAt, actorId(actor),
                                                             QStringLiteral("attachment.added"),
                                                             QStringLiteral("attachment"), *id, details });
    if (!ev)
        return ev.error();
    out.attachmentId = *id;
    return {};
}

Result<IntakeService::Received> IntakeService::receiveWithFiles(const Receipt& receipt, const QList<IntakeFile>& files,
                                                                const Actor& actor)
{
    Received result;
    QList<int> good;
    for (int i = 0; i < files.size(); ++i) {
        result.files.append(inspect(files.at(i)));
        if (!result.files.last().sha256.isEmpty())
            good.append(i);
        // One transaction for the whole application: cancelling stores none of its files.
        if (cancelled())
            return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was stored."));
    }
    if (good.isEmpty())
        return result;
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const Result<ApplicationRecord> app = ApplicationService(m_db).receiveInTransaction(receipt, actor);
    if (!app)
        return app.error();
    for (int i : good) {
        if (Status s = store(app->id, app->reference, files.at(i), result.files[i], actor); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    for (int i : good)
        result.files[i].stored = true;
    result.application = *app;
    return result;
}

Result<QList<ApplicationRecord>> IntakeService::receiveEach(const Receipt& receipt, const QList<IntakeFile>& files,
                                                            const Actor& actor)
{
    QList<IntakeOutcome> outcomes;
    for (const IntakeFile& f : files) {
        outcomes.append(inspect(f));
        if (cancelled())
            return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was stored."));
        if (outcomes.last().sha256.isEmpty())
            return makeError(ErrorCode::InvalidInput, outcomes.last().message);
    }
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    QList<ApplicationRecord> created;
    for (int i = 0; i < files.size(); ++i) {
        const Result<ApplicationRecord> app = ApplicationService(m_db).receiveInTransaction(receipt, actor);
        if (!app)
            return app.error();
        if (Status s = store(app->id, app->reference, files.at(i), outcomes[i], actor); !s)
            return s.error();
        created.append(*app);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

} // namespace orgdesk
