// A slide show on the offscreen platform (one 800x600 screen): start, keys
// through the real windows, black screen, console toggle, overview, help,
// pre-rendered slide changes, rehearsal mode, and the end.
#include "presenterfixture.h"
#include "render/sliderenderer.h"
#include "ui/presenter/overlays.h"
#include "ui/presenter/presenter.h"
#include "ui/presenter/presenterwindows.h"

#include <QElapsedTimer>
#include <QScreen>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::ui;
using okuw::test::pressKey;
using okuw::test::processEvents;
using okuw::test::waitUntil;

namespace {

QColor centre(QWidget *w)
{
    const QImage img = w->grab().toImage();
    return img.pixelColor(img.width() / 2, img.height() / 2);
}

} // namespace

TEST_CASE("a one-screen show: keys, black screen, console toggle, end", "[presenter][ui]")
{
    const auto &deck = test::sampleDeck();
    render::SlideRenderer renderer;
    Presenter p(&renderer);
    int endedAt = -2;
    QObject::connect(&p, &Presenter::ended, [&](int i) { endedAt = i; });
    REQUIRE(p.start(deck.slides, 0, deck.module.durationMinutes, deck.loader));
    CHECK_FALSE(p.start(deck.slides, 0, 0, deck.loader)); // one show at a time

    AudienceWindow *audience = p.audienceWindow();
    REQUIRE(waitUntil([&] { return audience->isVisible(); }));
    ConsoleWindow *console = p.consoleWindow();
    REQUIRE(audience);
    CHECK(p.singleScreen());
    CHECK(audience->isVisible());
    CHECK(audience->isFullScreen());
    CHECK(audience->geometry() == audience->screen()->geometry());
    CHECK_FALSE(console->isVisible());
    CHECK(audience->canvas()->shownIndex() == 0);
    CHECK(waitUntil([&] { return !audience->canvas()->image().isNull(); }));

    pressKey(audience, Qt::Key_PageDown);
    CHECK(audience->canvas()->shownIndex() == 1);
    pressKey(audience, Qt::Key_Space, " ");
    CHECK(audience->canvas()->shownIndex() == 2);
    pressKey(audience, Qt::Key_Backspace);
    CHECK(audience->canvas()->shownIndex() == 1);

    // Black, then any key shows the same slide again.
    pressKey(audience, Qt::Key_Period, ".");
    CHECK(p.state().blank() == Blank::Black);
    CHECK(audience->canvas()->blank() == QColor(Qt::black));
    CHECK(centre(audience) == QColor(Qt::black));
    pressKey(audience, Qt::Key_Right);
    CHECK(p.state().blank() == Blank::None);
    CHECK_FALSE(audience->canvas()->blank().isValid());
    CHECK(audience->canvas()->shownIndex() == 1);
    pressKey(audience, Qt::Key_W, "w");
    CHECK(centre(audience) == QColor(Qt::white));
    pressKey(audience, Qt::Key_Comma, ",");
    CHECK_FALSE(audience->canvas()->blank().isValid());

    // The console instead of the slide, and back.
    pressKey(audience, Qt::Key_C, "c");
    CHECK(waitUntil([&] { return console->isVisible(); }));
    CHECK(console->isFullScreen());
    CHECK_FALSE(audience->isVisible());
    CHECK(console->numberText() == QStringLiteral("2 / %1").arg(deck.slides.size()));
    test::saveShot(console->grab().toImage(), "single-console.png");
    pressKey(console, Qt::Key_C, "c");
    CHECK(waitUntil([&] { return audience->isVisible(); }));
    CHECK_FALSE(console->isVisible());

    // Number then Enter.
    pressKey(audience, Qt::Key_3, "3");
    CHECK(audience->canvas()->shownIndex() == 1);
    pressKey(audience, Qt::Key_Return, "\r");
    CHECK(audience->canvas()->shownIndex() == 2);

    // The overview opens over the audience view when it is all there is.
    pressKey(audience, Qt::Key_Tab);
    REQUIRE(p.overview());
    CHECK(waitUntil([&] { return p.overview()->isVisible(); }));
    CHECK(p.overview()->parentWidget() == audience);
    CHECK(waitUntil([&] { return p.overview()->renderedCount() == deck.slides.size(); }));
    test::saveShot(audience->grab().toImage(), "single-overview.png");
    pressKey(audience, Qt::Key_Home);
    pressKey(audience, Qt::Key_Return, "\r");
    CHECK_FALSE(p.overview()->isVisible());
    CHECK(audience->canvas()->shownIndex() == 0);

    pressKey(audience, Qt::Key_Question, "?");
    CHECK(p.state().helpOpen());
    test::saveShot(audience->grab().toImage(), "single-help.png");
    pressKey(audience, Qt::Key_X, "x");
    CHECK_FALSE(p.state().helpOpen());

    // A click moves on; Shift+F5 from a clicker changes nothing.
    emit audience->canvas()->clicked(Qt::LeftButton);
    CHECK(audience->canvas()->shownIndex() == 1);
    pressKey(audience, Qt::Key_F5, {}, Qt::ShiftModifier);
    CHECK(p.isRunning());
    CHECK(audience->canvas()->shownIndex() == 1);

    pressKey(audience, Qt::Key_Escape);
    CHECK_FALSE(p.isRunning());
    CHECK(endedAt == 1);
    CHECK(waitUntil([&] { return !p.audienceWindow(); })); // deleted
}

