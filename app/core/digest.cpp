#include "digest.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace okuw::core {

namespace {

struct DigestText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::digest)
};

// One table as the digest reads it. `sql` selects the part label first, then
// the table's columns in a fixed list, in a fixed order. A table with a blob
// names the column holding the row id (`blobRowId`) and the column holding
// the blob's stored SHA-256 (`blobSha`); the blob itself is never selected.
// `sqlVersion1`, when set, is the statement digest version 1 used instead.
struct TableSpec
{
    const char *table;
    const char *sql;
    int blobRowId = -1;
    int blobSha = -1;
    const char *blobTable = nullptr;
    const char *sqlVersion1 = nullptr;
};

// The module's slug as the label names it (its id when the row is gone).
#define OKUW_SLUG(col) "ifnull((SELECT slug FROM modules WHERE id = " col "), " col ")"

// The order here is the digest's order; BUNDLE-FORMAT.md lists it.
const TableSpec kTables[] = {
    // Version 2 covers build_time (shown as "Built" in About); version 1
    // left it out.
    {"metadata",
     "SELECT 'metadata', key, value FROM metadata WHERE key <> 'content_hash' ORDER BY key", -1, -1,
     nullptr,
     "SELECT 'metadata', key, value FROM metadata "
     "WHERE key NOT IN ('build_time', 'content_hash') ORDER BY key"},
    {"bundle_text", "SELECT 'bundle_text', lang, key, value FROM bundle_text ORDER BY lang, key"},
    {"modules", "SELECT 'modules', id, slug, position, duration_minutes FROM modules ORDER BY id"},
    {"module_text", "SELECT 'module_text: ' || " OKUW_SLUG(
                        "module_id") ", module_id, lang, title, "
                                     "summary FROM module_text ORDER BY module_id, lang"},
    {"slides",
     "SELECT 'slides: ' || " OKUW_SLUG(
         "module_id") " || ' ' || lang || ' ' || position, "
                      "id, module_id, lang, position, slide_key, title, body, notes, directives "
                      "FROM slides ORDER BY module_id, lang, position, id"},
    {"assets",
     "SELECT 'assets: ' || ifnull(" OKUW_SLUG(
         "module_id") ", '-') || ' ' || path, id, module_id, "
                      "path, mime, size, sha256 FROM assets ORDER BY module_id, path, id",
     1, 6, "assets"},
    {"documents",
     "SELECT 'documents: ' || " OKUW_SLUG(
         "module_id") " || ' ' || lang || ' ' || position, id, "
                      "module_id, lang, position, kind, title, file_name, page_count, size, sha256 "
                      "FROM documents ORDER BY module_id, lang, position, id",
     1, 10, "documents"},
    {"document_pages",
     "SELECT 'document_pages: ' || ifnull((SELECT " OKUW_SLUG(
         "d.module_id") " || ' ' || d.lang "
                        "|| ' ' || d.position FROM documents d WHERE d.id = document_id), "
                        "document_id), "
                        "document_id, page, text FROM document_pages ORDER BY document_id, page"},
    {"glossary", "SELECT 'glossary', id, term_key FROM glossary ORDER BY id"},
    {"glossary_text", "SELECT 'glossary_text', term_id, lang, term, definition, needs_review "
                      "FROM glossary_text ORDER BY term_id, lang"},
    {"questions",
     "SELECT 'questions: ' || " OKUW_SLUG(
         "module_id") " || ' ' || lang, id, "
                      "module_id, lang, position, question_key, multiple, prompt, choices, "
                      "correct, "
                      "explanation FROM questions ORDER BY module_id, lang, position, id"},
    {"agenda", "SELECT 'agenda', id, day, date, start_time, end_time, module_id FROM agenda "
               "ORDER BY id"},
    {"agenda_text", "SELECT 'agenda_text', agenda_id, lang, title FROM agenda_text "
                    "ORDER BY agenda_id, lang"},
    {"translation_review", "SELECT 'translation_review', module_id, lang FROM translation_review "
                           "ORDER BY module_id, lang"},
    // PDF decks (format 1.2): the PDF by its SHA-256, and which page each
    // slide shows.
    {"slide_decks",
     "SELECT 'slide_decks: ' || " OKUW_SLUG(
         "module_id") " || ' ' || lang, id, module_id, lang, source_name, page_count, size, "
                      "sha256 FROM slide_decks ORDER BY module_id, lang, id",
     1, 7, "slide_decks"},
    {"slide_pages", "SELECT 'slide_pages', slide_id, deck_id, page, width, height "
                    "FROM slide_pages ORDER BY slide_id"},
    // The search index: its text is what a search result shows.
    {"search_info", "SELECT 'search_info', key, value FROM search_info ORDER BY key"},
    {"search_scopes", "SELECT 'search_scopes', lang, module_id, first_id, last_id "
                      "FROM search_scopes ORDER BY lang, module_id, first_id"},
    {"search_entries",
     "SELECT 'search_entries', id, kind, lang, module_id, slide_id, document_id, page, term_id, "
     "question_id, label, heading, body FROM search_entries ORDER BY id"},
};
#undef OKUW_SLUG

