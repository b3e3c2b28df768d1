// libFuzzer target: a Marp deck as an author (or a stranger's builder) could
// write it, through the whole slide pipeline the viewer runs on every slide:
// core::parseDeck splits it, render::parseSlide reads each slide's Markdown
// and directives, render::layoutSlide measures it, paintSlide draws it into
// a small image. The whole input is also read as one slide body, as a body
// in a bundle need not come from parseDeck (it may hold `---` and comments).
//
//   build-fuzz/bin/fuzz_deck build-fuzz/fuzz/corpus/deck -max_len=65536
#include "core/deck.h"
#include "fuzzsupport.h"
#include "render/layout.h"
#include "render/paint.h"
#include "render/slidemodel.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

using namespace okuw;

namespace {

// Images a slide may name: one of each kind the loader can hand back, and
// nothing for any other name (a missing image is drawn as a placeholder).
QByteArray loadAsset(const QString &path)
{
    if (path.endsWith(QLatin1String(".png")))
        return fuzz::tinyPng();
    if (path.endsWith(QLatin1String(".svg")))
        return fuzz::tinySvg();
    return {};
}

void draw(const render::SlideModel &model)
{
    render::SlideLayout layout = render::layoutSlide(model, loadAsset);
    layout.highlight = {QStringLiteral("the"), QStringLiteral("и")};
    // Small: what is fuzzed is the layout, not the rasteriser's speed.
    QImage image(96, 54, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    render::paintSlide(p, QRectF(0, 0, 96, 54), layout);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv, fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = fuzz::text(data, size);
    const core::Deck deck = core::parseDeck(markdown);
    // Every slide is parsed; laying out is what takes the time, so only the
    // first slide is, and the whole input below (which holds the others).
    for (int i = 0; i < deck.slides.size(); ++i) {
        const render::SlideModel model =
            render::parseSlide(deck.slides[i].body, deck.slides[i].directives);
        if (i == 0)
            draw(model);
    }
    const QJsonObject directives =
        deck.slides.isEmpty() ? QJsonObject() : deck.slides.first().directives;
    const render::SlideModel whole = render::parseSlide(markdown, directives);
    if (deck.slides.size() != 1 || deck.slides.first().body != markdown.trimmed())
        draw(whole);
    // What the viewer's event loop does between slides: Qt trims its font
    // caches on a timer, and without this they would grow with every input.
    QCoreApplication::processEvents();
    return 0;
}
