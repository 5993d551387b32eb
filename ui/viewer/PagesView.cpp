// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewer/PagesView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace orgdesk {

namespace {
constexpr int kMargin = 12;                  // around and between pages, in pixels
constexpr int kMeasureAllPagesUpTo = 400;    // longer documents are laid out by their first page
constexpr qint64 kCacheBytes = 192LL * 1024 * 1024;
} // namespace

PagesView::PagesView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_renderer(kCacheBytes)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Document pages"));
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    connect(&m_renderer, &PageRenderer::pageReady, viewport(), qOverload<>(&QWidget::update));
    connect(&m_renderer, &PageRenderer::pageFailed, this, [this](const PageCache::Key& key, const QString& message) {
        m_failures.insert(key.page, message);
        viewport()->update();
    });
}

void PagesView::setDocument(std::shared_ptr<Document> doc, qint64 documentId, QList<int> rotations)
{
    m_renderer.cancelAll();
    m_doc = std::move(doc);
    m_documentId = documentId;
    m_rotations = std::move(rotations);
    m_hits.clear();
    m_currentHit = -1;
    m_failures.clear();
    m_sizes.clear();
    const int pages = pageCount();
    if (pages > 0) {
        const QSizeF first = m_doc->pageSize(0);
        for (int i = 0; i < pages; ++i)
            m_sizes.append(i == 0 || pages > kMeasureAllPagesUpTo ? first : m_doc->pageSize(i));
    }
    m_current = 0;
    relayout();
    verticalScrollBar()->setValue(0);
    updateCurrent();
}

QSizeF PagesView::displayPoints(int page) const
{
    const QSizeF s = m_sizes.value(page, QSizeF(595, 842));
    return rotation(page) % 180 == 0 ? s : s.transposed();
}

double PagesView::scale() const
{
    if (m_sizes.isEmpty())
        return 1.0;
    const QSizeF first = displayPoints(0);
    const double availableW = std::max(50, viewport()->width() - 2 * kMargin);
    const double availableH = std::max(50, viewport()->height() - 2 * kMargin);
    switch (m_zoom) {
    case Zoom::FitWidth:
        return availableW / first.width();
    case Zoom::FitPage:
        return std::min(availableW / first.width(), availableH / first.height());
    case Zoom::Percent:
        break;
    }
    return m_percent / 100.0 * logicalDpiX() / 72.0;
}

int PagesView::zoomPercent() const
{
    return qRound(scale() * 72.0 / logicalDpiX() * 100.0);
}

void PagesView::relayout()
{
    const double s = scale();
    m_offsets.clear();
    int y = kMargin;
    m_maxWidth = 0;
    for (int i = 0; i < m_sizes.size(); ++i) {
        m_offsets.append(y);
        const QSizeF d = displayPoints(i) * s;
        y += qRound(d.height()) + kMargin;
        m_maxWidth = std::max(m_maxWidth, qRound(d.width()));
    }
    m_totalHeight = y;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, m_totalHeight - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, m_maxWidth + 2 * kMargin - viewport()->width()));
    viewport()->update();
}

void PagesView::setZoom(Zoom zoom, int percent)
{
    const int page = m_current;
    m_zoom = zoom;
    m_percent = std::clamp(percent, 10, 800);
    relayout();
    goToPage(page);
    Q_EMIT zoomChanged();
}

void PagesView::setColourMode(ColourMode mode)
{
    m_mode = mode;
    viewport()->update();
}

void PagesView::setRotation(int page, int degrees)
{
    while (m_rotations.size() <= page)
        m_rotations.append(0);
    m_rotations[page] = ((degrees % 360) + 360) % 360;
    relayout();
    goToPage(page);
}

void PagesView::goToPage(int page)
{
    if (page < 0 || page >= m_offsets.size())
        return;
    verticalScrollBar()->setValue(m_offsets.at(page) - kMargin);
    m_current = page;
    Q_EMIT currentPageChanged(page);
    viewport()->update();
}

void PagesView::setHits(QList<std::pair<int, QRectF>> hits, int current)
{
    m_hits = std::move(hits);
    m_currentHit = current;
    if (current >= 0 && current < m_hits.size()) {
        const auto& [page, rect] = m_hits.at(current);
        if (page != m_current)
            goToPage(page);
    }
    viewport()->update();
}

int PagesView::pageAt(int y) const
{
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), y);
    return std::max(0, int(it - m_offsets.cbegin()) - 1);
}

