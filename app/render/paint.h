// Paints a laid-out slide (layout.h) onto a painter or into an image, and
// marks words on it. Thread-safe: the slide renderer calls it on its workers.
#pragma once

#include "layout.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QStringList>

class QPainter;
class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace okuw::core {
struct Slide;
}

namespace okuw::render {

// Where the canvas lands inside `target`, centred, aspect ratio kept.
QRectF canvasRect(const QRectF &target, const QSizeF &canvas);

void paintSlide(QPainter &p, const QRectF &target, const SlideLayout &layout);
void paintSlide(QPainter &p, const QRectF &target, const core::Slide &slide,
                const AssetLoader &loader);

// An image of pixelSize*dpr device pixels with devicePixelRatio dpr; the
// slide is centred on `letterbox`, `highlight` as in SlideLayout.
QImage renderSlide(const core::Slide &slide, const QSize &pixelSize, qreal devicePixelRatio,
                   const AssetLoader &loader, const QColor &letterbox = Qt::black,
                   const QStringList &highlight = {});

// The marking of highlighted words: dark text on yellow, legible on light
// and on inverted slides alike. Used on slides and in the speaker notes.
QColor highlightBackground();
QTextCharFormat highlightFormat();
// Every whole-word occurrence of `words` in `doc`, any case, as selections.
QList<QTextCursor> findWords(const QTextDocument &doc, const QStringList &words);

// Speaker notes as Markdown that keeps the author's line breaks: each line
// of a paragraph ends in a hard break ("Ask the room…" and "Time: 3 min"
// stay two lines), code blocks untouched. For QTextDocument::setMarkdown.
QString notesMarkdown(const QString &notes);

} // namespace okuw::render
