// Pre-renders slides off the GUI thread and keeps the last few images, so
// the viewer and the presenter show a slide change with one drawImage().
#pragma once

#include "assets.h"
#include "core/types.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace okuw::render {

struct RenderKey
{
    qint64 slideId = 0; // core::Slide::id, or -(index+1) for a slide without one
    QSize pixelSize;    // logical pixels of the target
    qreal dpr = 1.0;

    bool operator==(const RenderKey &o) const
    {
        return slideId == o.slideId && pixelSize == o.pixelSize && qFuzzyCompare(dpr, o.dpr);
    }
};

size_t qHash(const RenderKey &key, size_t seed = 0) noexcept;

class SlideRenderer : public QObject
{
    Q_OBJECT

public:
    // `loader` is only ever called on the thread that owns the renderer:
    // assets are read there and handed to the workers as bytes.
    explicit SlideRenderer(AssetLoader loader, QObject *parent = nullptr);
    ~SlideRenderer() override;

    // A new deck: forgets every image and drops work in flight.
    void setSlides(const QList<core::Slide> &slides);
    int count() const { return int(m_slides.size()); }

    // The size slides are rendered for (logical pixels and device pixel ratio).
    void setTarget(const QSize &pixelSize, qreal devicePixelRatio);
    QSize pixelSize() const { return m_size; }
    qreal devicePixelRatio() const { return m_dpr; }

    void setCacheLimit(int images);
    int cacheLimit() const { return m_limit; }

    RenderKey keyFor(int index) const;
    // The rendered image for `index` at the current target, or a null image.
    QImage cached(int index);

    // Renders `index` first of all; rendered() follows (also on a cache hit).
    void request(int index);
    // Renders the slides around `index` that are not cached yet.
    void prefetch(int index, int radius = 1);

    // Blocks until no job is queued or running and results are delivered
    // (tests and benchmarks).
    bool waitForIdle(int msecs = 30000);

signals:
    void rendered(const okuw::render::RenderKey &key, int index, const QImage &image);

private:
    void submit(int index, int priority);
    void finished(quint64 generation, const RenderKey &key, int index, const QImage &image);
    void remember(const RenderKey &key, const QImage &image);

    AssetLoader m_loader;
    QList<core::Slide> m_slides;
    QSize m_size{1280, 720};
    qreal m_dpr = 1.0;
    int m_limit = 12;
    QHash<RenderKey, QImage> m_cache;
    QList<RenderKey> m_lru; // most recently used last
    QSet<RenderKey> m_inFlight;
    quint64 m_generation = 0;
    // Read by workers: a job whose slide is no longer near the focus is
    // dropped before it starts.
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    std::shared_ptr<std::atomic<int>> m_focus;
    QThreadPool m_pool;
};

} // namespace okuw::render
