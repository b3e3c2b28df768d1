#include "userstore.h"

#include "bundle.h"
#include "log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace okuw::core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Migration N takes a store from version N-1 to N. Version 1 is frozen as it
// shipped: tests open a file made with exactly this SQL. Never edit a
// migration once released; add the next one.
const char *const kMigrations[] = {
    // 1: notes, bookmarks, seen marks, resume point.
    R"(PRAGMA application_id = 1330337107;
CREATE TABLE notes(bundle TEXT NOT NULL, kind INTEGER NOT NULL, module TEXT NOT NULL,
  item TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,
  updated TEXT NOT NULL, PRIMARY KEY(bundle, kind, module, item, page));
CREATE TABLE bookmarks(bundle TEXT NOT NULL, kind INTEGER NOT NULL, module TEXT NOT NULL,
  item TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL, PRIMARY KEY(bundle, kind, module, item, page));
CREATE TABLE seen(bundle TEXT NOT NULL, kind INTEGER NOT NULL, module TEXT NOT NULL,
  item TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 0, seen_at TEXT NOT NULL,
  PRIMARY KEY(bundle, kind, module, item, page));
CREATE TABLE resume(bundle TEXT PRIMARY KEY, kind INTEGER NOT NULL, module TEXT NOT NULL,
  item TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 0, lang TEXT NOT NULL DEFAULT '',
  zoom REAL NOT NULL DEFAULT 0, updated TEXT NOT NULL);)",
    // 2: a label on notes (so an orphaned note still says what it was on),
    // quiz attempts, settings.
    R"(ALTER TABLE notes ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE TABLE quiz_attempts(id INTEGER PRIMARY KEY, bundle TEXT NOT NULL,
  module TEXT NOT NULL, lang TEXT NOT NULL, score INTEGER NOT NULL, total INTEGER NOT NULL,
  finished TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '{}');
CREATE INDEX quiz_attempts_module ON quiz_attempts(bundle, module);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);)",
    // 3: how each PDF was last shown and per-bundle choices, keyed by what
    // survives a rebuild; the global settings table was never read and goes
    // (UI preferences live in the settings file, not here).
    R"(CREATE TABLE document_views(bundle TEXT NOT NULL, module TEXT NOT NULL, item TEXT NOT NULL,
  page INTEGER NOT NULL DEFAULT 0, zoom REAL NOT NULL DEFAULT 1, fit INTEGER NOT NULL DEFAULT 0,
  updated TEXT NOT NULL, PRIMARY KEY(bundle, module, item));
CREATE TABLE bundle_values(bundle TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY(bundle, key));
DROP TABLE settings;)",
};
static_assert(std::size(kMigrations) == UserStore::kSchemaVersion);

ItemRef refFrom(const Statement &st, int first)
{
    ItemRef ref;
    ref.kind = st.integer(first) == 1 ? ItemRef::Kind::Page : ItemRef::Kind::Slide;
    ref.module = st.text(first + 1);
    ref.item = st.text(first + 2);
    ref.page = int(st.integer(first + 3));
    return ref;
}

void bindRef(Statement &st, int first, const QString &bundleId, const ItemRef &ref)
{
    st.bind(first, bundleId)
        .bind(first + 1, int(ref.kind))
        .bind(first + 2, ref.module)
        .bind(first + 3, ref.item)
        .bind(first + 4, ref.page);
}

} // namespace

ItemRef ItemRef::forSlide(const QString &module, const QString &key)
{
    return {Kind::Slide, module, key, 0};
}

ItemRef ItemRef::forPage(const QString &module, const QString &documentKey, int page)
{
    return {Kind::Page, module, documentKey, page};
}

ItemRef ItemRef::forDocument(const QString &module, const QString &documentKey)
{
    return forPage(module, documentKey, 0);
}

QString ItemRef::toString() const
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(kind == Kind::Slide ? QStringLiteral("slide") : QStringLiteral("page"), module, item)
        .arg(page);
}

QString documentKey(const Document &doc)
{
    const QString name =
        doc.fileName.isEmpty() ? QStringLiteral("#%1").arg(doc.position) : doc.fileName;
    return doc.lang + QLatin1Char('/') + name;
}

UserStore::UserStore(QObject *parent) : QObject(parent) {}

UserStore::~UserStore() = default;

void UserStore::setProblem(Problem problem, const QString &text)
{
    m_problem = problem;
    m_problemText = text;
    Q_EMIT problemChanged();
}

