#include "searchtokenizer.h"

#include "sqlite.h"

#include <QMutex>
#include <libstemmer.h>
#include <sqlite3.h>

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
};

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
        // Only valid UTF-8 continues a word, so the range decodes cleanly.
        const QString folded = searchtext::fold(QString::fromUtf8(text + start, i - start));
        if (folded.isEmpty())
            continue;
        const QByteArray form = folded.toUtf8();
        int rc = SQLITE_OK;
        if (query && prefix) {
            rc = onToken(ctx, 0, form.constData(), int(form.size()), start, i);
        } else {
            const QByteArray stem = self->stemmer.stem(form, folded);
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
    const int rc = api->xCreateTokenizer(api, "okuw", nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace okuw::core
