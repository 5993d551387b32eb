// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Document.h"
#include "DocumentWorker.h"

#include <QList>
#include <QSizeF>
#include <memory>
#include <mutex>

namespace orgdesk {

namespace docworker {
    struct Request;
    struct Reply;
} // namespace docworker

class PageArena;
struct WorkerSession;

// A document opened and drawn by orgdesk-docworker, never in the desk's own process: the viewer,
// the fax inbox's pictures and `orgdesk-cli render` use it in place of Document::open().
//
// One worker (a viewing session, see DocumentWorkerProtocol.h) serves the document for as long as
// it is open: it opens the file once and then answers page after page, so turning pages costs no
// new process. A spare worker is started ahead of need (prewarm()), so opening does not wait for a
// process to start. Drawn pages come back through a shared memory arena the desk made: the worker
// writes the pixels there and the desk's QImage points at them, released to the arena when the
// last copy of the image (in the page cache, say) goes. The desk maps the arena read-only.
//
// A page that takes longer than its RenderRequest::timeoutMs, a question that takes longer than
// the worker limit, or a worker that dies, costs that worker: it is killed, the page fails in
// words, and the next request starts a new worker that opens the document again (the bytes and
// any password are kept in memory while the document is open, never written anywhere).
//
// Thread rules: every method may be called from any thread; requests to the worker are one at a
// time behind the document's mutex (as Poppler's own documents are). A render waiting for the
// mutex gives up when it is cancelled; one already sent is waited for until its deadline.
class WorkerDocument final : public Document
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::WorkerDocument)

public:
    // Opens `bytes` in a worker. Errors as Document::open (NeedsPassword, Unsupported, Corrupt),
    // or the worker's refusal ("… could not be read safely within 20 s") when it overruns.
    static Result<std::shared_ptr<Document>> open(const QByteArray& bytes, const QString& fileName,
        const QString& password = {}, DocumentWorkerLimits limits = {});

    // Starts a spare worker now (if there is none), so that the next open() finds one ready.
    // Call it from the GUI thread (a worker ends with the thread that started it).
    static void prewarm();
    // Stops the spare worker, if any (benchmarks measure an open with none ready).
    static void discardSpare();

    ~WorkerDocument() override;

    DocumentType type() const override { return m_type; }
    int pageCount() const override { return m_pageCount; }
    QSizeF pageSize(int page) const override;
    QString text(int page) const override;
    QList<QRectF> search(int page, const QString& needle) const override;

    // How many workers this document has used (1 unless one was killed or died); for tests.
    int workersStarted() const;

    WorkerDocument(const QByteArray& bytes, const QString& fileName, const QString& password,
        DocumentWorkerLimits limits);

protected:
    QImage renderPage(const RenderRequest& request, const std::function<bool()>& shouldStop) const override;

private:
    Result<docworker::Reply> openIn(WorkerSession& session) const;
    // Sends `request` to the document's worker (starting one and opening the document first if
    // there is none) and waits up to `deadlineMs`; a worker that has died is replaced and asked
    // again once when `replaceDeadWorker`. The caller holds m_mutex.
    Result<docworker::Reply> call(
        docworker::Request request, qint64 deadlineMs, bool replaceDeadWorker = true) const;

    QByteArray m_bytes;
    QString m_password;
    DocumentWorkerLimits m_limits;
    DocumentType m_type = DocumentType::Pdf;
    int m_pageCount = 0;
    mutable std::timed_mutex m_mutex;
    mutable QList<QSizeF> m_sizes; // known so far
    mutable std::unique_ptr<WorkerSession> m_session;
    mutable int m_started = 0;
};

} // namespace orgdesk
