#include "slidesurface.h"

#include "render/paint.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace okuw::ui {

namespace {
// Priorities for the renderer: what is on screen first, then the slide a
// click would show next, then the rest of the neighbourhood.
constexpr int kShown = 0;
constexpr int kNeighbour = 10;
} // namespace

SlideSurface::SlideSurface(render::SlideRenderer *renderer, QWidget *parent)
    : QWidget(parent), m_renderer(renderer)
{
    Q_ASSERT(renderer);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 36);
    connect(m_renderer, &render::SlideRenderer::rendered, this, &SlideSurface::onRendered);
}

SlideSurface::~SlideSurface()
{
    if (m_renderer)
        m_renderer->forget(this);
}

void SlideSurface::setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader)
{
    m_slides = slides;
    m_loader = loader;
    m_identities.clear();
    m_identities.reserve(slides.size());
    for (const core::Slide &s : slides)
        m_identities.append(render::slideIdentity(s));
    m_index = -1;
    m_image = {};
    m_standIn = {};
    m_highlight.clear();
    m_renderer->forget(this);
    update();
}

void SlideSurface::clearDeck()
{
    setDeck({}, {});
}

const core::Slide *SlideSurface::shownSlide() const
{
    return m_index >= 0 && m_index < m_slides.size() ? &m_slides[m_index] : nullptr;
}

render::RenderRequest SlideSurface::requestFor(int index, int priority, bool marked) const
{
    render::RenderRequest r;
    r.slide = m_slides[index];
    r.identity = m_identities[index];
    r.loader = m_loader;
    r.pixelSize = size();
    r.dpr = devicePixelRatioF();
    r.letterbox = m_letterbox;
    if (marked)
        r.highlight = m_highlight;
    r.priority = priority;
    return r;
}

render::RenderKey SlideSurface::currentKey() const
{
    return shownSlide() ? requestFor(m_index, kShown, true).key() : render::RenderKey{};
}

void SlideSurface::askRenderer()
{
    if (!shownSlide() || size().isEmpty() || !isVisible()) {
        m_renderer->forget(this);
        return;
    }
    QList<render::RenderRequest> wanted{requestFor(m_index, kShown, true)};
    for (int d = 1; d <= m_radius; ++d) {
        for (int i : {m_index + d, m_index - d}) {
            if (i >= 0 && i < m_slides.size())
                wanted.append(requestFor(i, kNeighbour + 2 * d + (i < m_index ? 1 : 0), false));
        }
    }
    m_renderer->want(this, wanted);
}

void SlideSurface::takeImage()
{
    const render::RenderKey key = currentKey();
    const QImage exact = shownSlide() ? m_renderer->cached(key) : QImage();
    if (!exact.isNull()) {
        m_image = exact;
        m_standIn = {};
        return;
    }
    // Keep what is on screen of the same slide (a resize); else any size of
    // it the renderer still has (the thumbnail, the other window's copy).
    if (!m_image.isNull())
        m_standIn = m_image;
    m_image = {};
    if (m_standIn.isNull() && shownSlide())
        m_standIn = m_renderer->cachedAtAnySize(key);
}

void SlideSurface::showSlide(int index)
{
    if (index < 0 || index >= m_slides.size()) {
        m_index = -1;
        m_image = {};
        m_standIn = {};
        m_renderer->forget(this);
        update();
        return;
    }
    if (index != m_index) {
        m_index = index;
        m_highlight.clear();
        m_image = {};
        m_standIn = {};
    }
    takeImage();
    if (!m_image.isNull())
        ++m_hits;
    else
        ++m_misses;
    askRenderer();
    update();
}

void SlideSurface::setHighlight(const QStringList &words)
{
    m_highlight = shownSlide() ? words : QStringList();
    if (!m_image.isNull())
        m_standIn = m_image; // the unmarked slide until the marked one arrives
    m_image = {};
    takeImage();
    askRenderer();
    update();
}

void SlideSurface::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void SlideSurface::setBlank(const QColor &color)
{
    if (color == m_blank)
        return;
    m_blank = color;
    update();
}

void SlideSurface::setLetterbox(const QColor &color)
{
    m_letterbox = color;
    syncTarget();
}

void SlideSurface::setPrefetchRadius(int radius)
{
    m_radius = std::max(0, radius);
    askRenderer();
}

void SlideSurface::syncTarget()
{
    if (!shownSlide())
        return;
    takeImage();
    askRenderer();
    update();
}

void SlideSurface::onRendered(const render::RenderKey &key)
{
    if (!shownSlide() || !(key == currentKey()))
        return;
    m_image = m_renderer->cached(key);
    m_standIn = {};
    update();
    emit imageReady();
}

void SlideSurface::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_lastPaintExact = false;
    if (m_blank.isValid()) {
        p.fillRect(rect(), m_blank);
        return;
    }
    p.fillRect(rect(), m_letterbox);
    if (!shownSlide()) {
        if (!m_emptyText.isEmpty()) {
            p.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
            p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                       m_emptyText);
        }
        return;
    }
    if (!m_image.isNull()) {
        m_lastPaintExact = true;
        p.drawImage(QPointF(0, 0), m_image);
        return;
    }
    if (!m_standIn.isNull()) {
        // The same slide at another size: its canvas scaled into this one.
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF natural = m_standIn.deviceIndependentSize();
        const QSizeF scaled = natural.scaled(QSizeF(size()), Qt::KeepAspectRatio);
        p.drawImage(
            QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                   scaled),
            m_standIn);
    }
}

void SlideSurface::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncTarget();
}

void SlideSurface::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncTarget();
}

void SlideSurface::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A hidden surface wants nothing: its place in the queue goes to others.
    if (m_renderer)
        m_renderer->forget(this);
}

void SlideSurface::mousePressEvent(QMouseEvent *event)
{
    emit clicked(event->button());
    event->accept();
}

void SlideSurface::wheelEvent(QWheelEvent *event)
{
    // One notch is 120; touchpads send many small steps.
    m_wheel += event->angleDelta().y();
    const int steps = m_wheel / 120;
    if (steps != 0) {
        m_wheel -= steps * 120;
        emit wheelTurned(-steps);
    }
    event->accept();
}

} // namespace okuw::ui
