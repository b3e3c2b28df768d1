#include "presenterstate.h"

#include <algorithm>

namespace okuw::ui {

int latinKey(int key, const QString &text)
{
    // The Russian layout puts these letters on the keys of the US layout's
    // "qwertyuiop[]asdfghjkl;'zxcvbnm,." in that order.
    static const QString cyrillic = QStringLiteral(u"йцукенгшщзхъфывапролджэячсмитьбю");
    static const QString latin = QStringLiteral("qwertyuiop[]asdfghjkl;'zxcvbnm,.");
    if (text.size() != 1)
        return key;
    const int at = cyrillic.indexOf(text.at(0).toLower());
    if (at < 0)
        return key;
    const QChar l = latin.at(at);
    return l.isLetter() ? int(l.toUpper().unicode()) : int(l.unicode());
}

PresenterState::PresenterState(int count, int current)
{
    reset(count, current);
}

void PresenterState::reset(int count, int current)
{
    m_count = std::max(0, count);
    m_current = m_count > 0 ? std::clamp(current, 0, m_count - 1) : 0;
    m_blank = Blank::None;
    m_jump.clear();
    m_overview = false;
    m_overviewSel = m_current;
    m_help = false;
}

bool PresenterState::goTo(int index)
{
    m_jump.clear();
    if (index < 0 || index >= m_count)
        return false;
    const bool changed = index != m_current || m_blank != Blank::None;
    m_current = index;
    m_blank = Blank::None;
    return changed;
}

void PresenterState::openOverview(bool open)
{
    m_overview = open;
    if (open)
        m_overviewSel = m_current;
}

void PresenterState::setOverviewSelection(int index)
{
    if (m_count > 0)
        m_overviewSel = std::clamp(index, 0, m_count - 1);
}

namespace {

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

bool isBlackKey(int key, const QString &text)
{
    return key == Qt::Key_B || key == Qt::Key_Period || text == QLatin1String(".");
}

bool isWhiteKey(int key, const QString &text)
{
    return key == Qt::Key_W || key == Qt::Key_Comma || text == QLatin1String(",");
}

} // namespace

PresenterAction PresenterState::handleKey(int rawKey, Qt::KeyboardModifiers modifiers,
                                          const QString &rawText)
{
    if (isModifierKey(rawKey))
        return PresenterAction::None;
    const int key = latinKey(rawKey, rawText);
    // A Russian layout types `ю` and `б` on the `.` and `,` keys.
    const QString text = key != rawKey && key < 0x80 ? QString(QChar(key)) : rawText;

    if (modifiers & (Qt::ControlModifier | Qt::MetaModifier)) {
        if (key == Qt::Key_Plus || key == Qt::Key_Equal)
            return PresenterAction::NotesBigger;
        if (key == Qt::Key_Minus)
            return PresenterAction::NotesSmaller;
        return PresenterAction::None; // leave application shortcuts alone
    }
    if (modifiers & Qt::AltModifier)
        return PresenterAction::None;

    if (m_help) {
        m_help = false; // any key closes the help
        return PresenterAction::HelpChanged;
    }

    if (m_blank != Blank::None) {
        // B on a black screen and W on a white one switch back; the other
        // blank key switches colour; any other key just shows the slide again.
        if (isBlackKey(key, text))
            m_blank = m_blank == Blank::Black ? Blank::None : Blank::Black;
        else if (isWhiteKey(key, text))
            m_blank = m_blank == Blank::White ? Blank::None : Blank::White;
        else
            m_blank = Blank::None;
        return PresenterAction::BlankChanged;
    }

    if (m_overview)
        return handleOverviewKey(key);

    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_jump.size() < 5)
            m_jump.append(QChar('0' + (key - Qt::Key_0)));
        return PresenterAction::JumpBufferChanged;
    }

    const auto navigate = [this](int index) {
        const bool hadJump = !m_jump.isEmpty();
        if (goTo(index))
            return PresenterAction::SlideChanged;
        return hadJump ? PresenterAction::JumpBufferChanged : PresenterAction::Consumed;
    };

    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_jump.isEmpty()) {
            bool ok = false;
            const int number = m_jump.toInt(&ok);
            m_jump.clear();
            if (ok && number >= 1 && number <= m_count && goTo(number - 1))
                return PresenterAction::SlideChanged;
            return PresenterAction::JumpBufferChanged;
        }
        return navigate(m_current + 1);
    case Qt::Key_Backspace:
        if (!m_jump.isEmpty()) {
            m_jump.chop(1);
            return PresenterAction::JumpBufferChanged;
        }
        return navigate(m_current - 1);
    case Qt::Key_Escape:
        if (!m_jump.isEmpty()) {
            m_jump.clear();
            return PresenterAction::JumpBufferChanged;
        }
        return PresenterAction::End;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
        return navigate(m_current + 1);
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_P:
        return navigate(m_current - 1);
    case Qt::Key_Home:
        return navigate(0);
    case Qt::Key_End:
        return navigate(m_count - 1);
    case Qt::Key_Tab:
    case Qt::Key_G:
        m_jump.clear();
        openOverview(true);
        return PresenterAction::OverviewChanged;
    case Qt::Key_Question:
    case Qt::Key_F1:
        m_help = true;
        return PresenterAction::HelpChanged;
    case Qt::Key_S:
        return PresenterAction::SwapScreens;
    case Qt::Key_C:
        return PresenterAction::ToggleConsole;
    case Qt::Key_T:
        return PresenterAction::TimerToggle;
    case Qt::Key_R:
        return PresenterAction::TimerReset;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return PresenterAction::NotesBigger;
    case Qt::Key_Minus:
        return PresenterAction::NotesSmaller;
    case Qt::Key_F5:
        // A clicker's "play" button sends F5 (or Shift+F5) while the show
        // runs; it must not do anything surprising.
        return PresenterAction::Consumed;
    default:
        break;
    }
    if (isBlackKey(key, text)) {
        m_jump.clear();
        m_blank = Blank::Black;
        return PresenterAction::BlankChanged;
    }
    if (isWhiteKey(key, text)) {
        m_jump.clear();
        m_blank = Blank::White;
        return PresenterAction::BlankChanged;
    }
    if (text == QLatin1String("?")) {
        m_help = true;
        return PresenterAction::HelpChanged;
    }
    return PresenterAction::None;
}

