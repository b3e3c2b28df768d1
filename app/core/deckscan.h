// The md4c pass the deck reader makes over a deck (deckscan.cpp): where the
// thematic breaks, headings, raw HTML, comments and <style> elements are,
// as byte offsets, so that slides are cut exactly where markdown-it cuts.
#pragma once

#include "deck.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>

namespace okuw::core::deckscan {

int lineAt(const QByteArray &text, qsizetype offset); // 1-based
qsizetype lineStart(const QByteArray &text, qsizetype offset);

struct Heading
{
    int level = 0;
    qsizetype firstText = -1; // byte offset of its first text, -1: none yet
};

using Range = std::pair<qsizetype, qsizetype>;

// What md4c tells about one pass over a buffer, with byte offsets into it.
struct Scan
{
    const char *base = nullptr;
    qsizetype size = 0;
    int depth = 0;
    qsizetype lastTextEnd = 0;
    QList<qsizetype> breaksAfter; // for each top-level thematic break: search start
    QList<Range> htmlRanges;      // raw HTML text
    QList<Range> textRanges;      // every text md4c reported (HTML and code too)
    QList<Heading> headings;      // every heading, in order
    int openHeading = -1;         // index into headings
    bool headingDone = false;
    QString firstHeading;
};

Scan scanMarkdown(const QByteArray &text);

// Byte offsets [start, end) of each thematic-break line md4c found at the
// top level.
QList<Range> separatorLines(const QByteArray &text, const Scan &scan);

struct Comment
{
    qsizetype begin;
    qsizetype end; // past "-->"
    QByteArray inner;
    int innerLine = 0; // 0-based line of the trimmed inner text, from begin
};

// HTML comments that md4c saw as raw HTML (so not inside code), in order;
// an unclosed one is a problem (`lineOffset`: the buffer's first line).
QList<Comment> htmlComments(const QByteArray &text, const Scan &scan, QList<DeckProblem> *problems,
                            int lineOffset);

struct StyleBlock
{
    bool scoped = false;
    int line = 0; // 1-based, in the buffer, of the CSS's first line
    QString css;
};

// `<style>` and `<style scoped>` elements md4c saw as raw HTML: taken out
// of `text` (blanked, so offsets and lines stay) and returned.
QList<StyleBlock> takeStyles(QByteArray &text, const Scan &scan);

// A link reference definition (`[logo]: img/logo.png "Title"`) that md4c
// took as one (not text, not code), on one line.
struct LinkDefinition
{
    QString label;       // normalised: case-folded, whitespace collapsed
    qsizetype begin = 0; // the line, [begin, end)
    qsizetype end = 0;
    QString line; // as written, trimmed
};

// Marp reads the whole deck as one document, so a definition anywhere in it
// serves every slide: the definitions of the deck, first one per label.
QList<LinkDefinition> linkDefinitions(const QByteArray &text, const Scan &scan);

// The labels `[...]` a slide's Markdown may use as references, normalised.
QSet<QString> referencedLabels(const QString &markdown);

QString normalisedLabel(const QString &label);

} // namespace okuw::core::deckscan