void UserStore::close()
{
    m_db.close();
    m_writable = false;
    m_fileVersion = 0;
    m_problem = Problem::NotOpen;
    m_problemText.clear();
}

bool UserStore::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_problem = Problem::None;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        setProblem(Problem::NotWritable,
                   tr("Cannot create the folder %1 for your notes. Notes, bookmarks and "
                      "progress will not be saved.")
                       .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    return openExisting();
}

bool UserStore::openExisting()
{
    const QString native = QDir::toNativeSeparators(m_path);
    QString error;
    if (!m_db.open(m_path, Database::Mode::ReadWriteCreate, &error)) {
        setProblem(Problem::NotWritable,
                   tr("Cannot open your notes file %1: %2. Notes, bookmarks and progress "
                      "will not be saved.")
                       .arg(native, error));
        return false;
    }
    // Before anything else, so a second viewer waits instead of failing.
    sqlite3_busy_timeout(m_db.handle(), 5000);

    bool ok = false;
    int version = int(queryInteger(m_db, "PRAGMA user_version", &ok));
    const int code = ok ? SQLITE_OK : (sqlite3_extended_errcode(m_db.handle()) & 0xff);
    if (!ok && code != SQLITE_NOTADB && code != SQLITE_CORRUPT) {
        // Not a damaged file but one we may not write (a WAL file whose folder is
        // read-only cannot even be read normally): read it without locks.
        error = m_db.lastError();
        if (openCopy(m_path))
            version = int(queryInteger(m_db, "PRAGMA user_version", &ok));
        if (ok && version > 0 && version <= kSchemaVersion) {
            m_fileVersion = version;
            setProblem(Problem::NotWritable,
                       tr("Your notes file %1 cannot be written (%2). Okuw works read-only: "
                          "new notes, bookmarks and progress are not saved.")
                           .arg(native, error));
            return false;
        }
        m_db.close();
        setProblem(Problem::NotWritable,
                   tr("Cannot open your notes file %1: %2. Notes, bookmarks and progress "
                      "will not be saved.")
                       .arg(native, error));
        return false;
    }
    bool okApp = false;
    const int appId = ok ? int(queryInteger(m_db, "PRAGMA application_id", &okApp)) : 0;
    if (!ok || !okApp || (appId != 0 && appId != kApplicationId) || (appId == 0 && version != 0)) {
        const QString why = ok ? tr("it is not an Okuw notes file") : m_db.lastError();
        m_db.close();
        setProblem(Problem::Corrupt,
                   tr("Your notes file %1 cannot be read (%2). It was left untouched; Okuw "
                      "works read-only until you start a new notes file (the damaged one "
                      "is kept for recovery).")
                       .arg(native, why));
        return false;
    }
    if (version > kSchemaVersion) {
        // Written by a newer Okuw: read what we can, never change a byte.
        openCopy(m_path);
        m_fileVersion = version;
        setProblem(Problem::Newer,
                   tr("Your notes file %1 was written by a newer version of Okuw (format %2, "
                      "this version knows %3). It is opened read-only and left unchanged.")
                       .arg(native)
                       .arg(version)
                       .arg(kSchemaVersion));
        return false;
    }
    {
        Statement check(m_db, "PRAGMA quick_check");
        if (!check.next() || check.text(0) != QLatin1String("ok")) {
            const QString why = check.ok() ? check.text(0) : check.error();
            // What can still be read is shown (read-only, from a copy).
            m_fileVersion = version;
            openCopy(m_path);
            setProblem(Problem::Corrupt,
                       tr("Your notes file %1 is damaged (%2). It was left untouched; Okuw "
                          "works read-only until you start a new notes file (the damaged "
                          "one is kept for recovery).")
                           .arg(native, why));
            return false;
        }
    }
    m_fileVersion = version;
    const bool readOnlyFile = sqlite3_db_readonly(m_db.handle(), "main") == 1;
    // Deleted notes are overwritten with zeros, not left in free pages.
    m_db.exec("PRAGMA secure_delete=ON");
    if (readOnlyFile || !m_db.exec("PRAGMA journal_mode=WAL", &error) ||
        !m_db.exec("PRAGMA synchronous=FULL", &error) || !migrate(&error)) {
        if (error.isEmpty())
            error = readOnlyFile ? tr("the file or its folder is read-only") : m_db.lastError();
        // Read what is there without locks or journals.
        m_db.close();
        if (QFileInfo::exists(m_path) && m_fileVersion > 0)
            openCopy(m_path);
        setProblem(Problem::NotWritable,
                   tr("Your notes file %1 cannot be written (%2). Okuw works read-only: "
                      "new notes, bookmarks and progress are not saved.")
                       .arg(native, error));
        return false;
    }
    m_writable = true;
    return true;
}

