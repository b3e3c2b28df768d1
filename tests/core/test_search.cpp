// Full-text search on a real bundle built by the real okuw-bundle from a
// source with Russian inflections, Turkmen letters, notes, a PDF handout,
// a quiz and a glossary.
#include "core/bundle.h"
#include "core/markdowntext.h"
#include "core/search.h"
#include "core/searchtokenizer.h"
#include "core/sqlite.h"
#include "core/writer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace okuw::core;
using okuw::test::writeFile;

namespace {

void writeSource(const QString &dir)
{
    const QDir d(dir);
    auto put = [&](const char *path, const char *text) {
        REQUIRE(writeFile(d.filePath(QString::fromUtf8(path)), QByteArray(text)));
    };
    put("bundle.yaml", R"(id: 11111111-2222-4333-8444-000000000005
version: "search-test"
default_language: en
languages: [en, ru, tk]
title: {en: "Search test", ru: "Поиск", tk: "Gözleg"}
publisher: {en: "Tests", ru: "Тесты", tk: "Synaglar"}
)");
    put("recruitment/module.yaml", R"(slug: recruitment
order: 1
title: {en: "Recruitment", ru: "Вербовка", tk: "Işe çekmek"}
decks: {en: slides.en.md, ru: slides.ru.md, tk: slides.tk.md}
quiz: {en: quiz.en.yaml}
documents:
  - {lang: en, title: "Field guide", handout: handout.en.md}
)");
    put("recruitment/slides.en.md", R"(# Recruitment of victims

Traffickers recruit through fake job offers.

<!-- Ask the group about the national hotline. -->

---

# Debt bondage

A debt that can never be repaid.
)");
    put("recruitment/slides.ru.md", R"(<!-- id: recruitment-of-victims -->
# Вербовка жертв

Торговля людьми начинается с вербовки. Жертва часто доверяет вербовщику.

---

# Торговцы

Торговцы используют долговую кабалу и ЗАПУГИВАНИЕ.
)");
    put("recruitment/slides.tk.md", R"(# Adam söwdasynyň pidalary

Ýaş gyzlar we oglanlar howp astynda.
)");
    put("recruitment/handout.en.md",
        "# Field guide\n\nThe word xylophonics appears only in this handout.\n");
    put("recruitment/quiz.en.yaml", R"(questions:
  - id: q1
    kind: single
    prompt: "Is the victim's agreement relevant?"
    choices:
      - {text: "Yes"}
      - {text: "No", correct: true}
    explanation: "Consent is irrelevant once any of the means was used."
)");
    put("cooperation/module.yaml", R"(slug: cooperation
order: 2
title: {en: "Cooperation", ru: "Сотрудничество"}
decks: {en: slides.en.md, ru: slides.ru.md}
)");
    put("cooperation/slides.en.md", R"(# Mutual legal assistance

Requests between states.

---

# Indicators

| Sign | What it *may* mean |
|---|---|
| **Zanzibarite** passport held by the employer | control |
| Wages `withheld` | zanzibarite debt |
)");
    put("cooperation/slides.ru.md",
        "# Взаимная правовая помощь\n\nТорговлей оружием занимается другой курс.\n");
    put("glossary.yaml", R"(terms:
  - id: tip
    en: {term: "trafficking in persons", definition: "Act, means, purpose."}
    ru: {term: "торговля людьми", definition: "Деяние, способ, цель."}
    tk: {term: "adam söwdasy", definition: "Hereket, serişde, maksat."}
)");
}

// Built once for the whole test program by the real CLI.
std::shared_ptr<Bundle> sampleBundle()
{
    static QTemporaryDir dir;
    static std::shared_ptr<Bundle> bundle;
    if (bundle)
        return bundle;
    REQUIRE(dir.isValid());
    writeSource(dir.filePath(QStringLiteral("src")));
    const QString out = dir.filePath(QStringLiteral("search.okuw"));
    const auto result = okuw::test::runTool(
        {QStringLiteral("build"), dir.filePath(QStringLiteral("src")), QStringLiteral("-o"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QString error;
    bundle = Bundle::open(out, &error);
    INFO(error.toStdString());
    REQUIRE(bundle);
    return bundle;
}

QList<SearchHit> find(const QString &text, const QString &lang = {}, qint64 moduleId = 0,
                      bool prefixLast = false)
{
    SearchQuery q;
    q.text = text;
    q.lang = lang;
    q.moduleId = moduleId;
    q.prefixLastWord = prefixLast;
    QString error;
    const QList<SearchHit> hits = search(*sampleBundle(), q, &error);
    INFO("query: " << text.toStdString() << " error: " << error.toStdString());
    REQUIRE(error.isEmpty());
    return hits;
}

bool anyTitle(const QList<SearchHit> &hits, const QString &title)
{
    return std::any_of(hits.cbegin(), hits.cend(),
                       [&](const SearchHit &h) { return h.title == title; });
}

} // namespace

TEST_CASE("search: folding and stemming rules", "[search]")
{
    CHECK(searchtext::fold(QStringLiteral("ÝAŞ")) == QStringLiteral("yas"));
    CHECK(searchtext::fold(QStringLiteral("Söwdasynyň")) == QStringLiteral("sowdasynyn"));
    CHECK(searchtext::fold(QStringLiteral("çäňöşüýž")) == QStringLiteral("canosuyz"));
    CHECK(searchtext::fold(QStringLiteral("ЁЛКА")) == QStringLiteral("елка"));
    // A decomposed ý (y + combining acute), as some PDFs store it.
    CHECK(searchtext::fold(QStringLiteral("y\u0301as")) == QStringLiteral("yas"));
    searchtext::Stemmer stemmer;
    auto stem = [&](const QString &w) {
        const QString f = searchtext::fold(w);
        return QString::fromUtf8(stemmer.stem(f.toUtf8(), f));
    };
    CHECK(stem(QStringLiteral("торговля")) == stem(QStringLiteral("торговлей")));
    CHECK(stem(QStringLiteral("жертвы")) == stem(QStringLiteral("жертва")));
    CHECK(stem(QStringLiteral("Recruiting")) == stem(QStringLiteral("recruitment")).left(7));
}

TEST_CASE("search: the match expression quotes every word", "[search]")
{
    CHECK(buildMatchExpression(QStringLiteral("a AND b"), false) ==
          QStringLiteral(R"("a" AND "AND" AND "b")"));
    CHECK(buildMatchExpression(QStringLiteral("торг*"), false) == QStringLiteral(R"("торг"*)"));
    CHECK(buildMatchExpression(QStringLiteral("\"debt bondage\""), false) ==
          QStringLiteral(R"("debt bondage")"));
    CHECK(buildMatchExpression(QStringLiteral("debt bon"), true) ==
          QStringLiteral(R"("debt" AND ("bon" OR "bon"*))"));
    CHECK(buildMatchExpression(QStringLiteral("\"debt bon"), true) ==
          QStringLiteral(R"("debt bon"*)"));
    CHECK(buildMatchExpression(QStringLiteral("NEAR(\") * - 🙂"), false).isEmpty() == false);
    CHECK(buildMatchExpression(QStringLiteral("* - 🙂 \" ( )"), true).isEmpty());
}

TEST_CASE("search: the builder puts an index into the bundle", "[search]")
{
    QString why;
    CHECK(SearchIndex::isAvailable(*sampleBundle(), &why));
    Statement st(sampleBundle()->database(),
                 "SELECT kind, count(*) FROM search_entries GROUP BY kind ORDER BY kind");
    QMap<QString, qint64> kinds;
    while (st.next())
        kinds.insert(st.text(0), st.integer(1));
    CHECK(kinds.value(QStringLiteral("slide")) == 8); // with the table slide
    CHECK(kinds.value(QStringLiteral("note")) == 1);
    CHECK(kinds.value(QStringLiteral("pdf")) >= 1);
    CHECK(kinds.value(QStringLiteral("glossary")) == 3);
    CHECK(kinds.value(QStringLiteral("question")) == 1);
}

TEST_CASE("search: each language and module is one run of ids", "[search]")
{
    // What core/search.cpp relies on to scope a query by rowid alone.
    const Database &db = sampleBundle()->database();
    Statement runs(db, "SELECT lang, module_id, first_id, last_id FROM search_scopes "
                       "ORDER BY first_id");
    qint64 next = 1, covered = 0;
    QSet<QString> seen;
    while (runs.next()) {
        const QString scope = runs.text(0) + QLatin1Char('/') + runs.text(1);
        INFO(scope.toStdString());
        CHECK_FALSE(seen.contains(scope));
        seen.insert(scope);
        CHECK(runs.integer(2) == next); // no gap, no overlap
        next = runs.integer(3) + 1;
        Statement inside(db, "SELECT count(*), count(DISTINCT lang), "
                             "count(DISTINCT coalesce(module_id, 0)), min(lang), "
                             "min(coalesce(module_id, 0)) FROM search_entries "
                             "WHERE id BETWEEN ?1 AND ?2");
        inside.bind(1, runs.integer(2)).bind(2, runs.integer(3));
        REQUIRE(inside.next());
        CHECK(inside.integer(0) == runs.integer(3) - runs.integer(2) + 1);
        CHECK(inside.integer(1) == 1);
        CHECK(inside.integer(2) == 1);
        CHECK(inside.text(3) == runs.text(0));
        CHECK(inside.integer(4) == runs.integer(1));
        covered += inside.integer(0);
    }
    REQUIRE(runs.ok());
    Statement all(db, "SELECT count(*) FROM search_entries");
    REQUIRE(all.next());
    CHECK(covered == all.integer(0));
    // en, ru and tk; the glossary and both modules in en and ru, the
    // glossary and recruitment's tk deck in tk.
    CHECK(seen.size() == 8);
}

TEST_CASE("search: an index laid out by an older Okuw says so", "[search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.okuw"));
    REQUIRE(QFile::copy(sampleBundle()->path(), path));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("DELETE FROM search_info WHERE key = 'layout'", &error));
    }
    QString error;
    const auto bundle = Bundle::open(path, &error);
    REQUIRE(bundle);
    QString why;
    CHECK_FALSE(SearchIndex::isAvailable(*bundle, &why));
    CHECK(why.contains(QStringLiteral("another version of Okuw")));
    CHECK(why.contains(QStringLiteral("index 1.1")));
    SearchQuery q;
    q.text = QStringLiteral("debt");
    CHECK(search(*bundle, q, &error).isEmpty());
    CHECK(error == why);
}

