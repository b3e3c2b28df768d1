// The deck splitter: separators found by md4c, notes vs directives, scopes.
#include "core/deck.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using okuw::core::parseDeck;

TEST_CASE("slides are split on thematic breaks only", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral("# One\n\n---\n\n# Two\n\n---\n\n# Three\n"));
    REQUIRE(deck.problems.isEmpty());
    REQUIRE(deck.slides.size() == 3);
    CHECK(deck.slides[0].title == QStringLiteral("One"));
    CHECK(deck.slides[2].title == QStringLiteral("Three"));
    CHECK(deck.slides[1].line == 5);
}

TEST_CASE("a setext heading underline is not a separator", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral("Heading\n-------\n\ntext\n\n---\n\nSecond\n===\n"));
    REQUIRE(deck.slides.size() == 2);
    CHECK(deck.slides[0].title == QStringLiteral("Heading"));
    CHECK(deck.slides[0].body.contains(QStringLiteral("-------")));
    CHECK(deck.slides[1].title == QStringLiteral("Second"));
}

TEST_CASE("a --- inside a fenced code block is code", "[deck]")
{
    const auto deck = parseDeck(
        QStringLiteral("# Code\n\n```yaml\n---\nkey: value\n---\n```\n\n---\n\n# Next\n"));
    REQUIRE(deck.slides.size() == 2);
    CHECK(deck.slides[0].body.contains(QStringLiteral("key: value")));
    CHECK(deck.slides[0].body.count(QStringLiteral("---")) == 2);
}

TEST_CASE("a setext heading followed by a separator", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral("Title\n---\n\n---\n\n# B\n"));
    REQUIRE(deck.slides.size() == 2);
    CHECK(deck.slides[0].title == QStringLiteral("Title"));
    CHECK(deck.slides[1].title == QStringLiteral("B"));
}

TEST_CASE("front matter gives global and local directives", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral(
        "---\nmarp: true\nsize: 4:3\npaginate: true\nfooter: Okuw\n---\n\n# A\n\n---\n\n# B\n"));
    REQUIRE(deck.problems.isEmpty());
    REQUIRE(deck.slides.size() == 2);
    for (const auto &s : deck.slides) {
        CHECK(s.directives.value(QStringLiteral("size")).toString() == QStringLiteral("4:3"));
        CHECK(s.directives.value(QStringLiteral("paginate")).toBool());
        CHECK(s.directives.value(QStringLiteral("footer")).toString() == QStringLiteral("Okuw"));
    }
    CHECK(deck.slides[1].directives.value(QStringLiteral("page")).toInt() == 2);
    CHECK(deck.slides[0].line == 8);
}

TEST_CASE("comments are notes unless they hold directives", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral(
        "<!-- class: invert -->\n<!-- _backgroundColor: black -->\n# A\n\n"
        "<!-- Say this. Time: 3 min -->\n\n---\n\n# B\n\n<!-- Ask: who has seen this? -->\n"));
    REQUIRE(deck.slides.size() == 2);
    const auto &a = deck.slides[0];
    CHECK(a.notes == QStringLiteral("Say this. Time: 3 min"));
    CHECK(a.directives.value(QStringLiteral("class")).toString() == QStringLiteral("invert"));
    CHECK(a.directives.value(QStringLiteral("backgroundColor")).toString() ==
          QStringLiteral("black"));
    CHECK_FALSE(a.body.contains(QStringLiteral("<!--")));
    const auto &b = deck.slides[1];
    // A local directive carries on; a scoped (_) one does not.
    CHECK(b.directives.value(QStringLiteral("class")).toString() == QStringLiteral("invert"));
    CHECK_FALSE(b.directives.contains(QStringLiteral("backgroundColor")));
    CHECK(b.notes == QStringLiteral("Ask: who has seen this?"));
}

TEST_CASE("a comment inside code is neither note nor directive", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral("# A\n\n```\n<!-- class: lead -->\n```\n"));
    REQUIRE(deck.slides.size() == 1);
    CHECK(deck.slides[0].notes.isEmpty());
    CHECK_FALSE(deck.slides[0].directives.contains(QStringLiteral("class")));
    CHECK(deck.slides[0].body.contains(QStringLiteral("<!-- class: lead -->")));
}

