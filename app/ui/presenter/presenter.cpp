#include "presenter.h"

#include "core/log.h"
#include "overlays.h"
#include "presenterwindows.h"

#include <QGuiApplication>
#include <QScreen>

namespace okuw::ui {

namespace {

void showFullScreenOn(QWidget *w, QScreen *screen)
{
    if (w->isVisible() && w->isFullScreen() && w->screen() == screen &&
        w->geometry() == screen->geometry())
        return;
    // A full-screen window does not move; leave full screen, move, re-enter.
    if (w->isFullScreen())
        w->showNormal();
    w->setScreen(screen);
    w->setGeometry(screen->geometry());
    w->showFullScreen();
}

void showWindowedOn(QWidget *w, QScreen *screen, const QRect &geometry)
{
    if (w->isFullScreen())
        w->showNormal();
    w->setScreen(screen);
    w->setGeometry(geometry);
    w->show();
}

} // namespace

Presenter::Presenter(render::SlideRenderer *renderer, QObject *parent)
    : QObject(parent), m_renderer(renderer)
{
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &Presenter::refreshTimes);
    // Screens settle in several steps when a projector is plugged in; place
    // the windows once they have.
    m_placeLater.setSingleShot(true);
    m_placeLater.setInterval(150);
    connect(&m_placeLater, &QTimer::timeout, this, &Presenter::placeWindows);
}

Presenter::~Presenter()
{
    delete m_audience;
    delete m_console;
}

bool Presenter::start(const QList<core::Slide> &slides, int index, int durationMinutes,
                      const render::AssetLoader &loader, Mode mode, const QString &title)
{
    if (m_running || slides.isEmpty() || !m_renderer)
        return false;
    m_running = true;
    m_slides = slides;
    m_duration = durationMinutes;
    m_mode = mode;
    m_swapped = false;
    m_consoleOnSingle = false;
    m_state.reset(int(slides.size()), index);
    m_timer.start();

    m_audience = new AudienceWindow(m_renderer);
    m_console = new ConsoleWindow(m_renderer);
    m_overview = new OverviewGrid(m_renderer, m_console);
    m_help = new HelpOverlay(m_console);
    for (QWidget *overlay : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_help)}) {
        overlay->setProperty("okuwOverlay", true);
        overlay->hide();
    }
    m_audience->canvas()->setDeck(slides, loader);
    m_console->setSlides(slides, loader, title);
    m_console->setNotesPointSize(m_notesPoints);
    m_overview->setSlides(slides, loader);

    for (PresenterWindow *w :
         {static_cast<PresenterWindow *>(m_audience), static_cast<PresenterWindow *>(m_console)}) {
        connect(w, &PresenterWindow::keyPressed, this, &Presenter::handleKey);
        connect(w, &PresenterWindow::closeRequested, this, &Presenter::end);
    }
    const auto click = [this](Qt::MouseButton b) {
        if (b == Qt::LeftButton)
            next();
        else if (b == Qt::RightButton)
            previous();
    };
    const auto wheel = [this](int steps) { steps > 0 ? next() : previous(); };
    for (SlideSurface *c : {m_audience->canvas(), m_console->current()}) {
        connect(c, &SlideSurface::clicked, this, click);
        connect(c, &SlideSurface::wheelTurned, this, wheel);
    }
    connect(m_console->next(), &SlideSurface::clicked, this, [this](Qt::MouseButton b) {
        if (b == Qt::LeftButton)
            next();
    });
    connect(m_overview, &OverviewGrid::picked, this, [this](int i) {
        m_state.openOverview(false);
        goTo(i);
        refresh();
    });
    connect(m_overview, &OverviewGrid::columnsChanged, this,
            [this](int columns) { m_state.setOverviewColumns(columns); });
    connect(m_help, &HelpOverlay::dismissed, this, [this] {
        m_state.setHelpOpen(false);
        refresh();
    });
    connect(m_console, &ConsoleWindow::timerToggleClicked, this,
            [this] { apply(PresenterAction::TimerToggle); });
    connect(m_console, &ConsoleWindow::timerResetClicked, this,
            [this] { apply(PresenterAction::TimerReset); });
    connect(m_console, &ConsoleWindow::notesBiggerClicked, this,
            [this] { apply(PresenterAction::NotesBigger); });
    connect(m_console, &ConsoleWindow::notesSmallerClicked, this,
            [this] { apply(PresenterAction::NotesSmaller); });
    connect(m_console, &ConsoleWindow::swapClicked, this, &Presenter::swapScreens);
    connect(m_console, &ConsoleWindow::overviewClicked, this, [this] {
        m_state.openOverview(!m_state.overviewOpen());
        refresh();
    });
    connect(m_console, &ConsoleWindow::helpClicked, this, [this] {
        m_state.setHelpOpen(true);
        refresh();
    });
    connect(m_console, &ConsoleWindow::endClicked, this, &Presenter::end);

    auto *app = qGuiApp;
    connect(app, &QGuiApplication::screenAdded, this, &Presenter::schedulePlacement);
    connect(app, &QGuiApplication::screenRemoved, this, &Presenter::schedulePlacement);
    connect(app, &QGuiApplication::primaryScreenChanged, this, &Presenter::schedulePlacement);

    placeWindows();
    refresh();
    m_tick.start();
    return true;
}

