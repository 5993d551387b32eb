// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "DocumentBackends.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QTransform>

#include <condition_variable>
#include <mutex>

namespace orgdesk {

namespace {

// Renders run on their own pool so that an abandoned hostile page never starves other work.
QThreadPool& renderPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        // Room for a few abandoned hostile pages besides the pages being read.
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()) + 4);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

// Shared between a waiting caller and the render task; outlives whichever finishes first.
struct RenderSlot
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::atomic<bool> abandoned { false };
    QImage image;
};

} // namespace

Result<SniffResult> sniffDocument(const QByteArray& bytes, const QString& fileName)
{
    auto tr = [](const char* text) { return Document::tr(text); };
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Unsupported, tr("%1 is empty (0 bytes).").arg(name));
    // A PDF header may sit anywhere in the first 1024 bytes (PDF 1.7, 7.5.2).
    if (bytes.left(1024).contains("%PDF-"))
        return SniffResult { DocumentType::Pdf, QStringLiteral("application/pdf") };
    if (bytes.startsWith("II*\0") || bytes.startsWith(QByteArray("MM\0*", 4)) || bytes.startsWith(QByteArray("II*\0", 4)))
        return SniffResult { DocumentType::Tiff, QStringLiteral("image/tiff") };
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return SniffResult { DocumentType::Jpeg, QStringLiteral("image/jpeg") };
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return SniffResult { DocumentType::Png, QStringLiteral("image/png") };
    if (bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return SniffResult { DocumentType::Webp, QStringLiteral("image/webp") };
    // HEIC/HEIF (an ISO media file whose brand is one of HEVC-coded images): iPhones' photos. No
    // reader for them ships with Debian 12's Qt; say how to get something readable.
    if (bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp") {
        static const QList<QByteArray> hevcBrands { "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs" };
        // The major brand, or a compatible brand listed after it in the same box (a HEIF file whose
        // major brand is the generic "mif1" names its HEVC brand there).
        const qsizetype boxEnd = std::min<qsizetype>(std::min<qsizetype>(bytes.size(), 64),
            (qsizetype(quint8(bytes.at(0))) << 24) | (qsizetype(quint8(bytes.at(1))) << 16)
                | (qsizetype(quint8(bytes.at(2))) << 8) | qsizetype(quint8(bytes.at(3))));
        bool isHeif = hevcBrands.contains(bytes.mid(8, 4));
        for (qsizetype at = 16; !isHeif && at + 4 <= boxEnd; at += 4)
            isHeif = hevcBrands.contains(bytes.mid(at, 4));
        if (isHeif)
            return makeError(ErrorCode::Unsupported,
                tr("%1 is a HEIC photo (as iPhones take them), which OrgDesk cannot read. Please ask "
                   "the sender to send it as JPEG or PDF instead, or to set the iPhone's camera to "
                   "\u201cMost Compatible\u201d (Settings \u2192 Camera \u2192 Formats) before taking "
                   "the photo again.")
                    .arg(name));
    }

    QString looksLike;
    if (bytes.startsWith("PK\x03\x04"))
        looksLike = tr("a ZIP archive or an Office document");
    else if (bytes.startsWith("MZ"))
        looksLike = tr("a Windows program");
    else if (bytes.left(512).contains("<svg") || bytes.left(512).contains("<?xml"))
        looksLike = tr("an XML or SVG file");
    else if (bytes.left(512).toLower().contains("<html") || bytes.left(512).toLower().contains("<!doctype"))
        looksLike = tr("a web page");
    else if (bytes.startsWith("GIF8") || bytes.startsWith("BM"))
        looksLike = tr("an image type OrgDesk does not accept");
    else
        looksLike = tr("text or data of an unknown kind");
    return makeError(ErrorCode::Unsupported,
        tr("%1 is not a PDF, TIFF, JPEG, PNG or WebP file (its content looks like %2). "
           "Ask the sender for a PDF or a scan.")
            .arg(name, looksLike));
}