bool UserStore::migrate(QString *error)
{
    for (int v = m_fileVersion; v < kSchemaVersion; ++v) {
        QString why;
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;\n") + kMigrations[v] +
                               "\nPRAGMA user_version = " + QByteArray::number(v + 1) +
                               ";\nCOMMIT;";
        if (!m_db.exec(sql.constData(), &why)) {
            m_db.exec("ROLLBACK");
            if (error)
                *error = tr("it could not be brought to format %1 (%2)").arg(v + 1).arg(why);
            return false;
        }
        m_fileVersion = v + 1;
    }
    return true;
}

bool UserStore::write(const char *sql, const std::function<void(Statement &)> &bind)
{
    if (!m_writable)
        return false;
    Statement st(m_db, sql);
    if (st.ok()) {
        bind(st);
        if (st.run()) {
            // A disk that was full has room again: the problem is over.
            if (m_problem == Problem::WriteFailed)
                setProblem(Problem::None, QString());
            return true;
        }
    }
    writeFailed("writing", st.error());
    return false;
}

void UserStore::writeFailed(const char *what, const QString &error)
{
    qCWarning(lcStore) << what << "to" << m_path << "failed:" << error;
    setProblem(Problem::WriteFailed,
               tr("Could not save to your notes file %1: %2. Is the disk full?")
                   .arg(QDir::toNativeSeparators(m_path), error));
}

void UserStore::readWorked(const char *what) const
{
    // Every kind of read that failed works again (the file was repaired):
    // stop warning about it.
    if (m_failedReads.remove(QByteArray(what)) && m_failedReads.isEmpty() &&
        m_problem == Problem::ReadFailed)
        const_cast<UserStore *>(this)->setProblem(Problem::None, QString());
}

template <typename T>
StoreRead<T> UserStore::readFailed(const Statement &st, const char *what) const
{
    StoreRead<T> result;
    result.error = m_db.isOpen() ? st.error() : tr("the notes file is not open");
    if (result.error.isEmpty())
        result.error = tr("unknown error");
    qCWarning(lcStore) << "reading" << what << "from" << m_path << "failed:" << result.error;
    m_failedReads.insert(QByteArray(what));
    // A read that fails is a problem the user must see, not an empty list.
    auto *self = const_cast<UserStore *>(this);
    if (m_problem == Problem::None)
        self->setProblem(Problem::ReadFailed,
                         tr("Could not read from your notes file %1: %2. What could not be read "
                            "is not shown and will not be overwritten.")
                             .arg(QDir::toNativeSeparators(m_path), result.error));
    return result;
}

StoreRead<QString> UserStore::note(const QString &bundleId, const ItemRef &ref) const
{
    Statement st(m_db, "SELECT text FROM notes WHERE bundle=? AND kind=? AND module=? AND "
                       "item=? AND page=?");
    bindRef(st, 1, bundleId, ref);
    StoreRead<QString> result;
    if (st.next())
        result.value = st.text(0);
    if (!st.ok())
        return readFailed<QString>(st, "a note");
    readWorked("a note");
    return result;
}

bool UserStore::setNote(const QString &bundleId, const ItemRef &ref, const QString &text,
                        const QString &label)
{
    if (text.trimmed().isEmpty()) {
        return write("DELETE FROM notes WHERE bundle=? AND kind=? AND module=? AND item=? AND "
                     "page=?",
                     [&](Statement &st) { bindRef(st, 1, bundleId, ref); });
    }
    return write("INSERT INTO notes(bundle, kind, module, item, page, text, updated, label) "
                 "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET text=excluded.text, "
                 "updated=excluded.updated, label=CASE WHEN excluded.label='' THEN label "
                 "ELSE excluded.label END",
                 [&](Statement &st) {
                     bindRef(st, 1, bundleId, ref);
                     st.bind(6, text).bind(7, now()).bind(8, label);
                 });
}

