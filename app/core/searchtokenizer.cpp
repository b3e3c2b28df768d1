#include "searchtokenizer.h"

#include "sqlite.h"

#include <QHash>
#include <QMutex>
#include <algorithm>
#include <cmath>
#include <libstemmer.h>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace okuw::core {

namespace searchtext {

bool isWordStart(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c);
}

bool continuesWord(char32_t c)
{
    if (isWordStart(c))
        return true;
    if (c == 0x00AD) // soft hyphen, from hyphenated PDF text
        return true;
    if (c < 0x300)
        return false;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

QString fold(const QString &word)
{
    bool ascii = true;
    for (QChar ch : word) {
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return word.toLower();
    QString s = word.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (QChar ch : std::as_const(s)) {
        switch (ch.unicode()) {
        case 0x00E7:
            out += u'c';
            break; // ç
        case 0x00E4:
            out += u'a';
            break; // ä
        case 0x0148:
        case 0x00F1:
            out += u'n';
            break; // ň, ñ (typed for ň)
        case 0x00F6:
            out += u'o';
            break; // ö
        case 0x015F:
        case 0x0219:
            out += u's';
            break; // ş, ș
        case 0x00FC:
            out += u'u';
            break; // ü
        case 0x00FD:
        case 0x00FF:
            out += u'y';
            break; // ý, ÿ
        case 0x017E:
            out += u'z';
            break; // ž
        case 0x0451:
            out += QChar(0x0435);
            break; // ё -> е
        case 0x00AD:
            break; // soft hyphen
        default:
            out += ch;
        }
    }
    return out;
}

Stemmer::Stemmer()
    : m_ru(sb_stemmer_new("russian", "UTF_8")), m_en(sb_stemmer_new("english", "UTF_8"))
{}

Stemmer::~Stemmer()
{
    sb_stemmer_delete(m_ru);
    sb_stemmer_delete(m_en);
}

QByteArray Stemmer::stem(const QByteArray &foldedUtf8, const QString &folded)
{
    sb_stemmer *stemmer = nullptr;
    for (QChar ch : folded) {
        const char16_t u = ch.unicode();
        if (u >= 0x0400 && u <= 0x04FF) {
            stemmer = m_ru;
            break;
        }
        if (!stemmer && ((u >= 'a' && u <= 'z') || ch.script() == QChar::Script_Latin))
            stemmer = m_en;
    }
    return stem(foldedUtf8, stemmer == m_ru   ? Script::Cyrillic
                            : stemmer == m_en ? Script::Latin
                                              : Script::None);
}

QByteArray Stemmer::stem(const QByteArray &foldedUtf8, Script script)
{
    sb_stemmer *stemmer = script == Script::Cyrillic ? m_ru
                          : script == Script::Latin  ? m_en
                                                     : nullptr;
    if (!stemmer)
        return foldedUtf8;
    const sb_symbol *out = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(foldedUtf8.constData()), foldedUtf8.size());
    if (!out)
        return foldedUtf8;
    return QByteArray(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer));
}

} // namespace searchtext

namespace {

using Script = searchtext::Stemmer::Script;

// One code point at text[i]; an invalid byte is returned as U+FFFD with
// length 1, which is not a word character, so broken UTF-8 only splits words.
char32_t decodeUtf8(const unsigned char *text, int n, int i, int *len)
{
    const unsigned char b = text[i];
    auto cont = [&](int k) { return i + k < n && (text[i + k] & 0xC0) == 0x80; };
    if (b < 0x80) {
        *len = 1;
        return b;
    }
    if ((b & 0xE0) == 0xC0 && b >= 0xC2 && cont(1)) {
        *len = 2;
        return (char32_t(b & 0x1F) << 6) | (text[i + 1] & 0x3F);
    }
    if ((b & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        *len = 3;
        return (char32_t(b & 0x0F) << 12) | (char32_t(text[i + 1] & 0x3F) << 6) |
               (text[i + 2] & 0x3F);
    }
    if ((b & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        *len = 4;
        return (char32_t(b & 0x07) << 18) | (char32_t(text[i + 1] & 0x3F) << 12) |
               (char32_t(text[i + 2] & 0x3F) << 6) | (text[i + 3] & 0x3F);
    }
    *len = 1;
    return 0xFFFD;
}

struct OkuwTokenizer
{
    searchtext::Stemmer stemmer;
    QByteArray form; // reused: snippets tokenize whole pages per hit
};

// fold() for the words most text is made of, on the UTF-8 bytes: ASCII and
// basic Cyrillic (U+0400..U+045F), where NFKC changes nothing and case
// folding is lowercasing. Anything else (Turkmen letters, other scripts)
// returns Other and takes fold(). Snippets re-tokenize every hit's text, so
// this path is what keeps them cheap.
Script fastFold(const unsigned char *p, int n, QByteArray &out)
{
    out.resize(n);
    char *o = out.data();
    int k = 0;
    bool cyrillic = false, latin = false;
    for (int i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                o[k++] = char(c + 32);
                latin = true;
            } else {
                latin = latin || (c >= 'a' && c <= 'z');
                o[k++] = char(c);
            }
            ++i;
            continue;
        }
        if ((c != 0xD0 && c != 0xD1) || i + 1 >= n)
            return Script::Other;
        char32_t u = (char32_t(c & 0x1F) << 6) | (p[i + 1] & 0x3F);
        if (u > 0x045F)
            return Script::Other;
        if (u >= 0x0410 && u <= 0x042F)
            u += 0x20;
        else if (u <= 0x040F)
            u += 0x50;
        if (u == 0x0451) // ё -> е
            u = 0x0435;
        o[k++] = char(0xC0 | (u >> 6));
        o[k++] = char(0x80 | (u & 0x3F));
        i += 2;
        cyrillic = true;
    }
    out.resize(k);
    return cyrillic ? Script::Cyrillic : latin ? Script::Latin : Script::None;
}

int tokenizerCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new OkuwTokenizer);
    return SQLITE_OK;
}