TEST_CASE("fit headings keep their marker for the renderer", "[deck]")
{
    const auto deck = parseDeck(QStringLiteral("# <!-- fit --> Big title\n"));
    REQUIRE(deck.slides.size() == 1);
    CHECK(deck.slides[0].body.contains(QStringLiteral("<!-- fit -->")));
    CHECK(deck.slides[0].title == QStringLiteral("Big title"));
    CHECK(deck.slides[0].notes.isEmpty());
}

TEST_CASE("a reference definition serves every slide of the deck, as in Marp", "[deck][marp]")
{
    const auto deck = parseDeck(QStringLiteral("![Logo][logo]\n\n---\n\n"
                                               "![bg left][Photo  Big]\n\n---\n\n"
                                               "```\n[code]: not/a/definition.png\n```\n\n"
                                               "Text [para]: not/one/either.png\n\n"
                                               "[logo]: img/logo.svg \"Logo\"\n"
                                               "[photo big]: <img/photo one.png>\n"
                                               "[logo]: img/second.svg\n"));
    REQUIRE(deck.slides.size() == 3);
    // The first definition of a label wins; labels match case-folded.
    CHECK(deck.slides[0].body == QStringLiteral("![Logo][logo]\n\n[logo]: img/logo.svg \"Logo\""));
    CHECK(deck.slides[1].body ==
          QStringLiteral("![bg left][Photo  Big]\n\n[photo big]: <img/photo one.png>"));
    // The slide that holds the definitions keeps them as written, once.
    CHECK(deck.slides[2].body.count(QStringLiteral("[logo]:")) == 2);
    // A line in code or inside a paragraph is no definition.
    const auto none = parseDeck(QStringLiteral("![a][code] ![b][para]\n\n---\n\n"
                                               "```\n[code]: x.png\n```\n\nText\n[para]: y.png\n"));
    CHECK(none.slides[0].body == QStringLiteral("![a][code] ![b][para]"));
}

TEST_CASE("unsupported directives are warnings with their line, not slide content", "[deck]")
{
    const auto deck = parseDeck(
        QStringLiteral("---\nmath: katex\n---\n# A\n\n<!-- _backgroundSize: cover -->\n"));
    REQUIRE(deck.problems.isEmpty());
    REQUIRE(deck.slides.size() == 1);
    CHECK_FALSE(deck.slides[0].directives.contains(QStringLiteral("unsupported")));
    CHECK_FALSE(deck.slides[0].directives.contains(QStringLiteral("math")));
    REQUIRE(deck.warnings.size() == 2);
    CHECK(deck.warnings[0].line == 2);
    CHECK(deck.warnings[0].message.contains(QStringLiteral("math")));
    CHECK(deck.warnings[1].line == 6);
    CHECK(deck.warnings[1].message.contains(QStringLiteral("backgroundSize")));
}

TEST_CASE("stable slide ids", "[deck]")
{
    const auto deck =
        parseDeck(QStringLiteral("<!-- id: intro -->\n# Hello\n\n---\n\n# Торговля "
                                 "людьми\n\n---\n\n# Торговля людьми\n\n---\n\nno heading\n"));
    REQUIRE(deck.slides.size() == 4);
    CHECK(deck.slides[0].key == QStringLiteral("intro"));
    CHECK(deck.slides[1].key == QStringLiteral("торговля-людьми"));
    CHECK(deck.slides[2].key == QStringLiteral("торговля-людьми-2"));
    CHECK(deck.slides[3].key == QStringLiteral("slide-4"));

    // Editing a slide's body keeps its id; so does moving it.
    const auto edited = parseDeck(QStringLiteral(
        "# Торговля людьми\n\nnew text\n\n---\n\n<!-- id: intro -->\n# Hello again\n"));
    CHECK(edited.slides[0].key == QStringLiteral("торговля-людьми"));
    CHECK(edited.slides[1].key == QStringLiteral("intro"));
}