void PagesView::updateCurrent()
{
    if (m_offsets.isEmpty())
        return;
    const int page = pageAt(verticalScrollBar()->value() + viewport()->height() / 3);
    if (page != m_current) {
        m_current = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PagesView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    if (!m_doc || m_offsets.isEmpty()) {
        p.setPen(palette().color(QPalette::Light));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No document to show."));
        return;
    }
    const double s = scale();
    const double ratio = devicePixelRatioF();
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int first = pageAt(top);
    const int last = pageAt(bottom);
    const int xShift = -horizontalScrollBar()->value();
    QSet<PageCache::Key> wanted;
    for (int i = first; i <= last; ++i) {
        const QSizeF d = displayPoints(i) * s;
        const int x = xShift + std::max(kMargin, (viewport()->width() - qRound(d.width())) / 2);
        const QRect pageRect(x, m_offsets.at(i) - top, qRound(d.width()), qRound(d.height()));
        p.fillRect(pageRect.translated(3, 3), QColor(0, 0, 0, 60));
        p.fillRect(pageRect, Qt::white);
        const PageCache::Key key { m_documentId, i, qRound(pageRect.width() * ratio), rotation(i), int(m_mode) };
        wanted.insert(key);
        // Render at the resolution that fills the page rectangle (pixels per inch).
        const double dpi = 72.0 * s * ratio;
        // A page that failed (it took too long, or its worker died) is not asked for again.
        const QImage* image = m_failures.contains(i) ? nullptr : m_renderer.pageOrRequest(m_doc, key, dpi);
        if (image) {
            p.drawImage(pageRect, *image);
        } else {
            p.setPen(Qt::darkGray);
            p.drawText(pageRect, Qt::AlignCenter | Qt::TextWordWrap,
                       m_failures.contains(i) ? m_failures.value(i) : tr("Drawing page %1…").arg(i + 1));
        }
        // Search hits, mapped from page points through the page's extra rotation.
        const QSizeF base = m_sizes.value(i);
        QTransform t;
        switch (rotation(i)) {
        case 90:
            t.translate(base.height(), 0).rotate(90);
            break;
        case 180:
            t.translate(base.width(), base.height()).rotate(180);
            break;
        case 270:
            t.translate(0, base.width()).rotate(270);
            break;
        default:
            break;
        }
        for (int h = 0; h < m_hits.size(); ++h) {
            if (m_hits.at(h).first != i)
                continue;
            const QRectF r = t.mapRect(m_hits.at(h).second);
            const QRectF onScreen(pageRect.left() + r.left() * s, pageRect.top() + r.top() * s, r.width() * s,
                                  r.height() * s);
            p.fillRect(onScreen, h == m_currentHit ? QColor(255, 140, 0, 110) : QColor(255, 230, 0, 90));
        }
    }
    // Prefetch the neighbours (two ahead, one back: pages are mostly read forwards), drawn by the
    // document's worker while this one is read; everything else is no longer wanted.
    for (int n : { last + 1, first - 1, last + 2 }) {
        if (n >= 0 && n < pageCount() && !m_failures.contains(n)) {
            const PageCache::Key key { m_documentId, n, qRound(displayPoints(n).width() * s * ratio),
                rotation(n), int(m_mode) };
            wanted.insert(key);
            m_renderer.pageOrRequest(m_doc, key, 72.0 * s * ratio);
        }
    }
    m_renderer.keepOnly(wanted);
}

void PagesView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = m_current;
    relayout();
    if (m_zoom != Zoom::Percent && !m_offsets.isEmpty())
        verticalScrollBar()->setValue(m_offsets.value(page) - kMargin);
}

void PagesView::scrollContentsBy(int, int)
{
    updateCurrent();
    viewport()->update();
}

void PagesView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        goToPage(std::min(pageCount() - 1, m_current + 1));
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        goToPage(std::max(0, m_current - 1));
        return;
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return;
    case Qt::Key_Space:
        verticalScrollBar()->setValue(verticalScrollBar()->value()
                                      + (event->modifiers() & Qt::ShiftModifier ? -1 : 1) * viewport()->height() * 9 / 10);
        return;
    default:
        break;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            setZoom(Zoom::Percent, zoomPercent() + 10);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            setZoom(Zoom::Percent, zoomPercent() - 10);
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PagesView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(Zoom::Percent, zoomPercent() + steps * 10);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace orgdesk
