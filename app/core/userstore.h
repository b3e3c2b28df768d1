// The user's own data: personal notes, bookmarks, what was seen, quiz
// attempts, where to continue, how each PDF was last shown and the content
// language chosen per bundle. It lives in its own SQLite file (UserPaths
// decides where), never inside a bundle, filed under a key made from the
// bundle's id and, when it is signed, its publisher's key (userdatakey.h),
// so a newer build of the same bundle keeps it and a stranger's bundle that
// claims the same id does not reach it.
//
// Durability: WAL with synchronous=FULL and one transaction per change, so
// a note that was saved survives a kill -9 or a power cut right after.
// Two viewers may share the file (WAL + busy_timeout).
//
// Bad files are never overwritten: a damaged store is left untouched and the
// store runs read-only until startFresh() moves it aside; a store written by
// a newer version is only ever read (immutable), never changed.
#pragma once

#include "sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

namespace okuw::core {

class Bundle;
struct Document;

// What a note, bookmark or "seen" mark is attached to. Slides by their
// stable key (the same in every language and across rebuilds); PDF pages by
// (module slug, language and file name of the document, page), because
// document row ids change when a bundle is rebuilt.
struct ItemRef
{
    enum class Kind { Slide = 0, Page = 1 };
    Kind kind = Kind::Slide;
    QString module; // module slug
    QString item;   // slide key, or documentKey()
    int page = 0;   // 0-based PDF page; 0 for slides

    static ItemRef forSlide(const QString &module, const QString &key);
    static ItemRef forPage(const QString &module, const QString &documentKey, int page);
    // A whole document (its view state), as page 0 of it.
    static ItemRef forDocument(const QString &module, const QString &documentKey);
    bool isValid() const { return !module.isEmpty() && !item.isEmpty(); }
    QString toString() const; // "slide|module|key|0", a set key
    bool operator==(const ItemRef &o) const = default;
};

// "ru/handout.pdf", or "ru/#3" for a document without a file name.
QString documentKey(const Document &doc);

struct NoteRecord
{
    ItemRef ref;
    QString text;
    QString label; // what the note was on (slide title), for orphaned notes
    QDateTime updated;
};

struct BookmarkRecord
{
    ItemRef ref;
    QString label;
    QDateTime created;
};

struct QuizAttempt
{
    QString module;
    QString lang;
    int score = 0;
    int total = 0;
    QDateTime finished;
    QString answers; // JSON: question key -> chosen indexes
};

struct ResumePoint
{
    ItemRef ref;
    QString lang;
    double zoom = 0; // 0: the view's default
    QDateTime updated;
};

// How a PDF was last shown: its page and zoom. `fit` is the view's fit mode
// (0 none, then the view's own numbering), kept as a number so core needs
// no widget type.
struct DocumentView
{
    int page = 0;
    double zoom = 1.0;
    int fit = 0;
};

// The result of a read from the store. A failed read is not "nothing
// there": callers must not show an empty note as if it were the stored one,
// nor save over data they could not read.
template <typename T> struct StoreRead
{
    T value{};
    QString error; // empty: the read worked
    bool ok() const { return error.isEmpty(); }
};

struct UserDataKey;

class UserStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr int kApplicationId = 0x4f4b5553; // "OKUS"

    enum class Problem { None, NotOpen, Corrupt, Newer, NotWritable, WriteFailed, ReadFailed };

    explicit UserStore(QObject *parent = nullptr);
    ~UserStore() override;

    // Opens or creates the store at `path` (UserPaths::storeFile()) and
    // migrates it. Never fails hard: when the file cannot be written the
    // store opens read-only (or empty) and problem()/problemText() say why.
    // Returns isWritable().
    bool open(const QString &path);
    void close();
    QString path() const { return m_path; }
    bool isOpen() const { return m_db.isOpen(); }
    bool isWritable() const { return m_writable; }
    Problem problem() const { return m_problem; }
    QString problemText() const { return m_problemText; }
    int fileVersion() const { return m_fileVersion; }

    // For a Corrupt store: renames it (and its -wal/-shm) to
    // "<name>.corrupt-<timestamp>" and creates a new one. *keptAt: new name.
    // The damaged file is moved aside and a new one started, holding every
    // note, bookmark, mark and score that could still be read from the old
    // one (`*rescuedNotes` says how many notes).
    bool startFresh(QString *keptAt = nullptr, int *rescuedNotes = nullptr);

