#include "thumbstrip.h"

#include "navigator.h"

#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace okuw::ui {

namespace {
constexpr QSize kThumb(160, 90);
constexpr int kLabel = 18; // the slide number under each thumbnail
constexpr int kPad = 6;
const QColor kLetterbox(0x30, 0x30, 0x30);
constexpr int kMarkedRole = Qt::UserRole + 7;
} // namespace

// One row per slide; the picture is whatever the renderer has finished.
class ThumbnailModel : public QAbstractListModel
{
public:
    ThumbnailModel(render::SlideRenderer *renderer, QObject *parent)
        : QAbstractListModel(parent), m_renderer(renderer)
    {}

    void setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader, qreal dpr)
    {
        beginResetModel();
        m_slides = slides;
        m_loader = loader;
        m_dpr = dpr;
        m_rows.clear();
        m_identities.clear();
        m_identities.reserve(slides.size());
        for (int i = 0; i < slides.size(); ++i) {
            m_identities.append(render::slideIdentity(slides[i]));
            m_rows.insert(m_identities.last(), i);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_slides.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_slides.size())
            return {};
        const core::Slide &s = m_slides[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(s.position);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return s.title.isEmpty() ? QString::number(s.position)
                                     : QStringLiteral("%1. %2").arg(s.position).arg(s.title);
        case kMarkedRole:
            return m_marked.contains(index.row());
        case Qt::DecorationRole:
            return m_renderer->cached(request(index.row()).key());
        default:
            return {};
        }
    }

    render::RenderRequest request(int row, int priority = 0) const
    {
        render::RenderRequest r;
        r.slide = m_slides[row];
        r.identity = m_identities[row];
        r.loader = m_loader;
        r.pixelSize = kThumb;
        r.dpr = m_dpr;
        r.letterbox = kLetterbox;
        r.priority = priority;
        return r;
    }

    void setMarked(const QSet<int> &rows)
    {
        m_marked = rows;
        if (!m_slides.isEmpty())
            emit dataChanged(index(0), index(int(m_slides.size()) - 1), {kMarkedRole});
    }

    // The rows showing the slide an image was made for.
    int rowFor(const render::RenderKey &key) const
    {
        return key.pixelSize == kThumb ? m_rows.value(key.slide, -1) : -1;
    }

private:
    render::SlideRenderer *m_renderer;
    QList<core::Slide> m_slides;
    QList<quint64> m_identities;
    QHash<quint64, int> m_rows;
    QSet<int> m_marked;
    render::AssetLoader m_loader;
    qreal m_dpr = 1.0;
};

namespace {

// A framed thumbnail with its number. The current slide stands out clearly:
// its cell filled with the selection colour, a thick frame, its number in
// bold; hover only tints the cell and darkens the thin frame.
class ThumbnailDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return {kThumb.width() + 2 * kPad, kThumb.height() + kLabel + 2 * kPad};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &pal = option.palette;
        const QRect cell = option.rect;
        const QRect pic(cell.left() + kPad, cell.top() + kPad, kThumb.width(), kThumb.height());
        const bool current = option.state & QStyle::State_Selected;
        const bool hover = option.state & QStyle::State_MouseOver;
        if (current)
            p->fillRect(cell, pal.color(QPalette::Highlight));
        else if (hover)
            p->fillRect(cell, pal.color(QPalette::Midlight));
        const QImage img = index.data(Qt::DecorationRole).value<QImage>();
        if (img.isNull())
            p->fillRect(pic, pal.color(QPalette::Mid));
        else
            p->drawImage(pic.topLeft(), img);
        // A frame on every thumbnail: a white slide on a light strip still
        // has its edge.
        if (current) {
            p->setPen(QPen(pal.color(QPalette::HighlightedText), 3));
            p->drawRect(pic.adjusted(-2, -2, 1, 1));
        } else {
            p->setPen(QPen(pal.color(QPalette::Dark), 1));
            p->drawRect(pic.adjusted(-1, -1, 0, 0));
        }
        if (index.data(kMarkedRole).toBool()) // bookmarked
            Navigator::bookmarkIcon().paint(p, QRect(pic.right() - 22, pic.top() + 2, 20, 20));
        QFont f = option.font;
        f.setBold(current);
        p->setFont(f);
        p->setPen(pal.color(current ? QPalette::HighlightedText : QPalette::WindowText));
        p->drawText(QRect(cell.left(), pic.bottom() + 2, cell.width(), kLabel), Qt::AlignCenter,
                    index.data(Qt::DisplayRole).toString());
        if (option.state & QStyle::State_HasFocus) {
            p->setPen(QPen(pal.color(current ? QPalette::HighlightedText : QPalette::Highlight), 1,
                           Qt::DotLine));
            p->drawRect(cell.adjusted(1, 1, -2, -2));
        }
    }
};

} // namespace

