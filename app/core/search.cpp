#include "search.h"

#include "bundle.h"
#include "searchtokenizer.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever SearchText::tr is called.
struct SearchText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::search)
};

// The index keeps its own copy of the text (search_entries): slide bodies
// cleaned of Markdown so snippets read as prose, and FTS5 needs the text
// it indexed to cut snippets and to delete rows. See schema.cpp.
const char *kSearchSchema = R"SQL(
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_entries;
DROP TABLE IF EXISTS search_info;
CREATE TABLE search_info(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE search_entries(
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK(kind IN ('slide', 'note', 'pdf', 'glossary', 'question')),
  lang        TEXT NOT NULL,
  module_id   INTEGER REFERENCES modules(id),    -- NULL: glossary
  slide_id    INTEGER REFERENCES slides(id),     -- slide, note
  document_id INTEGER REFERENCES documents(id),  -- pdf
  page        INTEGER,                           -- pdf: 0-based
  term_id     INTEGER REFERENCES glossary(id),   -- glossary
  question_id INTEGER REFERENCES questions(id),  -- question
  label       TEXT NOT NULL,                     -- shown as the hit's title
  heading     TEXT NOT NULL,                     -- indexed, ranked above body
  body        TEXT NOT NULL                      -- indexed
);
-- prefix: words typed so far (2 to 4 letters) are looked up as one term
-- instead of merging the lists of every word they begin.
CREATE VIRTUAL TABLE search_fts USING fts5(
  heading, body, content='search_entries', content_rowid='id', tokenize='okuw',
  prefix='2 3 4');
)SQL";

// Heading matches count five times a body match: a slide titled with the
// words beats one that mentions them in passing. FTS5's rank syntax: the
// function's arguments after the table.
const char *kRank = "okuw_rank(5.0, 1.0)";

QString cleanText(QString text)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(control);
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

