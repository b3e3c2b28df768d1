// The words of Okuw's full-text search: how text is cut into words, how a
// word is folded (case, Turkmen letters) and stemmed (Russian, English), and
// the FTS5 tokenizer "okuw" that applies both when the index is built and
// when it is queried.
//
// Why two forms per word. A stemmer makes `торговли` and `торговлей` one
// word (`торговл`), but a stem is useless for a prefix typed so far: `торгов*`
// must also find `торговец`, whose stem is `торговц`, and a prefix of a word
// is rarely a prefix of its stem's inflections in general. So each word is
// indexed twice at the same position (FTS5 "colocated" tokens): its folded
// form (`торговлей`) and, when different, its stem (`торговл`). A whole-word
// query is reduced to the stem and meets the stems; a prefix query (`"..."*`,
// FTS5_TOKENIZE_PREFIX) keeps the folded form and meets the folded words.
// One table keeps bm25, snippets and highlights working as usual; the cost is
// an index about twice the size of a single-form one.
#pragma once

#include <QString>
#include <vector>

struct sb_stemmer;

namespace okuw::core {

class Database;

namespace searchtext {

// Version of the rules below. Stored in the bundle (table search_info): an
// index built with other rules would silently miss words.
constexpr int kTokenizerVersion = 1;

// A character that belongs to a word: a letter or a digit; combining marks
// and soft hyphens continue a word (PDF text has both).
bool isWordStart(char32_t c);
bool continuesWord(char32_t c);

// NFKC, case folding, Turkmen letters to their plain Latin base
// (ç->c ä->a ň->n ö->o ş->s ü->u ý->y ž->z), ё->е, soft hyphens removed.
QString fold(const QString &word);

// The folded word's stem: Russian for Cyrillic words, English for Latin ones,
// the word itself otherwise. Not thread-safe across threads on one Stemmer.
class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;
    QByteArray stem(const QByteArray &foldedUtf8, const QString &folded);
    // The same, told the script: Cyrillic (Russian), Latin (English), None.
    enum class Script { None, Latin, Cyrillic, Other };
    QByteArray stem(const QByteArray &foldedUtf8, Script script);

private:
    ::sb_stemmer *m_ru = nullptr;
    ::sb_stemmer *m_en = nullptr;
};

} // namespace searchtext

// Registers the "okuw" FTS5 tokenizer on this connection (once; later calls
// do nothing), with the okuw_rank() FTS5 function and okuw_in_ids() below.
// Needed before any statement touches the search tables, including on a
// read-only connection. Safe from any thread.
bool registerSearchTokenizer(const Database &db, QString *error);

// okuw_in_ids(?, x) is 1 when the integer x is in the sorted list bound as
// the pointer `?` (Statement::bindPointer with this type), else 0: a set
// test without the temporary b-tree that `x IN (...)` builds.
constexpr const char *kIdListPointerType = "okuw_sorted_ids";
using SortedIds = std::vector<qint64>;

} // namespace okuw::core
