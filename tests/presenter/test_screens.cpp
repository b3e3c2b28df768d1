// Two screens (offscreen platform with a screens file): the audience view
// lands on the projector, the console on the laptop; S swaps them; a
// projector pulled out and plugged back in moves the windows and the show
// goes on.
#include "presenterfixture.h"
#include "render/sliderenderer.h"
#include "ui/presenter/presenter.h"
#include "ui/presenter/presenterwindows.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QScreen>

#ifdef OKUW_HAVE_QPA_PRIVATE
#include <qpa/qplatformnativeinterface.h>
#endif

#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::ui;
using okuw::test::pressKey;
using okuw::test::waitUntil;

namespace {

QString screenName(QWidget *w)
{
    return w && w->isVisible() && w->screen() ? w->screen()->name() : QString();
}

#ifdef OKUW_HAVE_QPA_PRIVATE
QJsonObject screen(const QString &name, int x, int w, int h)
{
    return {{"name", name}, {"x", x},           {"y", 0},  {"width", w},
            {"height", h},  {"logicalDpi", 96}, {"dpr", 1}};
}

// The offscreen platform's own hook for changing its screens at run time:
// Qt announces screenAdded/screenRemoved exactly as for a real projector.
bool setScreens(const QJsonArray &screens)
{
    QPlatformNativeInterface *native = QGuiApplication::platformNativeInterface();
    if (!native)
        return false;
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    const auto set = reinterpret_cast<SetConfiguration>(
        native->nativeResourceForIntegration("setConfiguration"));
    if (!set)
        return false;
    set(QJsonObject{{"screens", screens}}, native);
    return true;
}
#endif

} // namespace

TEST_CASE("two screens: audience on the projector, console on the laptop", "[presenter][screens]")
{
    REQUIRE(QGuiApplication::screens().size() == 2);
    REQUIRE(QGuiApplication::primaryScreen()->name() == QLatin1String("LAPTOP"));
    const auto &deck = test::sampleDeck();
    render::SlideRenderer renderer;
    Presenter p(&renderer);
    REQUIRE(p.start(deck.slides, 0, deck.module.durationMinutes, deck.loader, Presenter::Mode::Show,
                    QStringLiteral("Alpha module")));
    AudienceWindow *audience = p.audienceWindow();
    ConsoleWindow *console = p.consoleWindow();
    REQUIRE(waitUntil([&] {
        return screenName(audience) == QLatin1String("PROJECTOR") &&
               screenName(console) == QLatin1String("LAPTOP");
    }));
    CHECK_FALSE(p.singleScreen());
    CHECK(screenName(audience) == QLatin1String("PROJECTOR"));
    CHECK(screenName(console) == QLatin1String("LAPTOP"));
    CHECK(audience->isFullScreen());
    CHECK(console->isFullScreen());
    CHECK(audience->geometry() == QRect(1920, 0, 1280, 720));
    CHECK(console->geometry() == QRect(0, 0, 1920, 1080));
    // Each window's slide is drawn at its own size (by the workers: wait
    // for it rather than for time).
    const auto drawnAtOwnSize = [](SlideSurface *s) {
        return !s->image().isNull() && s->image().deviceIndependentSize().toSize() == s->size();
    };
    CHECK(waitUntil([&] { return drawnAtOwnSize(audience->canvas()); }));
    CHECK(waitUntil([&] { return drawnAtOwnSize(console->current()); }));
    CHECK(audience->canvas()->size() != console->current()->size());

    pressKey(console, Qt::Key_PageDown);
    CHECK(audience->canvas()->shownIndex() == 1);
    CHECK(console->current()->shownIndex() == 1);
    CHECK(console->next()->shownIndex() == 2);
    waitUntil([&] { return drawnAtOwnSize(console->next()); });
    test::saveShot(console->grab().toImage(), "two-console.png");
    test::saveShot(audience->grab().toImage(), "two-audience.png");

    // The overview stays on the console: the audience keeps its slide.
    pressKey(console, Qt::Key_G, "g");
    CHECK(p.overview()->parentWidget() == console);
    CHECK(waitUntil([&] { return p.overview()->renderedCount() == deck.slides.size(); }));
    test::saveShot(console->grab().toImage(), "two-console-overview.png");
    pressKey(console, Qt::Key_Escape);
    CHECK(p.isRunning());

    // S swaps the screens, and back.
    pressKey(console, Qt::Key_S, "s");
    CHECK(waitUntil([&] { return screenName(audience) == QLatin1String("LAPTOP"); }));
    CHECK(screenName(console) == QLatin1String("PROJECTOR"));
    CHECK(audience->geometry() == QRect(0, 0, 1920, 1080));
    pressKey(console, Qt::Key_S, "s");
    CHECK(waitUntil([&] { return screenName(audience) == QLatin1String("PROJECTOR"); }));
    CHECK(screenName(console) == QLatin1String("LAPTOP"));

    pressKey(audience, Qt::Key_Escape); // clickers talk to whichever window has focus
    CHECK_FALSE(p.isRunning());
}

#ifdef OKUW_HAVE_QPA_PRIVATE
TEST_CASE("a projector pulled out and plugged in during the show", "[presenter][screens]")
{
    const QJsonArray both{screen("LAPTOP", 0, 1920, 1080), screen("PROJECTOR", 1920, 1280, 720)};
    const auto &deck = test::sampleDeck();
    render::SlideRenderer renderer;
    Presenter p(&renderer);
    REQUIRE(p.start(deck.slides, 2, 0, deck.loader));
    REQUIRE(
        waitUntil([&] { return screenName(p.audienceWindow()) == QLatin1String("PROJECTOR"); }));

    REQUIRE(setScreens({screen("LAPTOP", 0, 1920, 1080)}));
    waitUntil([&] { return p.audienceWindow()->geometry() == QRect(0, 0, 1920, 1080); });
    REQUIRE(QGuiApplication::screens().size() == 1);
    CHECK(p.isRunning());
    CHECK(p.singleScreen());
    CHECK(screenName(p.audienceWindow()) == QLatin1String("LAPTOP"));
    CHECK(p.audienceWindow()->isFullScreen());
    CHECK(p.audienceWindow()->geometry() == QRect(0, 0, 1920, 1080));
    CHECK_FALSE(p.consoleWindow()->isVisible());
    CHECK(p.audienceWindow()->canvas()->shownIndex() == 2);

    REQUIRE(setScreens(both));
    waitUntil([&] { return p.audienceWindow()->geometry() == QRect(1920, 0, 1280, 720); });
    REQUIRE(QGuiApplication::screens().size() == 2);
    CHECK(p.isRunning());
    CHECK(screenName(p.audienceWindow()) == QLatin1String("PROJECTOR"));
    CHECK(screenName(p.consoleWindow()) == QLatin1String("LAPTOP"));
    CHECK(p.audienceWindow()->geometry() == QRect(1920, 0, 1280, 720));
    CHECK(p.audienceWindow()->canvas()->shownIndex() == 2);
    p.end();
}
#endif
