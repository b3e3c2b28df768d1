// Writes a bundle. Everything goes into a temporary file beside the target,
// inside one transaction; commit() computes the content hash, syncs the file
// and renames it over the target. A failed or interrupted build leaves no
// file at the target path, and never a half one.
#pragma once

#include "types.h"

#include <QIODevice>
#include <QString>
#include <memory>

namespace okuw::core {

class Database;
class SecretKey;

class BundleWriter
{
public:
    explicit BundleWriter(const QString &targetPath);
    ~BundleWriter(); // aborts (removes the temporary file) unless committed
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    bool begin(QString *error);
    QString temporaryPath() const { return m_tempPath; }
    Database &database();

    // Each add* returns the new row id, or 0 with *error set.
    bool setMetadata(const QString &key, const QString &value, QString *error);
    bool setBundleText(const QString &lang, const QString &key, const QString &value,
                       QString *error);
    qint64 addModule(const ModuleInfo &module, QString *error); // writes its texts too
    // A page of a PDF deck (slide.isPdfPage()) gets its slide_pages row too.
    qint64 addSlide(const Slide &slide, QString *error);
    // The PDF of a PDF deck, streamed like a document; its pages are added
    // with addSlide.
    qint64 addSlideDeck(const SlideDeck &deck, QIODevice &source, QString *error);
    qint64 addAsset(const Asset &asset, const QByteArray &data, QString *error);
    // Streams `source` into the bundle, computing size and SHA-256 on the way.
    qint64 addDocument(const Document &document, QIODevice &source, QString *error);
    bool addDocumentPage(qint64 documentId, int page, const QString &text, QString *error);
    qint64 addGlossaryTerm(const GlossaryTerm &term, QString *error);
    qint64 addQuestion(const Question &question, QString *error);
    qint64 addAgendaItem(const AgendaItem &item, QString *error);

    // Signs the bundle at commit with `key` (it must outlive commit()).
    void signWith(const SecretKey *key);

    // Computes the content digest (core/digest.h) into content_hash and
    // content_parts, signs it when asked, commits, vacuums (no free pages),
    // syncs and renames.
    bool commit(QString *error);
    void abort();

    // For a SIGINT/SIGTERM handler: removes the temporary file of the
    // writer that is building now, if any. Async-signal-safe.
    static void removeTemporaryOnSignal();

private:
    bool storeDigest(QString *error);

    QString m_targetPath;
    QString m_tempPath;
    std::unique_ptr<Database> m_db;
    bool m_done = false;
    const SecretKey *m_signingKey = nullptr;
};

// The canonical content digest (core/digest.h) in hex, blobs by their
// stored SHA-256: what commit() stores as content_hash.
QString computeContentHash(const Database &db, QString *error);

} // namespace okuw::core
