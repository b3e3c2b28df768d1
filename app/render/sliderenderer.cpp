#include "sliderenderer.h"

#include "layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdlib>

namespace okuw::render {

namespace {
// How far from the focus a queued job may be and still be worth doing.
constexpr int kWantedRadius = 2;
} // namespace

size_t qHash(const RenderKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.slideId, key.pixelSize.width(), key.pixelSize.height(),
                      qRound(key.dpr * 1000));
}

SlideRenderer::SlideRenderer(AssetLoader loader, QObject *parent)
    : QObject(parent), m_loader(std::move(loader)),
      m_liveGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_focus(std::make_shared<std::atomic<int>>(0))
{
    ensureFonts();
    m_pool.setMaxThreadCount(2);
}

SlideRenderer::~SlideRenderer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void SlideRenderer::setSlides(const QList<core::Slide> &slides)
{
    m_slides = slides;
    m_cache.clear();
    m_lru.clear();
    m_inFlight.clear();
    m_liveGeneration->store(++m_generation);
    m_pool.clear();
}

void SlideRenderer::setTarget(const QSize &pixelSize, qreal devicePixelRatio)
{
    if (pixelSize == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = pixelSize;
    m_dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    // Images of the old size stay in the LRU (a window flipping between two
    // sizes reuses them); jobs for the old size are dropped.
    m_inFlight.clear();
    m_liveGeneration->store(++m_generation);
    m_pool.clear();
}

void SlideRenderer::setCacheLimit(int images)
{
    m_limit = std::max(1, images);
    while (m_lru.size() > m_limit)
        m_cache.remove(m_lru.takeFirst());
}

RenderKey SlideRenderer::keyFor(int index) const
{
    RenderKey key;
    if (index >= 0 && index < m_slides.size())
        key.slideId = m_slides[index].id != 0 ? m_slides[index].id : -(qint64(index) + 1);
    key.pixelSize = m_size;
    key.dpr = m_dpr;
    return key;
}

QImage SlideRenderer::cached(int index)
{
    if (index < 0 || index >= m_slides.size())
        return {};
    const RenderKey key = keyFor(index);
    const auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd())
        return {};
    m_lru.removeOne(key);
    m_lru.append(key);
    return *it;
}

void SlideRenderer::request(int index)
{
    if (index < 0 || index >= m_slides.size())
        return;
    m_focus->store(index);
    const QImage hit = cached(index);
    if (!hit.isNull()) {
        const RenderKey key = keyFor(index);
        QMetaObject::invokeMethod(
            this, [this, key, index, hit] { emit rendered(key, index, hit); },
            Qt::QueuedConnection);
        return;
    }
    submit(index, 1);
}

void SlideRenderer::prefetch(int index, int radius)
{
    for (int d = 1; d <= radius; ++d)
        for (int i : {index + d, index - d})
            if (i >= 0 && i < m_slides.size() && !m_cache.contains(keyFor(i)))
                submit(i, 0);
}

void SlideRenderer::submit(int index, int priority)
{
    const RenderKey key = keyFor(index);
    if (m_inFlight.contains(key) || m_size.isEmpty())
        return;
    m_inFlight.insert(key);

    // Parsing is cheap; reading assets happens here so that the loader
    // (which may read a SQLite bundle) stays on this thread.
    const core::Slide slide = m_slides[index];
    QHash<QString, QByteArray> assets;
    if (m_loader)
        for (const QString &path : assetPaths(parseSlide(slide.body, slide.directives)))
            assets.insert(path, m_loader(path));

    const quint64 generation = m_generation;
    auto live = m_liveGeneration;
    auto focus = m_focus;
    m_pool.start(
        [this, slide, assets, key, index, generation, live, focus] {
            QImage image;
            const bool wanted =
                live->load() == generation && std::abs(index - focus->load()) <= kWantedRadius;
            if (wanted) {
                const AssetLoader fromMemory = [&assets](const QString &p) {
                    return assets.value(p);
                };
                image = renderSlide(slide, key.pixelSize, key.dpr, fromMemory);
            }
            QMetaObject::invokeMethod(
                this,
                [this, generation, key, index, image] { finished(generation, key, index, image); },
                Qt::QueuedConnection);
        },
        priority);
}

void SlideRenderer::finished(quint64 generation, const RenderKey &key, int index,
                             const QImage &image)
{
    if (generation != m_generation)
        return; // stale: another deck or size since
    m_inFlight.remove(key);
    if (image.isNull())
        return; // dropped as no longer wanted
    remember(key, image);
    emit rendered(key, index, image);
}

void SlideRenderer::remember(const RenderKey &key, const QImage &image)
{
    m_cache.insert(key, image);
    m_lru.removeOne(key);
    m_lru.append(key);
    while (m_lru.size() > m_limit)
        m_cache.remove(m_lru.takeFirst());
}

bool SlideRenderer::waitForIdle(int msecs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < msecs) {
        const bool done = m_pool.waitForDone(10);
        QCoreApplication::sendPostedEvents(this);
        if (done && m_inFlight.isEmpty())
            return true;
    }
    return false;
}

} // namespace okuw::render