    // The key to file a bundle's data under, from userDataKey(). The first
    // time a bundle is seen signed, adopt() copies what was filed under its
    // id alone (before it was signed) to the signed key. keyToRead() does
    // not write: until adopt() has run it reads the old data where it lies.
    // Every method below takes what these return as `bundleId`.
    QString adopt(const UserDataKey &key);
    QString keyToRead(const UserDataKey &key) const;

    // Notes. Setting an empty text removes the note.
    StoreRead<QString> note(const QString &bundleId, const ItemRef &ref) const;
    bool setNote(const QString &bundleId, const ItemRef &ref, const QString &text,
                 const QString &label = {});
    StoreRead<QList<NoteRecord>> notes(const QString &bundleId, const QString &module = {}) const;

    // Bookmarks.
    StoreRead<bool> isBookmarked(const QString &bundleId, const ItemRef &ref) const;
    bool setBookmarked(const QString &bundleId, const ItemRef &ref, bool on,
                       const QString &label = {});
    StoreRead<QList<BookmarkRecord>> bookmarks(const QString &bundleId,
                                               const QString &module = {}) const;

    // Progress.
    bool markSeen(const QString &bundleId, const ItemRef &ref);
    // Items seen in a module: ItemRef::toString() values.
    StoreRead<QSet<QString>> seen(const QString &bundleId, const QString &module) const;

    // Knowledge checks.
    bool addQuizAttempt(const QString &bundleId, const QuizAttempt &attempt);
    StoreRead<QList<QuizAttempt>> quizAttempts(const QString &bundleId,
                                               const QString &module) const;

    // Where to continue.
    bool setResume(const QString &bundleId, const ResumePoint &point);
    StoreRead<std::optional<ResumePoint>> resume(const QString &bundleId) const;

    // The page and zoom of each PDF, keyed like notes (module slug and
    // documentKey()), so they survive a rebuild of the bundle.
    bool setDocumentView(const QString &bundleId, const ItemRef &document,
                         const DocumentView &view);
    StoreRead<std::optional<DocumentView>> documentView(const QString &bundleId,
                                                        const ItemRef &document) const;

    // Small per-bundle choices, e.g. "language": the content language.
    bool setBundleValue(const QString &bundleId, const QString &key, const QString &value);
    StoreRead<QString> bundleValue(const QString &bundleId, const QString &key) const;

    // Privacy: forget everything about one bundle, or everything. The rows
    // go, and so do their bytes: deleted content is overwritten
    // (secure_delete), the file is rebuilt (VACUUM) and the write-ahead log
    // is checkpointed and truncated, so no note can be read back from the
    // files afterwards.
    bool removeBundleData(const QString &bundleId);
    // A bundle's data under its key and, for a signed bundle, what was filed
    // under its id before it was signed (else adopt() would bring it back).
    bool removeBundleData(const UserDataKey &key);
    bool removeAllData();

    // Tests: makes the next writes fail as on a full disk.
    void simulateFullDiskForTesting();

Q_SIGNALS:
    // The store became read-only, a write or a read failed, or the problem
    // went away; problemText() says why.
    void problemChanged();

private:
    bool migrate(QString *error);
    bool openExisting();
    bool openCopy(const QString &path);
    int salvage(const QString &damaged);
    bool write(const char *sql, const std::function<void(Statement &)> &bind);
    // Logs a failed write (`what`: "writing", …) and tells the user.
    void writeFailed(const char *what, const QString &error);
    bool removeRows(const char *const *statements, int count, const QString &bundleId);
    bool hasDataUnder(const QString &key) const;
    template <typename T> StoreRead<T> readFailed(const Statement &st, const char *what) const;
    void readWorked(const char *what) const;
    void setProblem(Problem problem, const QString &text);

    QString m_path;
    Database m_db;
    // A store we may not write is read from a private copy (see openCopy()).
    std::unique_ptr<QTemporaryDir> m_copy;
    bool m_writable = false;
    int m_fileVersion = 0;
    Problem m_problem = Problem::NotOpen;
    QString m_problemText;
    mutable QSet<QByteArray> m_failedReads; // what could not be read, until it can
};

// Which slides and PDF pages a bundle has, to tell a note on something the
// bundle still has from an orphaned one (its slide removed or renamed).
// Costs one entry per slide and per document, whatever the page counts.
class LiveItems
{
public:
    explicit LiveItems(const Bundle &bundle);
    bool contains(const ItemRef &ref) const;

private:
    QSet<QString> m_slides;              // "module|key"
    QHash<QString, int> m_documentPages; // "module|documentKey" -> page count
};

// The notes whose slide or page the bundle no longer has. They are kept and
// listed, never dropped.
QList<NoteRecord> orphanedNotes(const Bundle &bundle, const QList<NoteRecord> &notes);

} // namespace okuw::core
