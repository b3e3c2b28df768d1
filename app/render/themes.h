// Slide themes (themes.cpp): Marp's built-in default, gaia and uncover, with
// the type scale, colours, padding and alignment of marp-core's theme CSS,
// and Okuw's own `okuw` theme for the dense slides of the default bundle.
// Every theme value lives here and only here.
#pragma once

#include <QColor>
#include <QMarginsF>
#include <QString>
#include <QStringList>

namespace okuw::render {

struct Theme
{
    QString name;
    qreal body = 30;        // px on the 1280x720 canvas
    qreal heading[6] = {};  // px
    qreal code = 24;        // code blocks
    qreal small = 20;       // header and footer
    qreal page = 20;        // page number
    QMarginsF padding;      // around the content
    bool middle = false;    // content centred vertically
    bool centre = false;    // text centred
    qreal lineHeight = 112; // percent
    QColor background, text, heading1, headings, muted, accent, codeBackground, codeText,
        chipBackground, chipText, headingStrong, quote, tableHead, tableHeadText;
};

// The theme a slide uses: its `theme` directive (unknown or none: Marp's
// default) with its classes (invert, lead, gaia) applied.
Theme slideTheme(const QString &name, const QStringList &classes);

// default, gaia, uncover, okuw.
bool knownTheme(const QString &name);

} // namespace okuw::render
