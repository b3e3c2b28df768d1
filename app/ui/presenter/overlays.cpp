#include "overlays.h"

#include "presenterstate.h"
#include "render/paint.h"

#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace okuw::ui {

namespace {
constexpr int kMargin = 24;
constexpr int kGap = 14;
constexpr int kLabel = 22;
const QColor kAccent(255, 170, 40);
} // namespace

OverviewGrid::OverviewGrid(render::SlideRenderer *renderer, QWidget *parent)
    : QWidget(parent), m_renderer(renderer)
{
    setFocusPolicy(Qt::NoFocus);
    connect(renderer, &render::SlideRenderer::rendered, this, [this](const render::RenderKey &k) {
        if (k.pixelSize == m_thumb && isVisible())
            update();
    });
}

OverviewGrid::~OverviewGrid()
{
    if (m_renderer)
        m_renderer->forget(this);
}

void OverviewGrid::setSlides(const QList<core::Slide> &slides, const render::AssetLoader &loader)
{
    m_slides = slides;
    m_loader = loader;
    m_identities.clear();
    for (const core::Slide &s : slides)
        m_identities.append(render::slideIdentity(s));
    relayout();
}

void OverviewGrid::setSelection(int selected, int current)
{
    const bool moved = selected != m_selected;
    m_selected = selected;
    m_current = current;
    if (moved)
        askRenderer();
    update();
}

render::RenderRequest OverviewGrid::request(int index, int priority) const
{
    render::RenderRequest r;
    r.slide = m_slides[index];
    r.identity = m_identities[index];
    r.loader = m_loader;
    r.pixelSize = m_thumb;
    r.dpr = devicePixelRatioF();
    r.priority = priority;
    return r;
}

void OverviewGrid::askRenderer()
{
    if (!m_renderer)
        return;
    if (!isVisible() || m_thumb.isEmpty()) {
        m_renderer->forget(this);
        return;
    }
    // The selected slide and its neighbours first, then the rest in order.
    QList<render::RenderRequest> wanted;
    for (int d = 0; d < m_slides.size(); ++d) {
        for (int i : {m_selected + d, m_selected - d}) {
            if (i >= 0 && i < m_slides.size() && (d > 0 || i == m_selected))
                wanted.append(request(i, 30 + d));
            if (d == 0)
                break;
        }
    }
    m_renderer->want(this, wanted);
}

int OverviewGrid::renderedCount() const
{
    int n = 0;
    for (int i = 0; m_renderer && i < m_slides.size(); ++i)
        n += m_renderer->cached(request(i, 0).key()).isNull() ? 0 : 1;
    return n;
}

void OverviewGrid::relayout()
{
    const int n = int(m_slides.size());
    const int w = width() - 2 * kMargin;
    const int h = height() - 2 * kMargin;
    if (n == 0 || w <= 0 || h <= 0)
        return;
    // The fewest columns for which every slide fits without scrolling.
    int cols = 2;
    QSize thumb;
    for (; cols <= 16; ++cols) {
        const int tw = (w - (cols - 1) * kGap) / cols;
        thumb = QSize(tw, tw * 9 / 16);
        const int rows = (n + cols - 1) / cols;
        if (rows * (thumb.height() + kLabel + kGap) <= h)
            break;
    }
    cols = std::min(cols, 16);
    m_thumb = thumb;
    if (cols != m_columns) {
        m_columns = cols;
        emit columnsChanged(cols);
    }
    askRenderer();
    update();
}

QRect OverviewGrid::cell(int index) const
{
    const int row = index / m_columns;
    const int col = index % m_columns;
    return QRect(kMargin + col * (m_thumb.width() + kGap),
                 kMargin + row * (m_thumb.height() + kLabel + kGap), m_thumb.width(),
                 m_thumb.height());
}

void OverviewGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // Opaque: the slide under the overview must not show through.
    p.fillRect(rect(), QColor(10, 10, 12));
    p.setPen(Qt::white);
    for (int i = 0; i < m_slides.size(); ++i) {
        const QRect r = cell(i);
        // An opaque cell first: a slide with a transparent background must
        // not show what lies under the overlay.
        p.fillRect(r, QColor(40, 40, 44));
        const QImage thumb = m_renderer ? m_renderer->cached(request(i, 0).key()) : QImage();
        if (!thumb.isNull())
            p.drawImage(r.topLeft(), thumb);
        if (i == m_selected) {
            p.setPen(QPen(kAccent, 4));
            p.drawRect(r.adjusted(-3, -3, 3, 3));
        } else if (i == m_current) {
            p.setPen(QPen(QColor(120, 160, 255), 2));
            p.drawRect(r.adjusted(-2, -2, 2, 2));
        }
        p.setPen(i == m_selected ? kAccent : QColor(210, 210, 210));
        const QRect label(r.left(), r.bottom() + 2, r.width(), kLabel - 2);
        const QString text = QStringLiteral("%1  %2").arg(i + 1).arg(m_slides[i].title);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, label.width()));
    }
}

void OverviewGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void OverviewGrid::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    relayout(); // thumbnails are asked for only while the grid is shown
}

void OverviewGrid::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_renderer)
        m_renderer->forget(this);
}

void OverviewGrid::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (cell(i).adjusted(0, 0, 0, kLabel).contains(event->position().toPoint())) {
            emit picked(i);
            break;
        }
    }
    event->accept();
}

HelpOverlay::HelpOverlay(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
}

void HelpOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 200));
    const QList<KeyHelpEntry> entries = PresenterState::keyHelp();
    // The largest text for which the table fits the window (Russian runs long).
    QFont f = font();
    QFont bold = f;
    int keysWidth = 0;
    int whatWidth = 0;
    for (int px = std::clamp(height() / 40, 13, 24); px >= 8; --px) {
        f.setPixelSize(px);
        bold = f;
        bold.setBold(true);
        const QFontMetrics plain(f), strong(bold);
        keysWidth = whatWidth = 0;
        for (const KeyHelpEntry &e : entries) {
            keysWidth = std::max(keysWidth, strong.horizontalAdvance(e.keys));
            whatWidth = std::max(whatWidth, plain.horizontalAdvance(e.what));
        }
        const int line = plain.height() * 3 / 2;
        if (keysWidth + whatWidth + 4 * plain.height() <= width() - 16 &&
            (int(entries.size()) + 4) * line <= height() - 16)
            break;
    }
    p.setFont(f);
    const QFontMetrics fm(f);
    const int line = fm.height() + fm.height() / 2;
    const int pad = fm.height();
    const int title = line * 2;
    QRect panel(0, 0, keysWidth + whatWidth + 4 * pad,
                title + int(entries.size()) * line + 2 * pad);
    panel.moveCenter(rect().center());
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(32, 32, 36));
    p.setPen(QColor(90, 90, 96));
    p.drawRoundedRect(panel, 10, 10);
    p.setFont(bold);
    p.setPen(QColor(255, 170, 40));
    p.drawText(QRect(panel.left() + pad, panel.top() + pad, panel.width() - 2 * pad, line),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Slide show keys"));
    int y = panel.top() + pad + title;
    for (const KeyHelpEntry &e : entries) {
        p.setFont(bold);
        p.setPen(Qt::white);
        p.drawText(QRect(panel.left() + pad, y, keysWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                   e.keys);
        p.setFont(f);
        p.setPen(QColor(210, 210, 210));
        p.drawText(QRect(panel.left() + 3 * pad + keysWidth, y, whatWidth, line),
                   Qt::AlignLeft | Qt::AlignVCenter, e.what);
        y += line;
    }
}

void HelpOverlay::mousePressEvent(QMouseEvent *event)
{
    emit dismissed();
    event->accept();
}

} // namespace okuw::ui
