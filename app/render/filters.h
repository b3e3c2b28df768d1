// CSS image filters as Marp's image syntax writes them (`![bg opacity:.05]`,
// `![w:300 sepia]`): parsed from the alt words and applied to pixels
// (filters.cpp). Marp's defaults when no value is given.
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace okuw::render {

struct ImageFilter
{
    QString name; // opacity, grayscale, sepia, blur, brightness, contrast,
                  // hue-rotate, invert, saturate, drop-shadow
    qreal amount = 0;
};

// True when `word` (lower case, `name` or `name:value`) is a filter; adds it.
bool parseImageFilter(const QString &word, QList<ImageFilter> *filters);

// Applies every filter but opacity (returned, 1: opaque) to `image`, whose
// scale to the canvas is `pxPerCanvasPx` (for blur radii).
qreal applyImageFilters(QImage &image, const QList<ImageFilter> &filters, qreal pxPerCanvasPx);

} // namespace okuw::render