TEST_CASE("search: marked words as they stand", "[search]")
{
    const QString b = QString(kMatchBegin), e = QString(kMatchEnd);
    CHECK(markedWords(QStringLiteral("no marks")).isEmpty());
    CHECK(markedWords(b + QStringLiteral("Торговля") + e + QStringLiteral(" людьми и ") + b +
                      QStringLiteral("торговли") + e + QStringLiteral(" ") + b +
                      QStringLiteral("Торговля") + e) ==
          QStringList{QStringLiteral("Торговля"), QStringLiteral("торговли")});
    CHECK(markedWords(b + QStringLiteral("unclosed")).isEmpty());
    const auto hits = find(QStringLiteral("торговлей"), QStringLiteral("ru"));
    REQUIRE_FALSE(hits.isEmpty());
    for (const SearchHit &h : hits) {
        INFO(h.title.toStdString());
        const QStringList words = markedWords(h.titleMarked) + markedWords(h.snippet);
        CHECK_FALSE(words.isEmpty());
        for (const QString &w : words)
            CHECK(w.startsWith(QStringLiteral("торгов"), Qt::CaseInsensitive));
    }
}

TEST_CASE("search: Russian inflections", "[search]")
{
    for (const char *q : {"торговля", "торговли", "торговлей", "Торговлю"}) {
        const auto hits = find(QString::fromUtf8(q), QStringLiteral("ru"));
        INFO(q);
        CHECK(anyTitle(hits, QStringLiteral("Вербовка жертв")));
        CHECK(anyTitle(hits, QStringLiteral("торговля людьми")));          // glossary
        CHECK(anyTitle(hits, QStringLiteral("Взаимная правовая помощь"))); // "Торговлей"
    }
    const auto victims = find(QStringLiteral("жертвы"));
    REQUIRE_FALSE(victims.isEmpty());
    CHECK(victims.first().title == QStringLiteral("Вербовка жертв"));
    CHECK(victims.first().kind == SearchHitKind::Slide);
    CHECK(victims.first().snippet.contains(kMatchBegin));
    CHECK(markedToHtml(victims.first().snippet).contains(QStringLiteral("<b>Жертва</b>")));
    CHECK(anyTitle(find(QStringLiteral("запугивание")), QStringLiteral("Торговцы")));
}