PresenterAction PresenterState::handleOverviewKey(int key)
{
    const auto select = [this](int index) {
        setOverviewSelection(index);
        return PresenterAction::OverviewChanged;
    };
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_P:
    case Qt::Key_Backspace:
        return select(m_overviewSel - 1);
    case Qt::Key_Right:
    case Qt::Key_N:
        return select(m_overviewSel + 1);
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        return select(m_overviewSel - m_columns);
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        return select(m_overviewSel + m_columns);
    case Qt::Key_Home:
        return select(0);
    case Qt::Key_End:
        return select(m_count - 1);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        m_overview = false;
        return goTo(m_overviewSel) ? PresenterAction::SlideChanged
                                   : PresenterAction::OverviewChanged;
    }
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_G:
        m_overview = false;
        return PresenterAction::OverviewChanged;
    default:
        return PresenterAction::Consumed;
    }
}

QList<KeyHelpEntry> PresenterState::keyHelp()
{
    return {
        {tr("Right, Down, Page Down, Space, Enter, N, click"), tr("Next slide")},
        {tr("Left, Up, Page Up, Backspace, P, right click"), tr("Previous slide")},
        {tr("Home / End"), tr("First / last slide")},
        {tr("Number, then Enter"), tr("Go to that slide")},
        {tr("B or ."), tr("Black screen (any key returns)")},
        {tr("W or ,"), tr("White screen (any key returns)")},
        {tr("Tab or G"), tr("Overview of all slides")},
        {tr("S"), tr("Swap the console and audience screens")},
        {tr("C"), tr("One screen: show the console or the slide")},
        {tr("T / R"), tr("Pause or resume / reset the timer")},
        {tr("+ / -"), tr("Bigger / smaller notes")},
        {tr("? or F1"), tr("This help (any key closes it)")},
        {tr("Esc"), tr("End the show")},
    };
}

} // namespace okuw::ui
