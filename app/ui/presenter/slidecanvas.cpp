#include "slidecanvas.h"

#include "render/layout.h"
#include "render/sliderenderer.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace okuw::ui {

SlideCanvas::SlideCanvas(const render::AssetLoader &loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_renderer(new render::SlideRenderer(loader, this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(64, 36);
    connect(m_renderer, &render::SlideRenderer::rendered, this, &SlideCanvas::onRendered);
}

SlideCanvas::~SlideCanvas() = default;

void SlideCanvas::setSlides(const QList<core::Slide> &slides)
{
    m_slides = slides;
    m_renderer->setSlides(slides);
    m_renderer->setCacheLimit(2 * m_radius + 4);
    m_image = {};
    m_index = -1;
}

void SlideCanvas::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void SlideCanvas::setBlank(Blank blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    update();
}

void SlideCanvas::syncTarget()
{
    if (size().isEmpty())
        return;
    m_renderer->setTarget(size(), devicePixelRatioF());
    if (m_index >= 0) {
        m_renderer->request(m_index);
        m_renderer->prefetch(m_index, m_radius);
    }
}

void SlideCanvas::showSlide(int index)
{
    if (index < 0 || index >= m_slides.size()) {
        m_index = -1;
        m_image = {};
        update();
        return;
    }
    m_index = index;
    syncTarget();
    const QImage hit = m_renderer->cached(index);
    if (!hit.isNull()) {
        ++m_hits;
        m_image = hit;
    } else if (isVisible() && !size().isEmpty()) {
        // Not pre-rendered yet (a jump, or the first slide): drawing it now
        // costs one render on this thread, still less than a visible blank.
        ++m_misses;
        m_image = render::renderSlide(m_slides[index], size(), devicePixelRatioF(), m_loader,
                                      m_letterbox);
    }
    update();
}

void SlideCanvas::onRendered(const render::RenderKey &key, int index, const QImage &image)
{
    if (index != m_index || key.pixelSize != size())
        return;
    m_image = image;
    update();
}

void SlideCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_blank != Blank::None) {
        p.fillRect(rect(), m_blank == Blank::White ? Qt::white : Qt::black);
        return;
    }
    p.fillRect(rect(), m_letterbox);
    if (m_index < 0 || m_image.isNull()) {
        if (m_index < 0 && !m_emptyText.isEmpty()) {
            p.setPen(QColor(150, 150, 150));
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
        return;
    }
    // An image of another size (just resized, the right one still rendering)
    // is scaled meanwhile rather than leaving the slide blank.
    const QSizeF natural = m_image.deviceIndependentSize();
    if (natural.toSize() == size()) {
        p.drawImage(QPointF(0, 0), m_image);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF scaled = natural.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                        scaled);
    p.drawImage(target, m_image);
}

void SlideCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncTarget();
}

void SlideCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_index >= 0 && m_image.isNull())
        showSlide(m_index);
    else
        syncTarget();
}

void SlideCanvas::mousePressEvent(QMouseEvent *event)
{
    emit clicked(event->button());
    event->accept();
}

void SlideCanvas::wheelEvent(QWheelEvent *event)
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
