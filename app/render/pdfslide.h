// Pages of a PDF deck drawn as slides: the page fitted into the target with
// its own aspect ratio, on the letterbox colour, words of a search hit
// marked. Thread-safe: the slide renderer calls it on its workers.
//
// A deck's PDF is opened from the bundle (a lazy blob device) on first use
// and kept open for the next page: at most kOpenDecks documents at a time,
// the least recently used closed first, as the PDF pane keeps one.
#pragma once

#include "assets.h"
#include "core/types.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace okuw::render {

inline constexpr int kOpenDecks = 3;

// An image of pixelSize*dpr device pixels (devicePixelRatio dpr).
QImage renderPdfSlide(const core::Slide &slide, const QSize &pixelSize, qreal devicePixelRatio,
                      const AssetLoader &loader, const QColor &letterbox = Qt::black,
                      const QStringList &highlight = {});
// Draws the page into `target` (aspect kept, centred) at the painter's
// device resolution.
void paintPdfSlide(QPainter &p, const QRectF &target, const core::Slide &slide,
                   const AssetLoader &loader);

// How many deck PDFs are open now (tests and benchmarks).
int openPdfDeckCount();
// Closes them all (tests; also done when the application ends).
void closePdfDecks();

} // namespace okuw::render
