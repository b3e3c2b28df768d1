// The presenter's state without any window: which slide is shown, whether
// the audience sees a black or white screen, the number being typed for a
// jump, the overview and help overlays, and the key map that drives them.
//
// QtCore only, so every key and every transition is tested without a
// display. The windows feed it key presses and draw what it says.
#pragma once

#include "ui/keyhelp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace okuw::ui {

enum class Blank { None, Black, White };

// What a key did. The windows redraw accordingly; the controller acts on
// the ones that reach beyond the state (End, SwapScreens, timer, notes).
enum class PresenterAction {
    None,     // the key is not ours
    Consumed, // eaten without effect (e.g. any key that ended a blank screen)
    SlideChanged,
    BlankChanged,
    JumpBufferChanged,
    OverviewChanged, // opened, closed or its selection moved
    HelpChanged,
    End,
    SwapScreens,
    ToggleConsole, // one screen: the console instead of the audience view, and back
    TimerToggle,   // start or pause the elapsed time
    TimerReset,
    NotesBigger,
    NotesSmaller,
};

class PresenterState
{
    Q_DECLARE_TR_FUNCTIONS(okuw::ui::PresenterState)

public:
    explicit PresenterState(int count = 0, int current = 0);

    void reset(int count, int current);
    int count() const { return m_count; }
    int current() const { return m_current; }
    int next() const { return m_current + 1 < m_count ? m_current + 1 : -1; }

    // Navigation used by mouse clicks and buttons as well as by keys. Each
    // returns true when the slide changed. Changing the slide ends a blank.
    bool goTo(int index);
    bool goNext() { return goTo(m_current + 1); }
    bool goPrevious() { return goTo(m_current - 1); }

    Blank blank() const { return m_blank; }
    void setBlank(Blank b) { m_blank = b; }

    // The digits typed so far for "number then Enter".
    QString jumpBuffer() const { return m_jump; }

    bool overviewOpen() const { return m_overview; }
    int overviewSelection() const { return m_overviewSel; }
    void setOverviewColumns(int columns) { m_columns = columns > 0 ? columns : 1; }
    void openOverview(bool open);
    void setOverviewSelection(int index);

    bool helpOpen() const { return m_help; }
    void setHelpOpen(bool open) { m_help = open; }

    // Qt key codes; `text` is what the key types (used for `.`, `,`, `?`,
    // and to read letters typed on a Russian layout as the Latin letter
    // on the same key, so B works whichever layout is active).
    PresenterAction handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    // The keys, for the help overlay (translated).
    static QList<KeyHelpEntry> keyHelp();

private:
    PresenterAction handleOverviewKey(int key);

    int m_count = 0;
    int m_current = 0;
    Blank m_blank = Blank::None;
    QString m_jump;
    bool m_overview = false;
    int m_overviewSel = 0;
    int m_columns = 4;
    bool m_help = false;
};

// The Latin key for a letter typed on the Russian ЙЦУКЕН layout (the key at
// the same place), or `key` itself.
int latinKey(int key, const QString &text);

} // namespace okuw::ui