void tokenizerDelete(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<OkuwTokenizer *>(tokenizer);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenizerRun(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int n,
                 TokenCallback onToken)
{
    auto *self = reinterpret_cast<OkuwTokenizer *>(tokenizer);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
    const bool aux = (flags & FTS5_TOKENIZE_AUX) != 0;
    int i = 0;
    while (i < n) {
        int len = 1;
        char32_t c = decodeUtf8(bytes, n, i, &len);
        if (!searchtext::isWordStart(c)) {
            i += len;
            continue;
        }
        const int start = i;
        while (i < n) {
            c = decodeUtf8(bytes, n, i, &len);
            if (!searchtext::continuesWord(c))
                break;
            i += len;
        }
        QByteArray &form = self->form;
        QString folded;
        Script script = fastFold(bytes + start, i - start, form);
        if (script == Script::Other) {
            // Only valid UTF-8 continues a word, so the range decodes cleanly.
            folded = searchtext::fold(QString::fromUtf8(text + start, i - start));
            form = folded.toUtf8();
        }
        if (form.isEmpty())
            continue;
        int rc = SQLITE_OK;
        if ((query && prefix) || aux) {
            // snippet() and highlight() skip colocated tokens: no stem needed.
            rc = onToken(ctx, 0, form.constData(), int(form.size()), start, i);
        } else {
            const QByteArray stem = script == Script::Other ? self->stemmer.stem(form, folded)
                                                            : self->stemmer.stem(form, script);
            if (query) {
                rc = onToken(ctx, 0, stem.constData(), int(stem.size()), start, i);
            } else {
                rc = onToken(ctx, 0, form.constData(), int(form.size()), start, i);
                if (rc == SQLITE_OK && stem != form)
                    rc = onToken(ctx, FTS5_TOKEN_COLOCATED, stem.constData(), int(stem.size()),
                                 start, i);
            }
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

// okuw_rank(w0, w1, ...): FTS5's bm25() (same k1, b, idf and column weights,
// so the same scores), except for the document length. bm25() asks
// xColumnSize for it, which runs a lookup statement on the docsize table for
// every matching row: for a common word (10,000+ rows) that is most of the
// query. The bundle is read-only, so the lengths are read once per
// connection into memory and looked up by rowid.
struct RankCache
{
    QMutex mutex;
    sqlite3_int64 rows = -1, tokens = -1; // what the cache was read for
    std::vector<int> length;              // by rowid, for the dense ids; -1: none
    QHash<sqlite3_int64, int> sparse;     // ids far beyond the row count
    int lengthOf(sqlite3_int64 id) const
    {
        if (id >= 0 && size_t(id) < length.size())
            return length[size_t(id)];
        return sparse.value(id, -1);
    }
};

struct RankQuery
{
    double avgdl = 0;
    std::vector<double> idf;
    std::vector<double> freq;
};

int countHits(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<sqlite3_int64 *>(user);
    return SQLITE_OK;
}

bool loadLengths(sqlite3 *db, RankCache *cache, sqlite3_int64 rows, sqlite3_int64 tokens)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, sz FROM search_fts_docsize", -1, &st, nullptr) !=
        SQLITE_OK)
        return false;
    cache->length.clear();
    cache->sparse.clear();
    // Ids are 1..rows in a bundle the builder made; memory follows the row
    // count, never an id a hostile file chose (2^28 would take a gigabyte).
    const sqlite3_int64 dense =
        std::min<sqlite3_int64>(std::max<sqlite3_int64>(rows, 0), 1 << 22) + 1;
    cache->length.assign(size_t(dense), -1);
    sqlite3_int64 seen = 0;
    while (sqlite3_step(st) == SQLITE_ROW && ++seen <= dense) {
        const sqlite3_int64 id = sqlite3_column_int64(st, 0);
        const auto *sz = static_cast<const unsigned char *>(sqlite3_column_blob(st, 1));
        const int n = sqlite3_column_bytes(st, 1);
        // sz: one SQLite varint per column (7 bits a byte, most significant
        // first); the total is what bm25 uses, clamped so no sum overflows.
        qint64 total = 0;
        for (int i = 0; i < n;) {
            sqlite3_uint64 v = 0;
            for (int k = 0; i < n && k < 9; ++k) {
                const unsigned char byte = sz[i++];
                v = (v << 7) | (byte & 0x7F);
                if (!(byte & 0x80))
                    break;
            }
            total =
                std::min<qint64>(total + qint64(std::min<sqlite3_uint64>(v, 1u << 30)), 1 << 30);
        }
        if (id >= 0 && id < dense)
            cache->length[size_t(id)] = int(total);
        else
            cache->sparse.insert(id, int(total));
    }
    const bool ok = sqlite3_finalize(st) == SQLITE_OK;
    cache->rows = ok ? rows : -1;
    cache->tokens = ok ? tokens : -1;
    return ok;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                  sqlite3_value **values)
{
    constexpr double k1 = 1.2, b = 0.75;
    auto *q = static_cast<RankQuery *>(api->xGetAuxdata(fts, 0));
    int rc = SQLITE_OK;
    if (!q) {
        auto fresh = std::make_unique<RankQuery>();
        sqlite3_int64 rows = 0, tokens = 0;
        rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        fresh->avgdl = rows > 0 ? double(tokens) / double(rows) : 1.0;
        const int phrases = api->xPhraseCount(fts);
        for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
            sqlite3_int64 hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countHits);
            double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
            fresh->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
        }
        fresh->freq.resize(size_t(phrases));
        auto *cache = static_cast<RankCache *>(api->xUserData(fts));
        if (rc == SQLITE_OK) {
            QMutexLocker lock(&cache->mutex);
            if ((cache->rows != rows || cache->tokens != tokens) &&
                !loadLengths(sqlite3_context_db_handle(ctx), cache, rows, tokens))
                rc = SQLITE_ERROR;
        }
        if (rc == SQLITE_OK) {
            q = fresh.get();
            rc = api->xSetAuxdata(fts, fresh.release(),
                                  [](void *p) { delete static_cast<RankQuery *>(p); });
        }
    }
    int inst = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &inst);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    std::fill(q->freq.begin(), q->freq.end(), 0.0);
    for (int i = 0; i < inst; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            continue;
        const double w = column < nVal ? sqlite3_value_double(values[column]) : 1.0;
        if (w > 0.0)
            q->freq[size_t(phrase)] += w;
    }
    // Written after the cache was filled (under the mutex), never changed
    // while this connection's reader runs: read without the lock.
    const auto *cache = static_cast<RankCache *>(api->xUserData(fts));
    const sqlite3_int64 id = api->xRowid(fts);
    int length = cache->lengthOf(id);
    if (length < 0 && api->xColumnSize(fts, -1, &length) != SQLITE_OK)
        length = 0;
    const double norm = k1 * (1 - b + b * double(length) / q->avgdl);
    double score = 0;
    for (size_t i = 0; i < q->freq.size(); ++i)
        score += q->idf[i] * (q->freq[i] * (k1 + 1) / (q->freq[i] + norm));
    sqlite3_result_double(ctx, -score);
}

