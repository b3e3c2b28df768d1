// A slide show: the state, the audience window and the console, put on the
// right screens and kept there while projectors come and go.
#pragma once

#include "core/types.h"
#include "overlays.h"
#include "presenterstate.h"
#include "presentertimer.h"
#include "presenterwindows.h"
#include "render/assets.h"
#include "screenassignment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QScreen;

namespace okuw::ui {

class Presenter : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Show,      // full screen: two screens, or one with the console a key away
        Rehearsal, // windowed: console and audience view side by side
    };

    // Slides are drawn by `renderer`, shared with the rest of the viewer.
    explicit Presenter(render::SlideRenderer *renderer, QObject *parent = nullptr);
    ~Presenter() override;

    // `title` is shown on the console. False (and nothing shown) for an
    // empty deck or when a show is already running.
    bool start(const QList<core::Slide> &slides, int index, int durationMinutes,
               const render::AssetLoader &loader, Mode mode = Mode::Show,
               const QString &title = {});
    void end();
    bool isRunning() const { return m_running; }
    Mode mode() const { return m_mode; }

    const PresenterState &state() const { return m_state; }
    PresenterTimer &timer() { return m_timer; }
    AudienceWindow *audienceWindow() const { return m_audience; }
    ConsoleWindow *consoleWindow() const { return m_console; }
    OverviewGrid *overview() const { return m_overview; }

    // The screens chosen (null when a window is hidden).
    QScreen *audienceScreen() const;
    QScreen *consoleScreen() const;
    bool singleScreen() const { return m_assignment.singleScreen(); }
    // One screen: is the console shown instead of the audience view?
    bool consoleShownOnSingleScreen() const { return m_consoleOnSingle; }

public slots:
    // What a key press in either window does (public for tests).
    void handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void next();
    void previous();
    void goTo(int index);
    void swapScreens();   // two screens: swap; one screen: console <-> slide
    void toggleConsole(); // one screen
    void placeWindows();  // on the screens there are now

signals:
    void currentChanged(int index);
    // The show ended on slide `index` (0-based).
    void ended(int index);

private:
    void apply(PresenterAction action);
    void refresh();
    void refreshTimes();
    void hostOverlays();
    void setNotesSize(int points);
    void schedulePlacement();

    QPointer<render::SlideRenderer> m_renderer;
    PresenterState m_state;
    PresenterTimer m_timer;
    QList<core::Slide> m_slides;
    int m_duration = 0;
    Mode m_mode = Mode::Show;
    bool m_running = false;
    bool m_swapped = false;
    bool m_consoleOnSingle = false;
    int m_notesPoints = 16;
    ScreenAssignment m_assignment;
    QList<QScreen *> m_screens; // as assigned
    QPointer<AudienceWindow> m_audience;
    QPointer<ConsoleWindow> m_console;
    QPointer<OverviewGrid> m_overview;
    QPointer<HelpOverlay> m_help;
    QTimer m_tick; // clock and timers
    QTimer m_placeLater;
};

} // namespace okuw::ui
