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

TEST_CASE("unsupported directives are listed, not dropped", "[deck]")
{
    const auto deck = parseDeck(
        QStringLiteral("---\nheadingDivider: 2\n---\n# A\n\n<!-- style: 'h1 {color: red}' -->\n"));
    REQUIRE(deck.slides.size() == 1);
    const QJsonArray unsupported =
        deck.slides[0].directives.value(QStringLiteral("unsupported")).toArray();
    REQUIRE(unsupported.size() == 2);
    CHECK(unsupported[0].toString().startsWith(QStringLiteral("headingDivider")));
    CHECK(unsupported[1].toString().startsWith(QStringLiteral("style")));
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
    SECTION("unclosed front matter")
    {
        const auto deck = parseDeck(QStringLiteral("---\nmarp: true\n# A\n"));
        REQUIRE_FALSE(deck.problems.isEmpty());
        CHECK(deck.problems[0].line == 1);
    }
    SECTION("front matter that is not YAML")
    {
        const auto deck = parseDeck(QStringLiteral("---\nmarp: [true\n---\n# A\n"));
        REQUIRE_FALSE(deck.problems.isEmpty());
        CHECK(deck.problems[0].message.contains(QStringLiteral("YAML")));
    }
    SECTION("unclosed comment")
    {
        const auto deck = parseDeck(QStringLiteral("# A\n\n---\n\n# B\n\n<!-- never closed\n"));
        REQUIRE_FALSE(deck.problems.isEmpty());
        CHECK(deck.problems[0].line == 7);
    }
    SECTION("unsupported size")
    {
        const auto deck = parseDeck(QStringLiteral("---\nsize: 21:9\n---\n# A\n"));
        REQUIRE_FALSE(deck.problems.isEmpty());
    }
    SECTION("empty deck")
    {
        CHECK_FALSE(parseDeck(QString()).problems.isEmpty());
    }
}
