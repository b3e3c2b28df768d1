// Markdown to the words a reader sees, for the search index's snippets:
// emphasis marks, headings' #, list bullets, code ticks, images, comments,
// HTML tags and link targets go; link texts stay; a table's cells are
// separated by " · " and its rows by " / ", so a table reads as its rows;
// a heading, list item or paragraph without closing punctuation is followed
// by " · ", so it does not run into the next.
// Parsed by md4c (GitHub dialect), as the slides are.
#pragma once

#include <QString>

namespace okuw::core {

// One line: runs of white space (line breaks too) become one space.
QString markdownToText(const QString &markdown);

} // namespace okuw::core
