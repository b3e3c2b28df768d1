#include "filters.h"

#include <QColor>
#include <QPainter>
#include <QRegularExpression>
#include <QtMath>
#include <algorithm>
#include <array>
#include <cmath>

namespace okuw::render {

namespace {

using Matrix = std::array<qreal, 9>; // row-major 3x3 on r, g, b

// The matrices of the Filter Effects spec.
Matrix grayscale(qreal a)
{
    a = 1 - std::clamp<qreal>(a, 0, 1);
    return {0.2126 + 0.7874 * a, 0.7152 - 0.7152 * a, 0.0722 - 0.0722 * a,
            0.2126 - 0.2126 * a, 0.7152 + 0.2848 * a, 0.0722 - 0.0722 * a,
            0.2126 - 0.2126 * a, 0.7152 - 0.7152 * a, 0.0722 + 0.9278 * a};
}

Matrix sepia(qreal a)
{
    a = 1 - std::clamp<qreal>(a, 0, 1);
    return {0.393 + 0.607 * a, 0.769 - 0.769 * a, 0.189 - 0.189 * a,
            0.349 - 0.349 * a, 0.686 + 0.314 * a, 0.168 - 0.168 * a,
            0.272 - 0.272 * a, 0.534 - 0.534 * a, 0.131 + 0.869 * a};
}

Matrix saturate(qreal s)
{
    return {0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s,
            0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s,
            0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s};
}

Matrix hueRotate(qreal degrees)
{
    const qreal c = std::cos(qDegreesToRadians(degrees));
    const qreal s = std::sin(qDegreesToRadians(degrees));
    return {0.213 + c * 0.787 - s * 0.213, 0.715 - c * 0.715 - s * 0.715,
            0.072 - c * 0.072 + s * 0.928, 0.213 - c * 0.213 + s * 0.143,
            0.715 + c * 0.285 + s * 0.140, 0.072 - c * 0.072 - s * 0.283,
            0.213 - c * 0.213 - s * 0.787, 0.715 - c * 0.715 + s * 0.715,
            0.072 + c * 0.928 + s * 0.072};
}

template <typename F> void perPixel(QImage &image, F f)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            qreal c[3] = {qRed(p) / 255.0, qGreen(p) / 255.0, qBlue(p) / 255.0};
            f(c);
            line[x] = qRgba(std::clamp(int(c[0] * 255 + 0.5), 0, 255),
                            std::clamp(int(c[1] * 255 + 0.5), 0, 255),
                            std::clamp(int(c[2] * 255 + 0.5), 0, 255), qAlpha(p));
        }
    }
}

void applyMatrix(QImage &image, const Matrix &m)
{
    perPixel(image, [&m](qreal *c) {
        const qreal r = c[0], g = c[1], b = c[2];
        c[0] = m[0] * r + m[1] * g + m[2] * b;
        c[1] = m[3] * r + m[4] * g + m[5] * b;
        c[2] = m[6] * r + m[7] * g + m[8] * b;
    });
}

// A Gaussian blur of radius `px`, approximated by scaling down and up.
void blur(QImage &image, qreal px)
{
    if (px < 0.5 || image.isNull())
        return;
    const qreal f = std::clamp<qreal>(1.0 / px, 0.02, 1.0);
    const QSize small(std::max(1, int(image.width() * f)), std::max(1, int(image.height() * f)));
    const QImage down = image.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image = down.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_ARGB32);
}

} // namespace

bool parseImageFilter(const QString &word, QList<ImageFilter> *filters)
{
    static const QRegularExpression re(
        QStringLiteral("^(opacity|grayscale|sepia|blur|brightness|contrast|hue-rotate|invert|"
                       "saturate|drop-shadow)(?::(.*))?$"));
    const auto m = re.match(word);
    if (!m.hasMatch())
        return false;
    ImageFilter f;
    f.name = m.captured(1);
    QString v = m.captured(2).trimmed();
    const bool percent = v.endsWith(QLatin1Char('%'));
    v.remove(QRegularExpression(QStringLiteral("(%|px|deg)$")));
    bool ok = false;
    qreal n = v.toDouble(&ok);
    if (ok && percent)
        n /= 100;
    static const QHash<QString, qreal> defaults = {
        {QStringLiteral("opacity"), 0.5},    {QStringLiteral("grayscale"), 1},
        {QStringLiteral("sepia"), 1},        {QStringLiteral("blur"), 10},
        {QStringLiteral("brightness"), 1.5}, {QStringLiteral("contrast"), 2},
        {QStringLiteral("hue-rotate"), 180}, {QStringLiteral("invert"), 1},
        {QStringLiteral("saturate"), 2},     {QStringLiteral("drop-shadow"), 1}};
    f.amount = ok ? n : defaults.value(f.name);
    filters->append(f);
    return true;
}

qreal applyImageFilters(QImage &image, const QList<ImageFilter> &filters, qreal pxPerCanvasPx)
{
    qreal opacity = 1;
    if (image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(QImage::Format_ARGB32);
    for (const ImageFilter &f : filters) {
        const qreal a = f.amount;
        if (f.name == QLatin1String("opacity"))
            opacity *= std::clamp<qreal>(a, 0, 1);
        else if (f.name == QLatin1String("grayscale"))
            applyMatrix(image, grayscale(a));
        else if (f.name == QLatin1String("sepia"))
            applyMatrix(image, sepia(a));
        else if (f.name == QLatin1String("saturate"))
            applyMatrix(image, saturate(a));
        else if (f.name == QLatin1String("hue-rotate"))
            applyMatrix(image, hueRotate(a));
        else if (f.name == QLatin1String("blur"))
            blur(image, a * pxPerCanvasPx);
        else if (f.name == QLatin1String("invert"))
            perPixel(image, [a](qreal *c) {
                for (int i = 0; i < 3; ++i)
                    c[i] = c[i] * (1 - a) + (1 - c[i]) * a;
            });
        else if (f.name == QLatin1String("brightness"))
            perPixel(image, [a](qreal *c) {
                for (int i = 0; i < 3; ++i)
                    c[i] *= a;
            });
        else if (f.name == QLatin1String("contrast"))
            perPixel(image, [a](qreal *c) {
                for (int i = 0; i < 3; ++i)
                    c[i] = (c[i] - 0.5) * a + 0.5;
            });
        // drop-shadow: the picture is drawn without its shadow.
    }
    return opacity;
}

} // namespace okuw::render
