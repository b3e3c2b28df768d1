// One line of a key list: the keys and what they do, both translated. The
// lists live beside the code that handles the keys: PresenterState::keyHelp
// (the slide show), SlideView::keyHelp (reading slides), PdfPane::keyHelp
// (reading a PDF); the window's own shortcuts are read from its actions.
#pragma once

#include <QString>

namespace okuw::ui {

struct KeyHelpEntry
{
    QString keys;
    QString what;
};

} // namespace okuw::ui
