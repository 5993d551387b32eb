// SPDX-License-Identifier: GPL-3.0-or-later
// Fax TIFFs through libtiff: multi-page, CCITT G3 1-D/2-D and G4, LZW, uncompressed, either fill
// order, and the fax resolutions (204x98 "standard" pages have non-square pixels).
#include "DocumentBackends.h"

#include <QFileInfo>
#include <QTransform>

#include <tiffio.h>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace orgdesk::documents {

namespace {

constexpr int kMaxPages = 5000;

// libtiff reports problems through process-wide handlers; keep the last error of this thread.
thread_local QString t_lastTiffError;
void tiffError(const char* module, const char* fmt, va_list ap)
{
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, fmt, ap);
    t_lastTiffError = QString::fromLocal8Bit(buffer);
    Q_UNUSED(module)
}
void installTiffHandlers()
{
    static const bool installed = [] {
        TIFFSetErrorHandler(tiffError);
        TIFFSetWarningHandler(nullptr);
        return true;
    }();
    Q_UNUSED(installed)
}

// Reading straight from the bytes in memory.
struct MemoryStream
{
    const QByteArray* bytes;
    toff_t position = 0;
};

tsize_t readProc(thandle_t h, tdata_t buffer, tsize_t size)
{
    auto* s = static_cast<MemoryStream*>(h);
    const toff_t available = toff_t(s->bytes->size()) > s->position ? toff_t(s->bytes->size()) - s->position : 0;
    const toff_t n = std::min<toff_t>(available, toff_t(size));
    std::memcpy(buffer, s->bytes->constData() + s->position, size_t(n));
    s->position += n;
    return tsize_t(n);
}
tsize_t writeProc(thandle_t, tdata_t, tsize_t)
{
    return 0;
}
toff_t seekProc(thandle_t h, toff_t offset, int whence)
{
    auto* s = static_cast<MemoryStream*>(h);
    toff_t base = whence == SEEK_CUR ? s->position : whence == SEEK_END ? toff_t(s->bytes->size()) : 0;
    s->position = base + offset;
    return s->position;
}
int closeProc(thandle_t)
{
    return 0;
}
toff_t sizeProc(thandle_t h)
{
    return toff_t(static_cast<MemoryStream*>(h)->bytes->size());
}
int mapProc(thandle_t h, tdata_t* base, toff_t* size)
{
    auto* s = static_cast<MemoryStream*>(h);
    *base = const_cast<char*>(s->bytes->constData());
    *size = toff_t(s->bytes->size());
    return 1;
}
void unmapProc(thandle_t, tdata_t, toff_t) { }

struct TiffHandle
{
    MemoryStream stream;
    TIFF* tiff = nullptr;
    explicit TiffHandle(const QByteArray& bytes) : stream { &bytes }
    {
        installTiffHandlers();
        t_lastTiffError.clear();
        tiff = TIFFClientOpen("orgdesk", "rm", &stream, readProc, writeProc, seekProc, closeProc, sizeProc, mapProc,
                              unmapProc);
    }
    ~TiffHandle()
    {
        if (tiff)
            TIFFClose(tiff);
    }
    TiffHandle(const TiffHandle&) = delete;
    TiffHandle& operator=(const TiffHandle&) = delete;
};

struct PageInfo
{
    quint32 width = 0;
    quint32 height = 0;
    double xDpi = 200;
    double yDpi = 200;
};

class TiffDocument final : public Document
{
public:
    TiffDocument(QString fileName, QByteArray bytes, QList<PageInfo> pages)
        : Document(std::move(fileName))
        , m_bytes(std::move(bytes))
        , m_pages(std::move(pages))
    {
    }

    DocumentType type() const override { return DocumentType::Tiff; }
    int pageCount() const override { return int(m_pages.size()); }
    QSizeF pageSize(int page) const override
    {
        const PageInfo& p = m_pages.at(page);
        return QSizeF(p.width / p.xDpi * 72.0, p.height / p.yDpi * 72.0);
    }

protected:
    // Each render opens its own libtiff handle on the shared, read-only bytes: no lock needed.
    QImage renderPage(const RenderRequest& request, const std::function<bool()>& shouldStop) const override
    {
        TiffHandle h(m_bytes);
        if (!h.tiff || !TIFFSetDirectory(h.tiff, tdir_t(request.page)) || shouldStop())
            return {};
        const PageInfo& p = m_pages.at(request.page);
        QImage raster(int(p.width), int(p.height), QImage::Format_RGBA8888);
        if (raster.isNull())
            return {};
        static_assert(sizeof(uint32_t) == 4);
        if (!TIFFReadRGBAImageOriented(h.tiff, p.width, p.height, reinterpret_cast<uint32_t*>(raster.bits()),
                                       ORIENTATION_TOPLEFT, 0))
            return {};
        if (shouldStop())
            return {};
        return scaleToRequest(raster.convertToFormat(QImage::Format_Grayscale8), pageSize(request.page), request);
    }

private:
    QByteArray m_bytes;
    QList<PageInfo> m_pages;
};

} // namespace

