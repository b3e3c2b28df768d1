// A slide show of a PDF deck on the offscreen platform: the console shows
// page 2 as "next" on page 1, both drawn from the bundle's PDF, with the
// page's notes (plain-text notes read as written, on the console and in the
// handout); black and white screens, the overview and a jump by number; a
// page drawn at a device pixel ratio of 2. Screenshots are saved for a
// person to look at.
#include "core/bundle.h"
#include "decksupport.h"
#include "render/assets.h"
#include "render/sliderenderer.h"
#include "ui/presenter/overlays.h"
#include "ui/presenter/presenter.h"
#include "ui/presenter/presenterwindows.h"

#include <QDir>
#include <QKeyEvent>
#include <QPdfDocument>
#include <QTest>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

TEST_CASE("the presenter shows page 2 as next on page 1 of a PDF deck", "[decks][presenter]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(src + QStringLiteral("/deck/talk.pdf"),
                 {QStringLiteral("First page: what trafficking is"),
                  QStringLiteral("Second page: indicators"), QStringLiteral("Third page")},
                 QSizeF(720, 540));
    writeFile(src + QStringLiteral("/deck/talk.notes.md"),
              "# 1\nAsk the room what they expect.\n# 2\nGo through each indicator.\n");
    writeDeckSource(src, QStringLiteral("{en: talk.pdf}"));
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult built = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);

    render::SlideRenderer renderer;
    ui::Presenter presenter(&renderer);
    REQUIRE(presenter.start(slides, 0, module.durationMinutes,
                            render::bundleAssetLoader(bundle, module.id)));
    ui::AudienceWindow *audience = presenter.audienceWindow();
    ui::ConsoleWindow *console = presenter.consoleWindow();
    REQUIRE(QTest::qWaitFor([&] { return audience->isVisible(); }, 20000));
    // The audience sees page 1, drawn from the PDF.
    REQUIRE(QTest::qWaitFor([&] { return !audience->canvas()->image().isNull(); }, 30000));
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    CHECK(audience->grab().save(shots + QStringLiteral("/pdf-deck-audience.png")));
    // The console instead of the slide (one screen), as a trainer rehearses.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_C, Qt::NoModifier, QStringLiteral("c"));
    QCoreApplication::sendEvent(audience, &press);
    REQUIRE(QTest::qWaitFor([&] { return console->isVisible(); }, 20000));

    CHECK(console->current()->shownIndex() == 0);
    CHECK(console->next()->shownIndex() == 1);
    CHECK(console->notesText().contains(QStringLiteral("Ask the room")));
    REQUIRE(QTest::qWaitFor(
        [&] { return !console->current()->image().isNull() && !console->next()->image().isNull(); },
        30000));
    // Drawn from the PDF: the page's blue band is in the "next" image.
    const QImage next = console->next()->image();
    bool band = false;
    for (int y = 0; y < next.height() && !band; y += 2) {
        const QColor c = next.pixelColor(next.width() / 2, y);
        band = c.blue() > 120 && c.red() < 80;
    }
    CHECK(band);
    CHECK(console->grab().save(shots + QStringLiteral("/pdf-deck-console.png")));

    // Next: page 2 current, page 3 next, its notes.
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(console, &right);
    CHECK(console->current()->shownIndex() == 1);
    CHECK(console->next()->shownIndex() == 2);
    CHECK(console->notesText().contains(QStringLiteral("each indicator")));
    presenter.end();
}

namespace {

// A PDF deck of three 4:3 pages built into a bundle; `notesFile` is
// written beside it when given (name, bytes).
std::shared_ptr<core::Bundle> buildShowDeck(const QTemporaryDir &dir,
                                            const std::pair<QString, QByteArray> &notesFile = {})
{
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(
        src + QStringLiteral("/deck/talk.pdf"),
        {QStringLiteral("First page"), QStringLiteral("Second page"), QStringLiteral("Third page")},
        QSizeF(720, 540));
    if (!notesFile.first.isEmpty())
        writeFile(src + QStringLiteral("/deck/") + notesFile.first, notesFile.second);
    writeDeckSource(src, QStringLiteral("{en: talk.pdf}"));
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult built = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    return bundle;
}

void press(QWidget *w, int key, const QString &text = {})
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(w, &event);
}

QColor centre(QWidget *w)
{
    const QImage img = w->grab().toImage();
    return img.pixelColor(img.width() / 2, img.height() / 2);
}

} // namespace

