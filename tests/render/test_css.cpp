// Custom CSS: the deck's style, `<style>` and `<style
// scoped>` are applied in their supported part and never drawn.
#include "core/deck.h"
#include "core/types.h"
#include "render/css.h"
#include "render/paint.h"

#include <QPainter>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::render;

namespace {

SlideLayout layoutOf(const core::DeckSlide &s)
{
    return layoutSlide(parseSlide(s.body, s.directives), {});
}

QColor pixelAt(const SlideLayout &l, const QPointF &canvasPoint)
{
    QImage image(l.canvas.toSize(), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    paintSlide(p, QRectF(QPointF(0, 0), l.canvas), l);
    p.end();
    return image.pixelColor(canvasPoint.toPoint());
}

} // namespace

TEST_CASE("style directive, style and scoped style elements are applied, never drawn", "[css]")
{
    const core::Deck deck = core::parseDeck(QStringLiteral(
        "---\nstyle: |\n  section { background-color: #fdf6e3; color: #333333; }\n"
        "  section.lead h1 { color: #cb4b16; }\n  h1 { font-size: 60px; }\n---\n\n"
        "# Plain\n\ntext\n\n---\n\n<!-- _class: lead -->\n# Lead\n\n<style scoped>\n"
        "h1 { font-size: 80px; }\n</style>\n\n---\n\n<style>\np { color: #859900; }\n</style>\n\n"
        "# Third\n\ngreen\n"));
    REQUIRE(deck.slides.size() == 3);
    for (const auto &s : deck.slides) {
        CHECK_FALSE(s.body.contains(QStringLiteral("style")));
        CHECK_FALSE(s.body.contains(QStringLiteral("font-size")));
    }
    const SlideLayout plain = layoutOf(deck.slides[0]);
    CHECK(plain.background == QColor(0xfd, 0xf6, 0xe3));
    CHECK(pixelAt(plain, QPointF(5, 5)) == QColor(0xfd, 0xf6, 0xe3));
    REQUIRE(plain.blocks.size() == 2);
    CHECK(plain.blocks[0].doc->defaultFont().pixelSize() == 60);
    CHECK_FALSE(plain.blocks[0].color.isValid()); // section.lead h1 needs the class
    // The global <style> of slide 3 applies to every slide, as in Marp.
    CHECK(plain.blocks[1].color == QColor(0x85, 0x99, 0x00));

    const SlideLayout lead = layoutOf(deck.slides[1]);
    REQUIRE_FALSE(lead.blocks.isEmpty());
    CHECK(lead.blocks[0].color == QColor(0xcb, 0x4b, 0x16));
    CHECK(lead.blocks[0].doc->defaultFont().pixelSize() == 80); // scoped
    const SlideLayout third = layoutOf(deck.slides[2]);
    CHECK(third.blocks[0].doc->defaultFont().pixelSize() == 60); // scoped stays on its slide
}

TEST_CASE("unsupported CSS is named once per rule with its line", "[css]")
{
    QList<CssProblem> problems;
    const QList<CssRule> rules =
        parseCss(QStringLiteral("section { color: red; }\n"
                                ".columns {\n display: grid;\n gap: 1em;\n}\n"
                                "@import url('x.css');\n"
                                "section::after { content: 'x'; }\n"
                                "h2 { color: blue; transition: all 1s; }\n"),
                 &problems);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 1);
    CHECK(problems[0].message.contains(QStringLiteral("display: grid; gap: 1em")));
    CHECK(problems[1].line == 5);
    CHECK(problems[2].line == 6);
    CHECK(problems[2].message.contains(QStringLiteral("section::after")));
    CHECK(problems[3].line == 7);
    CHECK(problems[3].message.contains(QStringLiteral("transition")));
    CHECK(rules.size() == 2); // section color, h2 color
    const SlideStyle s = resolveStyle(rules, {}, 30);
    CHECK(s.section.color == QColor(Qt::red));
    CHECK(s.heading[1].color == QColor(Qt::blue));
}
