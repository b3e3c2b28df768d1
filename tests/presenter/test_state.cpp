// The presenter without windows: the key map, jumps, black/white screens,
// the overview, the timer on a hand-stepped clock, pace, and screen choice.
#include "ui/presenter/presenterstate.h"
#include "ui/presenter/presentertimer.h"
#include "ui/presenter/screenassignment.h"

#include <catch2/catch.hpp>

using namespace okuw::ui;

namespace {

PresenterAction press(PresenterState &s, int key, const QString &text = {},
                      Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    return s.handleKey(key, mods, text);
}

} // namespace

TEST_CASE("every next key moves one slide forward", "[presenter][keys]")
{
    const QList<std::pair<int, QString>> keys = {
        {Qt::Key_Right, {}},    {Qt::Key_Down, {}},    {Qt::Key_PageDown, {}}, {Qt::Key_Space, " "},
        {Qt::Key_Return, "\r"}, {Qt::Key_Enter, "\r"}, {Qt::Key_N, "n"},
    };
    for (const auto &[key, text] : keys) {
        INFO("key " << key);
        PresenterState s(5, 2);
        CHECK(press(s, key, text) == PresenterAction::SlideChanged);
        CHECK(s.current() == 3);
    }
}

TEST_CASE("every previous key moves one slide back", "[presenter][keys]")
{
    const QList<std::pair<int, QString>> keys = {
        {Qt::Key_Left, {}},      {Qt::Key_Up, {}}, {Qt::Key_PageUp, {}},
        {Qt::Key_Backspace, {}}, {Qt::Key_P, "p"},
    };
    for (const auto &[key, text] : keys) {
        INFO("key " << key);
        PresenterState s(5, 2);
        CHECK(press(s, key, text) == PresenterAction::SlideChanged);
        CHECK(s.current() == 1);
    }
}

TEST_CASE("Home, End and the ends of the deck", "[presenter][keys]")
{
    PresenterState s(5, 2);
    CHECK(press(s, Qt::Key_End) == PresenterAction::SlideChanged);
    CHECK(s.current() == 4);
    CHECK(s.next() == -1);
    CHECK(press(s, Qt::Key_Right) == PresenterAction::Consumed); // stays on the last
    CHECK(s.current() == 4);
    CHECK(press(s, Qt::Key_Home) == PresenterAction::SlideChanged);
    CHECK(s.current() == 0);
    CHECK(s.next() == 1);
    CHECK(press(s, Qt::Key_PageUp) == PresenterAction::Consumed);
    CHECK(s.current() == 0);
}

TEST_CASE("a number then Enter jumps", "[presenter][keys]")
{
    PresenterState s(20, 0);
    CHECK(press(s, Qt::Key_1, "1") == PresenterAction::JumpBufferChanged);
    CHECK(press(s, Qt::Key_2, "2") == PresenterAction::JumpBufferChanged);
    CHECK(s.jumpBuffer() == "12");
    CHECK(s.current() == 0); // nothing moves before Enter
    CHECK(press(s, Qt::Key_Return, "\r") == PresenterAction::SlideChanged);
    CHECK(s.current() == 11);
    CHECK(s.jumpBuffer().isEmpty());

    SECTION("Backspace edits the number")
    {
        press(s, Qt::Key_3, "3");
        press(s, Qt::Key_7, "7");
        CHECK(press(s, Qt::Key_Backspace) == PresenterAction::JumpBufferChanged);
        CHECK(s.jumpBuffer() == "3");
        CHECK(s.current() == 11);
        press(s, Qt::Key_Enter, "\r");
        CHECK(s.current() == 2);
    }
    SECTION("a number out of range is dropped")
    {
        press(s, Qt::Key_9, "9");
        press(s, Qt::Key_9, "9");
        CHECK(press(s, Qt::Key_Return) == PresenterAction::JumpBufferChanged);
        CHECK(s.current() == 11);
        CHECK(s.jumpBuffer().isEmpty());
        press(s, Qt::Key_0, "0");
        press(s, Qt::Key_Return);
        CHECK(s.current() == 11);
    }
    SECTION("Esc clears the number instead of ending the show")
    {
        press(s, Qt::Key_4, "4");
        CHECK(press(s, Qt::Key_Escape) == PresenterAction::JumpBufferChanged);
        CHECK(s.jumpBuffer().isEmpty());
        CHECK(press(s, Qt::Key_Escape) == PresenterAction::End);
    }
    SECTION("navigating forgets a half-typed number")
    {
        press(s, Qt::Key_4, "4");
        press(s, Qt::Key_Right);
        CHECK(s.jumpBuffer().isEmpty());
        CHECK(s.current() == 12);
    }
}

