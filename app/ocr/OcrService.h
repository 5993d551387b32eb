// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OcrEngine.h"
#include "OcrPage.h"
#include "Result.h"
#include "documents/DocumentWorker.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSqlDatabase>
#include <atomic>

namespace orgdesk::ocr {

// The pages of one document as read: the grey images (as the document worker rendered them) and
// the words on each (a page with a text layer has a null image and no words).
struct ReadDocument
{
    QList<QImage> images;
    QList<OcrPage> pages; // one per page, in order
    double renderSeconds = 0;
    double ocrSeconds = 0;
    int imagePages() const;
};

// Reads image pages: the document worker process decodes the file and sends back grey pixels at
// kDpi (square pixels, so a standard-resolution fax is stretched to its true proportions); Tesseract
// reads them here. Stored attachments are read once, after they are safely stored, and what was
// read is kept per page (OcrStore) and added to the attachment's search text, identity numbers
// masked.
//
// Thread rules: blocking; use from a background thread (ui/ocr/OcrQueue) or the command line,
// with a connection and an engine of that thread. The cancel flag may be set from any thread.
class OcrService
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::ocr::OcrService)

public:
    static constexpr double kDpi = 200;

    explicit OcrService(QSqlDatabase db, const std::atomic<bool>* cancel = nullptr)
        : m_db(std::move(db))
        , m_cancel(cancel)
    {
    }

    // Renders (in the worker) and reads every image page of `bytes`.
    static Result<ReadDocument> readDocument(const QByteArray& bytes, const QString& fileName,
        OcrEngine& engine, const DocumentWorker& worker, const std::atomic<bool>* cancel = nullptr);

    // Reads and keeps the pages of one stored attachment; nothing when they were read already.
    // Returns the number of pages read.
    Result<int> readAttachment(qint64 attachmentId, OcrEngine& engine);
    // Reads every stored attachment whose pages have not been read (at most `limit`), oldest first;
    // returns how many attachments were looked at.
    Result<int> readUnread(OcrEngine& engine, int limit = 50);

    // "tesseract 5.3.0 eng+chi_tra"
    static QString engineName();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace orgdesk::ocr
