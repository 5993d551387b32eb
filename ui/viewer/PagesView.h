// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewer/PageRenderer.h"

#include <QAbstractScrollArea>

#include <memory>

namespace orgdesk {

// Continuous, scrollable column of a document's pages. Only the pages in sight are drawn (off
// the GUI thread); the neighbours are prefetched; pages scrolled out of sight are cancelled.
//
// Thread rules: GUI thread only.
class PagesView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Zoom { FitWidth, FitPage, Percent };

    explicit PagesView(QWidget* parent = nullptr);

    // `documentId` names the document in the cache (an attachment id); `rotations` are the
    // stored extra rotations per page (degrees, may be shorter than the page count).
    void setDocument(std::shared_ptr<Document> doc, qint64 documentId, QList<int> rotations);
    const std::shared_ptr<Document>& document() const { return m_doc; }

    void setZoom(Zoom zoom, int percent = 100);
    Zoom zoom() const { return m_zoom; }
    int zoomPercent() const; // the effective percentage, whatever the mode
    void setColourMode(ColourMode mode);
    void setRotation(int page, int degrees);
    int rotation(int page) const { return page < m_rotations.size() ? m_rotations.at(page) : 0; }

    int pageCount() const { return m_doc ? m_doc->pageCount() : 0; }
    int currentPage() const { return m_current; }
    void goToPage(int page);

    // Search hits (page, rectangle in points) to highlight; `current` is shown stronger.
    void setHits(QList<std::pair<int, QRectF>> hits, int current);
    PageRenderer& renderer() { return m_renderer; }
    // Why page `page` could not be drawn (empty when it was, or is still being drawn).
    QString failure(int page) const { return m_failures.value(page); }

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void relayout();
    QSizeF displayPoints(int page) const; // with the stored rotation
    double scale() const;                 // pixels per point
    int pageAt(int y) const;
    void updateCurrent();

    std::shared_ptr<Document> m_doc;
    qint64 m_documentId = 0;
    QList<int> m_rotations;
    QList<QSizeF> m_sizes;   // unrotated page sizes in points
    QList<int> m_offsets;    // top of each page in pixels
    int m_totalHeight = 0;
    int m_maxWidth = 0;
    Zoom m_zoom = Zoom::FitWidth;
    int m_percent = 100;
    ColourMode m_mode = ColourMode::Normal;
    int m_current = 0;
    QList<std::pair<int, QRectF>> m_hits;
    int m_currentHit = -1;
    QHash<int, QString> m_failures;
    PageRenderer m_renderer;
};

} // namespace orgdesk
