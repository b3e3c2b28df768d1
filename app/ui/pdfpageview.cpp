#include "pdfpageview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QScrollBar>

namespace okuw::ui {

namespace {
constexpr int kMargin = 12;
constexpr int kSpacing = 12;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
} // namespace

PdfPageView::PdfPageView(QWidget *parent) : QAbstractScrollArea(parent), m_tiles(new PdfTiles(this))
{
    setObjectName(QStringLiteral("pdfPageView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    connect(m_tiles, &PdfTiles::tileReady, viewport(), qOverload<>(&QWidget::update));
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

void PdfPageView::setDocument(QPdfDocument *document)
{
    m_tiles->setDocument(document);
    m_doc = document;
    m_pointSizes.clear();
    for (int i = 0; document && i < document->pageCount(); ++i)
        m_pointSizes.append(document->pagePointSize(i));
    m_hits.clear();
    m_currentHit = -1;
    clearSelection();
    m_currentPage = 0;
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

qreal PdfPageView::scale() const
{
    return m_zoom * logicalDpiY() / 72.0;
}

void PdfPageView::relayout()
{
    m_pages.clear();
    const int count = int(m_pointSizes.size());
    if (count > 0 && m_fit != Fit::None) {
        // Fit to the widest page (width) or to the first page (page).
        const QSize vp = viewport()->size();
        qreal widest = 1;
        for (int i = 0; i < count; ++i)
            widest = std::max(widest, m_pointSizes[i].width());
        const qreal perPoint = logicalDpiY() / 72.0;
        qreal z = (vp.width() - 2 * kMargin) / (widest * perPoint);
        if (m_fit == Fit::Page) {
            const QSizeF first = m_pointSizes[std::clamp(m_currentPage, 0, count - 1)];
            z = std::min(z, (vp.height() - 2 * kMargin) /
                                (std::max<qreal>(1, first.height()) * perPoint));
        }
        z = std::clamp(z, kMinZoom, kMaxZoom);
        if (!qFuzzyCompare(z, m_zoom)) {
            m_zoom = z;
            emit zoomChanged(m_zoom);
        }
    }
    qreal y = kMargin;
    qreal width = 0;
    for (int i = 0; i < count; ++i) {
        const QSizeF s = m_pointSizes[i] * scale();
        m_pages.append(QRectF(0, y, std::round(s.width()), std::round(s.height())));
        y += std::round(s.height()) + kSpacing;
        width = std::max(width, std::round(s.width()));
    }
    const qreal totalWidth = width + 2 * kMargin;
    const qreal totalHeight = count ? y - kSpacing + kMargin : 0;
    const qreal contentWidth = std::max<qreal>(totalWidth, viewport()->width());
    for (QRectF &r : m_pages)
        r.moveLeft(std::round((contentWidth - r.width()) / 2));
    horizontalScrollBar()->setRange(0, std::max(0, int(totalWidth) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, int(totalHeight) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

QRectF PdfPageView::pageRectInViewport(int page) const
{
    if (page < 0 || page >= m_pages.size())
        return {};
    return m_pages[page].translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

QRectF PdfPageView::pointsToViewport(int page, const QRectF &points) const
{
    const QRectF pr = pageRectInViewport(page);
    const qreal s = scale();
    return QRectF(pr.left() + points.left() * s, pr.top() + points.top() * s, points.width() * s,
                  points.height() * s);
}

void PdfPageView::goToPage(int page, qreal yPoints)
{
    if (m_pages.isEmpty())
        return;
    page = std::clamp(page, 0, int(m_pages.size()) - 1);
    int y = int(m_pages[page].top()) - kMargin;
    if (yPoints >= 0)
        y = int(m_pages[page].top() + yPoints * scale()) - viewport()->height() / 3;
    verticalScrollBar()->setValue(y);
    // The scroll bar may not move (last pages); the page asked for is current.
    if (m_currentPage != page) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
    viewport()->update();
}

void PdfPageView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const int page = m_currentPage;
    const QRectF pr = m_pages.value(page);
    const qreal offset = pr.isNull() ? 0 : (verticalScrollBar()->value() - pr.top()) / scale();
    m_fit = Fit::None;
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        emit zoomChanged(m_zoom);
    }
    relayout();
    if (!m_pages.isEmpty())
        verticalScrollBar()->setValue(int(m_pages[page].top() + offset * scale()));
    viewport()->update();
}

void PdfPageView::setFit(Fit fit)
{
    const int page = m_currentPage;
    m_fit = fit;
    relayout();
    if (fit == Fit::Page)
        goToPage(page);
    viewport()->update();
}

void PdfPageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}
void PdfPageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PdfPageView::setHits(const QList<PdfHit> &hits)
{
    m_hits = hits;
    m_currentHit = -1;
    viewport()->update();
}

void PdfPageView::setCurrentHit(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    m_currentHit = index;
    const PdfHit &hit = m_hits[index];
    goToPage(hit.page, hit.rects.isEmpty() ? -1 : hit.rects.first().top());
    viewport()->update();
}

void PdfPageView::clearSelection()
{
    m_selPage = -1;
    m_selBounds.clear();
    m_selectionText.clear();
    viewport()->update();
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = m_currentPage;
    relayout();
    if (m_fit != Fit::None)
        goToPage(page);
}

void PdfPageView::scrollContentsBy(int, int)
{
    updateCurrentPage();
    viewport()->update();
}

void PdfPageView::updateCurrentPage()
{
    // The page under a line a quarter down the viewport is the one being read.
    const qreal probe = verticalScrollBar()->value() + viewport()->height() / 4.0;
    int page = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].top() <= probe)
            page = i;
        else
            break;
    }
    if (page != m_currentPage && !m_pages.isEmpty()) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
}

void PdfPageView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (!m_doc)
        return;
    const QRectF visible(event->rect());
    const QColor hitColor(255, 200, 0, 110);
    const QColor currentColor(255, 110, 0, 150);
    const QColor selectionColor(60, 120, 230, 90);
    const qreal dpr = devicePixelRatioF();
    QList<PdfTileKey> previews;
    QList<PdfTileKey> tiles;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QRectF pr = pageRectInViewport(i);
        if (!pr.intersects(visible)) {
            if (pr.top() > visible.bottom())
                break;
            continue;
        }
        p.fillRect(pr.translated(2, 2), QColor(0, 0, 0, 60));
        // Pages without a background of their own render transparent.
        p.fillRect(pr, Qt::white);
        // A small picture of the whole page first (cheap, and drawn scaled
        // while the sharp tiles come), then the tiles in view.
        const PdfTileKey preview = previewKey(i);
        if (QImage img = m_tiles->cached(preview); !img.isNull()) {
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(pr, img);
        } else {
            previews.append(preview);
        }
        const QSize pageSize = (pr.size() * dpr).toSize();
        const QRect inPage = ((visible & pr).translated(-pr.topLeft()).toAlignedRect());
        const QRect devicePart(inPage.topLeft() * dpr, inPage.size() * dpr);
        for (const PdfTileKey &t : PdfTiles::tilesFor(i, pageSize, devicePart)) {
            QImage img = m_tiles->cached(t);
            if (img.isNull()) {
                tiles.append(t);
                continue;
            }
            img.setDevicePixelRatio(dpr);
            p.drawImage(pr.topLeft() + QPointF(t.origin) / dpr, img);
        }
        for (int h = 0; h < m_hits.size(); ++h) {
            if (m_hits[h].page != i)
                continue;
            for (const QRectF &r : m_hits[h].rects)
                p.fillRect(pointsToViewport(i, r).adjusted(-1, -1, 1, 1),
                           h == m_currentHit ? currentColor : hitColor);
        }
        if (i == m_selPage) {
            p.save();
            p.translate(pr.topLeft());
            p.scale(scale(), scale());
            p.setPen(Qt::NoPen);
            p.setBrush(selectionColor);
            for (const QPolygonF &poly : m_selBounds)
                p.drawPolygon(poly);
            p.restore();
        }
    }
    m_tiles->want(previews + tiles);
}

PdfTileKey PdfPageView::previewKey(int page) const
{
    // 256 device pixels across: one tile, a few hundred KB at most.
    const QSizeF pts = m_pointSizes.value(page, QSizeF(595, 842));
    const qreal w = 256;
    const qreal h = std::clamp(w * pts.height() / std::max<qreal>(1, pts.width()), 16.0, 512.0);
    return {page, QSize(int(w), int(h)), QPoint(0, 0)};
}

int PdfPageView::pageAt(const QPointF &pos, QPointF *points) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QRectF pr = pageRectInViewport(i);
        if (pos.y() >= pr.top() - kSpacing / 2.0 && pos.y() <= pr.bottom() + kSpacing / 2.0) {
            if (points)
                *points = (pos - pr.topLeft()) / scale();
            return i;
        }
    }
    return -1;
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || !m_doc)
        return;
    QPointF pt;
    const int page = pageAt(event->position(), &pt);
    clearSelection();
    if (page < 0)
        return;
    m_selPage = page;
    m_selStart = pt;
    m_selecting = true;
}

void PdfPageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || m_selPage < 0)
        return;
    const QRectF pr = pageRectInViewport(m_selPage);
    const QPointF end = (event->position() - pr.topLeft()) / scale();
    const QPdfSelection sel = m_doc->getSelection(m_selPage, m_selStart, end);
    m_selBounds = sel.bounds();
    m_selectionText = sel.text();
    viewport()->update();
}

void PdfPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selecting = false;
    mouseMoveEvent(event);
    if (!m_selectionText.isEmpty()) {
        if (QClipboard *cb = QApplication::clipboard(); cb && cb->supportsSelection())
            cb->setText(m_selectionText, QClipboard::Selection);
        emit selectionChanged(m_selectionText);
    }
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && !m_selectionText.isEmpty()) {
        QApplication::clipboard()->setText(m_selectionText);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(int(m_pages.size()) - 1);
        return;
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace okuw::ui
