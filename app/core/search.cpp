#include "search.h"

#include "bundle.h"
#include "log.h"
#include "searchtokenizer.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever SearchText::tr is called.
struct SearchText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::search)
};

bool hasIndex(const Database &db, QString *why)
{
    Statement st(db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                     "('search_fts', 'search_entries', 'search_info', 'search_scopes')");
    if (!st.next() || st.integer(0) != 4) {
        if (why)
            *why = st.ok() ? SearchText::tr("this bundle has no search index") : st.error();
        return false;
    }
    // Both numbers must match: other word rules would silently miss words,
    // another layout would be read wrongly. An index from before 'layout'
    // existed counts as layout 1.
    Statement version(db, "SELECT (SELECT value FROM search_info WHERE key = 'tokenizer'), "
                          "coalesce((SELECT value FROM search_info WHERE key = 'layout'), 1)");
    version.next();
    const QString found =
        QStringLiteral("%1.%2").arg(version.text(0).toInt()).arg(version.text(1).toInt());
    const QString expected =
        QStringLiteral("%1.%2").arg(searchtext::kTokenizerVersion).arg(SearchIndex::kLayoutVersion);
    if (found != expected) {
        if (why)
            *why = SearchText::tr("this bundle's search index was made by another version of Okuw "
                                  "(index %1, this version reads %2)")
                       .arg(found, expected);
        return false;
    }
    return true;
}

struct Term
{
    QStringList words;
    bool phrase = false;
    bool prefix = false;     // typed with a trailing `*`
    bool unfinished = false; // a phrase whose closing quote is not typed yet
};

// Limits that keep a pasted page of text from becoming a slow query.
constexpr int kMaxTerms = 16;
constexpr int kMaxWordLength = 64;

QStringList wordsOf(const QString &text, int from, int to, int *end = nullptr)
{
    QStringList words;
    int i = from;
    while (i < to) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < to
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        const int width = c > 0xFFFF ? 2 : 1;
        if (!searchtext::isWordStart(c)) {
            if (end)
                break;
            i += width;
            continue;
        }
        int j = i + width;
        while (j < to) {
            const char32_t d = text.at(j).isHighSurrogate() && j + 1 < to
                                   ? QChar::surrogateToUcs4(text.at(j), text.at(j + 1))
                                   : text.at(j).unicode();
            if (!searchtext::continuesWord(d))
                break;
            j += d > 0xFFFF ? 2 : 1;
        }
        words << text.mid(i, std::min(j - i, kMaxWordLength));
        i = j;
        if (end)
            break;
    }
    if (end)
        *end = i;
    return words;
}

QString quoted(const QStringList &words)
{
    // Words hold letters, digits and marks only, so no `"` to escape.
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

struct IdRange
{
    qint64 first = 0, last = 0;
};

// The runs of search_entries ids a query may match (see searchindex.cpp):
// its language, its module and the glossary, joined where they touch.
QList<IdRange> scopeRanges(const Database &db, const SearchQuery &query, QString *error)
{
    Statement st(db, "SELECT first_id, last_id FROM search_scopes WHERE (?1 = '' OR lang = ?1) "
                     "AND (?2 = 0 OR module_id = ?2 OR (?3 AND module_id IS NULL)) "
                     "ORDER BY first_id");
    st.bind(1, query.lang.isNull() ? QStringLiteral("") : query.lang);
    st.bind(2, query.moduleId).bind(3, int(query.includeGlossary));
    QList<IdRange> ranges;
    while (st.next()) {
        const IdRange r{st.integer(0), st.integer(1)};
        if (!ranges.isEmpty() && ranges.last().last + 1 == r.first)
            ranges.last().last = r.last;
        else
            ranges << r;
    }
    if (!st.ok())
        *error = st.error();
    return ranges;
}

// " AND (rowid BETWEEN a AND b OR ...)" when the scope is more than one run;
// the numbers come from the bundle's own integer columns.
QByteArray rangeFilter(const QList<IdRange> &ranges)
{
    if (ranges.size() < 2)
        return {};
    QByteArrayList terms;
    for (const IdRange &r : ranges)
        terms << "rowid BETWEEN " + QByteArray::number(r.first) + " AND " +
                     QByteArray::number(r.last);
    return " AND (" + terms.join(" OR ") + ")";
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

SearchHitKind kindFromName(const QString &kind)
{
    return kind == QLatin1String("note")       ? SearchHitKind::Note
           : kind == QLatin1String("pdf")      ? SearchHitKind::Pdf
           : kind == QLatin1String("glossary") ? SearchHitKind::Glossary
           : kind == QLatin1String("question") ? SearchHitKind::Question
                                               : SearchHitKind::Slide;
}

} // namespace

QString searchHitKindName(SearchHitKind kind)
{
    switch (kind) {
    case SearchHitKind::Slide:
        return QStringLiteral("slide");
    case SearchHitKind::Note:
        return QStringLiteral("note");
    case SearchHitKind::Pdf:
        return QStringLiteral("pdf");
    case SearchHitKind::Glossary:
        return QStringLiteral("glossary");
    case SearchHitKind::Question:
        return QStringLiteral("question");
    }
    return {};
}

QString markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(kMatchBegin, QStringLiteral("<b>")).replace(kMatchEnd, QStringLiteral("</b>"));
    return html;
}