TEST_CASE("search: English stems and case", "[search]")
{
    for (const char *q : {"recruiting", "RECRUITMENT", "Recruited", "trafficker"}) {
        INFO(q);
        CHECK(anyTitle(find(QString::fromUtf8(q), QStringLiteral("en")),
                       QStringLiteral("Recruitment of victims")));
    }
    const auto title = find(QStringLiteral("bondage"));
    REQUIRE_FALSE(title.isEmpty());
    CHECK(markedToPlain(title.first().titleMarked, QStringLiteral("["), QStringLiteral("]")) ==
          QStringLiteral("Debt [bondage]"));
}

TEST_CASE("search: Turkmen letters typed or not", "[search]")
{
    for (const char *q : {"ýaş", "yas", "YAŞ", "söwdasynyň", "sowdasynyn", "söwd*", "sowd*"}) {
        INFO(q);
        const auto hits = find(QString::fromUtf8(q), QStringLiteral("tk"));
        CHECK(anyTitle(hits, QStringLiteral("Adam söwdasynyň pidalary")));
    }
    CHECK(anyTitle(find(QStringLiteral("sowdasy"), QStringLiteral("tk")),
                   QStringLiteral("adam söwdasy")));
}

TEST_CASE("search: prefixes", "[search]")
{
    const auto hits = find(QStringLiteral("торг*"));
    CHECK(anyTitle(hits, QStringLiteral("Торговцы")));
    CHECK(anyTitle(hits, QStringLiteral("Вербовка жертв")));
    CHECK(find(QStringLiteral("торг")).isEmpty()); // a whole word only without `*`
    // As you type: the last word is also a prefix, and still stemmed.
    CHECK(anyTitle(find(QStringLiteral("вербо"), {}, 0, true), QStringLiteral("Вербовка жертв")));
    CHECK(anyTitle(find(QStringLiteral("жертвы"), {}, 0, true), QStringLiteral("Вербовка жертв")));
    CHECK(anyTitle(find(QStringLiteral("debt bond"), {}, 0, true), QStringLiteral("Debt bondage")));
    CHECK(anyTitle(find(QStringLiteral("XYLO"), {}, 0, true), QStringLiteral("Field guide")));
}

