#include "writer.h"

#include "digest.h"
#include "schema.h"
#include "signature.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <filesystem>
#include <sqlite3.h>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever WriterText::tr is called.
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::BundleWriter)
};

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonIntArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Makes the bytes reach the disk before the rename publishes them; without
// it a power cut after the rename could leave an empty or partial bundle.
void syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// The temporary file of the build in progress, as bytes a signal handler
// can pass to unlink() without allocating.
char g_temporaryPath[4096] = {0};

void rememberTemporary(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    const qsizetype n = qMin<qsizetype>(bytes.size(), sizeof(g_temporaryPath) - 1);
    std::memcpy(g_temporaryPath, bytes.constData(), size_t(n));
    g_temporaryPath[n] = 0;
}

} // namespace

void BundleWriter::removeTemporaryOnSignal()
{
#ifdef Q_OS_UNIX
    if (g_temporaryPath[0])
        ::unlink(g_temporaryPath);
#endif
}

BundleWriter::BundleWriter(const QString &targetPath)
    : m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{}

BundleWriter::~BundleWriter()
{
    if (!m_done)
        abort();
}

Database &BundleWriter::database()
{
    return *m_db;
}

bool BundleWriter::begin(QString *error)
{
    const QFileInfo target(m_targetPath);
    if (!target.dir().exists()) {
        *error = WriterText::tr("%1: the folder does not exist")
                     .arg(QDir::toNativeSeparators(target.path()));
        return false;
    }
    if (target.isDir()) {
        *error = WriterText::tr("%1: is a folder").arg(QDir::toNativeSeparators(m_targetPath));
        return false;
    }
    // The temporary file sits beside the target so the final rename stays on
    // one file system and is atomic.
    m_tempPath = target.dir().filePath(QStringLiteral(".%1.%2.partial")
                                           .arg(target.fileName())
                                           .arg(QCoreApplication::applicationPid()));
    QFile::remove(m_tempPath);
    rememberTemporary(m_tempPath);
    m_db = std::make_unique<Database>();
    QString why;
    if (!m_db->open(m_tempPath, Database::Mode::ReadWriteCreate, &why)) {
        *error = WriterText::tr("%1: cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_tempPath), why);
        return false;
    }
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id = %1;"
                                              "PRAGMA user_version = %2;"
                                              "PRAGMA journal_mode = OFF;"
                                              "PRAGMA synchronous = OFF;"
                                              "PRAGMA foreign_keys = ON;"
                                              "BEGIN;")
                                   .arg(kApplicationId)
                                   .arg(kUserVersion)
                                   .toUtf8();
    if (!m_db->exec(pragmas.constData(), &why) || !m_db->exec(bundleSchemaSql(), &why)) {
        *error = WriterText::tr("%1: cannot create the bundle: %2")
                     .arg(QDir::toNativeSeparators(m_tempPath), why);
        abort();
        return false;
    }
    return true;
}

bool BundleWriter::setMetadata(const QString &key, const QString &value, QString *error)
{
    Statement st(*m_db, "INSERT OR REPLACE INTO metadata(key, value) VALUES(?1, ?2)");
    if (!st.bind(1, key).bind(2, value).run())
        return *error = st.error(), false;
    return true;
}

bool BundleWriter::setBundleText(const QString &lang, const QString &key, const QString &value,
                                 QString *error)
{
    Statement st(*m_db, "INSERT OR REPLACE INTO bundle_text(lang, key, value) VALUES(?1, ?2, ?3)");
    if (!st.bind(1, lang).bind(2, key).bind(3, value).run())
        return *error = st.error(), false;
    return true;
}

