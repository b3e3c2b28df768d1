// Renders a PDF's pages in tiles on a worker thread and keeps the finished
// tiles in a cache bounded by bytes, so that the page view only draws: a
// page at the highest zoom (an A4 page at 800 % and device pixel ratio 2 is
// about 0.9 GB as one image) costs only the tiles in view, and a page that
// takes long to render never stalls the window.
//
// Qt PDF serialises every call into pdfium with one lock, so one worker is
// as fast as several; the view asks for what is on screen now, and work it
// no longer wants is dropped before it starts.
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QRect>
#include <QSize>
#include <QThreadPool>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

class QPdfDocument;

namespace okuw::ui {

struct PdfTileKey
{
    int page = 0;
    QSize pageSize; // the whole page, in device pixels
    QPoint origin;  // the tile's top left within it

    bool operator==(const PdfTileKey &o) const = default;
};

size_t qHash(const PdfTileKey &key, size_t seed = 0) noexcept;

class PdfTiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTile = 512; // device pixels a side

    explicit PdfTiles(QObject *parent = nullptr);
    // Drops queued work and waits for the tile being drawn now.
    ~PdfTiles() override;

    // A new document (or none): forgets every tile. The document must stay
    // alive until setDocument() is called again (it waits for the worker).
    void setDocument(QPdfDocument *document);

    // The tiles the view wants now, most wanted first; replaces the last list.
    void want(const QList<PdfTileKey> &tiles);
    QImage cached(const PdfTileKey &key);
    // The tiles covering `visible` (device pixels within the page) of a page
    // drawn at `pageSize`.
    static QList<PdfTileKey> tilesFor(int page, const QSize &pageSize, const QRect &visible);
    static QRect tileRect(const PdfTileKey &key);

    void setCacheBudget(qint64 bytes) { m_budget = bytes; }
    qint64 cacheBytes() const { return m_bytes; }
    bool waitForIdle(int msecs = 30000); // tests

signals:
    void tileReady(const okuw::ui::PdfTileKey &key);
    // From the worker: tiles are waiting in m_done (queued to deliver()).
    void drawn(QPrivateSignal);

private:
    struct Drawn
    {
        quint64 generation = 0;
        PdfTileKey key;
        QImage image;
        bool hadDocument = false;
    };
    void run(quint64 generation);
    void deliver();
    void remember(const PdfTileKey &key, const QImage &image);

    QPdfDocument *m_doc = nullptr;
    quint64 m_generation = 0; // bumped with each document
    std::list<PdfTileKey> m_lru;
    struct Entry
    {
        QImage image;
        std::list<PdfTileKey>::iterator lru;
    };
    QHash<PdfTileKey, Entry> m_cache;
    qint64 m_budget = 96LL * 1024 * 1024;
    qint64 m_bytes = 0;
    int m_pending = 0; // started and not delivered yet

    // Guards m_queue, m_queueDoc and m_done, shared with the worker. Tiles
    // come back through m_done, not in a queued lambda's captures: the lock
    // is one ThreadSanitizer can see (README, "ThreadSanitizer").
    std::mutex m_lock;
    std::vector<PdfTileKey> m_queue;
    std::vector<Drawn> m_done;
    int m_waiting = 0; // pool tasks not started yet
    QPdfDocument *m_queueDoc = nullptr;
    QThreadPool m_pool;
};

} // namespace okuw::ui
