// Every image Okuw draws — on slides, in handouts, in the builder's checks —
// is decoded here and only here. The bytes come from a bundle or a source
// folder, that is from anyone's USB stick, so the decoder refuses what could
// blow up (decompression bombs, huge SVGs) and removes what could reach
// outside the bytes it was given: an SVG may name files on the reader's
// disk, devices or web addresses, and Qt's SVG renderer would open them.
#pragma once

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSvgRenderer;

namespace okuw::render {

struct LoadedImage
{
    QImage raster;
    std::shared_ptr<QSvgRenderer> svg;
    QSizeF natural; // the image's own size in pixels (SVG: its view box)
};

// nullptr with *why set when the bytes are not an image Okuw draws.
// `name` (a path or URL as written) only helps tell SVG from raster data.
std::shared_ptr<const LoadedImage> decodeImage(const QByteArray &bytes, const QString &name,
                                               QString *why = nullptr);

// The SVG with everything that points outside it removed: href and
// xlink:href other than "#fragment" or an inline raster "data:" URL,
// url(...) in styles other than "#fragment", CSS @import, scripts, foreign
// objects, and the document type (no entities). nullopt, and *why, for what
// is not a well-formed SVG within the limits (size, element count; a
// compressed .svgz is refused: its size is unknown until unpacked).
// `removed` lists what was taken out ("xlink:href=/etc/passwd"), for the
// builder, which refuses such files rather than ship them.
std::optional<QByteArray> sanitizeSvg(const QByteArray &svg, QString *why = nullptr,
                                      QStringList *removed = nullptr);

} // namespace okuw::render