QString markedToPlain(const QString &marked, const QString &open, const QString &close)
{
    QString plain = marked;
    return plain.replace(kMatchBegin, open).replace(kMatchEnd, close);
}

QStringList markedWords(const QString &marked)
{
    QStringList words;
    qsizetype from = marked.indexOf(kMatchBegin);
    while (from >= 0) {
        const qsizetype to = marked.indexOf(kMatchEnd, from + 1);
        if (to < 0)
            break;
        const QString word = marked.mid(from + 1, to - from - 1);
        if (!word.isEmpty() && !words.contains(word))
            words << word;
        from = marked.indexOf(kMatchBegin, to + 1);
    }
    return words;
}

QString buildMatchExpression(const QString &text, bool prefixLastWord)
{
    QList<Term> terms;
    const int n = int(text.size());
    int i = 0;
    while (i < n && terms.size() < kMaxTerms) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('"')) {
            const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
            const int stop = close < 0 ? n : close;
            Term t;
            t.words = wordsOf(text, i + 1, stop).mid(0, kMaxTerms);
            t.phrase = true;
            t.unfinished = close < 0;
            t.prefix = close >= 0 && close + 1 < n && text.at(close + 1) == QLatin1Char('*');
            if (!t.words.isEmpty())
                terms << t;
            i = close < 0 ? n : close + 1;
            continue;
        }
        int end = i;
        const QStringList word = wordsOf(text, i, n, &end);
        if (word.isEmpty()) {
            i = end > i ? end : i + 1;
            continue;
        }
        Term t;
        t.words = word;
        t.prefix = end < n && text.at(end) == QLatin1Char('*');
        terms << t;
        i = end;
    }
    QStringList parts;
    for (int k = 0; k < terms.size(); ++k) {
        const Term &t = terms.at(k);
        const bool last = k == terms.size() - 1;
        const QString q = quoted(t.words);
        if (t.prefix || (last && prefixLastWord && t.unfinished)) {
            parts << q + QLatin1Char('*');
        } else if (last && prefixLastWord && !t.phrase && t.words.first().size() >= 2) {
            // Unfinished or whole: the stemmed word or any word it begins.
            parts << QStringLiteral("(%1 OR %1*)").arg(q);
        } else {
            parts << q;
        }
    }
    // Explicit AND: FTS5 joins bare phrases implicitly, but not a phrase and
    // a parenthesized group.
    return parts.join(QLatin1String(" AND "));
}

bool SearchIndex::isAvailable(const Bundle &bundle, QString *why)
{
    return hasIndex(bundle.database(), why);
}