void addU32(QCryptographicHash &hash, quint32 n)
{
    const quint32 be = qToBigEndian(n);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&be), 4));
}

void addU64(QCryptographicHash &hash, quint64 n)
{
    const quint64 be = qToBigEndian(n);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&be), 8));
}

// One value: a type tag, then its bytes (see BUNDLE-FORMAT.md).
void addValue(QCryptographicHash &hash, sqlite3_stmt *st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        hash.addData("N");
        break;
    case SQLITE_INTEGER:
        hash.addData("I");
        addU64(hash, quint64(sqlite3_column_int64(st, column)));
        break;
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(st, column);
        quint64 bits = 0;
        static_assert(sizeof bits == sizeof v);
        std::memcpy(&bits, &v, sizeof bits);
        hash.addData("F");
        addU64(hash, bits);
        break;
    }
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
        const int n = sqlite3_column_bytes(st, column);
        hash.addData("T");
        addU32(hash, quint32(n));
        hash.addData(QByteArrayView(p, n));
        break;
    }
    default: { // SQLITE_BLOB
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, column));
        const int n = sqlite3_column_bytes(st, column);
        hash.addData("B");
        addU32(hash, quint32(n));
        hash.addData(QByteArrayView(p, n));
        break;
    }
    }
}

// The SHA-256 of a blob's bytes, streamed through incremental blob I/O.
QByteArray hashBlob(sqlite3 *db, const char *table, qint64 rowId, const std::atomic_bool *cancel,
                    QString *error)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db, "main", table, "data", rowId, 0, &blob) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_blob_close(blob);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int size = sqlite3_blob_bytes(blob);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (int offset = 0; offset < size;) {
        if (cancel && cancel->load()) {
            sqlite3_blob_close(blob);
            return {};
        }
        const int n = qMin(int(chunk.size()), size - offset);
        if (sqlite3_blob_read(blob, chunk.data(), n, offset) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_blob_close(blob);
            return {};
        }
        hash.addData(QByteArrayView(chunk.constData(), n));
        offset += n;
    }
    sqlite3_blob_close(blob);
    return hash.result();
}

QSet<QString> tablesOf(const Database &db)
{
    QSet<QString> tables;
    Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (st.next())
        tables.insert(st.text(0));
    return tables;
}

} // namespace

bool isKnownContentDigestVersion(int version)
{
    return version >= 1 && version <= kContentDigestVersion;
}

