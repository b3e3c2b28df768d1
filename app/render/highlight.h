// Syntax colours for code blocks (highlight.cpp), by GNU Source-highlight
// when the build found it: Qt rich text for a fenced block's language, or
// an empty string (unknown language, no library) for plain drawing.
#pragma once

#include <QString>

namespace okuw::render {

QString highlightCode(const QString &code, const QString &language);

// Whether this build was linked with GNU Source-highlight (GPL-3.0-or-later):
// the About dialog says so, and what it means for the program's licence.
bool haveSourceHighlight();

} // namespace okuw::render
