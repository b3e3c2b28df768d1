// The Marp subset parser: what each piece of syntax becomes.
#include "render/emoji.h"
#include "render/highlight.h"
#include "render/slidemodel.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace okuw::render;

namespace {
QList<BlockKind> kinds(const SlideModel &m)
{
    QList<BlockKind> out;
    for (const Block &b : m.blocks)
        out.append(b.kind);
    return out;
}
} // namespace

TEST_CASE("image sizes in the alt text", "[parser]")
{
    const SlideModel m = parseSlide(QStringLiteral(
        "![w:400 h:300](a.png)\n\n![width:200px Схема](b.svg)\n\n![height:150px](c.png)"));
    REQUIRE(m.blocks.size() == 3);
    for (const Block &b : m.blocks)
        REQUIRE(b.kind == BlockKind::Images);
    const ImageRef a = m.blocks[0].images.value(0);
    CHECK(a.src == QLatin1String("a.png"));
    CHECK(a.width == 400);
    CHECK(a.height == 300);
    CHECK_FALSE(a.background);
    const ImageRef b = m.blocks[1].images.value(0);
    CHECK(b.width == 200);
    CHECK(b.height == 0);
    CHECK(b.alt == QStringLiteral("Схема"));
    CHECK(m.blocks[2].images.value(0).height == 150);
}

TEST_CASE("background images and their keywords", "[parser]")
{
    const SlideModel m = parseSlide(QStringLiteral(
        "![bg](full.png)\n![bg left](l.png)\n![bg right:40%](r.png)\n![bg contain](c.png)\n"
        "![bg cover](v.png)\n![bg 50%](s.png)\n\n# Title"));
    REQUIRE(m.backgrounds.size() == 6);
    CHECK(m.backgrounds[0].side == ImageRef::Side::None);
    CHECK(m.backgrounds[0].fit == ImageRef::Fit::Cover);
    CHECK(m.backgrounds[1].side == ImageRef::Side::Left);
    CHECK(m.backgrounds[1].split == Approx(0.5));
    CHECK(m.backgrounds[2].side == ImageRef::Side::Right);
    CHECK(m.backgrounds[2].split == Approx(0.4));
    CHECK(m.backgrounds[3].fit == ImageRef::Fit::Contain);
    CHECK(m.backgrounds[4].fit == ImageRef::Fit::Cover);
    CHECK(m.backgrounds[5].fit == ImageRef::Fit::Scale);
    CHECK(m.backgrounds[5].scale == Approx(0.5));
    // The images paragraph leaves no empty paragraph behind.
    REQUIRE(kinds(m) == QList<BlockKind>{BlockKind::Heading});
}

TEST_CASE("fit headings and heading levels", "[parser]")
{
    const SlideModel m =
        parseSlide(QStringLiteral("# <!-- fit --> Палермский протокол\n\n## Ikinji derejeli\n"));
    REQUIRE(m.blocks.size() == 2);
    CHECK(m.blocks[0].kind == BlockKind::Heading);
    CHECK(m.blocks[0].fit);
    CHECK(m.blocks[0].level == 1);
    CHECK(m.blocks[0].text == QStringLiteral("Палермский протокол"));
    CHECK_FALSE(m.blocks[1].fit);
    CHECK(m.blocks[1].level == 2);
}

TEST_CASE("lists, tables, quotes and code become their blocks", "[parser]")
{
    const SlideModel m = parseSlide(QStringLiteral("Text with **bold**, *italic* and `code`.\n\n"
                                                   "- one\n  - nested\n- two\n\n"
                                                   "1. first\n2. second\n\n"
                                                   "| A | B |\n|---|:-:|\n| 1 | 2 |\n\n"
                                                   "> quoted\n\n"
                                                   "```cpp\nint x = 1;\n---\n```\n\n"
                                                   "---\n"));
    REQUIRE(kinds(m) == QList<BlockKind>{BlockKind::Paragraph, BlockKind::List, BlockKind::List,
                                         BlockKind::Table, BlockKind::Quote, BlockKind::Code,
                                         BlockKind::Rule});
    CHECK(m.blocks[0].html.contains(QLatin1String("<b>bold</b>")));
    CHECK(m.blocks[0].html.contains(QLatin1String("<i>italic</i>")));
    CHECK(m.blocks[0].html.contains(QLatin1String("DejaVu Sans Mono")));
    CHECK(m.blocks[1].html.count(QLatin1String("<ul>")) == 2); // nested
    CHECK(m.blocks[2].html.startsWith(QLatin1String("<ol")));
    CHECK(m.blocks[3].html.contains(QLatin1String("<th align=\"center\"")));
    CHECK(m.blocks[3].text.contains(QLatin1String("1\t2")));
    CHECK(m.blocks[4].text == QLatin1String("quoted"));
    CHECK(m.blocks[5].info == QLatin1String("cpp"));
    CHECK(m.blocks[5].text == QLatin1String("int x = 1;\n---"));
}