qint64 BundleWriter::addModule(const ModuleInfo &module, QString *error)
{
    Statement st(*m_db, "INSERT INTO modules(slug, position, duration_minutes) VALUES(?1, ?2, ?3)");
    if (!st.bind(1, module.slug).bind(2, module.position).bind(3, module.durationMinutes).run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    Statement text(
        *m_db, "INSERT INTO module_text(module_id, lang, title, summary) VALUES(?1, ?2, ?3, ?4)");
    for (auto it = module.title.cbegin(); it != module.title.cend(); ++it) {
        text.reset();
        text.bind(1, id)
            .bind(2, it.key())
            .bind(3, it.value())
            .bind(4, module.summary.value(it.key()));
        if (!text.run())
            return *error = text.error(), 0;
    }
    Statement review(*m_db, "INSERT INTO translation_review(module_id, lang) VALUES(?1, ?2)");
    for (const QString &lang : module.unreviewedLanguages) {
        review.reset();
        if (!review.bind(1, id).bind(2, lang).run())
            return *error = review.error(), 0;
    }
    return id;
}

qint64 BundleWriter::addSlide(const Slide &slide, QString *error)
{
    Statement st(*m_db, "INSERT INTO slides(module_id, lang, position, slide_key, title, body, "
                        "notes, directives) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, slide.moduleId).bind(2, slide.lang).bind(3, slide.position).bind(4, slide.key);
    st.bind(5, slide.title).bind(6, slide.body).bind(7, slide.notes);
    st.bind(8, QString::fromUtf8(QJsonDocument(slide.directives).toJson(QJsonDocument::Compact)));
    if (!st.run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    if (slide.isPdfPage()) {
        Statement page(*m_db, "INSERT INTO slide_pages(slide_id, deck_id, page, width, height) "
                              "VALUES(?1, ?2, ?3, ?4, ?5)");
        page.bind(1, id).bind(2, slide.deckId).bind(3, slide.page);
        page.bind(4, slide.pageSize.width()).bind(5, slide.pageSize.height());
        if (!page.run())
            return *error = page.error(), 0;
    }
    return id;
}

qint64 BundleWriter::addAsset(const Asset &asset, const QByteArray &data, QString *error)
{
    Statement st(*m_db, "INSERT INTO assets(module_id, path, mime, size, sha256, data) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (asset.moduleId)
        st.bind(1, asset.moduleId);
    else
        st.bindNull(1);
    st.bind(2, QDir::cleanPath(asset.path)).bind(3, asset.mime).bind(4, qint64(data.size()));
    st.bind(
        5, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    st.bind(6, data);
    if (!st.run())
        return *error = st.error(), 0;
    return sqlite3_last_insert_rowid(m_db->handle());
}

namespace {

// The SHA-256 of what `source` holds, read in chunks; the device is left
// at its start again. Hashed before the row is written because an UPDATE of
// the hash afterwards would rewrite the whole row, blob included, and leave
// a bundle twice the size of its documents.
bool hashSource(QIODevice &source, qint64 size, QString *sha256, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    while (done < size) {
        const QByteArray chunk = source.read(qMin<qint64>(1 << 20, size - done));
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        done += chunk.size();
    }
    if (done != size || !source.reset())
        return *error = WriterText::tr("the document could not be read whole"), false;
    *sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

// Streams `source` into the blob column `data` of row `id` of `table`
// (reserved by zeroblob); a large PDF is never held in memory whole.
bool streamBlob(Database &db, const char *table, qint64 id, QIODevice &source, qint64 size,
                QString *error)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", table, "data", id, 1, &blob) != SQLITE_OK)
        return *error = db.lastError(), false;
    qint64 offset = 0;
    QByteArray chunk;
    while (offset < size) {
        chunk = source.read(qMin<qint64>(1 << 20, size - offset));
        if (chunk.isEmpty())
            break;
        if (sqlite3_blob_write(blob, chunk.constData(), int(chunk.size()), int(offset)) !=
            SQLITE_OK) {
            sqlite3_blob_close(blob);
            return *error = db.lastError(), false;
        }
        offset += chunk.size();
    }
    sqlite3_blob_close(blob);
    if (offset != size)
        return *error = WriterText::tr("the document could not be read whole"), false;
    return true;
}

} // namespace

qint64 BundleWriter::addDocument(const Document &document, QIODevice &source, QString *error)
{
    const qint64 size = source.size();
    if (size <= 0 || size > std::numeric_limits<int>::max())
        return *error = WriterText::tr("the document is empty or larger than 2 GB"), 0;
    QString sha256;
    if (!hashSource(source, size, &sha256, error))
        return 0;
    // zeroblob reserves the space, then the bytes are streamed in chunks.
    Statement st(*m_db, "INSERT INTO documents(module_id, lang, position, kind, title, file_name, "
                        "page_count, size, sha256, data) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, zeroblob(?8))");
    st.bind(1, document.moduleId).bind(2, document.lang).bind(3, document.position);
    st.bind(4, document.kind).bind(5, document.title).bind(6, document.fileName);
    st.bind(7, document.pageCount).bind(8, size).bind(9, sha256);
    if (!st.run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    return streamBlob(*m_db, "documents", id, source, size, error) ? id : 0;
}

qint64 BundleWriter::addSlideDeck(const SlideDeck &deck, QIODevice &source, QString *error)
{
    const qint64 size = source.size();
    if (size <= 0 || size > std::numeric_limits<int>::max())
        return *error = WriterText::tr("the document is empty or larger than 2 GB"), 0;
    QString sha256;
    if (!hashSource(source, size, &sha256, error))
        return 0;
    Statement st(*m_db, "INSERT INTO slide_decks(module_id, lang, source_name, page_count, size, "
                        "sha256, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6, zeroblob(?5))");
    st.bind(1, deck.moduleId).bind(2, deck.lang).bind(3, deck.sourceName);
    st.bind(4, deck.pageCount).bind(5, size).bind(6, sha256);
    if (!st.run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    return streamBlob(*m_db, "slide_decks", id, source, size, error) ? id : 0;
}

bool BundleWriter::addDocumentPage(qint64 documentId, int page, const QString &text, QString *error)
{
    Statement st(*m_db, "INSERT INTO document_pages(document_id, page, text) VALUES(?1, ?2, ?3)");
    if (!st.bind(1, documentId).bind(2, page).bind(3, text).run())
        return *error = st.error(), false;
    return true;
}

qint64 BundleWriter::addGlossaryTerm(const GlossaryTerm &term, QString *error)
{
    Statement st(*m_db, "INSERT INTO glossary(term_key) VALUES(?1)");
    if (!st.bind(1, term.key).run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    Statement text(*m_db, "INSERT INTO glossary_text(term_id, lang, term, definition, "
                          "needs_review) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (auto it = term.term.cbegin(); it != term.term.cend(); ++it) {
        text.reset();
        text.bind(1, id).bind(2, it.key()).bind(3, it.value());
        text.bind(4, term.definition.value(it.key())).bind(5, term.needsReview.contains(it.key()));
        if (!text.run())
            return *error = text.error(), 0;
    }
    return id;
}

qint64 BundleWriter::addQuestion(const Question &q, QString *error)
{
    Statement st(*m_db, "INSERT INTO questions(module_id, lang, position, question_key, multiple, "
                        "prompt, choices, correct, explanation) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, q.moduleId).bind(2, q.lang).bind(3, q.position).bind(4, q.key);
    st.bind(5, q.multiple ? 1 : 0).bind(6, q.prompt).bind(7, jsonArray(q.choices));
    st.bind(8, jsonIntArray(q.correct)).bind(9, q.explanation);
    if (!st.run())
        return *error = st.error(), 0;
    return sqlite3_last_insert_rowid(m_db->handle());
}

qint64 BundleWriter::addAgendaItem(const AgendaItem &item, QString *error)
{
    Statement st(*m_db, "INSERT INTO agenda(day, date, start_time, end_time, module_id) "
                        "VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, item.day).bind(2, item.date).bind(3, item.start).bind(4, item.end);
    if (item.moduleId)
        st.bind(5, item.moduleId);
    else
        st.bindNull(5);
    if (!st.run())
        return *error = st.error(), 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db->handle());
    Statement text(*m_db, "INSERT INTO agenda_text(agenda_id, lang, title) VALUES(?1, ?2, ?3)");
    for (auto it = item.title.cbegin(); it != item.title.cend(); ++it) {
        text.reset();
        if (!text.bind(1, id).bind(2, it.key()).bind(3, it.value()).run())
            return *error = text.error(), 0;
    }
    return id;
}

QString computeContentHash(const Database &db, QString *error)
{
    const ContentDigest digest = computeContentDigest(db, DigestMode::Stored);
    if (!digest.error.isEmpty() && error)
        *error = digest.error;
    return digest.error.isEmpty() ? digest.hex() : QString();
}

void BundleWriter::signWith(const SecretKey *key)
{
    m_signingKey = key;
}

bool BundleWriter::storeDigest(QString *error)
{
    // The format this writer made (user_version, in words), the digest's
    // version and the marker are content: set before hashing.
    if (!setMetadata(QString::fromLatin1(meta::kFormat), formatVersionText(), error) ||
        !setMetadata(QString::fromLatin1(meta::kDigestVersion),
                     QString::number(kContentDigestVersion), error))
        return false;
    if (m_signingKey &&
        !setMetadata(QString::fromLatin1(meta::kSigned), QStringLiteral("ed25519"), error))
        return false;
    const ContentDigest digest = computeContentDigest(*m_db, DigestMode::Stored);
    if (!digest.error.isEmpty())
        return *error = digest.error, false;
    if (!setMetadata(QString::fromLatin1(meta::kContentHash), digest.hex(), error))
        return false;
    Statement part(*m_db, "INSERT INTO content_parts(position, part, sha256) VALUES(?1, ?2, ?3)");
    for (int i = 0; i < digest.parts.size(); ++i) {
        part.reset();
        part.bind(1, i + 1).bind(2, digest.parts[i].label);
        if (!part.bind(3, QString::fromLatin1(digest.parts[i].sha256.toHex())).run())
            return *error = part.error(), false;
    }
    return !m_signingKey || storeSignature(*m_db, *m_signingKey, digest.hex(), error);
}

bool BundleWriter::commit(QString *error)
{
    QString why;
    // VACUUM writes the file again without the pages the build freed (the
    // search index's staging, rows replaced), so a bundle carries no free
    // pages; it copies the same rows in the same order, so the same sources
    // still give the same bytes (tests/cli/test_build.cpp).
    if (!storeDigest(&why) || !m_db->exec("COMMIT", &why) || !m_db->exec("VACUUM", &why)) {
        *error = WriterText::tr("%1: cannot finish the bundle: %2")
                     .arg(QDir::toNativeSeparators(m_targetPath), why);
        abort();
        return false;
    }
    m_db->close();
    syncFile(m_tempPath);
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(m_tempPath).toStdString(),
                            QFile::encodeName(m_targetPath).toStdString(), ec);
    if (ec) {
        *error = WriterText::tr("%1: cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_targetPath),
                          QString::fromLocal8Bit(ec.message().c_str()));
        abort();
        return false;
    }
    m_done = true;
    rememberTemporary({});
    return true;
}

void BundleWriter::abort()
{
    if (m_db)
        m_db->close();
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    rememberTemporary({});
    m_done = true;
}

} // namespace okuw::core
