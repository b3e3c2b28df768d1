// Lays a slide model out on its logical canvas (1280x720 or 960x720): where
// each block, image, header and footer goes. A layout holds its decoded
// images and text documents, so one layout can be painted many times (on
// screen, into an image, into a PDF); paint.h paints it.
#pragma once

#include "assets.h"
#include "images.h"
#include "slidemodel.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace okuw::render {

struct PlacedImage
{
    ImageRef ref;
    QRectF rect;                              // the box the image is drawn into (bg: its area)
    std::shared_ptr<const LoadedImage> image; // null: drawn as a placeholder
    QString problem;                          // why it is a placeholder
};

struct PlacedBlock
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    QRectF rect;
    std::shared_ptr<QTextDocument> doc; // text blocks
    QList<PlacedImage> images;          // Images blocks
    QString fitText;                    // fit headings: their lines, never wrapped, scaled together
    qreal fitPixelSize = 0;
    QFont fitFont;     // fit headings: the font measured, at fitPixelSize
    QColor color;      // from the deck's CSS; invalid: the layout's
    QColor background; // from the deck's CSS (blockquote, code), invalid: none
};

struct SlideLayout
{
    QSizeF canvas{1280, 720};
    QColor background;
    QColor text;
    QColor heading;
    QColor muted;
    QColor accent;
    QColor codeBackground;
    QColor codeText;
    QColor heading1; // h1, when the theme gives it its own colour
    QColor quote;
    bool lead = false;              // text centred (gaia's and okuw's lead, uncover)
    bool middle = false;            // content centred vertically
    bool centreLists = false;       // okuw's lead: lists centred as a block
    PlacedImage backgroundImage;    // `backgroundImage` directive (rect empty if none)
    QList<PlacedImage> backgrounds; // `![bg]` images
    QRectF content;                 // where blocks may go
    QList<PlacedBlock> blocks;
    std::shared_ptr<QTextDocument> header;
    std::shared_ptr<QTextDocument> footer;
    QRectF headerRect;
    QRectF footerRect;
    QString pageText;
    QRectF pageRect;
    qreal textScale = 1.0; // < 1 when text was shrunk to fit
    bool clipped = false;  // even at the smallest size the content overflows
    // Words painted marked (whole words, any case), as when the slide is
    // opened from a search hit. Set by the caller; layoutSlide leaves it empty.
    QStringList highlight;
};

// Loads images through `loader` (never for remote ones). Call it on the
// thread that paints the layout: it owns QTextDocuments.
SlideLayout layoutSlide(const SlideModel &model, const AssetLoader &loader);

// Every local image a model names, for preloading on one thread.
QStringList assetPaths(const SlideModel &model);

} // namespace okuw::render
