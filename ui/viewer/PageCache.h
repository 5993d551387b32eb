// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>

namespace orgdesk {

// Rendered pages kept for quick flipping, bounded in bytes (not in pages: a 600 dpi fax page
// weighs a hundred thumbnails). Oldest-used pages go first.
//
// Thread rules: GUI thread only.
class PageCache
{
public:
    struct Key
    {
        qint64 document = 0; // attachment id or another document number
        int page = 0;
        int width = 0;       // rendered width in pixels (zoom)
        int rotation = 0;
        int mode = 0;        // colour mode
        bool operator==(const Key&) const = default;
    };

    explicit PageCache(qint64 maxBytes = 256LL * 1024 * 1024);
    const QImage* find(const Key& key) const;
    void insert(const Key& key, const QImage& image);
    void clear() { m_cache.clear(); }
    qint64 bytes() const { return m_cache.totalCost(); }

private:
    QCache<Key, QImage> m_cache;
};

size_t qHash(const PageCache::Key& key, size_t seed = 0);

} // namespace orgdesk