StoreRead<QList<NoteRecord>> UserStore::notes(const QString &bundleId, const QString &module) const
{
    StoreRead<QList<NoteRecord>> result;
    Statement st(m_db, "SELECT kind, module, item, page, text, label, updated FROM notes "
                       "WHERE bundle=?1 AND (?2='' OR module=?2) "
                       "ORDER BY module, kind, item, page");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.value.append({refFrom(st, 0), st.text(4), st.text(5), parseTime(st.text(6))});
    if (!st.ok())
        return readFailed<QList<NoteRecord>>(st, "notes");
    readWorked("notes");
    return result;
}

StoreRead<bool> UserStore::isBookmarked(const QString &bundleId, const ItemRef &ref) const
{
    Statement st(m_db, "SELECT 1 FROM bookmarks WHERE bundle=? AND kind=? AND module=? AND "
                       "item=? AND page=?");
    bindRef(st, 1, bundleId, ref);
    StoreRead<bool> result;
    result.value = st.next();
    if (!st.ok())
        return readFailed<bool>(st, "a bookmark");
    readWorked("a bookmark");
    return result;
}

bool UserStore::setBookmarked(const QString &bundleId, const ItemRef &ref, bool on,
                              const QString &label)
{
    if (!on) {
        return write("DELETE FROM bookmarks WHERE bundle=? AND kind=? AND module=? AND "
                     "item=? AND page=?",
                     [&](Statement &st) { bindRef(st, 1, bundleId, ref); });
    }
    return write("INSERT INTO bookmarks(bundle, kind, module, item, page, label, created) "
                 "VALUES(?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET label=excluded.label",
                 [&](Statement &st) {
                     bindRef(st, 1, bundleId, ref);
                     st.bind(6, label).bind(7, now());
                 });
}

StoreRead<QList<BookmarkRecord>> UserStore::bookmarks(const QString &bundleId,
                                                      const QString &module) const
{
    StoreRead<QList<BookmarkRecord>> result;
    Statement st(m_db, "SELECT kind, module, item, page, label, created FROM bookmarks "
                       "WHERE bundle=?1 AND (?2='' OR module=?2) ORDER BY created, rowid");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.value.append({refFrom(st, 0), st.text(4), parseTime(st.text(5))});
    if (!st.ok())
        return readFailed<QList<BookmarkRecord>>(st, "bookmarks");
    readWorked("bookmarks");
    return result;
}

bool UserStore::markSeen(const QString &bundleId, const ItemRef &ref)
{
    return write("INSERT OR IGNORE INTO seen(bundle, kind, module, item, page, seen_at) "
                 "VALUES(?,?,?,?,?,?)",
                 [&](Statement &st) {
                     bindRef(st, 1, bundleId, ref);
                     st.bind(6, now());
                 });
}

StoreRead<QSet<QString>> UserStore::seen(const QString &bundleId, const QString &module) const
{
    StoreRead<QSet<QString>> result;
    Statement st(m_db, "SELECT kind, module, item, page FROM seen WHERE bundle=? AND module=?");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.value.insert(refFrom(st, 0).toString());
    if (!st.ok())
        return readFailed<QSet<QString>>(st, "progress");
    readWorked("progress");
    return result;
}

bool UserStore::addQuizAttempt(const QString &bundleId, const QuizAttempt &a)
{
    return write("INSERT INTO quiz_attempts(bundle, module, lang, score, total, finished, "
                 "answers) VALUES(?,?,?,?,?,?,?)",
                 [&](Statement &st) {
                     st.bind(1, bundleId).bind(2, a.module).bind(3, a.lang).bind(4, a.score);
                     st.bind(5, a.total).bind(6, now());
                     st.bind(7, a.answers.isEmpty() ? QStringLiteral("{}") : a.answers);
                 });
}

StoreRead<QList<QuizAttempt>> UserStore::quizAttempts(const QString &bundleId,
                                                      const QString &module) const
{
    StoreRead<QList<QuizAttempt>> result;
    Statement st(m_db, "SELECT module, lang, score, total, finished, answers FROM quiz_attempts "
                       "WHERE bundle=? AND module=? ORDER BY id");
    st.bind(1, bundleId).bind(2, module);
    while (st.next()) {
        result.value.append({st.text(0), st.text(1), int(st.integer(2)), int(st.integer(3)),
                             parseTime(st.text(4)), st.text(5)});
    }
    if (!st.ok())
        return readFailed<QList<QuizAttempt>>(st, "quiz attempts");
    readWorked("quiz attempts");
    return result;
}