Result<std::shared_ptr<Document>> openTiff(const QByteArray& bytes, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    auto damaged = [&](const QString& detail) {
        return makeError(ErrorCode::Corrupt,
                         Document::tr("%1 is an incomplete or damaged TIFF (%2). If the fax is still arriving, "
                                      "wait until it is complete; otherwise ask for it again.")
                             .arg(name, detail));
    };
    TiffHandle h(bytes);
    if (!h.tiff)
        return damaged(t_lastTiffError.isEmpty() ? Document::tr("no readable header") : t_lastTiffError);

    QList<PageInfo> pages;
    do {
        PageInfo p;
        uint32_t w = 0, hgt = 0;
        if (!TIFFGetField(h.tiff, TIFFTAG_IMAGEWIDTH, &w) || !TIFFGetField(h.tiff, TIFFTAG_IMAGELENGTH, &hgt) || w == 0
            || hgt == 0)
            return damaged(Document::tr("page %1 has no size").arg(pages.size() + 1));
        if (quint64(w) * hgt > 200'000'000ULL)
            return damaged(Document::tr("page %1 claims %2 x %3 pixels").arg(pages.size() + 1).arg(w).arg(hgt));
        p.width = w;
        p.height = hgt;
        float xr = 0, yr = 0;
        uint16_t unit = RESUNIT_INCH;
        TIFFGetFieldDefaulted(h.tiff, TIFFTAG_RESOLUTIONUNIT, &unit);
        if (TIFFGetField(h.tiff, TIFFTAG_XRESOLUTION, &xr) && TIFFGetField(h.tiff, TIFFTAG_YRESOLUTION, &yr) && xr > 1
            && yr > 1) {
            const double factor = unit == RESUNIT_CENTIMETER ? 2.54 : 1.0;
            p.xDpi = xr * factor;
            p.yDpi = yr * factor;
        }
        // Every strip or tile must decode: a fax still being written is cut short here.
        t_lastTiffError.clear();
        if (TIFFIsTiled(h.tiff)) {
            std::vector<char> buffer(size_t(TIFFTileSize(h.tiff)));
            for (ttile_t t = 0; t < TIFFNumberOfTiles(h.tiff); ++t) {
                if (TIFFReadEncodedTile(h.tiff, t, buffer.data(), tsize_t(buffer.size())) < 0)
                    return damaged(Document::tr("page %1 is cut short").arg(pages.size() + 1));
            }
        } else {
            std::vector<char> buffer(size_t(std::max<tmsize_t>(1, TIFFStripSize(h.tiff))));
            for (tstrip_t s = 0; s < TIFFNumberOfStrips(h.tiff); ++s) {
                if (TIFFReadEncodedStrip(h.tiff, s, buffer.data(), tsize_t(buffer.size())) < 0)
                    return damaged(Document::tr("page %1 is cut short").arg(pages.size() + 1));
            }
        }
        pages.append(p);
        if (pages.size() > kMaxPages)
            return damaged(Document::tr("more than %1 pages").arg(kMaxPages));
    } while (TIFFReadDirectory(h.tiff));
    if (!t_lastTiffError.isEmpty() && t_lastTiffError.contains(QStringLiteral("directory"), Qt::CaseInsensitive))
        return damaged(t_lastTiffError);
    return std::shared_ptr<Document>(std::make_shared<TiffDocument>(fileName, bytes, std::move(pages)));
}

} // namespace orgdesk::documents

namespace orgdesk::documents {

namespace {

// A growing in-memory file for libtiff to write to.
struct WriteStream
{
    QByteArray bytes;
    toff_t position = 0;
};

tsize_t wsRead(thandle_t h, tdata_t buffer, tsize_t size)
{
    auto* s = static_cast<WriteStream*>(h);
    const toff_t available = toff_t(s->bytes.size()) > s->position ? toff_t(s->bytes.size()) - s->position : 0;
    const toff_t n = std::min<toff_t>(available, toff_t(size));
    std::memcpy(buffer, s->bytes.constData() + s->position, size_t(n));
    s->position += n;
    return tsize_t(n);
}
tsize_t wsWrite(thandle_t h, tdata_t buffer, tsize_t size)
{
    auto* s = static_cast<WriteStream*>(h);
    const toff_t end = s->position + toff_t(size);
    if (end > toff_t(s->bytes.size()))
        s->bytes.resize(qsizetype(end));
    std::memcpy(s->bytes.data() + s->position, buffer, size_t(size));
    s->position = end;
    return size;
}
toff_t wsSeek(thandle_t h, toff_t offset, int whence)
{
    auto* s = static_cast<WriteStream*>(h);
    toff_t base = whence == SEEK_CUR ? s->position : whence == SEEK_END ? toff_t(s->bytes.size()) : 0;
    s->position = base + offset;
    return s->position;
}
toff_t wsSize(thandle_t h)
{
    return toff_t(static_cast<WriteStream*>(h)->bytes.size());
}
int wsMap(thandle_t, tdata_t*, toff_t*)
{
    return 0;
}

} // namespace

} // namespace orgdesk::documents