TEST_CASE("search: phrases keep their order", "[search]")
{
    CHECK(anyTitle(find(QStringLiteral("\"торговля людьми\"")), QStringLiteral("торговля людьми")));
    CHECK_FALSE(
        anyTitle(find(QStringLiteral("\"людьми торговля\"")), QStringLiteral("торговля людьми")));
}

TEST_CASE("search: every kind of place", "[search]")
{
    const auto pdf = find(QStringLiteral("xylophonics"));
    REQUIRE(pdf.size() == 1);
    CHECK(pdf.first().kind == SearchHitKind::Pdf);
    CHECK(pdf.first().documentId > 0);
    CHECK(pdf.first().page == 0);
    CHECK(pdf.first().moduleSlug == QStringLiteral("recruitment"));

    const auto note = find(QStringLiteral("hotline"));
    REQUIRE(note.size() == 1);
    CHECK(note.first().kind == SearchHitKind::Note);
    const auto slide = sampleBundle()->slide(note.first().slideId);
    REQUIRE(slide);
    CHECK(slide->title == QStringLiteral("Recruitment of victims"));
    CHECK(note.first().slidePosition == 1);

    const auto question = find(QStringLiteral("consent"));
    REQUIRE(question.size() == 1);
    CHECK(question.first().kind == SearchHitKind::Question);
    CHECK(question.first().questionId > 0);

    const auto term = find(QStringLiteral("persons"), QStringLiteral("en"));
    REQUIRE_FALSE(term.isEmpty());
    CHECK(term.first().kind == SearchHitKind::Glossary);
    CHECK(term.first().termId > 0);
    CHECK(term.first().moduleId == 0);
}