bool UserStore::setResume(const QString &bundleId, const ResumePoint &p)
{
    return write("INSERT OR REPLACE INTO resume(bundle, kind, module, item, page, lang, zoom, "
                 "updated) VALUES(?,?,?,?,?,?,?,?)",
                 [&](Statement &st) {
                     bindRef(st, 1, bundleId, p.ref);
                     st.bind(6, p.lang).bind(8, now());
                     // REAL affinity turns the text back into a number.
                     st.bind(7, QString::number(p.zoom, 'g', 6));
                 });
}

StoreRead<std::optional<ResumePoint>> UserStore::resume(const QString &bundleId) const
{
    StoreRead<std::optional<ResumePoint>> result;
    Statement st(m_db, "SELECT kind, module, item, page, lang, zoom, updated FROM resume "
                       "WHERE bundle=?");
    st.bind(1, bundleId);
    if (st.next())
        result.value = ResumePoint{refFrom(st, 0), st.text(4), st.real(5), parseTime(st.text(6))};
    if (!st.ok())
        return readFailed<std::optional<ResumePoint>>(st, "the resume point");
    readWorked("the resume point");
    return result;
}

bool UserStore::setDocumentView(const QString &bundleId, const ItemRef &document,
                                const DocumentView &view)
{
    return write("INSERT OR REPLACE INTO document_views(bundle, module, item, page, zoom, fit, "
                 "updated) VALUES(?,?,?,?,?,?,?)",
                 [&](Statement &st) {
                     st.bind(1, bundleId).bind(2, document.module).bind(3, document.item);
                     st.bind(4, view.page).bind(6, view.fit).bind(7, now());
                     st.bind(5, QString::number(view.zoom, 'g', 6));
                 });
}

StoreRead<std::optional<DocumentView>> UserStore::documentView(const QString &bundleId,
                                                               const ItemRef &document) const
{
    StoreRead<std::optional<DocumentView>> result;
    Statement st(m_db, "SELECT page, zoom, fit FROM document_views WHERE bundle=? AND module=? "
                       "AND item=?");
    st.bind(1, bundleId).bind(2, document.module).bind(3, document.item);
    if (st.next())
        result.value = DocumentView{int(st.integer(0)), st.real(1), int(st.integer(2))};
    if (!st.ok())
        return readFailed<std::optional<DocumentView>>(st, "a document's page and zoom");
    readWorked("a document's page and zoom");
    return result;
}

bool UserStore::setBundleValue(const QString &bundleId, const QString &key, const QString &value)
{
    return write("INSERT OR REPLACE INTO bundle_values(bundle, key, value) VALUES(?,?,?)",
                 [&](Statement &st) { st.bind(1, bundleId).bind(2, key).bind(3, value); });
}

StoreRead<QString> UserStore::bundleValue(const QString &bundleId, const QString &key) const
{
    StoreRead<QString> result;
    Statement st(m_db, "SELECT value FROM bundle_values WHERE bundle=? AND key=?");
    st.bind(1, bundleId).bind(2, key);
    if (st.next())
        result.value = st.text(0);
    if (!st.ok())
        return readFailed<QString>(st, "a setting");
    readWorked("a setting");
    return result;
}

LiveItems::LiveItems(const Bundle &bundle)
{
    for (const ModuleInfo &m : bundle.modules()) {
        for (const QString &lang : m.slideCount.keys()) {
            for (const Slide &s : bundle.slides(m.id, lang))
                m_slides.insert(m.slug + QLatin1Char('|') + s.key);
        }
        for (const Document &d : bundle.documents(m.id))
            m_documentPages.insert(m.slug + QLatin1Char('|') + documentKey(d), d.pageCount);
    }
}

bool LiveItems::contains(const ItemRef &ref) const
{
    const QString key = ref.module + QLatin1Char('|') + ref.item;
    if (ref.kind == ItemRef::Kind::Slide)
        return m_slides.contains(key);
    const auto it = m_documentPages.constFind(key);
    return it != m_documentPages.cend() && ref.page >= 0 && ref.page < *it;
}

QList<NoteRecord> orphanedNotes(const Bundle &bundle, const QList<NoteRecord> &notes)
{
    const LiveItems live(bundle);
    QList<NoteRecord> result;
    for (const NoteRecord &n : notes) {
        if (!live.contains(n.ref))
            result.append(n);
    }
    return result;
}

} // namespace okuw::core