QList<SearchHit> search(const Bundle &bundle, const SearchQuery &query, QString *error)
{
    const Database &db = bundle.database();
    QString why;
    if (!hasIndex(db, &why) || !registerSearchTokenizer(db, &why)) {
        qCInfo(lcSearch) << bundle.path() << why;
        if (error)
            *error = why;
        return {};
    }
    const QString match = buildMatchExpression(query.text, query.prefixLastWord);
    if (match.isEmpty() || query.limit <= 0)
        return {};
    auto failed = [&](const QString &message) {
        qCWarning(lcSearch) << "search in" << bundle.path() << "failed:" << message;
        if (error)
            *error = SearchText::tr("search failed: %1").arg(message);
        return QList<SearchHit>();
    };
    const QList<IdRange> ranges = scopeRanges(db, query, &why);
    if (!why.isEmpty())
        return failed(why);
    if (ranges.isEmpty())
        return {}; // a language or module with nothing indexed

    // Three short steps instead of one statement with FTS5's `ORDER BY
    // rank`: that plan sorts every match in full and copies its positions,
    // which for a common prefix (`tra*`, 20,000 rows) costs about as much
    // again as scoring them. Measured in tests/bench/bench_search.cpp.
    //
    // 1. Score. The scope is a rowid range, which FTS5 seeks to itself, so
    //    no row outside it is read (and with several runs, none between
    //    them is scored). SQLite's sorter keeps only the
    //    best `limit` rows; rowid breaks ties so the order is stable.
    //    okuw_rank is bm25 (searchtokenizer.cpp); a heading match counts five
    //    times a body match, so a slide titled with the words beats one that
    //    mentions them in passing.
    const QByteArray rankSql = "SELECT rowid, okuw_rank(search_fts, 5.0, 1.0) AS score "
                               "FROM search_fts WHERE search_fts MATCH ?1 "
                               "AND rowid BETWEEN ?2 AND ?3" +
                               rangeFilter(ranges) + " ORDER BY score, rowid LIMIT ?4";
    Statement ranked(db, rankSql.constData());
    ranked.bind(1, match).bind(2, ranges.first().first).bind(3, ranges.last().last);
    ranked.bind(4, query.limit);
    QList<SearchHit> hits;
    QList<qint64> ids;
    QHash<qint64, qsizetype> indexOf;
    while (ranked.next()) {
        indexOf.insert(ranked.integer(0), hits.size());
        ids << ranked.integer(0);
        hits.emplace_back().score = -ranked.real(1);
    }
    if (!ranked.ok())
        return failed(ranked.error());
    if (hits.isEmpty())
        return {};
    const QString list = idList(ids);

    // 2. Where each hit is: one lookup per hit shown.
    Statement places(db, "SELECT e.id, e.kind, e.lang, e.module_id, m.slug, e.slide_id, "
                         "s.position, s.slide_key, e.document_id, e.page, e.term_id, "
                         "e.question_id, e.label, e.heading FROM search_entries e "
                         "LEFT JOIN modules m ON m.id = e.module_id "
                         "LEFT JOIN slides s ON s.id = e.slide_id "
                         "WHERE e.id IN (SELECT value FROM json_each(?1))");
    places.bind(1, list);
    QList<bool> hasHeading(hits.size(), false);
    while (places.next()) {
        const qsizetype i = indexOf.value(places.integer(0), -1);
        if (i < 0)
            continue;
        SearchHit &h = hits[i];
        h.kind = kindFromName(places.text(1));
        h.lang = places.text(2);
        h.moduleId = places.integer(3);
        h.moduleSlug = places.text(4);
        h.slideId = places.integer(5);
        h.slidePosition = int(places.integer(6));
        h.slideKey = places.text(7);
        h.documentId = places.integer(8);
        h.page = places.isNull(9) ? -1 : int(places.integer(9));
        h.termId = places.integer(10);
        h.questionId = places.integer(11);
        h.title = h.titleMarked = places.text(12);
        hasHeading[i] = !places.text(13).isEmpty();
    }
    if (!places.ok())
        return failed(places.error());

    // 3. Marked title and snippet. These need an FTS5 cursor on the hit, and
    //    a cursor per hit would repeat the query's setup (for `kalo*`,
    //    merging the lists of hundreds of words) a hundred times. One pass
    //    over the ids between the first and last hit does it once; the text
    //    is read and re-tokenized for the hits alone.
    //    The id test sits in CASE, not WHERE: in WHERE, SQLite would run
    //    the FTS5 query once per id.
    SortedIds sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    Statement marked(db, "SELECT rowid, CASE WHEN okuw_in_ids(?4, rowid) THEN "
                         "highlight(search_fts, 0, char(2), char(3)) END, "
                         "CASE WHEN okuw_in_ids(?4, rowid) THEN "
                         "snippet(search_fts, 1, char(2), char(3), '…', 16) END "
                         "FROM search_fts WHERE search_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
    marked.bind(1, match).bind(2, sorted.front()).bind(3, sorted.back());
    marked.bindPointer(4, &sorted, kIdListPointerType);
    while (marked.next()) {
        const qsizetype i = marked.isNull(2) ? -1 : indexOf.value(marked.integer(0), -1);
        if (i < 0)
            continue;
        if (hasHeading[i])
            hits[i].titleMarked = marked.text(1);
        hits[i].snippet = marked.text(2);
    }
    if (!marked.ok())
        return failed(marked.error());
    return hits;
}

int searchCount(const Bundle &bundle, const SearchQuery &query, QString *error)
{
    const Database &db = bundle.database();
    QString why;
    if (!hasIndex(db, &why) || !registerSearchTokenizer(db, &why)) {
        if (error)
            *error = why;
        return 0;
    }
    const QString match = buildMatchExpression(query.text, query.prefixLastWord);
    if (match.isEmpty())
        return 0;
    const QList<IdRange> ranges = scopeRanges(db, query, &why);
    if (!why.isEmpty() || ranges.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    // The same scope as search(), counted without scoring.
    const QByteArray sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1 "
                           "AND rowid BETWEEN ?2 AND ?3" +
                           rangeFilter(ranges);
    Statement count(db, sql.constData());
    count.bind(1, match).bind(2, ranges.first().first).bind(3, ranges.last().last);
    if (!count.next()) {
        if (error)
            *error = SearchText::tr("search failed: %1").arg(count.error());
        return 0;
    }
    return int(count.integer(0));
}

} // namespace okuw::core