TEST_CASE("black and white screens, and any key returns", "[presenter][keys]")
{
    PresenterState s(5, 1);
    SECTION("B toggles black")
    {
        CHECK(press(s, Qt::Key_B, "b") == PresenterAction::BlankChanged);
        CHECK(s.blank() == Blank::Black);
        CHECK(press(s, Qt::Key_B, "b") == PresenterAction::BlankChanged);
        CHECK(s.blank() == Blank::None);
    }
    SECTION(". (a clicker's blank key) toggles black")
    {
        CHECK(press(s, Qt::Key_Period, ".") == PresenterAction::BlankChanged);
        CHECK(s.blank() == Blank::Black);
        press(s, Qt::Key_Period, ".");
        CHECK(s.blank() == Blank::None);
    }
    SECTION("W and , toggle white; B switches white to black")
    {
        press(s, Qt::Key_W, "w");
        CHECK(s.blank() == Blank::White);
        press(s, Qt::Key_B, "b");
        CHECK(s.blank() == Blank::Black);
        press(s, Qt::Key_Comma, ",");
        CHECK(s.blank() == Blank::White);
        press(s, Qt::Key_Comma, ",");
        CHECK(s.blank() == Blank::None);
    }
    SECTION("any other key returns to the slide without moving")
    {
        for (int key :
             {int(Qt::Key_Right), int(Qt::Key_Escape), int(Qt::Key_X), int(Qt::Key_PageDown)}) {
            INFO("key " << key);
            press(s, Qt::Key_B, "b");
            REQUIRE(s.blank() == Blank::Black);
            CHECK(press(s, key) == PresenterAction::BlankChanged);
            CHECK(s.blank() == Blank::None);
            CHECK(s.current() == 1);
        }
    }
    SECTION("Shift alone does not end the blank")
    {
        press(s, Qt::Key_W, "w");
        CHECK(press(s, Qt::Key_Shift) == PresenterAction::None);
        CHECK(s.blank() == Blank::White);
    }
    SECTION("a Russian keyboard layout: И is B, ю is the . key")
    {
        CHECK(press(s, 0x418, QStringLiteral(u"и")) == PresenterAction::BlankChanged);
        CHECK(s.blank() == Blank::Black);
        press(s, 0x42e, QStringLiteral(u"ю"));
        CHECK(s.blank() == Blank::None);
        CHECK(press(s, 0x422, QStringLiteral(u"т")) == PresenterAction::SlideChanged); // N
        CHECK(s.current() == 2);
    }
}

TEST_CASE("the overview grid picks a slide", "[presenter][keys]")
{
    PresenterState s(10, 2);
    s.setOverviewColumns(4);
    for (int key : {int(Qt::Key_Tab), int(Qt::Key_G)}) {
        INFO("key " << key);
        CHECK(press(s, key) == PresenterAction::OverviewChanged);
        CHECK(s.overviewOpen());
        CHECK(s.overviewSelection() == 2);
        CHECK(press(s, key) == PresenterAction::OverviewChanged);
        CHECK_FALSE(s.overviewOpen());
    }
    press(s, Qt::Key_Tab);
    press(s, Qt::Key_Down);  // 2 -> 6
    press(s, Qt::Key_Right); // 6 -> 7
    CHECK(s.overviewSelection() == 7);
    CHECK(s.current() == 2); // the audience still sees slide 3
    press(s, Qt::Key_End);
    CHECK(s.overviewSelection() == 9);
    press(s, Qt::Key_Up);
    CHECK(s.overviewSelection() == 5);
    CHECK(press(s, Qt::Key_Return) == PresenterAction::SlideChanged);
    CHECK(s.current() == 5);
    CHECK_FALSE(s.overviewOpen());

    press(s, Qt::Key_G, "g");
    press(s, Qt::Key_Home);
    CHECK(press(s, Qt::Key_Escape) == PresenterAction::OverviewChanged); // Esc closes, no end
    CHECK(s.current() == 5);
}

