// Full-text search over a bundle: slides, speaker notes, every page of every
// PDF, the glossary and the knowledge checks, in every language.
//
// The index lives in the bundle (tables search_entries, search_scopes,
// search_fts, search_info; see BUNDLE-FORMAT.md), is built once by
// `okuw-bundle build` (searchindex.cpp), and the reader only queries it. A bundle without these
// tables still opens, and search() then says "this bundle has no search index".
//
// Matching (searchtokenizer.h): case-insensitive; Russian and English words
// match their inflections through Snowball stemmers; Turkmen letters match
// with or without their marks (`ýaş` = `yas`); `word*` is a prefix search in
// every language. Anything typed is safe: words are searched as words, a
// "quoted phrase" as a phrase; FTS5 operators are never passed through.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace okuw::core {

class Bundle;
class Database;

enum class SearchHitKind { Slide, Note, Pdf, Glossary, Question };

QString searchHitKindName(SearchHitKind kind); // "slide", "note", "pdf", ...

// Marks around matched words in SearchHit::titleMarked and ::snippet: the
// control characters STX (U+0002) and ETX (U+0003), which never occur in
// indexed text. A view escapes the text, then turns them into its own markup.
constexpr QChar kMatchBegin = QChar(0x0002);
constexpr QChar kMatchEnd = QChar(0x0003);
QString markedToHtml(const QString &marked); // escaped, matches in <b>..</b>
QString markedToPlain(const QString &marked, const QString &open = {}, const QString &close = {});
// The marked words as they stand in the text, first seen first, each once.
QStringList markedWords(const QString &marked);

struct SearchQuery
{
    QString text;
    QString lang;                // empty: every language
    qint64 moduleId = 0;         // 0: the whole bundle
    bool includeGlossary = true; // with a module scope, the bundle-wide glossary too
    bool prefixLastWord = false; // as-you-type: the last word may be unfinished
    int limit = 50;
};

struct SearchHit
{
    SearchHitKind kind = SearchHitKind::Slide;
    QString lang;
    qint64 moduleId = 0; // 0: the glossary, which belongs to no module
    QString moduleSlug;
    qint64 slideId = 0;    // Slide, Note
    int slidePosition = 0; // 1-based
    QString slideKey;
    qint64 documentId = 0; // Pdf
    int page = -1;         // Pdf: 0-based, as Qt PDF counts
    qint64 termId = 0;     // Glossary
    qint64 questionId = 0; // Question
    QString title;         // slide title, document title, term, question prompt
    QString titleMarked;   // the title with matches marked, when it matched
    QString snippet;       // marked text around the matches
    double score = 0;      // higher is better (-bm25)
};

class SearchIndex
{
public:
    // How the tables are laid out (BUNDLE-FORMAT.md); stored in search_info
    // beside the tokenizer's version. 1: before search_scopes.
    static constexpr int kLayoutVersion = 2;

    // Builds the index from the content rows of a bundle being written (the
    // writer's connection, inside its transaction). Replaces an older index.
    static bool build(Database &db, QString *error);
    // True when the bundle has an index this build can read.
    static bool isAvailable(const Bundle &bundle, QString *why = nullptr);
    // FTS5's integrity check of the bundle's index against its text (run on
    // a copy in memory: the bundle is never written). False and *problem.
    // The check walks the whole index with SQLite's FTS5 code, and the
    // SQLite of Debian 12 (3.40) crashes on some damaged indexes (found by
    // fuzz_bundle): run it in a process that may die, as okuw-bundle does.
    static bool check(const QString &bundlePath, QString *problem);
};

// Ranked hits, best first. Empty with *error set when the bundle has no index
// or SQLite fails; empty without an error when nothing matches or the text
// holds no word. Safe from any thread.
QList<SearchHit> search(const Bundle &bundle, const SearchQuery &query, QString *error = nullptr);

// How many entries match in all (search() returns the best `limit` of them);
// 0 with *error set when the bundle has no index or SQLite fails.
int searchCount(const Bundle &bundle, const SearchQuery &query, QString *error = nullptr);

// The FTS5 MATCH expression for what a person typed; empty when it holds no
// word. Exposed for tests and the benchmark.
QString buildMatchExpression(const QString &text, bool prefixLastWord);

} // namespace okuw::core