Result<std::shared_ptr<Document>> Document::open(const QByteArray& bytes, const QString& fileName,
                                                 const QString& password)
{
    const Result<SniffResult> sniffed = sniffDocument(bytes, fileName);
    if (!sniffed)
        return sniffed.error();
    switch (sniffed->type) {
    case DocumentType::Pdf:
        return documents::openPdf(bytes, fileName, password);
    case DocumentType::Tiff:
        return documents::openTiff(bytes, fileName);
    case DocumentType::Jpeg:
    case DocumentType::Png:
    case DocumentType::Webp:
        break;
    }
    return documents::openImage(bytes, fileName, sniffed->type);
}

QString Document::text(int) const
{
    return {};
}

QList<QRectF> Document::search(int, const QString&) const
{
    return {};
}

Result<QImage> Document::render(const RenderRequest& request) const
{
    if (request.page < 0 || request.page >= pageCount())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has no page %2.").arg(QFileInfo(m_fileName).fileName()).arg(request.page + 1));
    if (request.dpi <= 0 || request.dpi > 1200)
        return makeError(ErrorCode::InvalidInput, tr("The resolution must be between 1 and 1200 dpi."));
    const QSizeF points = pageSize(request.page);
    const double pixels = points.width() * request.dpi / 72.0 * points.height() * request.dpi / 72.0;
    if (pixels > 400e6)
        return makeError(ErrorCode::InvalidInput,
                         tr("Page %1 is too large to show at %2 dpi; choose a smaller zoom.")
                             .arg(request.page + 1)
                             .arg(request.dpi));

    const QDeadlineTimer deadline(request.timeoutMs);
    const std::atomic<bool>* cancel = request.cancel;
    const QString name = QFileInfo(m_fileName).fileName();
    auto tooLong = [&] {
        return makeError(ErrorCode::Timeout,
                         tr("Page %1 of %2 takes too long to draw; it may be damaged or very complex.")
                             .arg(request.page + 1)
                             .arg(name));
    };
    // What a drawing that came back means for the caller; one given up at the deadline (a worker
    // killed there, say) reads as what it is.
    auto outcome = [&](const QImage& image) -> Result<QImage> {
        if (image.isNull() && deadline.hasExpired())
            return tooLong();
        if (image.isNull())
            return makeError(ErrorCode::Corrupt, tr("Page %1 of %2 could not be drawn.").arg(request.page + 1).arg(name));
        return image;
    };
    if (request.onCallingThread)
        return outcome(renderPage(request, [&] { return (cancel && cancel->load()) || deadline.hasExpired(); }));

    auto slot = std::make_shared<RenderSlot>();
    // Keep the document alive while an abandoned render is still running.
    RenderRequest copy = request;
    copy.cancel = nullptr;
    renderPool().start([self = shared_from_this(), slot, copy, cancel, deadline] {
        auto shouldStop = [&] {
            return slot->abandoned.load() || (cancel && cancel->load()) || deadline.hasExpired();
        };
        QImage image = shouldStop() ? QImage() : self->renderPage(copy, shouldStop);
        std::lock_guard lock(slot->mutex);
        slot->image = std::move(image);
        slot->finished = true;
        slot->done.notify_all();
    });

    std::unique_lock lock(slot->mutex);
    while (!slot->finished) {
        if (cancel && cancel->load()) {
            slot->abandoned = true;
            return makeError(ErrorCode::Cancelled, tr("The page was not needed any more."));
        }
        if (deadline.hasExpired()) {
            slot->abandoned = true;
            return tooLong();
        }
        slot->done.wait_for(lock, std::chrono::milliseconds(20));
    }
    return outcome(slot->image);
}

namespace documents {

QImage scaleToRequest(const QImage& source, const QSizeF& pagePoints, const RenderRequest& request)
{
    if (source.isNull())
        return {};
    // pagePoints is already in display orientation; the unrotated target size follows from it.
    QSize target(std::max(1, qRound(pagePoints.width() * request.dpi / 72.0)),
                 std::max(1, qRound(pagePoints.height() * request.dpi / 72.0)));
    QImage scaled = source.size() == target ? source
                                            : source.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (request.rotation % 360 != 0)
        scaled = scaled.transformed(QTransform().rotate(request.rotation % 360));
    return scaled;
}

} // namespace documents

} // namespace orgdesk