namespace orgdesk {

Result<QByteArray> extractTiffPages(const QByteArray& tiffBytes, const QList<int>& pages, const QList<int>& rotations)
{
    const Result<std::shared_ptr<Document>> opened = documents::openTiff(tiffBytes, QStringLiteral("fax.tif"));
    if (!opened)
        return opened.error();
    const Document& doc = **opened;
    documents::WriteStream out;
    TIFF* w = TIFFClientOpen("orgdesk-split", "w", &out, documents::wsRead, documents::wsWrite, documents::wsSeek,
                             documents::closeProc, documents::wsSize, documents::wsMap, documents::unmapProc);
    if (!w)
        return makeError(ErrorCode::Io, Document::tr("The split fax could not be written."));
    documents::TiffHandle in(tiffBytes);
    for (qsizetype n = 0; n < pages.size(); ++n) {
        const int page = pages.at(n);
        const int rotation = ((rotations.value(n, 0) % 360) + 360) % 360;
        if (page < 0 || page >= doc.pageCount() || !TIFFSetDirectory(in.tiff, tdir_t(page))) {
            TIFFClose(w);
            return makeError(ErrorCode::InvalidInput, Document::tr("The fax has no page %1.").arg(page + 1));
        }
        uint32_t width = 0, height = 0;
        TIFFGetField(in.tiff, TIFFTAG_IMAGEWIDTH, &width);
        TIFFGetField(in.tiff, TIFFTAG_IMAGELENGTH, &height);
        QImage raster(int(width), int(height), QImage::Format_RGBA8888);
        if (!TIFFReadRGBAImageOriented(in.tiff, width, height, reinterpret_cast<uint32_t*>(raster.bits()),
                                       ORIENTATION_TOPLEFT, 0)) {
            TIFFClose(w);
            return makeError(ErrorCode::Corrupt, Document::tr("Page %1 of the fax could not be read.").arg(page + 1));
        }
        QImage gray = raster.convertToFormat(QImage::Format_Grayscale8);
        float xr = 204, yr = 196;
        TIFFGetField(in.tiff, TIFFTAG_XRESOLUTION, &xr);
        TIFFGetField(in.tiff, TIFFTAG_YRESOLUTION, &yr);
        if (rotation != 0) {
            // Turned a quarter: pixels and resolutions swap axes.
            gray = gray.transformed(QTransform().rotate(rotation));
            width = uint32_t(gray.width());
            height = uint32_t(gray.height());
            if (rotation % 180 != 0)
                std::swap(xr, yr);
        }
        // Re-encoded as CCITT G4, the fax servers' own format; black and white stay exact.
        TIFFSetField(w, TIFFTAG_IMAGEWIDTH, width);
        TIFFSetField(w, TIFFTAG_IMAGELENGTH, height);
        TIFFSetField(w, TIFFTAG_BITSPERSAMPLE, 1);
        TIFFSetField(w, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(w, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
        TIFFSetField(w, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(w, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
        TIFFSetField(w, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(w, TIFFTAG_ROWSPERSTRIP, height);
        TIFFSetField(w, TIFFTAG_XRESOLUTION, xr);
        TIFFSetField(w, TIFFTAG_YRESOLUTION, yr);
        TIFFSetField(w, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(w, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        std::vector<uint8_t> row(size_t((width + 7) / 8));
        for (uint32_t y = 0; y < height; ++y) {
            std::fill(row.begin(), row.end(), 0);
            const uchar* src = gray.constScanLine(int(y));
            for (uint32_t x = 0; x < width; ++x) {
                if (src[x] < 128)
                    row[x / 8] |= uint8_t(0x80 >> (x % 8)); // 1 = black with MinIsWhite
            }
            if (TIFFWriteScanline(w, row.data(), y, 0) < 0) {
                TIFFClose(w);
                return makeError(ErrorCode::Io, Document::tr("The split fax could not be written."));
            }
        }
        TIFFWriteDirectory(w);
    }
    TIFFClose(w);
    return out.bytes;
}

} // namespace orgdesk