TEST_CASE("help, screens, timer and notes keys", "[presenter][keys]")
{
    PresenterState s(5, 0);
    CHECK(press(s, Qt::Key_Question, "?") == PresenterAction::HelpChanged);
    CHECK(s.helpOpen());
    CHECK(press(s, Qt::Key_Right) == PresenterAction::HelpChanged); // any key closes it
    CHECK_FALSE(s.helpOpen());
    CHECK(s.current() == 0);
    CHECK(press(s, Qt::Key_F1) == PresenterAction::HelpChanged);
    press(s, Qt::Key_F1);

    CHECK(press(s, Qt::Key_S, "s") == PresenterAction::SwapScreens);
    CHECK(press(s, Qt::Key_C, "c") == PresenterAction::ToggleConsole);
    CHECK(press(s, Qt::Key_T, "t") == PresenterAction::TimerToggle);
    CHECK(press(s, Qt::Key_R, "r") == PresenterAction::TimerReset);
    CHECK(press(s, Qt::Key_Plus, "+") == PresenterAction::NotesBigger);
    CHECK(press(s, Qt::Key_Equal, "=") == PresenterAction::NotesBigger);
    CHECK(press(s, Qt::Key_Minus, "-") == PresenterAction::NotesSmaller);
    CHECK(press(s, Qt::Key_Plus, "+", Qt::ControlModifier) == PresenterAction::NotesBigger);
    CHECK(press(s, Qt::Key_Q, "q", Qt::ControlModifier) == PresenterAction::None);
    CHECK(press(s, Qt::Key_Escape) == PresenterAction::End);
    // Clicker "play" during the show: harmless.
    CHECK(press(s, Qt::Key_F5) == PresenterAction::Consumed);
    CHECK(press(s, Qt::Key_F5, {}, Qt::ShiftModifier) == PresenterAction::Consumed);
    CHECK(s.current() == 0);
    CHECK(PresenterState::keyHelp().size() >= 10);
}

TEST_CASE("changing the slide ends a blank screen", "[presenter]")
{
    PresenterState s(5, 0);
    s.setBlank(Blank::White);
    CHECK(s.goTo(3));
    CHECK(s.blank() == Blank::None);
    CHECK_FALSE(s.goTo(7));
    CHECK(s.current() == 3);
    s.reset(2, 9);
    CHECK(s.current() == 1);
}

TEST_CASE("the timer pauses, resumes and resets on its clock", "[presenter][timer]")
{
    qint64 now = 1000;
    PresenterTimer t([&now] { return now; });
    CHECK(t.elapsedMs() == 0);
    t.start();
    now += 5000;
    CHECK(t.elapsedMs() == 5000);
    t.pause();
    CHECK_FALSE(t.isRunning());
    now += 60000; // a coffee break
    CHECK(t.elapsedMs() == 5000);
    t.toggle();
    CHECK(t.isRunning());
    now += 2500;
    CHECK(t.elapsedMs() == 7500);
    t.reset();
    CHECK(t.elapsedMs() == 0);
    CHECK(t.isRunning());
    now += 1000;
    CHECK(t.elapsedMs() == 1000);
    t.pause();
    t.reset();
    now += 1000;
    CHECK(t.elapsedMs() == 0);
    CHECK_FALSE(t.isRunning());
}

