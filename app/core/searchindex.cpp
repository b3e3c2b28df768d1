// Building the search index (see search.h) into a bundle being written:
// one row per searchable place in search_entries, the FTS5 index over it,
// the id runs per language and module in search_scopes.
#include "markdowntext.h"
#include "search.h"
#include "searchtokenizer.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>
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
// it indexed to cut snippets and to delete rows. See BUNDLE-FORMAT.md.
//
// Rows are numbered by language, then module (the glossary, which has no
// module, first): every language, and every module in one language, is one
// run of ids, listed in search_scopes. A search limited to a language or a
// module hands FTS5 a rowid range instead of looking up each match's row.
const char *kSearchSchema = R"SQL(
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_entries;
DROP TABLE IF EXISTS search_info;
DROP TABLE IF EXISTS search_scopes;
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
CREATE TABLE search_scopes(
  lang      TEXT NOT NULL,
  module_id INTEGER REFERENCES modules(id),      -- NULL: glossary
  first_id  INTEGER NOT NULL,                    -- search_entries.id, inclusive
  last_id   INTEGER NOT NULL
);
-- prefix: words typed so far (2 to 5 letters) are looked up as one term
-- instead of merging the lists of every word they begin. The 5 costs a
-- third of the text's size and halves the slowest prefix searches
-- (tests/bench/bench_search.cpp).
CREATE VIRTUAL TABLE search_fts USING fts5(
  heading, body, content='search_entries', content_rowid='id', tokenize='okuw',
  prefix='2 3 4 5');
)SQL";

// The index's own tables, as FTS5 names them for search_fts.
const char *const kFtsShadowTables[] = {"search_fts_data", "search_fts_idx", "search_fts_docsize",
                                        "search_fts_config"};

QString cleanText(QString text)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(control);
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

// Markdown to the words a reader sees (markdowntext.h).
QString markdownText(const QString &md)
{
    return markdownToText(md);
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

// Collects every place into temp.search_staging, in the content tables'
// order; numbering by scope happens when it is copied (see build()).
bool fill(Database &db, QString *error)
{
    Statement ins(db, "INSERT INTO search_staging(kind, lang, module_id, slide_id, document_id, "
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
            if (!e.heading.isEmpty() && e.body.startsWith(e.heading)) {
                e.body = e.body.mid(e.heading.size()).trimmed();
                if (e.body.startsWith(QStringLiteral("·")))
                    e.body = e.body.mid(1).trimmed();
            }
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

// Copies the staged rows into search_entries numbered by scope, then
// records each scope's run of ids.
bool number(Database &db, QString *error)
{
    const char *sql = R"SQL(
INSERT INTO search_entries(kind, lang, module_id, slide_id, document_id, page, term_id,
                           question_id, label, heading, body)
  SELECT st.kind, st.lang, st.module_id, st.slide_id, st.document_id, st.page, st.term_id,
         st.question_id, st.label, st.heading, st.body
  FROM temp.search_staging st LEFT JOIN modules m ON m.id = st.module_id
  ORDER BY st.lang, m.position IS NOT NULL, m.position, st.module_id, st.rowid;
DROP TABLE temp.search_staging;
INSERT INTO search_scopes(lang, module_id, first_id, last_id)
  SELECT lang, module_id, min(id), max(id) FROM search_entries
  GROUP BY lang, module_id ORDER BY min(id);
)SQL";
    if (!db.exec(sql, error))
        return false;
    // The query side trusts the runs; a gap would mean a wrong ORDER BY above.
    Statement check(db, "SELECT count(*) FROM search_scopes s WHERE last_id - first_id + 1 <> "
                        "(SELECT count(*) FROM search_entries e WHERE e.id BETWEEN s.first_id "
                        "AND s.last_id AND e.lang = s.lang AND e.module_id IS s.module_id)");
    if (!check.next() || check.integer(0) != 0) {
        *error =
            check.ok() ? QStringLiteral("search_scopes: ids are not contiguous") : check.error();
        return false;
    }
    return true;
}

} // namespace

bool SearchIndex::check(const QString &bundlePath, QString *problem)
{
    // FTS5's integrity-check compares the index with the text it indexes;
    // it is a write statement, which a bundle (opened immutable) refuses. So
    // the index and its text are copied into memory and checked there. The
    // copy reads plain rows only: no view, trigger or function of the file
    // runs (defensive settings, views off).
    Database mem;
    QString why;
    const auto fail = [&](const QString &what) {
        *problem = what;
        return false;
    };
    if (!mem.openInMemory(&why) || !registerSearchTokenizer(mem, &why))
        return fail(why);
    const QByteArray uri =
        "file:" + QFileInfo(bundlePath).absoluteFilePath().toUtf8().toPercentEncoding("/") +
        "?mode=ro&immutable=1";
    Statement attach(mem, "ATTACH ?1 AS b");
    attach.bind(1, QString::fromUtf8(uri));
    if (!attach.run())
        return fail(attach.error());
    QByteArray sql =
        "CREATE TABLE main.search_entries(id INTEGER PRIMARY KEY, heading, body);"
        "INSERT INTO main.search_entries SELECT id, heading, body FROM b.search_entries;";
    sql += QByteArray(kSearchSchema).mid(QByteArray(kSearchSchema).indexOf("CREATE VIRTUAL TABLE"));
    for (const char *table : kFtsShadowTables)
        sql += QByteArray("DELETE FROM main.") + table + "; INSERT INTO main." + table +
               " SELECT * FROM b." + table + ";";
    if (!mem.exec(sql.constData(), &why))
        return fail(why);
    if (!mem.exec("INSERT INTO search_fts(search_fts) VALUES('integrity-check')", &why))
        return fail(why);
    return true;
}

bool SearchIndex::build(Database &db, QString *error)
{
    QString why;
    const bool filled =
        registerSearchTokenizer(db, &why) && db.exec(kSearchSchema, &why) &&
        db.exec("DROP TABLE IF EXISTS temp.search_staging;"
                "CREATE TEMP TABLE search_staging(kind, lang, module_id, slide_id, document_id, "
                "page, term_id, question_id, label, heading, body);",
                &why) &&
        fill(db, &why) && number(db, &why);
    if (!filled) {
        *error = SearchText::tr("cannot build the search index: %1").arg(why);
        return false;
    }
    Statement version(db, "INSERT INTO search_info(key, value) VALUES('tokenizer', ?1), "
                          "('layout', ?2)");
    version.bind(1, QString::number(searchtext::kTokenizerVersion));
    version.bind(2, QString::number(kLayoutVersion));
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

} // namespace okuw::core