ContentDigest computeContentDigest(const Database &db, DigestMode mode,
                                   const std::atomic_bool *cancel, int version)
{
    ContentDigest out;
    if (!isKnownContentDigestVersion(version)) {
        out.error = DigestText::tr("the content digest's version %1 is unknown").arg(version);
        return out;
    }
    const QSet<QString> present = tablesOf(db);
    sqlite3 *handle = db.handle();
    QCryptographicHash part(QCryptographicHash::Sha256);
    QString label;
    bool open = false;
    auto closePart = [&] {
        if (open)
            out.parts.append({label, part.result()});
        part.reset();
        open = false;
    };

    for (const TableSpec &spec : kTables) {
        // A bundle of an older minor version, or one built without a search
        // index, lacks some tables: they add no part.
        if (!present.contains(QLatin1String(spec.table)))
            continue;
        const char *sql = version == 1 && spec.sqlVersion1 ? spec.sqlVersion1 : spec.sql;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) != SQLITE_OK) {
            out.error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(st);
            return out;
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const QString rowLabel =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                  sqlite3_column_bytes(st, 0));
            if (!open || rowLabel != label) {
                closePart();
                label = rowLabel;
                open = true;
                part.addData(spec.table);
            }
            part.addData("R");
            const int columns = sqlite3_column_count(st);
            for (int c = 1; c < columns; ++c)
                addValue(part, st, c);
            if (spec.blobRowId < 0)
                continue;
            // The blob, by its SHA-256: the stored one, or its bytes hashed.
            const QByteArray stored = QByteArray::fromHex(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, spec.blobSha)),
                           sqlite3_column_bytes(st, spec.blobSha)));
            QByteArray sha = stored;
            if (mode == DigestMode::Full) {
                QString why;
                sha = hashBlob(handle, spec.blobTable, sqlite3_column_int64(st, spec.blobRowId),
                               cancel, &why);
                if (cancel && cancel->load()) {
                    sqlite3_finalize(st);
                    out.cancelled = true;
                    return out;
                }
                if (sha.isEmpty()) {
                    out.error = DigestText::tr("%1 cannot be read: %2").arg(rowLabel, why);
                    sqlite3_finalize(st);
                    return out;
                }
                if (sha != stored)
                    out.blobProblems << rowLabel;
            }
            part.addData("H");
            part.addData(sha);
        }
        if (rc != SQLITE_DONE) {
            out.error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(st);
            return out;
        }
        sqlite3_finalize(st);
        closePart(); // a part never spans two tables
    }

    QCryptographicHash total(QCryptographicHash::Sha256);
    total.addData(QByteArray("okuw-content-digest/") + QByteArray::number(version) + '\n');
    for (const ContentPart &p : std::as_const(out.parts)) {
        const QByteArray name = p.label.toUtf8();
        addU32(total, quint32(name.size()));
        total.addData(name);
        total.addData(p.sha256);
    }
    out.sha256 = total.result();
    return out;
}

QList<ContentPart> storedContentParts(const Database &db)
{
    QList<ContentPart> out;
    if (!tablesOf(db).contains(QStringLiteral("content_parts")))
        return out;
    Statement st(db, "SELECT part, sha256 FROM content_parts ORDER BY position");
    while (st.next())
        out.append({st.text(0), QByteArray::fromHex(st.text(1).toLatin1())});
    return out;
}

QStringList compareContentParts(const QList<ContentPart> &stored, const QList<ContentPart> &actual)
{
    QHash<QString, QByteArray> before;
    for (const ContentPart &p : stored)
        before.insert(p.label, p.sha256);
    QStringList out;
    QSet<QString> seen;
    for (const ContentPart &p : actual) {
        seen.insert(p.label);
        if (!before.contains(p.label))
            out << DigestText::tr("added: %1").arg(p.label);
        else if (before.value(p.label) != p.sha256)
            out << DigestText::tr("changed: %1").arg(p.label);
    }
    for (const ContentPart &p : stored) {
        if (!seen.contains(p.label))
            out << DigestText::tr("missing: %1").arg(p.label);
    }
    return out;
}

int contentDigestVersion(const Database &db)
{
    Statement st(db, "SELECT value FROM metadata WHERE key = 'digest_version'");
    return st.next() ? st.text(0).toInt() : 0;
}

} // namespace okuw::core