TEST_CASE("plain-text notes of a PDF deck read as written on the console and in the handout",
          "[decks][presenter][notes]")
{
    QTemporaryDir dir;
    // pdfpc's notes are plain text: nothing in them is Markdown.
    const auto bundle = buildShowDeck(dir, {QStringLiteral("talk.pdfpc"),
                                            R"({"pdfpcFormat": 2, "pages": [{"idx": 0, "label": "1",
                  "note": "Thank the hosts & <everyone>.\n\n* Not a list: 2 * 3 = 6\n# Not a heading"}]})"});
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);

    render::SlideRenderer renderer;
    ui::Presenter presenter(&renderer);
    REQUIRE(presenter.start(slides, 0, module.durationMinutes,
                            render::bundleAssetLoader(bundle, module.id)));
    ui::AudienceWindow *audience = presenter.audienceWindow();
    REQUIRE(QTest::qWaitFor([&] { return audience->isVisible(); }, 20000));
    press(audience, Qt::Key_C, QStringLiteral("c"));
    ui::ConsoleWindow *console = presenter.consoleWindow();
    REQUIRE(QTest::qWaitFor([&] { return console->isVisible(); }, 20000));
    const QString notes = console->notesText();
    INFO(notes.toStdString());
    CHECK(notes.contains(QStringLiteral("Thank the hosts & <everyone>.")));
    CHECK(notes.contains(QStringLiteral("* Not a list: 2 * 3 = 6")));
    CHECK(notes.contains(QStringLiteral("# Not a heading")));
    REQUIRE(QTest::qWaitFor([&] { return !console->current()->image().isNull(); }, 30000));
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    CHECK(console->grab().save(shots + QStringLiteral("/pdf-deck-console-plain-notes.png")));
    presenter.end();

    // The handout export prints them as written too.
    const QString handout = dir.filePath(QStringLiteral("handout.pdf"));
    const ProcessResult exported =
        runTool({QStringLiteral("export"), bundle->info().path, QStringLiteral("deck"),
                 QStringLiteral("--pdf"), handout});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QPdfDocument pdf;
    REQUIRE(pdf.load(handout) == QPdfDocument::Error::None);
    const QString text = pdf.getAllText(0).text().simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Thank the hosts & <everyone>.")));
    CHECK(text.contains(QStringLiteral("* Not a list: 2 * 3 = 6")));
    CHECK(text.contains(QStringLiteral("# Not a heading")));
}

TEST_CASE("black and white screens, the overview and a jump in a show of a PDF deck",
          "[decks][presenter]")
{
    QTemporaryDir dir;
    const auto bundle = buildShowDeck(dir);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);
    render::SlideRenderer renderer;
    ui::Presenter p(&renderer);
    REQUIRE(p.start(slides, 0, 0, render::bundleAssetLoader(bundle, module.id)));
    ui::AudienceWindow *audience = p.audienceWindow();
    REQUIRE(QTest::qWaitFor([&] { return audience->isVisible(); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return !audience->canvas()->image().isNull(); }, 30000));
    // The page is shown: white paper in the middle.
    CHECK(centre(audience).red() > 200);

    press(audience, Qt::Key_Period, QStringLiteral("."));
    CHECK(p.state().blank() == ui::Blank::Black);
    CHECK(centre(audience) == QColor(Qt::black));
    press(audience, Qt::Key_Right); // any key shows the same page again
    CHECK(p.state().blank() == ui::Blank::None);
    CHECK(audience->canvas()->shownIndex() == 0);
    press(audience, Qt::Key_W, QStringLiteral("w"));
    CHECK(centre(audience) == QColor(Qt::white));
    CHECK(audience->canvas()->blank() == QColor(Qt::white));
    press(audience, Qt::Key_Comma, QStringLiteral(","));
    CHECK_FALSE(audience->canvas()->blank().isValid());

    // The overview draws every page; Enter on one shows it.
    press(audience, Qt::Key_Tab);
    REQUIRE(p.overview());
    REQUIRE(QTest::qWaitFor([&] { return p.overview()->isVisible(); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return p.overview()->renderedCount() == 3; }, 30000));
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    CHECK(audience->grab().save(shots + QStringLiteral("/pdf-deck-overview.png")));
    press(audience, Qt::Key_End);
    press(audience, Qt::Key_Return, QStringLiteral("\r"));
    CHECK_FALSE(p.overview()->isVisible());
    CHECK(audience->canvas()->shownIndex() == 2);

    // A page number then Enter.
    press(audience, Qt::Key_2, QStringLiteral("2"));
    CHECK(audience->canvas()->shownIndex() == 2);
    press(audience, Qt::Key_Return, QStringLiteral("\r"));
    CHECK(audience->canvas()->shownIndex() == 1);
    p.end();
}

TEST_CASE("a PDF slide drawn at a device pixel ratio of 2 has twice the pixels", "[decks][render]")
{
    QTemporaryDir dir;
    const auto bundle = buildShowDeck(dir);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);
    render::SlideRenderer renderer;
    QList<QImage> images;
    for (const qreal dpr : {1.0, 2.0}) {
        render::RenderRequest req;
        req.slide = slides[0];
        req.identity = render::slideIdentity(slides[0]);
        req.loader = render::bundleAssetLoader(bundle, module.id);
        req.pixelSize = QSize(640, 480);
        req.dpr = dpr;
        renderer.want(&renderer, {req});
        REQUIRE(renderer.waitForIdle(30000));
        images << renderer.cached(req.key());
        REQUIRE_FALSE(images.last().isNull());
    }
    CHECK(images[0].size() == QSize(640, 480));
    CHECK(images[1].size() == QSize(1280, 960));
    CHECK(images[1].devicePixelRatio() == 2.0);
    // The page itself at that size, not a scaled-up copy: its blue band is
    // there, and the edge of the text is sharper (more distinct greys).
    CHECK(images[1].pixelColor(640, 20).blue() > 120);
    CHECK(images[1].pixelColor(640, 900).red() > 200);
    const QImage scaled = images[0].scaled(images[1].size());
    CHECK(images[1] != scaled.convertToFormat(images[1].format()));
}
