// Raw HTML in a slide: Marp renders the tags of marp-core's default `html`
// allow-list and shows everything else as source. Only the tags are kept,
// without their attributes, so no HTML in a bundle can carry a style, an
// event handler or a URL into the renderer.
#pragma once

#include <QString>

namespace okuw::render {

// One tag: the same tag without attributes when Marp renders it, else empty.
QString allowedTag(const QString &tag);
// An HTML block whose every tag Marp renders, without attributes; empty
// when any tag is not on the list (the block is then shown as source).
QString allowedHtml(const QString &block);

} // namespace okuw::render