void inIdsFunction(sqlite3_context *ctx, int, sqlite3_value **values)
{
    const auto *ids =
        static_cast<const SortedIds *>(sqlite3_value_pointer(values[0], kIdListPointerType));
    const bool found = ids && std::binary_search(ids->cbegin(), ids->cend(),
                                                 qint64(sqlite3_value_int64(values[1])));
    sqlite3_result_int(ctx, found ? 1 : 0);
}

} // namespace

bool registerSearchTokenizer(const Database &db, QString *error)
{
    // A bundle's one connection is shared by the GUI and worker threads; the
    // mutex makes "look, then register" one step.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    sqlite3 *handle = db.handle();
    fts5_api *api = handle ? ftsApi(handle) : nullptr;
    if (!api) {
        if (error)
            *error = QStringLiteral("SQLite was built without FTS5");
        return false;
    }
    void *userData = nullptr;
    fts5_tokenizer existing{};
    if (api->xFindTokenizer(api, "okuw", &userData, &existing) == SQLITE_OK)
        return true;
    fts5_tokenizer tokenizer{tokenizerCreate, tokenizerDelete, tokenizerRun};
    int rc = api->xCreateTokenizer(api, "okuw", nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "okuw_rank", new RankCache, rankFunction,
                                  [](void *p) { delete static_cast<RankCache *>(p); });
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(handle, "okuw_in_ids", 2,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, inIdsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace okuw::core
