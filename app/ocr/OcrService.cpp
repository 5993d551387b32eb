// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrService.h"

#include "AttachmentStore.h"
#include "OcrStore.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "validation/Hkid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThreadPool>
#include <tesseract/baseapi.h>

namespace orgdesk::ocr {

namespace {

// One helper thread for the second engine, kept (with its engine) between documents.
QThreadPool& helperPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

} // namespace

int ReadDocument::imagePages() const
{
    int n = 0;
    for (const QImage& image : images)
        n += image.isNull() ? 0 : 1;
    return n;
}

QString OcrService::engineName()
{
    return QStringLiteral("tesseract %1 %2")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), OcrEngine::pageLanguages());
}

Result<ReadDocument> OcrService::readDocument(const QByteArray& bytes, const QString& fileName,
    OcrEngine& engine, const DocumentWorker& worker, const std::atomic<bool>* cancel)
{
    ReadDocument read;
    QElapsedTimer clock;
    clock.start();
    Result<QList<QImage>> images = worker.renderImagePages(bytes, fileName, kDpi);
    if (!images)
        return images.error();
    read.renderSeconds = clock.nsecsElapsed() / 1e9;
    read.images = *images;
    clock.restart();
    // Two pages at a time: the other half on a helper thread that keeps its own engine (the desk
    // PCs have two cores; a three-page fax is read in about the time of two pages).
    read.pages.resize(read.images.size());
    for (qsizetype i = 0; i < read.pages.size(); ++i)
        read.pages[i].page = int(i) + 1;
    std::atomic<bool> failed { false };
    Error helperError;
    auto readOne = [&](OcrEngine& e, qsizetype i) -> Status {
        if (read.images.at(i).isNull())
            return {};
        Result<OcrPage> p = e.readPage(read.images.at(i), int(i) + 1, kDpi);
        if (!p)
            return p.error();
        read.pages[i] = *p;
        return {};
    };
    QList<qsizetype> mine, theirs;
    for (qsizetype i = 0; i < read.images.size(); ++i)
        (read.images.at(i).isNull() || i % 2 == 0 ? mine : theirs).append(i);
    QSemaphore helperDone;
    if (!theirs.isEmpty()) {
        helperPool().start([&] {
            thread_local OcrEngine helper;
            for (qsizetype i : theirs) {
                if (failed.load() || (cancel && cancel->load()))
                    break;
                if (Status st = readOne(helper, i); !st) {
                    helperError = st.error();
                    failed = true;
                }
            }
            helperDone.release();
        });
    }
    Status mineStatus;
    for (qsizetype i : mine) {
        if (failed.load() || (cancel && cancel->load()))
            break;
        if (Status st = readOne(engine, i); !st) {
            mineStatus = st;
            failed = true;
        }
    }
    if (!theirs.isEmpty())
        helperDone.acquire();
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, tr("Reading the pages of %1 was cancelled.").arg(fileName));
    if (!mineStatus)
        return mineStatus.error();
    if (failed.load())
        return helperError;
    read.ocrSeconds = clock.nsecsElapsed() / 1e9;
    return read;
}

Result<int> OcrService::readAttachment(qint64 attachmentId, OcrEngine& engine)
{
    OcrStore store(m_db);
    if (Result<bool> done = store.hasPages(attachmentId); !done)
        return done.error();
    else if (*done)
        return 0;
    AttachmentStore attachments(m_db);
    const Result<AttachmentInfo> info = attachments.info(attachmentId);
    if (!info)
        return info.error();
    if (info->purgedAt)
        return 0;
    const Result<QByteArray> bytes = attachments.content(attachmentId);
    if (!bytes)
        return bytes.error();
    DocumentWorker::Limits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    const Result<ReadDocument> read
        = readDocument(*bytes, info->originalName, engine, DocumentWorker(limits, m_cancel), m_cancel);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    if (!read) {
        if (read.error().code == ErrorCode::Cancelled || cancelled())
            return read.error();
        // A file the worker cannot render within its limits is not tried again and again: one
        // empty row says so (the engine column names the reason).
        Transaction tx(m_db);
        if (!tx.active())
            return tx.error();
        OcrPageRecord record { attachmentId, 1, 1, 1, kDpi,
            QStringLiteral("unreadable: %1").arg(read.error().message), QString(), QByteArrayLiteral("[]") };
        if (Status s = OcrStore(m_db).insertPage(record, QString(), now); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return 0;
    }
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    int stored = 0;
    for (const OcrPage& page : read->pages) {
        if (page.words.isEmpty() && read->images.value(page.page - 1).isNull())
            continue; // a page with a text layer: nothing was read
        const QString text = page.text();
        OcrPageRecord record { attachmentId, page.page, page.size.width(), page.size.height(), page.dpi,
            engineName(), text, page.wordsJson() };
        // The search finds words of the page; identity numbers in it are masked there.
        if (Status s = store.insertPage(record, validation::maskHkidsInText(text), now); !s)
            return s.error();
        ++stored;
    }
    if (stored == 0) {
        // Nothing to read (a PDF with a text layer on every page): one empty row says it was looked at.
        OcrPageRecord record { attachmentId, 1, 1, 1, kDpi, engineName(), QString(),
            QByteArrayLiteral("[]") };
        if (Status s = store.insertPage(record, QString(), now); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<int> OcrService::readUnread(OcrEngine& engine, int limit)
{
    const Result<QList<qint64>> ids = OcrStore(m_db).unreadAttachments(limit);
    if (!ids)
        return ids.error();
    int done = 0;
    for (qint64 id : *ids) {
        if (cancelled())
            break;
        const Result<int> n = readAttachment(id, engine);
        if (!n)
            return n.error();
        ++done;
    }
    return done;
}

} // namespace orgdesk::ocr
