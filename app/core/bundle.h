// The bundle reader. Opens a .okuw file read-only and immutable, checks that
// it is an Okuw bundle this build understands, and reads its rows on demand.
//
// Opening costs the same whatever the bundle's size: it reads the SQLite
// header, a few PRAGMAs, the schema and the metadata rows, nothing else.
// The connection is in SQLite's serialized mode, so a Bundle may be used from
// worker threads (slide pre-rendering, search) while the GUI thread reads too.
#pragma once

#include "types.h"

#include <QIODevice>
#include <memory>
#include <mutex>
#include <optional>

namespace okuw::core {

class Database;

class Bundle
{
public:
    // nullptr and a message naming the file and what is wrong, on failure.
    static std::shared_ptr<Bundle> open(const QString &path, QString *error);
    ~Bundle();

    const BundleInfo &info() const { return m_info; }
    const QString &path() const { return m_info.path; }

    // Every read below returns an empty result and sets *error (when given)
    // to a message naming the bundle if SQLite fails, e.g. on a damaged file.
    //
    // The bundle never changes while it is open, so the module list is read
    // once and kept; module() and moduleBySlug() look it up.
    QList<ModuleInfo> modules(QString *error = nullptr) const;
    std::optional<ModuleInfo> module(qint64 moduleId, QString *error = nullptr) const;
    std::optional<ModuleInfo> moduleBySlug(const QString &slug, QString *error = nullptr) const;

    QList<Slide> slides(qint64 moduleId, const QString &lang, QString *error = nullptr) const;
    std::optional<Slide> slide(qint64 slideId, QString *error = nullptr) const;

    // lang empty: documents in every language.
    QList<Document> documents(qint64 moduleId, const QString &lang = {},
                              QString *error = nullptr) const;
    std::optional<Document> document(qint64 documentId, QString *error = nullptr) const;
    // A read-only, seekable device over the PDF's bytes, read lazily from the
    // file: the document is never copied whole into memory. The device keeps
    // the connection alive, so it may outlive this Bundle object.
    std::unique_ptr<QIODevice> openDocument(qint64 documentId, QString *error = nullptr) const;
    QString documentPageText(qint64 documentId, int page, QString *error = nullptr) const;

    // PDF decks (format 1.2; none in older bundles). The device is lazy, as
    // openDocument's.
    std::optional<SlideDeck> slideDeck(qint64 deckId, QString *error = nullptr) const;
    std::unique_ptr<QIODevice> openSlideDeck(qint64 deckId, QString *error = nullptr) const;
    bool hasSlideDecks() const { return m_hasSlideDecks; }

    // Looks in the module first, then among bundle-wide assets.
    std::optional<Asset> findAsset(qint64 moduleId, const QString &path,
                                   QString *error = nullptr) const;
    QByteArray assetData(qint64 assetId, QString *error = nullptr) const;
    QList<Asset> assets(QString *error = nullptr) const;

    QList<GlossaryTerm> glossary(QString *error = nullptr) const;
    QList<Question> questions(qint64 moduleId, const QString &lang, QString *error = nullptr) const;
    QList<AgendaItem> agenda(QString *error = nullptr) const;

    // For search and tools that run their own read-only queries.
    const Database &database() const { return *m_db; }
    std::shared_ptr<Database> sharedDatabase() const { return m_db; }

private:
    Bundle() = default;
    QString fail(QString *error, const QString &what) const;
    QList<ModuleInfo> readModules(QString *error) const;

    std::shared_ptr<Database> m_db;
    BundleInfo m_info;

    // The module list, read on first use. Guarded: workers read too.
    mutable std::mutex m_modulesLock;
    mutable std::optional<QList<ModuleInfo>> m_modules;
    bool m_hasTranslationReview = false; // format 1.1 and later
    bool m_hasSlideDecks = false;        // format 1.2 and later
};

} // namespace okuw::core