// Markdown to the words a reader sees: images, comments, tags and link
// targets go; link texts stay.
QString markdownText(QString md)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    static const QRegularExpression marks(
        QStringLiteral("(^|\\n)\\s*(#{1,6}|>|[-*+]|\\d+\\.|\\|?[-:| ]{3,}\\|?)\\s+"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|`+|~~|\\|"));
    md.remove(comment).remove(image).replace(link, QStringLiteral("\\1")).remove(tag);
    md.replace(marks, QStringLiteral("\\1")).remove(emphasis);
    return cleanText(md);
}

struct Entry
{
    const char *kind = "";
    QString lang;
    qint64 moduleId = 0, slideId = 0, documentId = 0, termId = 0, questionId = 0;
    int page = -1;
    QString label, heading, body;
};

Entry entry(const char *kind, const QString &lang)
{
    Entry e;
    e.kind = kind;
    e.lang = lang;
    return e;
}

bool insert(Statement &st, const Entry &e)
{
    st.reset();
    st.bind(1, QString::fromLatin1(e.kind)).bind(2, e.lang);
    auto idOrNull = [&](int index, qint64 id) {
        if (id)
            st.bind(index, id);
        else
            st.bindNull(index);
    };
    idOrNull(3, e.moduleId);
    idOrNull(4, e.slideId);
    idOrNull(5, e.documentId);
    if (e.page >= 0)
        st.bind(6, e.page);
    else
        st.bindNull(6);
    idOrNull(7, e.termId);
    idOrNull(8, e.questionId);
    st.bind(9, e.label).bind(10, e.heading).bind(11, e.body);
    return st.run();
}

bool fill(Database &db, QString *error)
{
    Statement ins(db, "INSERT INTO search_entries(kind, lang, module_id, slide_id, document_id, "
                      "page, term_id, question_id, label, heading, body) "
                      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto failed = [&](const Statement &st) {
        *error = st.error();
        return false;
    };
    if (!ins.ok())
        return failed(ins);
    {
        Statement st(db, "SELECT id, module_id, lang, title, body, notes FROM slides ORDER BY id");
        while (st.next()) {
            Entry e = entry("slide", st.text(2));
            e.moduleId = st.integer(1);
            e.slideId = st.integer(0);
            e.label = e.heading = cleanText(st.text(3));
            e.body = markdownText(st.text(4));
            // The deck's heading is the title: indexed once, as the heading.
            if (!e.heading.isEmpty() && e.body.startsWith(e.heading))
                e.body = e.body.mid(e.heading.size()).trimmed();
            if (!insert(ins, e))
                return failed(ins);
            const QString notes = markdownText(st.text(5));
            if (!notes.isEmpty()) {
                e.kind = "note";
                e.heading.clear();
                e.body = notes;
                if (!insert(ins, e))
                    return failed(ins);
            }
        }
        if (!st.ok())
            return failed(st);
    }
    {
        Statement st(db, "SELECT d.id, d.module_id, d.lang, d.title, p.page, p.text "
                         "FROM document_pages p JOIN documents d ON d.id = p.document_id "
                         "ORDER BY d.id, p.page");
        while (st.next()) {
            Entry e = entry("pdf", st.text(2));
            e.moduleId = st.integer(1);
            e.documentId = st.integer(0);
            e.page = int(st.integer(4));
            e.label = cleanText(st.text(3));
            // The title is indexed once, on the first page, so that it leads
            // to the document instead of ranking every page alike.
            if (e.page == 0)
                e.heading = e.label;
            e.body = cleanText(st.text(5));
            if (!insert(ins, e))
                return failed(ins);
        }
        if (!st.ok())
            return failed(st);
    }
    {
        Statement st(db, "SELECT term_id, lang, term, definition FROM glossary_text "
                         "ORDER BY term_id, lang");
        while (st.next()) {
            Entry e = entry("glossary", st.text(1));
            e.termId = st.integer(0);
            e.label = e.heading = cleanText(st.text(2));
            e.body = markdownText(st.text(3));
            if (!insert(ins, e))
                return failed(ins);
        }
        if (!st.ok())
            return failed(st);
    }
    {
        Statement st(db, "SELECT id, module_id, lang, prompt, choices, explanation "
                         "FROM questions ORDER BY id");
        while (st.next()) {
            Entry e = entry("question", st.text(2));
            e.moduleId = st.integer(1);
            e.questionId = st.integer(0);
            e.label = e.heading = markdownText(st.text(3));
            QStringList parts;
            for (const QJsonValue &v : QJsonDocument::fromJson(st.text(4).toUtf8()).array())
                parts << v.toString();
            parts << st.text(5);
            e.body = markdownText(parts.join(QLatin1Char('\n')));
            if (!insert(ins, e))
                return failed(ins);
        }
        if (!st.ok())
            return failed(st);
    }
    return true;
}

bool hasIndex(const Database &db, QString *why)
{
    Statement st(db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                     "('search_fts', 'search_entries', 'search_info')");
    if (!st.next() || st.integer(0) != 3) {
        if (why)
            *why = st.ok() ? SearchText::tr("this bundle has no search index") : st.error();
        return false;
    }
    Statement version(db, "SELECT value FROM search_info WHERE key = 'tokenizer'");
    const int found = version.next() ? version.text(0).toInt() : 0;
    if (found != searchtext::kTokenizerVersion) {
        if (why)
            *why = SearchText::tr("this bundle's search index was made by another version of Okuw "
                                  "(tokenizer %1, this version reads %2)")
                       .arg(found)
                       .arg(searchtext::kTokenizerVersion);
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

bool SearchIndex::build(Database &db, QString *error)
{
    QString why;
    if (!registerSearchTokenizer(db, &why) || !db.exec(kSearchSchema, &why) || !fill(db, &why)) {
        *error = SearchText::tr("cannot build the search index: %1").arg(why);
        return false;
    }
    Statement version(db, "INSERT INTO search_info(key, value) VALUES('tokenizer', ?1)");
    version.bind(1, QString::number(searchtext::kTokenizerVersion));
    // 'optimize' merges the index into one b-tree: smaller and faster to read.
    if (!version.run() || !db.exec("INSERT INTO search_fts(search_fts) VALUES('rebuild');"
                                   "INSERT INTO search_fts(search_fts) VALUES('optimize');",
                                   &why)) {
        *error = SearchText::tr("cannot build the search index: %1")
                     .arg(version.ok() ? why : version.error());
        return false;
    }
    return true;
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
        if (error)
            *error = why;
        return {};
    }
    const QString match = buildMatchExpression(query.text, query.prefixLastWord);
    if (match.isEmpty() || query.limit <= 0)
        return {};

    // One statement. `ORDER BY rank` hands the ordering to FTS5: it scores
    // every match with bm25 from the index alone (no content row is read)
    // and sorts them; SQLite then walks that order, looks up the place row
    // only to apply the filters, and stops after `limit` rows, so the
    // highlight and the snippet (which read and re-tokenize the text) run
    // for the hits shown and nothing else.
    Statement st(
        db, "SELECT f.rank, e.kind, e.lang, e.module_id, m.slug, e.slide_id, s.position, "
            "s.slide_key, e.document_id, e.page, e.term_id, e.question_id, e.label, e.heading, "
            "highlight(search_fts, 0, char(2), char(3)), "
            "snippet(search_fts, 1, char(2), char(3), '…', 16) "
            "FROM search_fts f JOIN search_entries e ON e.id = f.rowid "
            "LEFT JOIN modules m ON m.id = e.module_id LEFT JOIN slides s ON s.id = e.slide_id "
            "WHERE search_fts MATCH ?1 AND f.rank MATCH ?6 AND (?2 = '' OR e.lang = ?2) "
            "AND (?3 = 0 OR e.module_id = ?3 OR (?4 AND e.module_id IS NULL)) "
            "ORDER BY f.rank LIMIT ?5");
    st.bind(1, match).bind(2, query.lang.isNull() ? QStringLiteral("") : query.lang);
    st.bind(3, query.moduleId).bind(4, int(query.includeGlossary)).bind(5, query.limit);
    st.bind(6, QString::fromLatin1(kRank));
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit &h = hits.emplace_back();
        const QString kind = st.text(1);
        h.kind = kind == QLatin1String("note")       ? SearchHitKind::Note
                 : kind == QLatin1String("pdf")      ? SearchHitKind::Pdf
                 : kind == QLatin1String("glossary") ? SearchHitKind::Glossary
                 : kind == QLatin1String("question") ? SearchHitKind::Question
                                                     : SearchHitKind::Slide;
        h.lang = st.text(2);
        h.moduleId = st.integer(3);
        h.moduleSlug = st.text(4);
        h.slideId = st.integer(5);
        h.slidePosition = int(st.integer(6));
        h.slideKey = st.text(7);
        h.documentId = st.integer(8);
        h.page = st.isNull(9) ? -1 : int(st.integer(9));
        h.termId = st.integer(10);
        h.questionId = st.integer(11);
        h.title = st.text(12);
        h.titleMarked = st.text(13).isEmpty() ? h.title : st.text(14);
        h.snippet = st.text(15);
        h.score = -st.real(0);
    }
    if (!st.ok()) {
        if (error)
            *error = SearchText::tr("search failed: %1").arg(st.error());
        return {};
    }
    return hits;
}

} // namespace okuw::core
