// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/documents: the format backends behind Document::open().

#include "Document.h"

namespace orgdesk::documents {

Result<std::shared_ptr<Document>> openPdf(const QByteArray& bytes, const QString& fileName, const QString& password);
Result<std::shared_ptr<Document>> openTiff(const QByteArray& bytes, const QString& fileName);
Result<std::shared_ptr<Document>> openImage(const QByteArray& bytes, const QString& fileName, DocumentType type);

// Scales and rotates a decoded raster page to the requested output resolution, for backends
// whose pages are images with a known size in points.
QImage scaleToRequest(const QImage& source, const QSizeF& pagePoints, const RenderRequest& request);

} // namespace orgdesk::documents
