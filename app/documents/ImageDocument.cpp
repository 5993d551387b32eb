// SPDX-License-Identifier: GPL-3.0-or-later
// Photos and scans: JPEG (EXIF orientation applied), PNG and WebP, decoded once with a bounded size.
#include "DocumentBackends.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>

namespace orgdesk::documents {

namespace {

constexpr qint64 kMaxDecodedPixels = 40'000'000; // larger images are decoded scaled down
constexpr qint64 kMaxFilePixels = 100'000'000;   // beyond this a file is refused
constexpr double kAssumedDpi = 150.0;           // when the file does not say (or says Qt's 96 default)

class ImageDocument final : public Document
{
public:
    ImageDocument(QString fileName, DocumentType type, QImage image, QSizeF points)
        : Document(std::move(fileName))
        , m_type(type)
        , m_image(std::move(image))
        , m_points(points)
    {
    }
    DocumentType type() const override { return m_type; }
    int pageCount() const override { return 1; }
    QSizeF pageSize(int) const override { return m_points; }

protected:
    QImage renderPage(const RenderRequest& request, const std::function<bool()>&) const override
    {
        return scaleToRequest(m_image, m_points, request);
    }

private:
    DocumentType m_type;
    QImage m_image; // implicitly shared, read-only after construction
    QSizeF m_points;
};

// A JPEG ends with the EOI marker (FF D9), perhaps followed by padding; a cut-off file does not.
bool jpegLooksComplete(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    while (end > 2 && (bytes.at(end - 1) == '\0' || bytes.at(end - 1) == '\n' || bytes.at(end - 1) == '\r'))
        --end;
    return end >= 4 && quint8(bytes.at(end - 2)) == 0xFF && quint8(bytes.at(end - 1)) == 0xD9;
}

} // namespace

Result<std::shared_ptr<Document>> openImage(const QByteArray& bytes, const QString& fileName, DocumentType type)
{
    const QString name = QFileInfo(fileName).fileName();
    if (type == DocumentType::Jpeg && !jpegLooksComplete(bytes))
        return makeError(ErrorCode::Corrupt,
                         Document::tr("%1 is an incomplete JPEG (the end of the file is missing). "
                                      "Ask for the photo again.")
                             .arg(name));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = type == DocumentType::Jpeg ? QByteArrayLiteral("jpeg")
        : type == DocumentType::Webp                     ? QByteArrayLiteral("webp")
                                                         : QByteArrayLiteral("png");
    if (!QImageReader::supportedImageFormats().contains(format))
        return makeError(ErrorCode::Unsupported,
            Document::tr("%1 is a %2 picture, but this computer has no reader for them. Ask the "
                         "administrator to install OrgDesk's packages again (qt6-image-formats-plugins).")
                .arg(name, QString::fromLatin1(format.toUpper())));
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return makeError(ErrorCode::Corrupt, Document::tr("%1 is damaged: %2").arg(name, reader.errorString()));
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > kMaxFilePixels)
        return makeError(ErrorCode::Unsupported,
                         Document::tr("%1 is %2 x %3 pixels, too large to show. Ask for a smaller scan.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height()));
    // Qt refuses decodes over 128 MB by default; allow a bounded larger one, then scale down.
    reader.setAllocationLimit(int(kMaxFilePixels * 4 / (1024 * 1024)) + 16);
    if (pixels > kMaxDecodedPixels) {
        const double f = std::sqrt(double(kMaxDecodedPixels) / double(pixels));
        reader.setScaledSize(QSize(std::max(1, int(size.width() * f)), std::max(1, int(size.height() * f))));
    }
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Corrupt, Document::tr("%1 is damaged: %2").arg(name, reader.errorString()));

    double dpiX = image.dotsPerMeterX() * 0.0254;
    double dpiY = image.dotsPerMeterY() * 0.0254;
    if (dpiX < 50 || dpiY < 50 || (qAbs(dpiX - 96) < 0.5 && qAbs(dpiY - 96) < 0.5))
        dpiX = dpiY = kAssumedDpi;
    // Resolution refers to the file's pixels; a scaled decode keeps the page's physical size.
    const QSize decodedAsStored = reader.transformation() & QImageIOHandler::TransformationRotate90
                                      ? QSize(size.height(), size.width())
                                      : size;
    const QSizeF points(decodedAsStored.width() / dpiX * 72.0, decodedAsStored.height() / dpiY * 72.0);
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_Grayscale8)
        image = image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_ARGB32)
                                        : image.convertToFormat(QImage::Format_RGB32);
    return std::shared_ptr<Document>(std::make_shared<ImageDocument>(fileName, type, std::move(image), points));
}

} // namespace orgdesk::documents
