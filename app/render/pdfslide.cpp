#include "pdfslide.h"

#include "assets.h"
#include "core/log.h"
#include "paint.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QTimer>
#include <list>
#include <mutex>

namespace okuw::render {

namespace {

// lupdate and the runtime agree on this context wherever PdfSlideText::tr is called.
struct PdfSlideText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render::PdfSlide)
};

struct OpenDeck
{
    std::mutex lock; // one page at a time (Qt PDF serializes PDFium anyway)
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<QPdfDocument> pdf;
    bool ok = false;
};

struct DeckCache
{
    std::mutex lock;
    std::list<std::pair<std::pair<quint64, qint64>, std::shared_ptr<OpenDeck>>>
        decks; // newest last
};

DeckCache &cache()
{
    static DeckCache *instance = [] {
        auto *c = new DeckCache;
        // PDFium goes with Qt PDF: close the documents while it is there.
        qAddPostRoutine(closePdfDecks);
        return c;
    }();
    return *instance;
}

std::shared_ptr<OpenDeck> openDeck(const AssetLoader &loader, qint64 deckId)
{
    DeckCache &c = cache();
    const std::lock_guard guard(c.lock);
    const auto key = std::pair(loader.origin(), deckId);
    for (auto it = c.decks.begin(); it != c.decks.end(); ++it) {
        if (it->first == key) {
            c.decks.splice(c.decks.end(), c.decks, it);
            return c.decks.back().second;
        }
    }
    auto deck = std::make_shared<OpenDeck>();
    deck->device = loader.openDeck(deckId);
    if (deck->device) {
        deck->pdf = std::make_unique<QPdfDocument>();
        deck->pdf->load(deck->device.get());
        if (deck->pdf->status() == QPdfDocument::Status::Loading) {
            QEventLoop loop;
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            QObject::connect(deck->pdf.get(), &QPdfDocument::statusChanged, &loop,
                             [&loop](QPdfDocument::Status s) {
                                 if (s != QPdfDocument::Status::Loading)
                                     loop.quit();
                             });
            loop.exec();
        }
        deck->ok = deck->pdf->status() == QPdfDocument::Status::Ready;
        // Used from whichever worker draws next, never through events.
        deck->pdf->moveToThread(nullptr);
    }
    if (!deck->ok)
        qCWarning(lcRender) << "the PDF of deck" << deckId << "cannot be opened";
    c.decks.emplace_back(key, deck);
    while (c.decks.size() > size_t(kOpenDecks))
        c.decks.pop_front(); // a worker drawing from it keeps it until done
    return deck;
}

// The page at `size` device pixels on white (a page without a background of
// its own renders transparent), its search hits marked; null on failure.
QImage pageImage(const core::Slide &slide, const QSize &size, const AssetLoader &loader,
                 const QStringList &highlight)
{
    if (!slide.isPdfPage() || size.isEmpty() || !loader.hasDecks())
        return {};
    const std::shared_ptr<OpenDeck> deck = openDeck(loader, slide.deckId);
    const std::lock_guard guard(deck->lock);
    if (!deck->ok || slide.page >= deck->pdf->pageCount())
        return {};
    const QImage page = deck->pdf->render(slide.page, size);
    if (page.isNull())
        return {};
    QImage image(page.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawImage(0, 0, page);
    if (!highlight.isEmpty()) {
        const QSizeF points = deck->pdf->pagePointSize(slide.page);
        const qreal sx = size.width() / std::max(1.0, points.width());
        const qreal sy = size.height() / std::max(1.0, points.height());
        QPdfSearchModel search;
        search.setDocument(deck->pdf.get());
        QColor mark = highlightBackground();
        mark.setAlpha(110);
        for (const QString &word : highlight) {
            search.setSearchString(word);
            for (const QPdfLink &hit : search.resultsOnPage(slide.page)) {
                for (const QRectF &r : hit.rectangles())
                    p.fillRect(QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy),
                               mark);
            }
        }
        search.setDocument(nullptr);
    }
    return image;
}

void paintMissing(QPainter &p, const QRectF &r, const core::Slide &slide)
{
    p.fillRect(r, QColor(0xf4, 0xf4, 0xf4));
    QFont f(sansFamily());
    f.setPixelSize(std::max(8, int(r.height() / 24)));
    p.setFont(f);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(r.adjusted(r.width() / 20, 0, -r.width() / 20, 0),
               Qt::AlignCenter | Qt::TextWordWrap,
               PdfSlideText::tr("Page %1 of this PDF deck cannot be shown: the bundle's PDF is "
                                "damaged or missing.")
                   .arg(slide.page + 1));
}

QSizeF pageCanvas(const core::Slide &slide)
{
    return slide.pageSize.isValid() && !slide.pageSize.isEmpty() ? slide.pageSize
                                                                 : QSizeF(1280, 720);
}

} // namespace

QImage renderPdfSlide(const core::Slide &slide, const QSize &pixelSize, qreal devicePixelRatio,
                      const AssetLoader &loader, const QColor &letterbox,
                      const QStringList &highlight)
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(pixelSize * dpr, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(letterbox);
    const QRectF r = canvasRect(QRectF(QPointF(0, 0), QSizeF(image.size())), pageCanvas(slide));
    const QRect target = r.toAlignedRect() & image.rect();
    const QImage page = pageImage(slide, target.size(), loader, highlight);
    {
        QPainter p(&image);
        if (page.isNull())
            paintMissing(p, target, slide);
        else
            p.drawImage(target.topLeft(), page);
    }
    image.setDevicePixelRatio(dpr);
    return image;
}

void paintPdfSlide(QPainter &p, const QRectF &target, const core::Slide &slide,
                   const AssetLoader &loader)
{
    const QRectF r = canvasRect(target, pageCanvas(slide));
    const QRect device = p.transform().mapRect(r).toAlignedRect();
    const QImage page = pageImage(slide, device.size(), loader, {});
    if (page.isNull())
        paintMissing(p, r, slide);
    else
        p.drawImage(r, page);
}

int openPdfDeckCount()
{
    DeckCache &c = cache();
    const std::lock_guard guard(c.lock);
    return int(c.decks.size());
}

void closePdfDecks()
{
    DeckCache &c = cache();
    const std::lock_guard guard(c.lock);
    c.decks.clear();
}

} // namespace okuw::render
