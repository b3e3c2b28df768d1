#include "slideview.h"

#include "render/layout.h"
#include "render/sliderenderer.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

namespace okuw::ui {

SlideView::SlideView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("slideView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 90);
    m_renderer = new render::SlideRenderer(
        [this](const QString &path) { return m_loader ? m_loader(path) : QByteArray(); }, this);
    m_renderer->setCacheLimit(16);
    connect(m_renderer, &render::SlideRenderer::rendered, this, &SlideView::onRendered);
}

SlideView::~SlideView() = default;

void SlideView::setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader)
{
    m_loader = loader;
    m_slides = slides;
    m_index = -1;
    m_stale = {};
    m_staleIndex = -1;
    m_renderer->setSlides(slides);
    updateTarget();
    setCurrentIndex(0);
}

void SlideView::clearDeck()
{
    m_slides.clear();
    m_renderer->setSlides({});
    m_loader = {};
    m_index = -1;
    m_stale = {};
    m_highlight.clear();
    m_highlighted = {};
    update();
}

const core::Slide *SlideView::currentSlide() const
{
    return m_index >= 0 && m_index < m_slides.size() ? &m_slides[m_index] : nullptr;
}

bool SlideView::setCurrentIndex(int index)
{
    if (m_slides.isEmpty())
        return false;
    index = std::clamp(index, 0, int(m_slides.size()) - 1);
    if (index == m_index)
        return true;
    m_index = index;
    m_highlight.clear();
    m_highlighted = {};
    m_renderer->request(index);
    m_renderer->prefetch(index, 2);
    update();
    emit currentChanged(index);
    return true;
}

void SlideView::setHighlight(const QStringList &words)
{
    m_highlight = currentSlide() ? words : QStringList();
    m_highlighted = {};
    update();
}

void SlideView::updateTarget()
{
    if (size().isEmpty())
        return;
    m_renderer->setTarget(size(), devicePixelRatioF());
    if (m_index >= 0) {
        m_renderer->request(m_index);
        m_renderer->prefetch(m_index, 2);
    }
}

void SlideView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTarget();
}

void SlideView::onRendered(const render::RenderKey &key, int index, const QImage &)
{
    if (index == m_index && key == m_renderer->keyFor(index))
        update();
}

void SlideView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const core::Slide *slide = currentSlide();
    if (!slide) {
        m_lastPaintCached = false;
        p.setPen(palette().color(QPalette::Mid));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Choose a module or a slide in the navigator."));
        return;
    }
    if (!m_highlight.isEmpty()) {
        const qreal dpr = devicePixelRatioF();
        if (m_highlighted.deviceIndependentSize().toSize() != size() ||
            !qFuzzyCompare(m_highlighted.devicePixelRatio(), dpr))
            m_highlighted =
                render::renderSlide(*slide, size(), dpr, m_loader, Qt::black, m_highlight);
        m_lastPaintCached = false;
        p.drawImage(QPointF(0, 0), m_highlighted);
        return;
    }
    const QImage image = m_renderer->cached(m_index);
    if (!image.isNull()) {
        m_lastPaintCached = true;
        m_stale = image;
        m_staleIndex = m_index;
        p.drawImage(QPointF(0, 0), image);
        return;
    }
    m_lastPaintCached = false;
    if (m_staleIndex == m_index && !m_stale.isNull()) {
        // Resizing: the old image scaled is good enough until the new one arrives.
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF logical = m_stale.deviceIndependentSize();
        const QRectF target = render::canvasRect(QRectF(rect()), logical);
        p.drawImage(target, m_stale);
        return;
    }
    // Not rendered yet (first show): paint it here rather than show nothing.
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    render::paintSlide(p, QRectF(rect()), *slide, m_loader);
}

void SlideView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SlideView::mousePressEvent(QMouseEvent *event)
{
    // A click only focuses: participants click into the slide before using
    // the keys, and an accidental advance would lose their place.
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::ForwardButton)
        next();
    else if (event->button() == Qt::BackButton)
        previous();
}

void SlideView::wheelEvent(QWheelEvent *event)
{
    m_wheelDelta += event->angleDelta().y();
    while (m_wheelDelta <= -120) {
        m_wheelDelta += 120;
        next();
    }
    while (m_wheelDelta >= 120) {
        m_wheelDelta -= 120;
        previous();
    }
    event->accept();
}

} // namespace okuw::ui
