// PDF decks (a module's slides made as a PDF): medians of several runs.
//   render one PDF slide at 1920x1080 from the bundle's PDF, beside a Markdown slide
//   show a pre-rendered PDF slide: cache hit + drawImage (as for Markdown)
//   pdfpc-style pre-rendering of a whole 60-slide PDF deck: the memory it takes
// Usage: bench_pdfdeck [work folder]   (a temporary folder by default)
#include "benchsupport.h"
#include "builder/builder.h"
#include "core/bundle.h"
#include "render/assets.h"
#include "render/paint.h"
#include "render/pdfslide.h"
#include "render/sliderenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace okuw;
using namespace okuw::render;

using namespace okuw::bench;

namespace {

// A deck like one exported from PowerPoint: a coloured title band, a
// gradient picture, a title and bullet points per page.
void writeDeck(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(960, 540), QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QImage picture(400, 300, QImage::Format_RGB32);
    {
        QPainter p(&picture);
        QLinearGradient g(0, 0, 400, 300);
        g.setColorAt(0, QColor(0x2b, 0x6c, 0xb0));
        g.setColorAt(1, QColor(0xe0, 0xa0, 0x40));
        p.fillRect(picture.rect(), g);
    }
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.fillRect(QRectF(0, 0, 960, 90), QColor(0x1f, 0x4e, 0x79));
        QFont title(QStringLiteral("DejaVu Sans"));
        title.setPixelSize(40);
        p.setFont(title);
        p.setPen(Qt::white);
        p.drawText(QRectF(40, 20, 880, 60),
                   QStringLiteral("Indicators of trafficking %1").arg(i + 1));
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPixelSize(26);
        p.setFont(body);
        p.setPen(Qt::black);
        p.drawText(QRectF(40, 130, 460, 380), Qt::TextWordWrap,
                   QStringLiteral("• Documents taken away\n• A debt that never shrinks\n"
                                  "• Cannot leave alone\n• Threats against the family\n"
                                  "• Paid little or nothing"));
        p.drawImage(QRectF(520, 140, 400, 300), picture);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ensureFonts();
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const QDir dir(work);
    dir.mkpath(QStringLiteral("src/deck"));
    const int pages = 60;
    writeDeck(dir.filePath(QStringLiteral("src/deck/talk.pdf")), pages);
    QFile bundleYaml(dir.filePath(QStringLiteral("src/bundle.yaml")));
    bundleYaml.open(QIODevice::WriteOnly);
    bundleYaml.write("id: 33333333-2222-4333-8444-555555555555\nversion: \"1\"\n"
                     "default_language: en\nlanguages: [en]\ntitle: {en: Bench}\n"
                     "publisher: {en: Bench}\n");
    bundleYaml.close();
    QFile moduleYaml(dir.filePath(QStringLiteral("src/deck/module.yaml")));
    moduleYaml.open(QIODevice::WriteOnly);
    moduleYaml.write("slug: deck\norder: 1\nduration: 60\ntitle: {en: Deck}\n"
                     "decks: {en: talk.pdf}\n");
    moduleYaml.close();
    const QString bundlePath = dir.filePath(QStringLiteral("deck.okuw"));
    const builder::BuildResult built =
        builder::buildBundle(dir.filePath(QStringLiteral("src")), bundlePath);
    if (!built.ok) {
        out << "build failed: " << built.errors.join(QLatin1Char('\n')) << "\n";
        return 2;
    }
    QString error;
    const auto bundle = core::Bundle::open(bundlePath, &error);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    const AssetLoader loader = bundleAssetLoader(bundle, module.id);

    core::Slide markdown;
    markdown.id = 1;
    markdown.body = QStringLiteral("# Indicators of trafficking\n\n- Documents taken away\n"
                                   "- A debt that never shrinks\n- Cannot leave alone\n"
                                   "- Threats against the family\n- Paid little or nothing");
    const int runs = 31;
    renderSlide(slides[0], QSize(1920, 1080), 1.0, loader); // opens the PDF once
    const double pdfSlide = medianMs(runs, [&](int i) {
        const QImage img = renderSlide(slides[i % slides.size()], QSize(1920, 1080), 1.0, loader);
        Q_UNUSED(img);
    });
    const double mdSlide = medianMs(runs, [&](int) {
        const QImage img = renderSlide(markdown, QSize(1920, 1080), 1.0, {});
        Q_UNUSED(img);
    });

    SlideRenderer renderer;
    renderer.setCacheBudget(4LL * 1024 * 1024 * 1024);
    const auto requestFor = [&](const core::Slide &s) {
        RenderRequest r;
        r.slide = s;
        r.identity = slideIdentity(s);
        r.loader = loader;
        r.pixelSize = QSize(1920, 1080);
        return r;
    };
    int client = 0;
    renderer.want(&client, {requestFor(slides[0]), requestFor(slides[1]), requestFor(markdown)});
    renderer.waitForIdle();
    QImage screen(1920, 1080, QImage::Format_RGB32);
    const double pdfHit = medianMs(runs, [&](int i) {
        const QImage img = renderer.cached(requestFor(slides[i % 2]).key());
        QPainter p(&screen);
        p.drawImage(QPointF(0, 0), img);
    });
    const double mdHit = medianMs(runs, [&](int) {
        const QImage img = renderer.cached(requestFor(markdown).key());
        QPainter p(&screen);
        p.drawImage(QPointF(0, 0), img);
    });
    const double offThread = medianMs(11, [&](int i) {
        renderer.want(&client, {requestFor(slides[10 + i])});
        renderer.waitForIdle();
    });

    // pdfpc pre-renders every slide of the deck at the projector's size
    // before the talk; the same here, all 60 kept.
    renderer.forget(&client);
    const double before = rssMb();
    QElapsedTimer all;
    all.start();
    QList<RenderRequest> every;
    for (const core::Slide &s : slides)
        every << requestFor(s);
    renderer.want(&client, every);
    renderer.waitForIdle(600000);
    const double seconds = all.elapsed() / 1000.0;
    const double after = rssMb();

    out << "render one PDF slide 1920x1080 from the bundle  (median of " << runs
        << "): " << pdfSlide << " ms\n";
    out << "render one Markdown slide 1920x1080             (median of " << runs << "): " << mdSlide
        << " ms\n";
    out << "show a pre-rendered PDF slide (cache hit + drawImage, median of " << runs
        << "): " << pdfHit << " ms\n";
    out << "show a pre-rendered Markdown slide (cache hit + drawImage, median of " << runs
        << "): " << mdHit << " ms\n";
    out << "PDF slide: request -> rendered on the worker pool (median of 11): " << offThread
        << " ms\n";
    out << "pre-render all " << slides.size() << " PDF slides at 1920x1080: " << seconds << " s, "
        << renderer.cachedCount() << " images, " << renderer.cacheBytes() / (1024 * 1024)
        << " MB of pixels, RSS " << before << " -> " << after << " MB\n";
    out << "PDF decks open: " << openPdfDeckCount() << " (at most " << kOpenDecks << ")\n";
    return 0;
}