void Presenter::end()
{
    if (!m_running)
        return;
    m_running = false;
    m_tick.stop();
    m_placeLater.stop();
    disconnect(qGuiApp, nullptr, this, nullptr);
    for (QWidget *w : {static_cast<QWidget *>(m_audience), static_cast<QWidget *>(m_console)}) {
        if (w) {
            w->hide();
            w->deleteLater();
        }
    }
    emit ended(m_state.current());
}

QScreen *Presenter::audienceScreen() const
{
    return m_audience && m_audience->isVisible() ? m_audience->screen() : nullptr;
}

QScreen *Presenter::consoleScreen() const
{
    return m_console && m_console->isVisible() ? m_console->screen() : nullptr;
}

void Presenter::schedulePlacement()
{
    if (m_running)
        m_placeLater.start();
}

void Presenter::placeWindows()
{
    if (!m_running)
        return;
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<ScreenInfo> infos;
    for (QScreen *s : screens)
        infos.append({s->name(), s->geometry(), s == QGuiApplication::primaryScreen()});
    m_assignment = assignScreens(infos, m_swapped);
    m_screens = screens;
    if (m_assignment.console < 0) {
        qCInfo(lcPresenter) << "no screen to show the slide show on; waiting for one";
        return; // no screen at all for a moment: wait for the next change
    }
    qCInfo(lcPresenter) << "audience on" << screens[m_assignment.audience]->name() << "console on"
                        << screens[m_assignment.console]->name();
    QScreen *audience = screens[m_assignment.audience];
    QScreen *console = screens[m_assignment.console];

    if (m_mode == Mode::Rehearsal) {
        const QRect r = console->availableGeometry();
        const int consoleWidth = r.width() * 3 / 5;
        const int audienceWidth = r.width() - consoleWidth;
        showWindowedOn(m_console, console, QRect(r.left(), r.top(), consoleWidth, r.height()));
        showWindowedOn(m_audience, console,
                       QRect(r.left() + consoleWidth, r.top(), audienceWidth,
                             std::min(r.height(), audienceWidth * 9 / 16)));
    } else if (m_assignment.singleScreen()) {
        if (m_consoleOnSingle) {
            m_audience->hide();
            showFullScreenOn(m_console, console);
        } else {
            m_console->hide();
            showFullScreenOn(m_audience, audience);
        }
    } else {
        showFullScreenOn(m_audience, audience);
        showFullScreenOn(m_console, console);
    }
    // The mouse pointer has no business on the projected slide.
    m_audience->setCursor(m_mode == Mode::Show && !m_assignment.singleScreen() ? Qt::BlankCursor
                                                                               : Qt::ArrowCursor);
    m_console->setSwapEnabled(m_mode == Mode::Show);
    hostOverlays();
    QWidget *keys = m_console->isVisible() ? static_cast<QWidget *>(m_console)
                                           : static_cast<QWidget *>(m_audience);
    keys->raise();
    keys->activateWindow();
    keys->setFocus();
    m_audience->canvas()->syncTarget();
    m_console->current()->syncTarget();
    m_console->next()->syncTarget();
}

