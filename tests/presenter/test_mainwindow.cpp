#include "uisupport.h"
// The slide show from the main window: F5 and Shift+F5 actions, the Slide
// Show menu and toolbar button, and Esc back to the slide the show ended on.
#include "presenterfixture.h"
#include "ui/mainwindow.h"
#include "ui/presenter/installpresenter.h"
#include "ui/presenter/presenter.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::ui;
using okuw::test::pressKey;
using okuw::test::waitUntil;

TEST_CASE("F5 from the main window, Esc back to the slide reached", "[presenter][mainwindow]")
{
    const auto &deck = test::sampleDeck();
    MainWindow window(okuw::test::profile());
    Presenter *presenter = installPresenter(&window);
    window.show();
    REQUIRE(window.openBundle(deck.bundlePath, false));
    REQUIRE(window.openModule(deck.module.id));
    REQUIRE(window.currentSlides().size() == deck.slides.size());

    auto *fromStart = window.findChild<QAction *>(QStringLiteral("presenterFromStart"));
    auto *fromCurrent = window.findChild<QAction *>(QStringLiteral("presenterFromCurrent"));
    REQUIRE(fromStart);
    REQUIRE(fromCurrent);
    CHECK(fromStart->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(fromCurrent->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F5));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("presenterMenu"));
    REQUIRE(menu);
    CHECK(menu->actions().contains(fromStart));
    CHECK(window.menuBar()->actions().contains(menu->menuAction()));
    if (window.mainToolBar())
        CHECK(window.mainToolBar()->actions().contains(fromCurrent));

    // Shift+F5 from the second slide.
    REQUIRE(window.openSlide(deck.slides[1].id));
    fromCurrent->trigger();
    REQUIRE(presenter->isRunning());
    CHECK(presenter->state().current() == 1);
    pressKey(presenter->audienceWindow(), Qt::Key_PageDown);
    pressKey(presenter->audienceWindow(), Qt::Key_Escape);
    CHECK_FALSE(presenter->isRunning());
    REQUIRE(window.currentSlide());
    CHECK(window.currentSlide()->id == deck.slides[2].id);

    // F5 from the first slide, whatever is shown.
    fromStart->trigger();
    REQUIRE(presenter->isRunning());
    CHECK(presenter->state().current() == 0);
    CHECK(presenter->consoleWindow()->numberText() ==
          QStringLiteral("1 / %1").arg(deck.slides.size()));
    pressKey(presenter->audienceWindow(), Qt::Key_Escape);
    REQUIRE(window.currentSlide());
    CHECK(window.currentSlide()->id == deck.slides[0].id);
}
