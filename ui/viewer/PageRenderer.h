// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewer/PageCache.h"
#include "documents/Document.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <atomic>
#include <memory>

namespace orgdesk {

// Colour treatments for faint or dark faxes, applied after drawing.
enum class ColourMode { Normal = 0, HighContrast = 1, Inverted = 2 };

// Draws pages off the GUI thread (through the document's worker process when it is a
// WorkerDocument, as the viewer's are) and keeps them in a byte-bounded cache. Requests for the same
// page are merged; requests that are no longer wanted (the person scrolled away) are cancelled.
//
// Thread rules: the object lives on the GUI thread; drawing runs on Document's render pool.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(qint64 cacheBytes, QObject* parent = nullptr);
    ~PageRenderer() override;

    // The cached image for `key`, or null and (unless already under way) a request to draw it.
    const QImage* pageOrRequest(const std::shared_ptr<Document>& doc, const PageCache::Key& key, double dpi);
    // Cancels every request that is not in `wanted` (pages scrolled out of sight).
    void keepOnly(const QSet<PageCache::Key>& wanted);
    void cancelAll();
    void clearCache() { m_cache.clear(); }
    qint64 cachedBytes() const { return m_cache.bytes(); }
    int pending() const { return int(m_pending.size()); }
    // How long one page may take to draw before it is given up (and its worker with it).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void pageReady(const orgdesk::PageCache::Key& key);
    void pageFailed(const orgdesk::PageCache::Key& key, const QString& message);

private:
    struct Pending
    {
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    PageCache m_cache;
    QHash<PageCache::Key, Pending> m_pending;
    int m_timeoutMs = 20000;
};

QImage applyColourMode(QImage image, ColourMode mode);

} // namespace orgdesk
