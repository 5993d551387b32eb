// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace orgdesk {

enum class DocumentType { Pdf, Tiff, Jpeg, Png, Webp };

// What the content bytes are, whatever the file is called.
struct SniffResult
{
    DocumentType type;
    QString mimeType;
};
// Recognises PDF, TIFF, JPEG, PNG and WebP by their first bytes; anything else is an Unsupported
// error that names the file and says what it looks like (a HEIC photo: how to send it instead).
Result<SniffResult> sniffDocument(const QByteArray& bytes, const QString& fileName);

// Options for one render.
struct RenderRequest
{
    int page = 0;          // 0-based
    double dpi = 96.0;     // output resolution; page sizes are in points (1/72 inch)
    int rotation = 0;      // extra clockwise rotation, 0/90/180/270
    int timeoutMs = 15000; // give up (Timeout) after this long; the page may be hostile
    const std::atomic<bool>* cancel = nullptr; // set by the caller to stop early (Cancelled)
    // Draw on the calling thread instead of a pool thread: for a caller that is itself bounded
    // from outside (the document worker, stopped by its CPU limit and the desk's clock).
    bool onCallingThread = false;
};

// One opened document: a PDF (Poppler), a TIFF (libtiff: multi-page faxes, G3/G4, non-square
// fax resolutions) or a JPEG/PNG/WebP photo (EXIF orientation applied). Pages are 0-based.
//
// Thread rules: every method may be called from any thread. Each document serialises its own
// rendering behind one mutex (Poppler documents are not thread-safe); a render that cannot get the
// mutex within its time limit returns Timeout instead of waiting forever, and a render that runs
// past its limit is abandoned (its result is dropped) so that no caller ever hangs on a page.
class Document : public std::enable_shared_from_this<Document>
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::Document)

public:
    virtual ~Document() = default;

    // Opens `bytes` (the original file content). `password` is for encrypted PDFs and is never
    // stored. Errors name the file and the reason in plain words: NeedsPassword, Unsupported,
    // Corrupt.
    static Result<std::shared_ptr<Document>> open(const QByteArray& bytes, const QString& fileName,
                                                  const QString& password = {});

    virtual DocumentType type() const = 0;
    virtual int pageCount() const = 0;
    // Page size in points with the document's own rotation applied; fax pages with unequal
    // horizontal and vertical resolution come out with their true proportions.
    virtual QSizeF pageSize(int page) const = 0;
    Result<QImage> render(const RenderRequest& request) const;
    // Text of a page (PDF text layer; empty for images).
    virtual QString text(int page) const;
    // Where `needle` occurs on a page, in points (PDF only; case-insensitive).
    virtual QList<QRectF> search(int page, const QString& needle) const;

    const QString& fileName() const { return m_fileName; }

protected:
    explicit Document(QString fileName) : m_fileName(std::move(fileName)) { }
    // Renders on the calling thread; `shouldStop` is polled where the backend allows it.
    virtual QImage renderPage(const RenderRequest& request, const std::function<bool()>& shouldStop) const = 0;

private:
    QString m_fileName;
};

// A new fax TIFF (CCITT G4) holding `pages` (0-based, in that order) of a TIFF, each turned
// clockwise by `rotations[i]` degrees (missing: 0), for splitting one fax into several
// applications or filing it with its pages arranged. Black-and-white pages are carried over exactly.
Result<QByteArray> extractTiffPages(const QByteArray& tiffBytes, const QList<int>& pages,
                                    const QList<int>& rotations = {});

} // namespace orgdesk
