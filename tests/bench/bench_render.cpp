// Slide rendering speed: medians of several runs.
//   render one 1920x1080 slide from Markdown  (target <= 16 ms)
//   show a pre-rendered slide: cache hit + drawImage (target <= 2 ms)
#include "benchsupport.h"
#include "render/paint.h"
#include "render/sliderenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace okuw;
using namespace okuw::render;

using namespace okuw::bench;

namespace {

QByteArray photo()
{
    QImage img(800, 600, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, 800, 600);
    g.setColorAt(0, QColor(0x2b, 0x6c, 0xb0));
    g.setColorAt(1, QColor(0xe0, 0xa0, 0x40));
    p.fillRect(img.rect(), g);
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ensureFonts();
    QTextStream out(stdout);

    QList<core::Slide> slides;
    const QString bodies[] = {
        QStringLiteral("# Признаки торговли людьми\n\n- Изъятые документы\n- Долговая кабала\n"
                       "  - навязанный долг\n- Ограничение свободы передвижения\n- Угрозы семье"),
        QStringLiteral("## Adam söwdasynyň alamatlary\n\n| Alamat | Mysal |\n|---|---|\n"
                       "| Resminamalar | Pasport alnan |\n| Bergi | Çözülmeýän bergi |\n"
                       "| Gözegçilik | Ýeke çykyp bilmeýär |"),
        QStringLiteral("![bg left](photo.png)\n\n# Evidence\n\n> Corroborate the victim's "
                       "account.\n\nCollect **phone records**, *payments* and `chat logs`."),
    };
    for (int i = 0; i < 30; ++i) {
        core::Slide s;
        s.id = i + 1;
        s.body = bodies[i % 3];
        slides.append(s);
    }
    const QByteArray png = photo();
    const AssetLoader loader = [&png](const QString &) { return png; };

    const int runs = 31;
    const double full = medianMs(runs, [&](int i) {
        const QImage img = renderSlide(slides[i % slides.size()], QSize(1920, 1080), 1.0, loader);
        Q_UNUSED(img);
    });
    const double text = medianMs(runs, [&](int i) {
        const QImage img = renderSlide(slides[(i % 10) * 3], QSize(1920, 1080), 1.0, loader);
        Q_UNUSED(img);
    });
    const SlideLayout layout = layoutSlide(parseSlide(slides[0].body), loader);
    QImage target(1920, 1080, QImage::Format_RGB32);
    const double paintOnly = medianMs(runs, [&](int) {
        QPainter p(&target);
        paintSlide(p, QRectF(0, 0, 1920, 1080), layout);
    });

    // A pre-rendered slide: what the viewer does on a slide change.
    SlideRenderer renderer;
    const auto requestFor = [&](int i) {
        RenderRequest r;
        r.slide = slides[i];
        r.identity = slideIdentity(slides[i]);
        r.loader = loader;
        r.pixelSize = QSize(1920, 1080);
        return r;
    };
    int client = 0;
    renderer.want(&client, {requestFor(0), requestFor(1), requestFor(2)});
    renderer.waitForIdle();
    QImage screen(1920, 1080, QImage::Format_RGB32);
    const double hit = medianMs(runs, [&](int i) {
        const QImage img = renderer.cached(requestFor(i % 3).key());
        QPainter p(&screen);
        p.drawImage(QPointF(0, 0), img);
    });
    // Rendering on the pool, measured from request to delivered image.
    const double offThread = medianMs(11, [&](int i) {
        renderer.want(&client, {requestFor(10 + i)});
        renderer.waitForIdle();
    });

    out << "render one 1920x1080 slide, mixed deck (median of " << runs << "): " << full
        << " ms  [target <= 16 ms]\n";
    out << "render one 1920x1080 slide, text + list     (median of " << runs << "): " << text
        << " ms\n";
    out << "paint an already laid-out slide 1920x1080    (median of " << runs << "): " << paintOnly
        << " ms\n";
    out << "show a pre-rendered slide: cache hit + drawImage (median of " << runs << "): " << hit
        << " ms  [target <= 2 ms]\n";
    out << "request -> rendered on the worker pool       (median of 11): " << offThread << " ms\n";
    return (full <= 16 && hit <= 2) ? 0 : 1;
}
