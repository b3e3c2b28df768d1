// Syntax colours for code blocks (highlight.cpp), by GNU Source-highlight
// when the build found it: Qt rich text for a fenced block's language, or
// an empty string (unknown language, no library) for plain drawing.
#pragma once

#include <QString>

namespace okuw::render {

QString highlightCode(const QString &code, const QString &language);

} // namespace okuw::render