void Presenter::hostOverlays()
{
    // Overlays belong to the presenter's eyes: the console, unless only
    // the audience view is on screen.
    QWidget *host = m_console->isVisible() ? static_cast<QWidget *>(m_console)
                                           : static_cast<QWidget *>(m_audience);
    for (QWidget *overlay : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_help)}) {
        if (overlay->parentWidget() != host)
            overlay->setParent(host);
        overlay->setGeometry(host->rect());
    }
    m_overview->setVisible(m_state.overviewOpen());
    m_help->setVisible(m_state.helpOpen());
    m_overview->raise();
    m_help->raise();
}

void Presenter::handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    if (m_running)
        apply(m_state.handleKey(key, modifiers, text));
}

void Presenter::apply(PresenterAction action)
{
    switch (action) {
    case PresenterAction::End:
        end();
        return;
    case PresenterAction::SwapScreens:
        swapScreens();
        return;
    case PresenterAction::ToggleConsole:
        toggleConsole();
        return;
    case PresenterAction::TimerToggle:
        m_timer.toggle();
        refreshTimes();
        return;
    case PresenterAction::TimerReset:
        m_timer.reset();
        refreshTimes();
        return;
    case PresenterAction::NotesBigger:
        setNotesSize(m_notesPoints + 2);
        return;
    case PresenterAction::NotesSmaller:
        setNotesSize(m_notesPoints - 2);
        return;
    case PresenterAction::None:
    case PresenterAction::Consumed:
        return;
    default:
        refresh();
    }
}

void Presenter::next()
{
    if (m_state.blank() != Blank::None)
        m_state.setBlank(Blank::None);
    else
        m_state.goNext();
    refresh();
}

void Presenter::previous()
{
    if (m_state.blank() != Blank::None)
        m_state.setBlank(Blank::None);
    else
        m_state.goPrevious();
    refresh();
}

void Presenter::goTo(int index)
{
    m_state.goTo(index);
    refresh();
}

void Presenter::swapScreens()
{
    if (!m_running || m_mode == Mode::Rehearsal)
        return;
    if (m_assignment.singleScreen()) {
        toggleConsole();
        return;
    }
    m_swapped = !m_swapped;
    placeWindows();
}

void Presenter::toggleConsole()
{
    if (!m_running || m_mode == Mode::Rehearsal || !m_assignment.singleScreen())
        return;
    m_consoleOnSingle = !m_consoleOnSingle;
    placeWindows();
    refresh();
}

void Presenter::setNotesSize(int points)
{
    m_notesPoints = std::clamp(points, 8, 48);
    if (m_console)
        m_console->setNotesPointSize(m_notesPoints);
}

void Presenter::refresh()
{
    if (!m_running)
        return;
    const int before = m_audience->canvas()->shownIndex();
    m_audience->canvas()->showSlide(m_state.current());
    const Blank blank = m_state.blank();
    m_audience->canvas()->setBlank(blank == Blank::Black   ? QColor(Qt::black)
                                   : blank == Blank::White ? QColor(Qt::white)
                                                           : QColor());
    m_console->showState(m_state);
    m_overview->setSelection(m_state.overviewSelection(), m_state.current());
    if (m_overview->isVisible() != m_state.overviewOpen() ||
        m_help->isVisible() != m_state.helpOpen())
        hostOverlays();
    refreshTimes();
    if (before != m_state.current())
        emit currentChanged(m_state.current());
}

void Presenter::refreshTimes()
{
    if (!m_running)
        return;
    const qint64 elapsed = m_timer.elapsedMs();
    m_console->showTimes(elapsed, m_timer.isRunning(), m_duration,
                         pace(elapsed, m_duration, m_state.current(), m_state.count()));
}

} // namespace okuw::ui
