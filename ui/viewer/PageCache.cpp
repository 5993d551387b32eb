// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewer/PageCache.h"

#include <QHashFunctions>

namespace orgdesk {

PageCache::PageCache(qint64 maxBytes)
    : m_cache(maxBytes)
{
}

const QImage* PageCache::find(const Key& key) const
{
    return m_cache.object(key);
}

void PageCache::insert(const Key& key, const QImage& image)
{
    m_cache.insert(key, new QImage(image), std::max<qint64>(1, image.sizeInBytes()));
}

size_t qHash(const PageCache::Key& key, size_t seed)
{
    return qHashMulti(seed, key.document, key.page, key.width, key.rotation, key.mode);
}

} // namespace orgdesk
