#include "thumbstrip.h"

#include "render/layout.h"
#include "render/slidemodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

namespace okuw::ui {

namespace {
constexpr QSize kThumb(160, 90);
}

ThumbnailStrip::ThumbnailStrip(QWidget *parent)
    : QListWidget(parent), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("thumbnails"));
    m_pool.setMaxThreadCount(1);
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(kThumb);
    setSpacing(4);
    setUniformItemSizes(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMinimumHeight(kThumb.height() + 48);
    setMaximumHeight(kThumb.height() + 64);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_quiet && row >= 0)
            emit slideChosen(row);
    });
}

ThumbnailStrip::~ThumbnailStrip()
{
    m_generation->fetch_add(1); // queued jobs return at once
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailStrip::setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader)
{
    m_generation->fetch_add(1);
    m_quiet = true;
    clear();
    m_slides = slides;
    m_loader = loader;
    m_done = QList<bool>(slides.size(), false);
    m_rendered = 0;
    QPixmap blank(kThumb * devicePixelRatioF());
    blank.setDevicePixelRatio(devicePixelRatioF());
    blank.fill(palette().color(QPalette::Mid));
    for (const core::Slide &s : slides) {
        auto *item = new QListWidgetItem(QIcon(blank), QString::number(s.position), this);
        item->setToolTip(s.title);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    m_quiet = false;
    m_busy = false;
    renderNext();
}

void ThumbnailStrip::setCurrent(int index)
{
    m_quiet = true;
    setCurrentRow(index);
    if (QListWidgetItem *it = item(index))
        scrollToItem(it, QAbstractItemView::PositionAtCenter);
    m_quiet = false;
    if (!m_busy)
        renderNext();
}

void ThumbnailStrip::renderNext()
{
    if (m_busy || m_rendered >= m_slides.size())
        return;
    // Nearest to the current slide first.
    const int from = std::max(0, currentRow());
    int index = -1;
    for (int d = 0; d < m_slides.size() && index < 0; ++d)
        for (int i : {from + d, from - d})
            if (i >= 0 && i < m_slides.size() && !m_done[i]) {
                index = i;
                break;
            }
    if (index < 0)
        return;
    m_busy = true;
    const core::Slide slide = m_slides[index];
    // Assets are read here, on the GUI thread that owns the bundle reads.
    QHash<QString, QByteArray> assets;
    if (m_loader)
        for (const QString &path :
             render::assetPaths(render::parseSlide(slide.body, slide.directives)))
            assets.insert(path, m_loader(path));
    const qreal dpr = devicePixelRatioF();
    const quint64 generation = m_generation->load();
    auto live = m_generation;
    QPointer<ThumbnailStrip> self(this);
    m_pool.start([self, live, generation, slide, assets, dpr, index] {
        if (live->load() != generation)
            return;
        const render::AssetLoader fromMemory = [&assets](const QString &p) {
            return assets.value(p);
        };
        const QImage image =
            render::renderSlide(slide, kThumb, dpr, fromMemory, QColor(0x30, 0x30, 0x30));
        QMetaObject::invokeMethod(
            qApp,
            [self, live, generation, image, index] {
                if (!self || live->load() != generation)
                    return;
                self->m_busy = false;
                if (QListWidgetItem *it = self->item(index))
                    it->setIcon(QIcon(QPixmap::fromImage(image)));
                self->m_done[index] = true;
                ++self->m_rendered;
                self->renderNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace okuw::ui
