// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Document.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <atomic>

namespace orgdesk {

namespace docworker {
struct Request;
struct Reply;
} // namespace docworker

// How long and how large the document worker may get (DocumentWorker::Limits).
struct DocumentWorkerLimits
{
    int wallSeconds = 20;         // killed after this long, whatever it is doing
    int memoryMegabytes = 2048;   // address space of the worker
};

// Reads untrusted documents in a separate, limited process (orgdesk-docworker, see docworker/):
// one process per file, given the file's bytes through a sealed, read-only descriptor and asked
// over a pipe (DocumentWorkerProtocol.h). The worker limits itself before it reads anything
// (CPU time, address space, descriptors, no file writing, an empty working folder, a seccomp
// filter); here the desk adds a wall-clock limit and kills a worker that overruns it, was
// cancelled, or answers nonsense. A crash or a kill costs the desk nothing but a refusal in
// words: "NAME could not be read safely within 20 s; it was not stored."
//
// Thread rules: stateless apart from its settings; every call blocks the calling thread until the
// worker answers, is killed, or `cancel` is set (checked every 50 ms). Use from an intake thread,
// or from the GUI thread only for work that cannot wait (the limit bounds it).
class DocumentWorker
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::DocumentWorker)

public:
    using Limits = DocumentWorkerLimits;

    // What the worker found in a file.
    struct Facts
    {
        DocumentType type = DocumentType::Pdf;
        QString mimeType;
        int pageCount = 0;          // 0 when it needs a password
        bool needsPassword = false; // an encrypted PDF and no (or a wrong) password
        QString text;               // the text layer, bounded as asked
    };

    explicit DocumentWorker(Limits limits = {}, const std::atomic<bool>* cancel = nullptr)
        : m_limits(limits)
        , m_cancel(cancel)
    {
    }

    // The worker executable: beside this program's executable, else in the installed libexec
    // folder, else where the build tree put it; empty when there is none.
    static QString executablePath();
    // Uses `path` as the worker from now on (the fuzzing run's --worker, to try a worker built
    // with AddressSanitizer); empty goes back to finding it.
    static void setExecutablePath(const QString& path);
    // The desk's translation (.qm) of its strings in its language, for the worker's refusals.
    static const QByteArray& translationsForWorker();

    // Sniffs, opens, counts pages and extracts the text of up to `maxTextPages` pages (at most
    // about `maxTextChars` characters). A file that is not a document, or damaged, is an error
    // naming it (Unsupported, Corrupt); a locked PDF is Facts with needsPassword.
    Result<Facts> inspect(const QByteArray& bytes, const QString& fileName, int maxTextPages = 0,
                          qint64 maxTextChars = 0, const QString& password = {}) const;

    // extractTiffPages() of Document.h, done by the worker.
    Result<QByteArray> extractTiffPages(const QByteArray& tiffBytes, const QString& fileName, const QList<int>& pages,
                                        const QList<int>& rotations = {}) const;

    // The pixels of every page that is an image (a fax or photo page, a PDF page without a text
    // layer), rendered by the worker in grey at `dpi` with square pixels; null for a page with text.
    Result<QList<QImage>> renderImagePages(const QByteArray& bytes, const QString& fileName, double dpi,
                                           const QString& password = {}) const;

    const Limits& limits() const { return m_limits; }

private:
    Result<docworker::Reply> run(const docworker::Request& request, const QByteArray& bytes,
                                 const QString& fileName) const;

    Limits m_limits;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace orgdesk
