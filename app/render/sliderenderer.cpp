#include "sliderenderer.h"

#include "core/log.h"
#include "paint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace okuw::render {

struct SlideRenderer::Job
{
    RenderRequest request;
    RenderKey key;
    int rank = 0;    // the best priority any client gave it (under m_lock)
    quint64 seq = 0; // first come, first served among equals
    bool queued = true;
};

quint64 slideIdentity(const core::Slide &slide)
{
    const QByteArray directives = QJsonDocument(slide.directives).toJson(QJsonDocument::Compact);
    return qHashMulti(0x6f6b7577, slide.body, directives, slide.lang, slide.id);
}

size_t qHash(const RenderKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.slide, key.pixelSize.width(), key.pixelSize.height(),
                      qRound(key.dpr * 1000), key.look);
}

RenderKey RenderRequest::key() const
{
    RenderKey k;
    k.slide = identity;
    k.pixelSize = pixelSize;
    k.dpr = dpr > 0 ? dpr : 1.0;
    k.look = highlight.isEmpty() ? quint64(letterbox.rgba())
                                 : qHashMulti(0x68696c69, letterbox.rgba(), highlight);
    return k;
}

SlideRenderer::SlideRenderer(QObject *parent) : QObject(parent)
{
    ensureFonts();
    // Two at least, so a long slide does not hold up the next; more would
    // only take cores from the window on the small laptops this runs on.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 2, 4));
    m_pool.setObjectName(QStringLiteral("okuw slide renderer"));
    connect(this, &SlideRenderer::drawn, this, &SlideRenderer::deliver, Qt::QueuedConnection);
}

SlideRenderer::~SlideRenderer()
{
    {
        const std::lock_guard lock(m_lock);
        m_queue.clear();
    }
    m_pool.clear();
    m_pool.waitForDone();
    // Drawings no one will deliver, dropped under the lock the workers
    // wrote them under (waitForDone's own locks are Qt's, which
    // ThreadSanitizer cannot see).
    const std::lock_guard lock(m_lock);
    m_done.clear();
}

void SlideRenderer::recomputeRank(Job &job) const
{
    int rank = INT_MAX;
    for (auto it = m_wants.cbegin(); it != m_wants.cend(); ++it) {
        if (const auto p = it->constFind(job.key); p != it->cend())
            rank = std::min(rank, *p);
    }
    job.rank = rank;
}

void SlideRenderer::want(const void *client, const QList<RenderRequest> &requests)
{
    QHash<RenderKey, int> wanted;
    QList<std::shared_ptr<Job>> added;
    for (const RenderRequest &r : requests) {
        if (r.pixelSize.isEmpty())
            continue;
        const RenderKey key = r.key();
        if (wanted.contains(key) || m_cache.contains(key))
            continue;
        wanted.insert(key, r.priority);
        if (!m_jobs.contains(key)) {
            auto job = std::make_shared<Job>();
            job->request = r;
            job->key = key;
            job->seq = ++m_seq;
            m_jobs.insert(key, job);
            added.append(job);
        }
    }
    const QHash<RenderKey, int> before = m_wants.take(client);
    if (!wanted.isEmpty())
        m_wants.insert(client, wanted);

    int toStart = 0;
    {
        const std::lock_guard lock(m_lock);
        // Ranks of what this client wanted before or wants now.
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (const auto job = m_jobs.value(it.key()))
                recomputeRank(*job);
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (const auto job = m_jobs.value(it.key()))
                recomputeRank(*job);
        }
        for (const auto &job : added) {
            m_queue.push_back(job);
            ++toStart;
        }
        // Queued work nobody wants any more goes before it starts.
        const auto unwanted = [](const std::shared_ptr<Job> &j) { return j->rank == INT_MAX; };
        for (const auto &job : m_queue) {
            if (unwanted(job))
                m_jobs.remove(job->key);
        }
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), unwanted), m_queue.end());
    }
    // One pool task per job; each takes whatever queued job is most wanted
    // when it starts, so priorities hold even after the task was queued.
    for (int i = 0; i < toStart; ++i)
        m_pool.start([this] { run(); });
}

