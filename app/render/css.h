// The part of CSS that Marp decks use on their slides (css.cpp): custom
// styles from the `style` directive, `<style>` and `<style scoped>`. Rules
// for `section` (with classes), h1-h6, p, li, strong, em, code, a,
// blockquote and table, with colours, backgrounds, font family, size,
// weight and style, text alignment and (for section) padding. Anything else
// is left out and named, once, as a build warning.
#pragma once

#include <QColor>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>

namespace okuw::render {

struct CssRule
{
    QStringList classes; // on section: all must be on the slide
    QString element;     // "section", "h1".."h6", "p", "li", "strong", ...
    QString property;
    QString value;
};

struct CssProblem
{
    int line = 0; // 0-based, in the CSS text
    QString message;
};

// Reads the supported rules; the rest goes to `problems` (may be null).
QList<CssRule> parseCss(const QString &css, QList<CssProblem> *problems = nullptr);

struct ElementStyle
{
    QColor color;
    QColor background;
    QString family;
    qreal px = 0;    // 0: the theme's
    int weight = -1; // QFont::Weight, -1: the theme's
    int italic = -1; // 0 or 1, -1: the theme's
    int align = -1;  // Qt::AlignmentFlag, -1: the theme's
};

struct SlideStyle
{
    ElementStyle section;
    ElementStyle heading[6];
    ElementStyle p, li, strong, em, code, a, blockquote, table;
    bool hasPadding = false;
    QMarginsF padding;
    bool isEmpty() const { return empty; }
    bool empty = true;
    // A style sheet for QTextDocument: inline elements (b, i, links, code).
    QString inlineSheet() const;
};

// The style the rules give a slide with these classes. `basePx` is the
// theme's body size, for em and %.
SlideStyle resolveStyle(const QList<CssRule> &rules, const QStringList &classes, qreal basePx);

} // namespace okuw::render
