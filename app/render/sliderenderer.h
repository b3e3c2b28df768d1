// The application's slide renderer: one pool of worker threads and one cache
// of finished images for every view of slides — the slide view, the
// thumbnail strip, the presenter's audience and console windows and its
// overview — so that a slide already drawn for one is not drawn again for
// another, and no more than a few slides are laid out at a time whatever is
// open.
//
// The GUI thread only says what it wants and receives images: parsing the
// Markdown, reading and decoding images, laying out and painting all happen
// on the workers. Views keep their wanted list short (what is shown, then
// its neighbours), so a slide change is usually one drawImage() of an image
// rendered ahead, as pdfpc does.
#pragma once

#include "assets.h"
#include "core/types.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QThreadPool>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

namespace okuw::render {

// A number for what a slide looks like: the same for the same text and
// directives, whatever bundle or deck it came from. Views compute it once
// per deck.
quint64 slideIdentity(const core::Slide &slide);

struct RenderKey
{
    quint64 slide = 0; // slideIdentity()
    QSize pixelSize;   // logical pixels of the target
    qreal dpr = 1.0;
    quint64 look = 0; // the letterbox colour and the highlighted words

    bool operator==(const RenderKey &o) const
    {
        return slide == o.slide && pixelSize == o.pixelSize && qFuzzyCompare(dpr, o.dpr) &&
               look == o.look;
    }
};

size_t qHash(const RenderKey &key, size_t seed = 0) noexcept;

// One slide at one size, as a view wants it.
struct RenderRequest
{
    core::Slide slide;
    quint64 identity = 0; // slideIdentity(slide)
    // Reads the slide's images. Called on a worker thread, so it must be
    // safe there (bundleAssetLoader is: the bundle's connection is serialized).
    AssetLoader loader;
    QSize pixelSize;
    qreal dpr = 1.0;
    QColor letterbox = Qt::black;
    QStringList highlight; // words marked, as for a search hit
    int priority = 0;      // lower is sooner: 0 what is on screen, then neighbours

    RenderKey key() const;
};

class SlideRenderer : public QObject
{
    Q_OBJECT

public:
    explicit SlideRenderer(QObject *parent = nullptr);
    // Drops queued work and waits for the slides being drawn now.
    ~SlideRenderer() override;

    // What `client` (any stable address, usually the view) wants now.
    // Replaces its previous list: queued work that no client wants any more
    // is dropped before it starts; what is cached is not drawn again.
    void want(const void *client, const QList<RenderRequest> &requests);
    void forget(const void *client) { want(client, {}); }

    // The finished image for `key`, or a null image; marks it recently used.
    QImage cached(const RenderKey &key);
    // A finished image of the same slide and look at another size (shown
    // scaled while the right one is drawn), or a null image.
    QImage cachedAtAnySize(const RenderKey &key) const;

    // Images are kept until their pixels pass this many bytes, least
    // recently used first out. Views keep what they show alive themselves.
    void setCacheBudget(qint64 bytes);
    qint64 cacheBudget() const { return m_budget; }
    qint64 cacheBytes() const { return m_bytes; }
    int cachedCount() const { return int(m_cache.size()); }
    int pendingCount() const; // queued or being drawn
    int workerCount() const { return m_pool.maxThreadCount(); }

    // Blocks until no work is queued or running and the images were
    // delivered (tests and benchmarks).
    bool waitForIdle(int msecs = 30000);

    // The largest image drawn, in device pixels: a bigger target is drawn at
    // this size and scaled, so one slide can never take more than ~64 MB.
    static constexpr qint64 kMaxPixels = 3840LL * 2160 * 2;

signals:
    void rendered(const okuw::render::RenderKey &key);
    // A worker finished a slide; queued to the GUI thread, which delivers it.
    void drawn(QPrivateSignal);

private:
    struct Job;
    void run();
    void deliver();
    void finished(const std::shared_ptr<Job> &job, const QImage &image);
    void remember(const RenderKey &key, const QImage &image);
    void recomputeRank(Job &job) const;

    // GUI thread only.
    QHash<const void *, QHash<RenderKey, int>> m_wants; // client -> key -> priority
    QHash<RenderKey, std::shared_ptr<Job>> m_jobs;      // queued or running
    std::list<RenderKey> m_lru;                         // most recent at the back
    struct Entry
    {
        QImage image;
        std::list<RenderKey>::iterator lru;
    };
    QHash<RenderKey, Entry> m_cache;
    qint64 m_budget = 256LL * 1024 * 1024;
    qint64 m_bytes = 0;
    quint64 m_seq = 0;

    // Shared with the workers, under m_lock.
    mutable std::mutex m_lock;
    std::vector<std::shared_ptr<Job>> m_queue; // not started yet
    // Drawn, not delivered yet. Images reach the GUI thread through m_lock,
    // not through the captures of a queued call: a lock is a hand-over that
    // ThreadSanitizer sees (Qt's event queue, not instrumented, it does not).
    std::vector<std::pair<std::shared_ptr<Job>, QImage>> m_done;
    QThreadPool m_pool;
};

} // namespace okuw::render