TEST_CASE("search: language filter and module scope", "[search]")
{
    CHECK(find(QStringLiteral("торговля"), QStringLiteral("en")).isEmpty());
    for (const SearchHit &h : find(QStringLiteral("victims"), QStringLiteral("en")))
        CHECK(h.lang == QStringLiteral("en"));
    const auto cooperation = sampleBundle()->moduleBySlug(QStringLiteral("cooperation"));
    REQUIRE(cooperation);
    const auto scoped = find(QStringLiteral("торговля"), {}, cooperation->id);
    REQUIRE_FALSE(scoped.isEmpty());
    for (const SearchHit &h : scoped)
        CHECK((h.moduleId == cooperation->id || h.kind == SearchHitKind::Glossary));
    CHECK(anyTitle(scoped, QStringLiteral("Взаимная правовая помощь")));
    CHECK_FALSE(anyTitle(scoped, QStringLiteral("Вербовка жертв")));

    SearchQuery q;
    q.text = QStringLiteral("торговля");
    q.moduleId = cooperation->id;
    q.includeGlossary = false;
    QString error;
    const auto noGlossary = search(*sampleBundle(), q, &error);
    CHECK(error.isEmpty());
    CHECK(noGlossary.size() == 1);
}

TEST_CASE("search: any input is safe", "[search]")
{
    QString long1(10000, QLatin1Char('a'));
    QString long2;
    while (long2.size() < 10000)
        long2 += QStringLiteral("торговля \"NEAR( -* ");
    const QStringList inputs = {QStringLiteral("\""),
                                QStringLiteral("\"\""),
                                QStringLiteral("*"),
                                QStringLiteral("-"),
                                QStringLiteral("NEAR"),
                                QStringLiteral("NEAR(a b)"),
                                QStringLiteral("AND"),
                                QStringLiteral("OR"),
                                QStringLiteral("NOT"),
                                QStringLiteral("a AND"),
                                QStringLiteral("("),
                                QStringLiteral(")"),
                                QStringLiteral("(торговля"),
                                QStringLiteral("\"unclosed phrase"),
                                QStringLiteral("^start"),
                                QStringLiteral("body:debt"),
                                QStringLiteral("{heading body}: debt"),
                                QStringLiteral("🙂"),
                                QStringLiteral("debt 🙂*"),
                                QStringLiteral("-торговля"),
                                QStringLiteral("торговля*\"*"),
                                QStringLiteral("**"),
                                QStringLiteral("'; DROP TABLE slides; --"),
                                QString(QChar(0)),
                                QStringLiteral("\\"),
                                QStringLiteral("\u200b\u00ad"),
                                QStringLiteral("a\"b\"c\"d"),
                                long1,
                                long2,
                                QString()};
    for (const QString &input : inputs) {
        for (bool prefix : {false, true}) {
            INFO("input: " << input.left(40).toStdString() << " prefix " << prefix);
            SearchQuery q;
            q.text = input;
            q.prefixLastWord = prefix;
            QString error;
            const auto hits = search(*sampleBundle(), q, &error);
            CHECK(error.isEmpty());
            CHECK(hits.size() <= q.limit);
        }
    }
    // The operators were searched as words, not obeyed.
    CHECK(find(QStringLiteral("debt NOT bondage")).isEmpty());
    CHECK(find(QStringLiteral("debt OR nonexistentword")).isEmpty());
}

TEST_CASE("search: from worker threads at once", "[search]")
{
    const auto bundle = sampleBundle();
    // Plain threads, not Qt's pool: ThreadSanitizer (the tsan preset) sees
    // a thread start and a join, but not a hand-over through Qt's queue
    // (Qt is not instrumented), so whatever it reports here is a race in
    // search itself.
    std::vector<int> found(8, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&bundle, &found, i] {
            SearchQuery q;
            q.text = i % 2 ? QStringLiteral("торговлей") : QStringLiteral("recruit*");
            for (int k = 0; k < 20; ++k)
                found[size_t(i)] += int(search(*bundle, q).size());
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int n : found)
        CHECK(n > 0);
}

TEST_CASE("search: a bundle without an index says so", "[search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.okuw"));
    {
        BundleWriter writer(path);
        QString error;
        REQUIRE(writer.begin(&error));
        REQUIRE(writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("x"), &error));
        REQUIRE(writer.commit(&error));
    }
    QString error;
    const auto bundle = Bundle::open(path, &error);
    REQUIRE(bundle);
    CHECK_FALSE(SearchIndex::isAvailable(*bundle));
    SearchQuery q;
    q.text = QStringLiteral("anything");
    CHECK(search(*bundle, q, &error).isEmpty());
    CHECK(error == QStringLiteral("this bundle has no search index"));
}