TEST_CASE("broken decks report problems with lines", "[deck]")
{
    SECTION("unclosed front matter: a warning, all front matter as Marp reads it")
    {
        const auto deck = parseDeck(QStringLiteral("---\nmarp: true\n# A\n\n***\n\nB\n"));
        CHECK(deck.problems.isEmpty());
        REQUIRE_FALSE(deck.warnings.isEmpty());
        CHECK(deck.warnings[0].line == 1);
        REQUIRE(deck.slides.size() == 1);
        CHECK(deck.slides[0].body.isEmpty());
    }
    SECTION("front matter that is not YAML: a warning, ignored as Marp does")
    {
        const auto deck = parseDeck(QStringLiteral("---\nmarp: [true\n---\n# A\n"));
        CHECK(deck.problems.isEmpty());
        REQUIRE(deck.warnings.size() == 1);
        CHECK(deck.warnings[0].message.contains(QStringLiteral("YAML")));
        REQUIRE(deck.slides.size() == 1);
        CHECK(deck.slides[0].title == QStringLiteral("A"));
    }
    SECTION("unclosed comment")
    {
        const auto deck = parseDeck(QStringLiteral("# A\n\n---\n\n# B\n\n<!-- never closed\n"));
        REQUIRE_FALSE(deck.problems.isEmpty());
        CHECK(deck.problems[0].line == 7);
    }
    SECTION("unsupported size: a warning")
    {
        const auto deck = parseDeck(QStringLiteral("---\nsize: 21:9\n---\n# A\n"));
        CHECK(deck.problems.isEmpty());
        REQUIRE_FALSE(deck.warnings.isEmpty());
    }
    SECTION("empty deck: one empty slide and a warning")
    {
        CHECK(parseDeck(QString()).slides.size() == 1);
        CHECK_FALSE(parseDeck(QString()).warnings.isEmpty());
    }
}

// Separators exactly where Marp (markdown-it) finds them.
TEST_CASE("a heading, list item or comment right above --- is split as Marp splits", "[deck][marp]")
{
    const auto count = [](const char *md) {
        return parseDeck(QString::fromUtf8(md)).slides.size();
    };
    CHECK(count("# A\n---\n# B\n---\n# C") == 3);
    CHECK(count("---\nmarp: true\n---\n# A\n---\n# B\n") == 2);
    CHECK(count("- x\n---\nA") == 2);
    CHECK(count("1. y\n---\nA") == 2);
    CHECK(count("> q\n---\nA") == 2);
    CHECK(count("<!-- c -->\n---\nA") == 2);
    CHECK(count("x\n<!-- c -->\n---\nA") == 2);
    CHECK(count("## H ##\n***\nA") == 2);
    // Not separators: a setext underline, a line inside an HTML block or a
    // list item, the second line of a paragraph.
    CHECK(count("text\n---\nA") == 1);
    CHECK(count("**b**\n---\nA") == 1);
    CHECK(count("<div>\n</div>\n---\nA") == 1);
    CHECK(count("- x\n  ---\nA") == 1);
    CHECK(count("<!-- c -->\ntext\n---\nA") == 1);
    CHECK(count("text\n---\n---\nA") == 2);
}

// Front matter read as leniently as Marp reads it.
TEST_CASE("front matter is read as marp-core reads it", "[deck][marp]")
{
    SECTION("an unquoted #hex colour is a colour")
    {
        const auto deck = parseDeck(QStringLiteral("---\nbackgroundColor: #123456\n---\n# A\n"));
        CHECK(deck.warnings.isEmpty());
        CHECK(deck.slides[0].directives.value(QStringLiteral("backgroundColor")).toString() ==
              QStringLiteral("#123456"));
    }
    SECTION("a ---- fence")
    {
        const auto deck =
            parseDeck(QStringLiteral("----\npaginate: true\n----\n# A\n\n---\n\n# B\n"));
        REQUIRE(deck.slides.size() == 2);
        CHECK(deck.slides[1].directives.value(QStringLiteral("page")).toInt() == 2);
        CHECK(deck.slides[0].line == 4);
    }
    SECTION("a value with ': ' in a directive")
    {
        const auto deck = parseDeck(QStringLiteral("---\nfooter: Source: UN\ntitle: Aula 08: "
                                                   "Forms\n---\n# A\n"));
        CHECK(deck.warnings.isEmpty());
        CHECK(deck.slides[0].directives.value(QStringLiteral("footer")).toString() ==
              QStringLiteral("Source: UN"));
        CHECK(deck.slides[0].directives.value(QStringLiteral("title")).toString() ==
              QStringLiteral("Aula 08: Forms"));
    }
    SECTION("tabs and marp:true: ignored with a warning, every slide still read")
    {
        for (const char *fm :
             {"---\npaginate: true\n\tfoo: 1\n---\n", "---\nmarp:true\npaginate: true\n---\n"}) {
            const auto deck =
                parseDeck(QString::fromUtf8(fm) + QStringLiteral("# A\n\n---\n\n# B\n"));
            CHECK(deck.problems.isEmpty());
            REQUIRE(deck.warnings.size() == 1);
            CHECK(deck.warnings[0].line == 3); // the line yaml-cpp stops at, in the deck
            CHECK(deck.slides.size() == 2);
            CHECK_FALSE(deck.slides[0].directives.contains(QStringLiteral("paginate")));
        }
    }
}