TEST_CASE("pace from the module's duration", "[presenter][timer]")
{
    const qint64 min = 60000;
    // 60 minutes, 20 slides.
    CHECK(pace(0, 60, 0, 20) == Pace::OnTime);
    CHECK(pace(30 * min, 60, 9, 20) == Pace::OnTime); // halfway, slide 10 of 20
    CHECK(pace(30 * min, 60, 6, 20) == Pace::Behind); // halfway, slide 7 of 20
    CHECK(pace(59 * min, 60, 19, 20) == Pace::OnTime);
    CHECK(pace(61 * min, 60, 19, 20) == Pace::OverTime);
    CHECK(pace(61 * min, 60, 3, 20) == Pace::OverTime);
    CHECK(pace(10 * min, 0, 3, 20) == Pace::None); // no planned duration
    CHECK(remainingMs(15 * min, 45) == 30 * min);
    CHECK(remainingMs(50 * min, 45) == -5 * min);
    CHECK(formatDuration(0) == "0:00");
    CHECK(formatDuration(754000) == "12:34");
    CHECK(formatDuration(3725000) == "1:02:05");
    CHECK(formatDuration(-190000) == "-3:10");
}

TEST_CASE("screen choice", "[presenter][screens]")
{
    const ScreenInfo laptop{"LAPTOP", QRect(0, 0, 1920, 1080), true};
    const ScreenInfo projector{"PROJECTOR", QRect(1920, 0, 1280, 720), false};
    const ScreenInfo monitor{"MONITOR", QRect(3200, 0, 2560, 1440), false};

    SECTION("no screen")
    {
        const ScreenAssignment a = assignScreens({});
        CHECK(a.audience == -1);
        CHECK(a.console == -1);
        CHECK_FALSE(a.singleScreen());
    }
    SECTION("one screen shares both")
    {
        const ScreenAssignment a = assignScreens({laptop});
        CHECK(a.audience == 0);
        CHECK(a.console == 0);
        CHECK(a.singleScreen());
        CHECK(assignScreens({laptop}, true) == a); // nothing to swap
    }
    SECTION("two screens: audience on the projector, console on the laptop")
    {
        const ScreenAssignment a = assignScreens({laptop, projector});
        CHECK(a.audience == 1);
        CHECK(a.console == 0);
        // The primary screen need not be listed first.
        const ScreenAssignment b = assignScreens({projector, laptop});
        CHECK(b.audience == 0);
        CHECK(b.console == 1);
        const ScreenAssignment swapped = assignScreens({laptop, projector}, true);
        CHECK(swapped.audience == 0);
        CHECK(swapped.console == 1);
    }
    SECTION("three screens: the largest other screen is the audience's")
    {
        const ScreenAssignment a = assignScreens({laptop, projector, monitor});
        CHECK(a.console == 0);
        CHECK(a.audience == 2);
    }
    SECTION("no screen marked primary: the first is the console")
    {
        ScreenInfo a1 = laptop, a2 = projector;
        a1.primary = false;
        const ScreenAssignment a = assignScreens({a1, a2});
        CHECK(a.console == 0);
        CHECK(a.audience == 1);
    }
    SECTION("hot-plug: a projector comes and goes during the talk")
    {
        QList<ScreenInfo> screens{laptop};
        CHECK(assignScreens(screens).singleScreen());
        screens << projector; // screenAdded
        ScreenAssignment a = assignScreens(screens);
        CHECK(screens[a.audience].name == "PROJECTOR");
        CHECK(screens[a.console].name == "LAPTOP");
        screens << monitor; // a bigger screen joins
        a = assignScreens(screens);
        CHECK(screens[a.audience].name == "MONITOR");
        screens.removeAt(2); // screenRemoved
        a = assignScreens(screens);
        CHECK(screens[a.audience].name == "PROJECTOR");
        screens.removeAt(1); // projector pulled out: both on the laptop
        a = assignScreens(screens);
        CHECK(a.singleScreen());
        CHECK(screens[a.audience].name == "LAPTOP");
    }
}