TEST_CASE("unsupported syntax stays visible, directive values never drawn", "[parser]")
{
    QJsonObject d;
    d.insert(QStringLiteral("backgroundImage"), QStringLiteral("linear-gradient(red, blue)"));
    d.insert(QStringLiteral("backgroundColor"), QStringLiteral("default"));
    const SlideModel m = parseSlide(
        QStringLiteral("<iframe class=\"x\">\nraw html\n</iframe>\n\nInline <input> here.\n"), d);
    REQUIRE(m.blocks.size() == 2);
    CHECK(m.blocks[0].kind == BlockKind::Raw);
    CHECK(m.blocks[0].text.contains(QLatin1String("<iframe class=\"x\">")));
    CHECK(m.blocks[1].kind == BlockKind::Paragraph);
    CHECK(m.blocks[1].text.contains(QLatin1String("<input>")));
    CHECK_FALSE(m.background.isValid()); // the theme's: Marp ignores "default" too
    CHECK(m.backgroundImage.src.isEmpty());
}

TEST_CASE("a block of comments only is not content", "[parser]")
{
    const SlideModel m = parseSlide(QStringLiteral("# T\n\n<!-- a note -->\n"));
    CHECK(kinds(m) == QList<BlockKind>{BlockKind::Heading});
}

TEST_CASE("directives: size, paginate, classes, colours, header, footer", "[parser]")
{
    QJsonObject d;
    d.insert(QStringLiteral("size"), QStringLiteral("4:3"));
    d.insert(QStringLiteral("paginate"), true);
    d.insert(QStringLiteral("page"), 7);
    d.insert(QStringLiteral("class"), QStringLiteral("lead invert"));
    d.insert(QStringLiteral("backgroundColor"), QStringLiteral("#123456"));
    d.insert(QStringLiteral("color"), QStringLiteral("white"));
    d.insert(QStringLiteral("header"), QStringLiteral("**Okuw** workshop"));
    d.insert(QStringLiteral("footer"), QStringLiteral("Aşgabat"));
    d.insert(QStringLiteral("backgroundImage"), QStringLiteral("url('images/bg.png')"));
    const SlideModel m = parseSlide(QStringLiteral("# x"), d);
    CHECK(m.canvas == QSizeF(960, 720));
    CHECK(m.paginate);
    CHECK(m.page == 7);
    CHECK(m.lead);
    CHECK(m.invert);
    CHECK(m.background == QColor(0x12, 0x34, 0x56));
    CHECK(m.color == QColor(Qt::white));
    CHECK(m.headerHtml.contains(QLatin1String("<b>Okuw</b>")));
    CHECK(m.footerHtml.contains(QStringLiteral("Aşgabat")));
    CHECK(m.backgroundImage.src == QLatin1String("images/bg.png"));
    CHECK(parseSlide(QStringLiteral("# x")).canvas == QSizeF(1280, 720));
}

TEST_CASE("remote images are recognised", "[parser]")
{
    const SlideModel m = parseSlide(QStringLiteral(
        "![a](http://x.org/a.png) ![b](https://x.org/b.png) ![c](//x.org/c.png) ![d](img/d.png)"));
    REQUIRE(m.blocks.size() == 1);
    const auto &imgs = m.blocks[0].images;
    REQUIRE(imgs.size() == 4);
    CHECK(imgs[0].remote);
    CHECK(imgs[1].remote);
    CHECK(imgs[2].remote);
    CHECK_FALSE(imgs[3].remote);
}

