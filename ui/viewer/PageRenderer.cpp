// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewer/PageRenderer.h"

#include <QFutureWatcher>

#include <QPointer>
#include <QtConcurrent>

namespace orgdesk {

QImage applyColourMode(QImage image, ColourMode mode)
{
    switch (mode) {
    case ColourMode::Normal:
        return image;
    case ColourMode::Inverted:
        image.invertPixels();
        return image;
    case ColourMode::HighContrast: {
        // Faint faxes: stretch greys so that anything darker than light grey becomes black.
        QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < gray.height(); ++y) {
            uchar* line = gray.scanLine(y);
            for (int x = 0; x < gray.width(); ++x)
                line[x] = line[x] < 200 ? uchar(std::max(0, (line[x] - 60) * 255 / 140)) : 255;
        }
        return gray;
    }
    }
    return image;
}

namespace {
// Requests wait for Document::render (which draws on its own pool). They must not sit on Qt's
// global pool: Qt's image conversion and painting use that pool for their own work.
QThreadPool& requestPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return *pool;
}
} // namespace

PageRenderer::PageRenderer(qint64 cacheBytes, QObject* parent)
    : QObject(parent)
    , m_cache(cacheBytes)
{
}

PageRenderer::~PageRenderer()
{
    cancelAll();
}

const QImage* PageRenderer::pageOrRequest(const std::shared_ptr<Document>& doc, const PageCache::Key& key, double dpi)
{
    if (const QImage* image = m_cache.find(key))
        return image;
    if (m_pending.contains(key) || !doc)
        return nullptr;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_pending.insert(key, Pending { cancel });
    auto future = QtConcurrent::run(
        &requestPool(), [doc, key, dpi, cancel, timeoutMs = m_timeoutMs]() -> Result<QImage> {
            RenderRequest request;
            request.page = key.page;
            request.dpi = dpi;
            request.rotation = key.rotation;
            request.cancel = cancel.get();
            request.timeoutMs = timeoutMs;
            Result<QImage> image = doc->render(request);
            if (!image)
                return image;
            return applyColourMode(std::move(image).value(), ColourMode(key.mode));
        });
    // The watcher is this renderer's child: a renderer gone before the page hears nothing of it.
    auto* watcher = new QFutureWatcher<Result<QImage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, cancel] {
        const Result<QImage> image = watcher->result();
        watcher->deleteLater();
        const auto it = m_pending.find(key);
        if (it == m_pending.end() || it->cancel != cancel)
            return; // cancelled and perhaps asked again since
        m_pending.erase(it);
        if (image) {
            m_cache.insert(key, *image);
            Q_EMIT pageReady(key);
        } else if (image.error().code != ErrorCode::Cancelled) {
            Q_EMIT pageFailed(key, image.message());
        }
    });
    watcher->setFuture(future);
    return nullptr;
}

void PageRenderer::keepOnly(const QSet<PageCache::Key>& wanted)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!wanted.contains(it.key())) {
            it->cancel->store(true);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void PageRenderer::cancelAll()
{
    for (Pending& p : m_pending)
        p.cancel->store(true);
    m_pending.clear();
}

} // namespace orgdesk
