// The stable ids of PDF pages, and how user data follows a page that moved
// or was reworded when the deck was rebuilt.
#include "core/pagekey.h"

#include <catch2/catch.hpp>

using namespace okuw::core;

TEST_CASE("a PDF page's key: its number and a hash of its text", "[decks][keys]")
{
    const QString key = pdfPageKey(3, QStringLiteral("Indicators\n  of   trafficking"));
    CHECK(key.startsWith(QStringLiteral("page-3-")));
    CHECK(key.size() == QStringLiteral("page-3-").size() + 8);
    // White space does not count; the words do.
    CHECK(pdfPageKey(3, QStringLiteral("Indicators of trafficking")) == key);
    CHECK(pdfPageKey(3, QStringLiteral("Indicators of labour trafficking")) != key);
    CHECK(pdfPageKey(4, QStringLiteral("Indicators of trafficking")) != key);
}

TEST_CASE("user data follows a page that moved or was reworded", "[decks][keys]")
{
    const QString opening = pdfPageKey(1, QStringLiteral("Opening"));
    const QString indicators = pdfPageKey(2, QStringLiteral("Indicators"));
    const QStringList stored = {opening, indicators};

    // A page inserted at 2: "Indicators" is now page 3.
    const QString inserted = pdfPageKey(2, QStringLiteral("A new page"));
    const QString moved = pdfPageKey(3, QStringLiteral("Indicators"));
    const QStringList deckAfterInsert = {opening, inserted, moved};
    CHECK(followPageKey(moved, deckAfterInsert, stored) == indicators);
    // The new page does not take the moved page's notes.
    CHECK(followPageKey(inserted, deckAfterInsert, stored) == inserted);

    // Page 2 reworded in place.
    const QString reworded = pdfPageKey(2, QStringLiteral("Indicators of trafficking"));
    CHECK(followPageKey(reworded, {opening, reworded}, stored) == indicators);

    // Unchanged pages and Markdown slides keep their own keys.
    CHECK(followPageKey(opening, {opening, reworded}, stored) == opening);
    CHECK(followPageKey(QStringLiteral("intro"), {}, stored) == QStringLiteral("intro"));
    // A stored key that a page of the deck still has is that page's.
    CHECK(followPageKey(reworded, {opening, reworded, indicators}, stored) == reworded);
}

TEST_CASE("a whole deck's keys are followed as each page's are", "[decks][keys]")
{
    const QString opening = pdfPageKey(1, QStringLiteral("Opening"));
    const QString indicators = pdfPageKey(2, QStringLiteral("Indicators"));
    const QString closing = pdfPageKey(3, QStringLiteral("Closing"));
    const QStringList stored = {opening, indicators, closing, QStringLiteral("intro")};
    // Two pages inserted at the front, "Closing" reworded.
    const QStringList deck = {
        pdfPageKey(1, QStringLiteral("Agenda")), pdfPageKey(2, QStringLiteral("Rules")),
        pdfPageKey(3, QStringLiteral("Opening")), pdfPageKey(4, QStringLiteral("Indicators")),
        pdfPageKey(5, QStringLiteral("Closing words"))};
    const QStringList followed = followPageKeys(deck, stored);
    REQUIRE(followed.size() == deck.size());
    CHECK(followed[0] == deck[0]);
    CHECK(followed[1] == deck[1]);
    CHECK(followed[2] == opening);
    CHECK(followed[3] == indicators);
    CHECK(followed[4] == deck[4]); // page 5 now; the stored page 3's text is gone
    for (int i = 0; i < deck.size(); ++i)
        CHECK(followed[i] == followPageKey(deck[i], deck, stored));
    CHECK(followPageKeys({}, stored).isEmpty());
    CHECK(followPageKeys(deck, {}) == deck);
}
