// The slide model: one slide's Markdown body (Marp subset) and its effective
// directives, parsed once by md4c into blocks the layout can measure.
#pragma once

#include "css.h"
#include "filters.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace okuw::render {

// An image as written: `![alt w:400 bg left:40%](src)`.
struct ImageRef
{
    enum class Side { None, Left, Right };
    enum class Fit { Cover, Contain, Auto, Scale };

    QString src;
    QString alt;         // the alt words that are not Marp keywords
    bool remote = false; // never loaded; drawn as a placeholder
    qreal width = 0;     // logical px, 0: from the image
    qreal height = 0;
    bool background = false;
    Side side = Side::None;
    qreal split = 0.5; // share of the slide width for bg left/right
    Fit fit = Fit::Cover;
    qreal scale = 1.0;          // for Fit::Scale (`bg 50%`)
    QList<ImageFilter> filters; // `opacity:.05`, `sepia`, ...
};

enum class BlockKind { Heading, Paragraph, List, Table, Quote, Code, Images, Rule, Raw };

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;          // heading level 1..6
    bool fit = false;       // `# <!-- fit -->`: scaled to fill the width
    QString html;           // rich text for QTextDocument (Heading .. Quote)
    QString text;           // plain text; the source for Code and Raw
    QString info;           // code block language, or why a Raw block is raw
    QList<ImageRef> images; // for Images
};

struct SlideModel
{
    QSizeF canvas{1280, 720}; // 16:9, or 960x720 for 4:3
    bool paginate = false;
    int page = 0;
    QString headerHtml;
    QString footerHtml;
    bool lead = false;
    bool invert = false;
    QString theme;               // the `theme` directive
    QStringList classes;         // the `class` directive's words
    QList<CssRule> css;          // the deck's style and the slide's scoped style
    QColor background;           // invalid: the theme's
    QColor color;                // invalid: the theme's
    ImageRef backgroundImage;    // the backgroundImage directive; src empty if none
    QList<ImageRef> backgrounds; // `![bg]` images
    QList<Block> blocks;
    bool hasMath = false; // $…$ or $$…$$: drawn as styled TeX source
};

// Never fails: what the subset does not support becomes a visible Raw block.
SlideModel parseSlide(const QString &body, const QJsonObject &directives = {});

// Inline Markdown (header/footer) as rich text.
QString inlineMarkdownToHtml(const QString &markdown);

} // namespace okuw::render
