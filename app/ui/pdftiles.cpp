#include "pdftiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfDocument>

namespace okuw::ui {

size_t qHash(const PdfTileKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.page, key.pageSize.width(), key.pageSize.height(), key.origin.x(),
                      key.origin.y());
}

PdfTiles::PdfTiles(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("okuw pdf tiles"));
    connect(this, &PdfTiles::drawn, this, &PdfTiles::deliver, Qt::QueuedConnection);
}

PdfTiles::~PdfTiles()
{
    {
        const std::lock_guard lock(m_lock);
        m_queue.clear();
        m_queueDoc = nullptr;
    }
    m_pool.waitForDone();
    const std::lock_guard lock(m_lock);
    m_done.clear(); // tiles no one will deliver
}

void PdfTiles::setDocument(QPdfDocument *document)
{
    {
        const std::lock_guard lock(m_lock);
        m_queue.clear();
        m_queueDoc = document;
    }
    // (Tasks still waiting in the pool find the queue empty and end.)
    // The old document may go once this returns: wait for the one tile that
    // may be being drawn from it.
    m_pool.waitForDone();
    m_doc = document;
    ++m_generation;
    m_pending = 0;
    m_cache.clear();
    m_lru.clear();
    m_bytes = 0;
}

QRect PdfTiles::tileRect(const PdfTileKey &key)
{
    return QRect(key.origin, QSize(kTile, kTile)) & QRect(QPoint(0, 0), key.pageSize);
}

QList<PdfTileKey> PdfTiles::tilesFor(int page, const QSize &pageSize, const QRect &visible)
{
    QList<PdfTileKey> out;
    const QRect area = visible & QRect(QPoint(0, 0), pageSize);
    if (area.isEmpty())
        return out;
    for (int y = area.top() / kTile * kTile; y <= area.bottom(); y += kTile) {
        for (int x = area.left() / kTile * kTile; x <= area.right(); x += kTile)
            out.append({page, pageSize, QPoint(x, y)});
    }
    return out;
}

void PdfTiles::want(const QList<PdfTileKey> &tiles)
{
    if (!m_doc)
        return;
    std::vector<PdfTileKey> queue;
    for (const PdfTileKey &k : tiles) {
        if (!m_cache.contains(k) && std::find(queue.begin(), queue.end(), k) == queue.end())
            queue.push_back(k);
    }
    int start = 0;
    {
        const std::lock_guard lock(m_lock);
        // Tasks already queued in the pool take from the front of the new
        // list; only the shortfall is started.
        start = std::max(0, int(queue.size()) - m_waiting);
        m_waiting += start;
        m_queue = std::move(queue);
    }
    const quint64 generation = m_generation;
    for (int i = 0; i < start; ++i) {
        ++m_pending;
        m_pool.start([this, generation] { run(generation); });
    }
}

void PdfTiles::run(quint64 generation)
{
    PdfTileKey key;
    QPdfDocument *doc = nullptr;
    {
        const std::lock_guard lock(m_lock);
        --m_waiting;
        if (!m_queue.empty()) {
            key = m_queue.front();
            m_queue.erase(m_queue.begin());
            doc = m_queueDoc;
        }
    }
    QImage image;
    if (doc) {
        const QRect r = tileRect(key);
        QPdfDocumentRenderOptions options;
        options.setScaledSize(key.pageSize);
        options.setScaledClipRect(r);
        const QImage page = doc->render(key.page, r.size(), options);
        if (!page.isNull()) {
            // On white, as paper: a page without a background of its own
            // renders transparent, and an opaque tile hides the blurred
            // preview under it.
            image = QImage(page.size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter paint(&image);
            paint.drawImage(0, 0, page);
        }
    }
    {
        const std::lock_guard lock(m_lock);
        m_done.push_back(Drawn{generation, key, image, doc != nullptr});
    }
    emit drawn(QPrivateSignal());
}

void PdfTiles::deliver()
{
    std::vector<Drawn> done;
    {
        const std::lock_guard lock(m_lock);
        done.swap(m_done);
    }
    for (const Drawn &d : done) {
        if (d.generation != m_generation)
            continue; // another document since (m_pending was reset)
        --m_pending;
        if (!d.hadDocument || d.image.isNull())
            continue;
        remember(d.key, d.image);
        emit tileReady(d.key);
    }
}

void PdfTiles::remember(const PdfTileKey &key, const QImage &image)
{
    if (m_cache.contains(key))
        return;
    m_lru.push_back(key);
    m_cache.insert(key, Entry{image, std::prev(m_lru.end())});
    m_bytes += image.sizeInBytes();
    while (m_bytes > m_budget && m_lru.size() > 1) {
        const auto it = m_cache.find(m_lru.front());
        m_bytes -= it->image.sizeInBytes();
        m_cache.erase(it);
        m_lru.pop_front();
    }
}

QImage PdfTiles::cached(const PdfTileKey &key)
{
    const auto it = m_cache.find(key);
    if (it == m_cache.end())
        return {};
    m_lru.splice(m_lru.end(), m_lru, it->lru);
    return it->image;
}

bool PdfTiles::waitForIdle(int msecs)
{
    QElapsedTimer t;
    t.start();
    // Looks at least once, so waitForIdle(0) answers "idle now?".
    do {
        const bool done = m_pool.waitForDone(msecs > 0 ? 10 : 0);
        QCoreApplication::sendPostedEvents(this);
        if (done && m_pending <= 0)
            return true;
    } while (t.elapsed() < msecs);
    return false;
}

} // namespace okuw::ui
