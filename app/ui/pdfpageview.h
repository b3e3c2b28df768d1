// A continuous (multi-page) view of a QPdfDocument that draws what Qt 6.4's
// QPdfView cannot: every search hit, the current one stronger, and a text
// selection made with the mouse. Pages are drawn from tiles rendered on a
// worker (PdfTiles): painting never waits for pdfium.
#pragma once

#include "pdftiles.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRectF>

class QPdfDocument;

namespace okuw::ui {

struct PdfHit
{
    int page = 0;
    QList<QRectF> rects; // in page points
};

class PdfPageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };

    explicit PdfPageView(QWidget *parent = nullptr);

    void setDocument(QPdfDocument *document);
    QPdfDocument *document() const { return m_doc; }

    int currentPage() const { return m_currentPage; }
    void goToPage(int page, qreal yPoints = -1); // yPoints: a point on the page to show

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom); // 1.0 = 100 %; leaves fit mode
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);
    void zoomIn();
    void zoomOut();

    void setHits(const QList<PdfHit> &hits);
    const QList<PdfHit> &hits() const { return m_hits; }
    void setCurrentHit(int index); // scrolls it into view
    int currentHit() const { return m_currentHit; }

    QString selectedText() const { return m_selectionText; }
    void clearSelection();

    // A page's size in points (read once when the document is set).
    QSizeF pointSize(int page) const { return m_pointSizes.value(page); }
    // Renders the pages in tiles; the pane's thumbnails come from it too.
    PdfTiles *tiles() const { return m_tiles; }

    // Page `page`'s rectangle in viewport coordinates (for tests and overlays).
    QRectF pageRectInViewport(int page) const;
    QRectF pointsToViewport(int page, const QRectF &points) const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    void selectionChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qreal scale() const; // device-independent pixels per point
    void relayout();
    void updateCurrentPage();
    int pageAt(const QPointF &viewportPos, QPointF *points = nullptr) const;
    PdfTileKey previewKey(int page) const;

    QPdfDocument *m_doc = nullptr;
    PdfTiles *m_tiles;
    QList<QSizeF> m_pointSizes; // read once: layout never waits for pdfium
    QList<QRectF> m_pages;      // in layout pixels (zoom applied), without scroll
    qreal m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    int m_currentPage = 0;
    QList<PdfHit> m_hits;
    int m_currentHit = -1;

    int m_selPage = -1;
    QPointF m_selStart;
    QList<QPolygonF> m_selBounds;
    QString m_selectionText;
    bool m_selecting = false;
};

} // namespace okuw::ui
