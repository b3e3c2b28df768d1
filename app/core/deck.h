// Splits a Marp-compatible Markdown deck into slides.
//
// Slide separators are found by a CommonMark parser (md4c), not a regex: a
// `---` under a paragraph is a setext heading and a `---` inside a fenced
// code block is code, neither starts a new slide. HTML comments become
// speaker notes unless they hold directives; directives are resolved Marp's
// way (front matter and `<!-- key: value -->` carry on to later slides,
// `<!-- _key: value -->` applies to one slide only), so each slide comes out
// with its effective directives and needs nothing from its neighbours.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace okuw::core {

struct DeckSlide
{
    int line = 0;  // 1-based line of the slide's first line in the deck
    QString key;   // the `id` directive, else derived from the title
    QString title; // the first heading's text, plain
    QString body;  // Markdown with notes and directive comments removed
    QString notes; // speaker notes, comments joined by blank lines
    // Effective directives. Keys: size ("16:9" | "4:3"), theme, style (the
    // deck's CSS), paginate (true, false, "skip" or "hold"), header, footer,
    // class (a string, words separated by spaces), backgroundColor, color,
    // backgroundImage, page (the page number Marp shows; 0: none shown)
    // and total (the number of pages counted).
    QJsonObject directives;
};

// A directive as written, where it was written, for the builder to check
// its value (`key` without a leading '_').
struct DeckDirective
{
    int line = 0;
    QString key;
    QJsonValue value;
};

struct DeckProblem
{
    int line = 0;
    QString message;
};

struct Deck
{
    QJsonObject frontMatter; // global directives from the YAML front matter
    QList<DeckSlide> slides;
    QList<DeckProblem> problems; // empty for a good deck
    QList<DeckProblem> warnings; // what Marp ignores too: the deck still builds
    QList<DeckDirective> written;
};

// `markdown` is the whole deck file. Never throws; problems are listed.
Deck parseDeck(const QString &markdown);

// A stable id made from a title: lower case, letters and digits kept
// (Cyrillic and Turkmen letters too), runs of anything else become '-'.
QString slugify(const QString &text);

} // namespace okuw::core