TEST_CASE("search: snippets read as text, not Markdown", "[search]")
{
    const auto hits = find(QStringLiteral("zanzibarite"), QStringLiteral("en"));
    REQUIRE(hits.size() == 1);
    const QString snippet = markedToPlain(hits.first().snippet);
    INFO(snippet.toStdString());
    // Emphasis, code and table marks are gone; cells and rows stay apart.
    CHECK_FALSE(snippet.contains(QLatin1Char('*')));
    CHECK_FALSE(snippet.contains(QLatin1Char('`')));
    CHECK_FALSE(snippet.contains(QLatin1Char('|')));
    CHECK_FALSE(snippet.contains(QStringLiteral("---")));
    CHECK(snippet.contains(QStringLiteral("Zanzibarite passport held by the employer · control")));
    CHECK(snippet.contains(QStringLiteral("control / Wages withheld · zanzibarite debt")));
}

TEST_CASE("search: the total number of matches beyond the limit", "[search]")
{
    SearchQuery q;
    q.text = QStringLiteral("торговля");
    q.limit = 1000;
    QString error;
    const int all = int(search(*sampleBundle(), q, &error).size());
    REQUIRE(error.isEmpty());
    REQUIRE(all >= 3);
    q.limit = 1;
    CHECK(search(*sampleBundle(), q, &error).size() == 1);
    CHECK(searchCount(*sampleBundle(), q, &error) == all);
    CHECK(error.isEmpty());
    q.lang = QStringLiteral("en");
    CHECK(searchCount(*sampleBundle(), q, &error) == 0);
    q.text = QStringLiteral("   ");
    CHECK(searchCount(*sampleBundle(), q, &error) == 0);
}

TEST_CASE("search: Markdown becomes the text a reader sees", "[search]")
{
    CHECK(markdownToText(QStringLiteral("# Title\n\n- one\n- *two*\n\nText.\n")) ==
          QStringLiteral("Title · one · two · Text."));
    CHECK(markdownToText(QStringLiteral("Ends without a stop")) ==
          QStringLiteral("Ends without a stop"));
    CHECK(markdownToText(QStringLiteral("<!-- a note -->\nA &amp; B ![alt text](x.png) "
                                        "[the link](https://example.org) `code`")) ==
          QStringLiteral("A & B the link code"));
    CHECK(markdownToText(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n")) ==
          QStringLiteral("a · b / 1 · 2 / 3 · 4"));
}

TEST_CASE("plain text becomes Markdown that reads as the same words", "[search][notes]")
{
    // Notes written as plain text (.pptx, .odp, .pdfpc): what Markdown would
    // take as formatting gets a backslash; paragraphs stay.
    CHECK(plainTextToMarkdown(QStringLiteral("Close & thank <everyone>.\n\n* Stars: 2 * 3 = 6.")) ==
          QStringLiteral("Close & thank \\<everyone>.\n\n\\* Stars: 2 \\* 3 = 6."));
    // Only where Markdown would act: these stay as they are.
    CHECK(plainTextToMarkdown(QStringLiteral("1.5 hours, -5 degrees, #5, a > b, R&D.")) ==
          QStringLiteral("1.5 hours, -5 degrees, #5, a > b, R&D."));
    const QStringList lines = {
        QStringLiteral("Thank the hosts & <all>."),
        QStringLiteral("# 1. *not* a heading, _nor_ emphasis."),
        QStringLiteral("- not a list item."),
        QStringLiteral("+ nor this."),
        QStringLiteral("1. not a numbered list."),
        QStringLiteral("2) nor this."),
        QStringLiteral("> not a quote."),
        QStringLiteral("---"),
        QStringLiteral("==="),
        QStringLiteral("| a | b | c |"),
        QStringLiteral("`code` ~~struck~~ [link](x) ![img](y) <b>bold</b> &amp; &#169; \\ end."),
        QStringLiteral("    indented, not code."),
    };
    // Parsed by md4c, as the viewer's notes are: the words come back.
    const QString markdown = plainTextToMarkdown(lines.join(QLatin1Char('\n')));
    INFO(markdown.toStdString());
    QStringList trimmed;
    for (const QString &line : lines)
        trimmed << line.trimmed();
    CHECK(markdownToText(markdown) == trimmed.join(QLatin1Char(' ')));
}
