// Image filters: opacity, grayscale, sepia, invert, blur,
// brightness on background and inline images, drawn as CSS defines them.
#include "render/paint.h"

#include <QBuffer>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace okuw::render;

namespace {

QString redPng()
{
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(QColor(255, 0, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QColor centre(const QString &markdown)
{
    const SlideLayout l = layoutSlide(parseSlide(markdown), {});
    QImage image(l.canvas.toSize(), QImage::Format_RGB32);
    QPainter p(&image);
    paintSlide(p, QRectF(QPointF(0, 0), l.canvas), l);
    p.end();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

TEST_CASE("background and inline image filters", "[filters]")
{
    const QString red = redPng();
    const QColor plain = centre(QStringLiteral("![bg](%1)").arg(red));
    CHECK(plain == QColor(255, 0, 0));

    // A 5 % watermark over white stays nearly white.
    const QColor faint = centre(QStringLiteral("![bg opacity:.05](%1)").arg(red));
    CHECK(faint.red() == 255);
    CHECK(faint.green() >= 240);
    CHECK(faint.green() <= 244);

    const QColor grey = centre(QStringLiteral("![bg grayscale](%1)").arg(red));
    CHECK(grey.red() == grey.green());
    CHECK(grey.green() == grey.blue());
    CHECK(std::abs(grey.red() - 54) <= 2); // 0.2126 of full red

    const QColor sepia = centre(QStringLiteral("![bg sepia](%1)").arg(red));
    CHECK(std::abs(sepia.red() - 100) <= 2); // 0.393, 0.349, 0.272 of red
    CHECK(std::abs(sepia.green() - 89) <= 2);
    CHECK(std::abs(sepia.blue() - 69) <= 2);

    const QColor inverted = centre(QStringLiteral("![bg invert](%1)").arg(red));
    CHECK(inverted == QColor(0, 255, 255));

    const QColor dark = centre(QStringLiteral("![bg brightness:0.5](%1)").arg(red));
    CHECK(std::abs(dark.red() - 128) <= 2);

    // Blur keeps a uniform picture's middle as it is.
    CHECK(centre(QStringLiteral("![bg blur:8px](%1)").arg(red)) == QColor(255, 0, 0));

    // Inline: the filter words are not alt text, and the picture is filtered.
    const SlideModel m = parseSlide(QStringLiteral("![w:720 h:720 invert logo](%1)").arg(red));
    REQUIRE(m.blocks.size() == 1);
    REQUIRE(m.blocks[0].images.size() == 1);
    CHECK(m.blocks[0].images[0].alt == QStringLiteral("logo"));
    CHECK(m.blocks[0].images[0].filters.size() == 1);
}