TEST_CASE("pre-rendered slides change without a render on the GUI thread", "[presenter][ui]")
{
    const auto &deck = test::sampleDeck();
    render::SlideRenderer renderer;
    Presenter p(&renderer);
    REQUIRE(p.start(deck.slides, 0, 0, deck.loader));
    SlideSurface *canvas = p.audienceWindow()->canvas();
    REQUIRE(waitUntil([&] { return canvas->isVisible() && !canvas->image().isNull(); }));
    QList<qint64> micros;
    for (int i = 1; i < deck.slides.size(); ++i) {
        REQUIRE(canvas->renderer()->waitForIdle());
        const int misses = canvas->cacheMisses();
        QElapsedTimer t;
        t.start();
        pressKey(p.audienceWindow(), Qt::Key_Right);
        canvas->repaint();
        micros << t.nsecsElapsed() / 1000;
        CHECK(canvas->shownIndex() == i);
        CHECK(canvas->cacheMisses() == misses); // served from the cache
        CHECK(canvas->lastPaintExact());
        CHECK(canvas->image().deviceIndependentSize().toSize() == canvas->size());
    }
    std::sort(micros.begin(), micros.end());
    WARN("slide change incl. repaint at " << canvas->width() << "x" << canvas->height()
                                          << ", median " << micros[micros.size() / 2] << " us");
    // A jump far away arrives from the workers; the window never waits for it.
    pressKey(p.audienceWindow(), Qt::Key_Home);
    CHECK(canvas->shownIndex() == 0);
    CHECK(waitUntil([&] { return !canvas->image().isNull(); }));
    p.end();
}

TEST_CASE("rehearsal: console and audience side by side in windows", "[presenter][ui]")
{
    const auto &deck = test::sampleDeck();
    render::SlideRenderer renderer;
    Presenter p(&renderer);
    REQUIRE(p.start(deck.slides, 1, deck.module.durationMinutes, deck.loader,
                    Presenter::Mode::Rehearsal, QStringLiteral("Alpha module")));
    ConsoleWindow *console = p.consoleWindow();
    AudienceWindow *audience = p.audienceWindow();
    REQUIRE(waitUntil([&] { return console->isVisible() && audience->isVisible(); }));
    CHECK(console->isVisible());
    CHECK(audience->isVisible());
    CHECK_FALSE(console->isFullScreen());
    CHECK_FALSE(audience->isFullScreen());
    // Side by side (the 800 px offscreen screen is narrower than the
    // console's minimum width, so they may overlap a little there).
    CHECK(waitUntil([&] {
        return console->geometry().left() < audience->geometry().left() &&
               console->geometry().top() == audience->geometry().top();
    }));
    CHECK(console->numberText() == QStringLiteral("2 / %1").arg(deck.slides.size()));
    CHECK(console->notesText().trimmed() == deck.slides[1].notes.trimmed());
    CHECK(console->next()->shownIndex() == 2);
    CHECK(console->remainingText().startsWith(
        QString::number(deck.module.durationMinutes > 0 ? deck.module.durationMinutes - 1 : 0)));

    // Timer: pause, reset.
    pressKey(console, Qt::Key_T, "t");
    CHECK_FALSE(p.timer().isRunning());
    CHECK(console->elapsedText().contains(QLatin1String("(")));
    pressKey(console, Qt::Key_R, "r");
    CHECK(p.timer().elapsedMs() == 0);
    pressKey(console, Qt::Key_T, "t");
    CHECK(p.timer().isRunning());

    // The last slide: the console says the show ends after it.
    pressKey(console, Qt::Key_End);
    CHECK(console->next()->shownIndex() == -1);
    pressKey(console, Qt::Key_B, "b");
    CHECK(p.state().blank() == Blank::Black);
    waitUntil([&] { return !console->current()->image().isNull(); });
    test::saveShot(console->grab().toImage(), "rehearsal-console.png");
    test::saveShot(audience->grab().toImage(), "rehearsal-audience.png");
    p.end();
}