ThumbnailStrip::ThumbnailStrip(render::SlideRenderer *renderer, QWidget *parent)
    : QListView(parent), m_renderer(renderer), m_model(new ThumbnailModel(renderer, this))
{
    setObjectName(QStringLiteral("thumbnails"));
    setModel(m_model);
    setItemDelegate(new ThumbnailDelegate(this));
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    // The strip in the window's colour, not the white of a list: white
    // slides stand out from it.
    viewport()->setBackgroundRole(QPalette::Window);
    const int height = kThumb.height() + kLabel + 2 * kPad;
    setMinimumHeight(height + horizontalScrollBar()->sizeHint().height() + 4);
    setMaximumHeight(height + horizontalScrollBar()->sizeHint().height() + 12);
    m_ask.setSingleShot(true);
    m_ask.setInterval(0);
    connect(&m_ask, &QTimer::timeout, this, &ThumbnailStrip::askRenderer);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (!m_quiet && index.isValid())
                    emit slideChosen(index.row());
            });
    connect(m_renderer, &render::SlideRenderer::rendered, this,
            [this](const render::RenderKey &key) {
                if (const int row = m_model->rowFor(key); row >= 0)
                    update(m_model->index(row));
            });
}

ThumbnailStrip::~ThumbnailStrip()
{
    if (m_renderer)
        m_renderer->forget(this);
}

QSize ThumbnailStrip::thumbnailSize()
{
    return kThumb;
}

void ThumbnailStrip::setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader)
{
    m_quiet = true;
    m_model->setDeck(slides, loader, devicePixelRatioF());
    m_quiet = false;
    askSoon();
}

void ThumbnailStrip::setCurrent(int index)
{
    m_quiet = true;
    const QModelIndex at = m_model->index(index);
    selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
    // A thumbnail in full view stays where it is: the strip moving under a
    // click would put another slide under the mouse, which the release (or
    // the slightest drag) would then choose.
    // A thumbnail half in view is brought in once the button is up.
    if (at.isValid() && !viewport()->rect().contains(visualRect(at))) {
        if (m_pressed)
            m_scrollOnRelease = true;
        else
            scrollTo(at, QAbstractItemView::PositionAtCenter);
    }
    m_quiet = false;
    askSoon();
}

void ThumbnailStrip::setMarked(const QSet<int> &rows)
{
    m_model->setMarked(rows);
}

int ThumbnailStrip::current() const
{
    return currentIndex().row();
}

int ThumbnailStrip::renderedCount() const
{
    int n = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        n += m_renderer->cached(m_model->request(row).key()).isNull() ? 0 : 1;
    return n;
}

void ThumbnailStrip::askRenderer()
{
    const int rows = m_model->rowCount();
    if (!isVisible() || rows == 0) {
        m_renderer->forget(this);
        return;
    }
    // The rows in view, the current one first, then from left to right.
    const QModelIndex first = indexAt(QPoint(1, 1));
    const QModelIndex last = indexAt(QPoint(viewport()->width() - 2, 1));
    const int from = first.isValid() ? first.row() : 0;
    const int to = last.isValid() ? last.row() : std::min(rows - 1, from + 16);
    QList<render::RenderRequest> wanted;
    const int cur = current();
    if (cur >= 0 && cur < rows)
        wanted.append(m_model->request(cur, 20));
    for (int row = std::max(0, from - 2); row <= std::min(rows - 1, to + 2); ++row) {
        if (row != cur)
            wanted.append(m_model->request(row, 21 + row - from));
    }
    m_renderer->want(this, wanted);
}

void ThumbnailStrip::mousePressEvent(QMouseEvent *event)
{
    m_pressed = true;
    QListView::mousePressEvent(event);
}

void ThumbnailStrip::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_scrollOnRelease && currentIndex().isValid())
        scrollTo(currentIndex(), QAbstractItemView::EnsureVisible);
    m_scrollOnRelease = false;
}

void ThumbnailStrip::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    askSoon();
}

void ThumbnailStrip::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    askSoon();
}

void ThumbnailStrip::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    askSoon();
}

void ThumbnailStrip::hideEvent(QHideEvent *event)
{
    QListView::hideEvent(event);
    if (m_renderer)
        m_renderer->forget(this);
}

} // namespace okuw::ui
