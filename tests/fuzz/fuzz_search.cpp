// libFuzzer target: whatever a person types into the search box, and any
// text the index is built from.
//
// Typed text: core::buildMatchExpression must turn anything into a valid
// FTS5 expression (search.h promises that operators are never passed
// through), so every expression it makes is run against an FTS5 table with
// the `okuw` tokenizer and must not fail; then core::search runs it on a
// real bundle (the default bundle built from modules/) and must not report
// an error either.
//
// Indexed text: the input's raw bytes, invalid UTF-8 included, are added to
// that table (the tokenizer splits, folds and stems them), queried with
// bm25 (okuw_rank), highlight() and snippet(), and rolled back.
//
//   build-fuzz/bin/fuzz_search build-fuzz/fuzz/corpus/search -max_len=4096
#include "core/bundle.h"
#include "core/search.h"
#include "core/searchtokenizer.h"
#include "core/sqlite.h"
#include "fuzzsupport.h"

#include <QDir>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

using namespace okuw;

namespace {

struct State
{
    std::shared_ptr<core::Bundle> bundle;
    core::Database scratch;
};

State *state = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_search: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

void exec(const char *sql)
{
    QString error;
    if (!state->scratch.exec(sql, &error))
        fail(sql, error);
}

// Rows in every language the rules treat differently: English and Russian
// stems, Turkmen letters, digits, soft hyphens and combining marks.
void fillScratch()
{
    exec("CREATE VIRTUAL TABLE search_fts USING fts5(heading, body, tokenize = 'okuw', "
         "prefix = '2 3 4 5')");
    const char *const rows[][2] = {
        {"Recruitment of victims", "Traffickers recruit through fake job offers."},
        {"Вербовка жертв", "Торговля людьми начинается с вербовки; торговлей, ёлка."},
        {"Adam söwdasynyň pidalary", "Ýaş gyzlar we oglanlar howp astynda. ç ä ň ö ş ü ý ž"},
        {"Debt bondage 2026", "A debt that can never be re\u00ADpaid; cafe\u0301, ＡＢＣ ﬁ."},
    };
    core::Statement insert(state->scratch, "INSERT INTO search_fts(heading, body) VALUES (?1, ?2)");
    for (const auto &row : rows) {
        insert.reset();
        insert.bind(1, QString::fromUtf8(row[0])).bind(2, QString::fromUtf8(row[1]));
        if (!insert.run())
            fail("insert", insert.error());
    }
}

// Steps a statement over the scratch table to its end; false with the
// message on an error.
bool runAll(const char *sql, const QByteArray &match, QString *error)
{
    sqlite3_stmt *st = nullptr;
    sqlite3 *db = state->scratch.handle();
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_text(st, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

constexpr const char *kQuery =
    "SELECT rowid, okuw_rank(search_fts, 5.0, 1.0), highlight(search_fts, 0, '[', ']'), "
    "snippet(search_fts, 1, '[', ']', '…', 16) FROM search_fts WHERE search_fts MATCH ?1 "
    "ORDER BY 2";

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv, fuzz::App::Core);
    state = new State;
    QString bundlePath = qEnvironmentVariable("OKUW_FUZZ_BUNDLE");
    if (bundlePath.isEmpty())
        bundlePath = QStringLiteral(OKUW_FUZZ_DEFAULT_BUNDLE);
    QString error;
    state->bundle = core::Bundle::open(bundlePath, &error);
    if (!state->bundle || !core::SearchIndex::isAvailable(*state->bundle, &error))
        fail("the bundle to search (set OKUW_FUZZ_BUNDLE)", error);
    const QString scratch = QDir(fuzz::scratchDir()).filePath(QStringLiteral("search.db"));
    if (!state->scratch.open(scratch, core::Database::Mode::ReadWriteCreate, &error))
        fail("scratch database", error);
    if (!core::registerSearchTokenizer(state->scratch, &error))
        fail("tokenizer", error);
    exec("PRAGMA journal_mode = MEMORY");
    exec("PRAGMA synchronous = OFF");
    fillScratch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = fuzz::text(data, size);
    QString error;

    // What is typed: a valid expression, or none, and a search that works.
    for (const bool prefixLastWord : {false, true}) {
        const QString match = core::buildMatchExpression(typed, prefixLastWord);
        if (!match.isEmpty() && !runAll(kQuery, match.toUtf8(), &error))
            fail("an invalid FTS5 expression", match + QStringLiteral(" -> ") + error);
    }
    core::SearchQuery query;
    query.text = typed;
    query.prefixLastWord = true;
    query.limit = 8;
    const QList<core::SearchHit> hits = core::search(*state->bundle, query, &error);
    if (!error.isEmpty())
        fail("search reported an error for typed text", error);
    for (const core::SearchHit &hit : hits) {
        core::markedToHtml(hit.snippet);
        core::markedWords(hit.titleMarked);
    }

    // What is indexed: the raw bytes through the tokenizer, then queried.
    exec("BEGIN");
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(state->scratch.handle(),
                           "INSERT INTO search_fts(heading, body) VALUES (substr(?1, 1, 80), ?1)",
                           -1, &st, nullptr);
        sqlite3_bind_text(st, 1, reinterpret_cast<const char *>(data), int(size), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            fail("indexing the input", state->scratch.lastError());
    }
    for (const char *word : {"\"debt\"", "\"торговля\"", "\"yas\"*", "\"re\"*"}) {
        if (!runAll(kQuery, QByteArray(word), &error))
            fail("querying the input", error);
    }
    const QString own = core::buildMatchExpression(typed, true);
    if (!own.isEmpty() && !runAll(kQuery, own.toUtf8(), &error))
        fail("an invalid FTS5 expression", own + QStringLiteral(" -> ") + error);
    exec("ROLLBACK");
    return 0;
}
