// Markdown to the words a reader sees, for the search index's snippets:
// emphasis marks, headings' #, list bullets, code ticks, images, comments,
// HTML tags and link targets go; link texts stay; a table's cells are
// separated by " · " and its rows by " / ", so a table reads as its rows;
// a heading, list item or paragraph without closing punctuation is followed
// by " · ", so it does not run into the next.
// Parsed by md4c (GitHub dialect), as the slides are.
//
// And the other way: plain text (speaker notes read from a .pptx, .odp or
// .pdfpc file) as Markdown that shows that very text.
#pragma once

#include <QString>

namespace okuw::core {

// One line: runs of white space (line breaks too) become one space.
QString markdownToText(const QString &markdown);

// Plain text as Markdown that renders as the same words: the characters
// Markdown would read as formatting (`* _ ` ~ [ < | \`, an entity's `&`,
// and what would begin a heading, quote, list item or rule at a line's
// start: `# `, `>`, `- `, `+ `, `1. `, `---`, `===`) get a backslash; a line's leading and trailing
// white space goes (indented lines would become code). Lines and blank-line paragraphs stay as they
// are. Speaker notes are stored as Markdown, so notes that were written as
// plain text are made Markdown with this when a bundle is built.
QString plainTextToMarkdown(const QString &text);

} // namespace okuw::core