void SlideRenderer::run()
{
    std::shared_ptr<Job> job;
    {
        const std::lock_guard lock(m_lock);
        const auto best =
            std::min_element(m_queue.begin(), m_queue.end(), [](const auto &a, const auto &b) {
                return std::tie(a->rank, a->seq) < std::tie(b->rank, b->seq);
            });
        if (best == m_queue.end())
            return;
        job = *best;
        job->queued = false;
        m_queue.erase(best);
    }
    const RenderRequest &r = job->request;
    QSize size = r.pixelSize;
    qreal dpr = job->key.dpr;
    const qint64 pixels = qint64(size.width() * dpr) * qint64(size.height() * dpr);
    if (pixels > kMaxPixels)
        dpr *= std::sqrt(double(kMaxPixels) / double(pixels));
    const QImage image = renderSlide(r.slide, size, dpr, r.loader, r.letterbox, r.highlight);
    {
        const std::lock_guard lock(m_lock);
        m_done.emplace_back(job, image);
    }
    emit drawn(QPrivateSignal());
}

void SlideRenderer::deliver()
{
    std::vector<std::pair<std::shared_ptr<Job>, QImage>> done;
    {
        const std::lock_guard lock(m_lock);
        done.swap(m_done);
    }
    for (const auto &[job, image] : done)
        finished(job, image);
}

void SlideRenderer::finished(const std::shared_ptr<Job> &job, const QImage &image)
{
    if (m_jobs.value(job->key) == job)
        m_jobs.remove(job->key);
    if (image.isNull()) {
        qCWarning(lcRender) << "a slide could not be drawn at" << job->key.pixelSize;
        return;
    }
    remember(job->key, image);
    emit rendered(job->key);
}

void SlideRenderer::remember(const RenderKey &key, const QImage &image)
{
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        m_bytes -= it->image.sizeInBytes();
        m_lru.erase(it->lru);
        m_cache.erase(it);
    }
    m_lru.push_back(key);
    m_cache.insert(key, Entry{image, std::prev(m_lru.end())});
    m_bytes += image.sizeInBytes();
    // The newest image stays even when it alone is over budget.
    while (m_bytes > m_budget && m_lru.size() > 1) {
        const auto it = m_cache.find(m_lru.front());
        m_bytes -= it->image.sizeInBytes();
        m_cache.erase(it);
        m_lru.pop_front();
    }
}

QImage SlideRenderer::cached(const RenderKey &key)
{
    const auto it = m_cache.find(key);
    if (it == m_cache.end())
        return {};
    m_lru.splice(m_lru.end(), m_lru, it->lru);
    return it->image;
}

QImage SlideRenderer::cachedAtAnySize(const RenderKey &key) const
{
    QImage best;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (it.key().slide == key.slide && it.key().look == key.look &&
            it->image.width() > best.width())
            best = it->image;
    }
    return best;
}

void SlideRenderer::setCacheBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(bytes, 1);
    while (m_bytes > m_budget && m_lru.size() > 1) {
        const auto it = m_cache.find(m_lru.front());
        m_bytes -= it->image.sizeInBytes();
        m_cache.erase(it);
        m_lru.pop_front();
    }
}

int SlideRenderer::pendingCount() const
{
    return int(m_jobs.size());
}

bool SlideRenderer::waitForIdle(int msecs)
{
    QElapsedTimer t;
    t.start();
    // Looks at least once, so waitForIdle(0) answers "idle now?".
    do {
        const bool done = m_pool.waitForDone(msecs > 0 ? 10 : 0);
        QCoreApplication::sendPostedEvents(this);
        if (done && m_jobs.isEmpty())
            return true;
    } while (t.elapsed() < msecs);
    return false;
}

} // namespace okuw::render