// Raw HTML on Marp's allow-list is drawn; math is set apart.
TEST_CASE("raw HTML that Marp renders is drawn, math is styled source", "[parser][marp]")
{
    const SlideModel m = parseSlide(QStringLiteral(
        "Raw <b>bold</b> and <span class=\"x\">span</span>.\n\n<div align=\"center\">Centred "
        "<em>by HTML</em></div>\n\n<script>alert(1)</script>\n\nInline $e^{i\\pi}$ here.\n"));
    REQUIRE(m.blocks.size() == 4);
    CHECK(m.blocks[0].kind == BlockKind::Paragraph);
    CHECK(m.blocks[0].html.contains(QStringLiteral("<b>bold</b>")));
    CHECK(m.blocks[0].html.contains(QStringLiteral("<span>span</span>")));
    CHECK(m.blocks[0].text == QStringLiteral("Raw bold and span."));
    CHECK(m.blocks[1].kind == BlockKind::Paragraph);
    CHECK(m.blocks[1].html.contains(QStringLiteral("<div>Centred <em>by HTML</em></div>")));
    CHECK_FALSE(m.blocks[1].html.contains(QStringLiteral("align")));
    CHECK(m.blocks[2].kind == BlockKind::Raw); // not on the list: shown as source
    CHECK(m.blocks[3].html.contains(QStringLiteral("class=\"math\"")));
    CHECK(m.blocks[3].text.contains(QStringLiteral("e^{i\\pi}")));
    CHECK(m.hasMath);
    CHECK_FALSE(parseSlide(QStringLiteral("No formula here.")).hasMath);
}

TEST_CASE("code fences are coloured by GNU Source-highlight", "[parser][marp]")
{
    const QString html =
        highlightCode(QStringLiteral("def victims(n):\n    return n"), QStringLiteral("python"));
    REQUIRE_FALSE(html.isEmpty());
    CHECK(html.contains(QStringLiteral("<font color=")));
    CHECK(html.contains(QStringLiteral("victims")));
    CHECK(highlightCode(QStringLiteral("plain"), QStringLiteral("no-such-language")).isEmpty());
    CHECK(highlightCode(QStringLiteral("plain"), QString()).isEmpty());
}

TEST_CASE("emoji shortcodes become emoji as in Marp, never in code", "[parser][marp]")
{
    CHECK(emojiForShortcode(QStringLiteral("snake")) == QStringLiteral("\U0001F40D"));
    CHECK(emojiForShortcode(QStringLiteral("+1")) == QStringLiteral("\U0001F44D"));
    CHECK(emojiForShortcode(QStringLiteral("nope")).isEmpty());
    // No word boundary is needed; an unknown name's closing colon can open
    // the next one; an unknown name stays as written.
    CHECK(replaceEmojiShortcodes(QStringLiteral("a:smile:b :xq:smile: :nope: ::")) ==
          QStringLiteral("a\U0001F604b :xq\U0001F604 :nope: ::"));

    const SlideModel m = parseSlide(
        QStringLiteral("# :snake: Python :+1:\n\n- **:fire:** `:fire:`\n\n```\n:fire:\n```\n\n"
                       "Ýazgy :memo: [link :link:](x.html) Пример :ru:\n"));
    REQUIRE(m.blocks.size() == 4);
    CHECK(m.blocks[0].text == QStringLiteral("\U0001F40D Python \U0001F44D"));
    CHECK(m.blocks[1].text == QStringLiteral("\U0001F525 :fire:"));
    CHECK(m.blocks[2].kind == BlockKind::Code);
    CHECK(m.blocks[2].text == QStringLiteral(":fire:"));
    CHECK(m.blocks[3].text ==
          QStringLiteral("Ýazgy \U0001F4DD link \U0001F517 Пример \U0001F1F7\U0001F1FA"));
    // Header and footer too.
    CHECK(inlineMarkdownToHtml(QStringLiteral(":warning: Gizlin"))
              .contains(QStringLiteral("\u26A0")));
}