// headingDivider, paginate skip and hold, class lists and directive comments,
// as marp-core applies them.
TEST_CASE("directives as Marp applies them", "[deck][marp]")
{
    SECTION("headingDivider splits before headings, not before the first")
    {
        const auto deck = parseDeck(QStringLiteral(
            "---\nheadingDivider: 2\n---\n<!-- _class: x -->\n# A\nfoo\n## B\n### C\n# D\n"));
        REQUIRE(deck.slides.size() == 3);
        CHECK(deck.slides[0].directives.value(QStringLiteral("class")).toString() ==
              QStringLiteral("x"));
        CHECK(deck.slides[1].body == QStringLiteral("## B\n### C"));
        CHECK(deck.slides[2].line == 9);
    }
    SECTION("headingDivider from a comment, as a list")
    {
        const auto deck =
            parseDeck(QStringLiteral("# A\n## B\n### C\n<!-- headingDivider: [1, 3] -->\n"));
        REQUIRE(deck.slides.size() == 2);
    }
    SECTION("paginate skip and hold count as Marp counts")
    {
        const auto deck = parseDeck(QStringLiteral(
            "<!-- paginate: true -->\nA\n\n---\n\n<!-- _paginate: skip -->\nB\n\n---\n\nC\n\n"
            "---\n\n<!-- _paginate: hold -->\nD\n\n---\n\nE\n\n---\n\n<!-- _paginate: false "
            "-->\nF\n\n---\n\nG\n"));
        REQUIRE(deck.slides.size() == 7);
        QList<int> pages;
        for (const auto &s : deck.slides)
            pages << s.directives.value(QStringLiteral("page")).toInt();
        CHECK(pages == QList<int>{1, 0, 2, 2, 3, 0, 5});
        CHECK(deck.slides[0].directives.value(QStringLiteral("total")).toInt() == 5);
    }
    SECTION("_class in front matter, class as a list, values with ': '")
    {
        const auto deck = parseDeck(QStringLiteral(
            "---\nclass: [a, b]\n_class: lead\n---\n# A\n\n---\n\n# B\n<!-- _footer: "
            "Source: UN -->\n"));
        REQUIRE(deck.slides.size() == 2);
        CHECK(deck.slides[0].directives.value(QStringLiteral("class")).toString() ==
              QStringLiteral("lead"));
        CHECK(deck.slides[1].directives.value(QStringLiteral("class")).toString() ==
              QStringLiteral("a b"));
        CHECK(deck.slides[1].directives.value(QStringLiteral("footer")).toString() ==
              QStringLiteral("Source: UN"));
        CHECK(deck.slides[1].notes.isEmpty());
    }
    SECTION("a comment with a directive and other keys is a directive; without, a note")
    {
        const auto deck = parseDeck(
            QStringLiteral("# A\n<!-- foo: bar -->\n<!-- paginate: true\nfoo: bar -->\n"));
        CHECK(deck.slides[0].notes == QStringLiteral("foo: bar"));
        CHECK(deck.slides[0].directives.value(QStringLiteral("page")).toInt() == 1);
        REQUIRE(deck.warnings.size() == 1);
        CHECK(deck.warnings[0].line == 4);
    }
}

TEST_CASE("YAML aliases that refer to themselves or multiply are cut, not followed",
          "[deck][badinput]")
{
    // Found by fuzz_deck: a self-referring alias recursed until the stack
    // ran out. Each deck must parse, and quickly.
    const auto looped = parseDeck(QStringLiteral("---\na: &a [x, x]\nb: &b [*b, *a]\nc: [*b, *b]\n"
                                                 "---\n<!-- _footer: &f [1, {k: v}] -->\n"
                                                 "# Aliases\n"));
    REQUIRE(looped.slides.size() == 1);
    CHECK(looped.slides.first().body.contains(QStringLiteral("# Aliases")));

    QString laughs = QStringLiteral("---\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; ++i)
        laughs += QStringLiteral("l%1: &l%1 [*l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, "
                                 "*l%2, *l%2]\n")
                      .arg(i)
                      .arg(i - 1);
    laughs += QStringLiteral("---\n# Laughs\n");
    const auto many = parseDeck(laughs);
    REQUIRE(many.slides.size() == 1);
    CHECK(many.slides.first().body.contains(QStringLiteral("# Laughs")));
}
