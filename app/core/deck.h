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
    // Effective directives. Keys: size ("16:9" | "4:3"), theme, paginate
    // (bool), header, footer, class, backgroundColor, color, backgroundImage,
    // page (1-based slide number), and "unsupported": an array of
    // "key: value" strings the viewer does not implement, shown plainly.
    QJsonObject directives;
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
};

// `markdown` is the whole deck file. Never throws; problems are listed.
Deck parseDeck(const QString &markdown);

// A stable id made from a title: lower case, letters and digits kept
// (Cyrillic and Turkmen letters too), runs of anything else become '-'.
QString slugify(const QString &text);

} // namespace okuw::core
