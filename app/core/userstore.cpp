#include "userstore.h"

#include "bundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
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
};
static_assert(std::size(kMigrations) == UserStore::kSchemaVersion);

int pragmaInt(const Database &db, const char *sql, bool *ok)
{
    Statement st(db, sql);
    if (!st.next() || !st.ok()) {
        *ok = false;
        return 0;
    }
    *ok = true;
    return int(st.integer(0));
}

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

QString UserStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("userdata.sqlite"));
}

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
    m_path = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
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
    int version = pragmaInt(m_db, "PRAGMA user_version", &ok);
    const int code = ok ? SQLITE_OK : (sqlite3_extended_errcode(m_db.handle()) & 0xff);
    if (!ok && code != SQLITE_NOTADB && code != SQLITE_CORRUPT) {
        // Not a damaged file but one we may not write (a WAL file whose folder is
        // read-only cannot even be read normally): read it without locks.
        error = m_db.lastError();
        m_db.close();
        QString ignored;
        if (m_db.open(m_path, Database::Mode::ReadOnly, &ignored))
            version = pragmaInt(m_db, "PRAGMA user_version", &ok);
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
    const int appId = ok ? pragmaInt(m_db, "PRAGMA application_id", &okApp) : 0;
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
        m_db.close();
        m_db.open(m_path, Database::Mode::ReadOnly, &error);
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
            m_db.close();
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
    if (readOnlyFile || !m_db.exec("PRAGMA journal_mode=WAL", &error) ||
        !m_db.exec("PRAGMA synchronous=FULL", &error) || !migrate()) {
        if (error.isEmpty())
            error = readOnlyFile ? tr("the file or its folder is read-only") : m_db.lastError();
        // Read what is there without locks or journals.
        m_db.close();
        QString ignored;
        if (QFileInfo::exists(m_path) && m_fileVersion > 0)
            m_db.open(m_path, Database::Mode::ReadOnly, &ignored);
        setProblem(Problem::NotWritable,
                   tr("Your notes file %1 cannot be written (%2). Okuw works read-only: "
                      "new notes, bookmarks and progress are not saved.")
                       .arg(native, error));
        return false;
    }
    m_writable = true;
    return true;
}

bool UserStore::migrate()
{
    for (int v = m_fileVersion; v < kSchemaVersion; ++v) {
        QString error;
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;\n") + kMigrations[v] +
                               "\nPRAGMA user_version = " + QByteArray::number(v + 1) +
                               ";\nCOMMIT;";
        if (!m_db.exec(sql.constData(), &error)) {
            m_db.exec("ROLLBACK");
            return false;
        }
        m_fileVersion = v + 1;
    }
    return true;
}

bool UserStore::startFresh(QString *keptAt)
{
    if (m_problem != Problem::Corrupt)
        return false;
    m_db.close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(m_path, aside)) {
        setProblem(Problem::Corrupt,
                   tr("Cannot move the damaged notes file %1 aside; nothing was changed.")
                       .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    if (keptAt)
        *keptAt = aside;
    m_problem = Problem::None;
    m_problemText.clear();
    const bool ok = openExisting();
    if (ok)
        Q_EMIT problemChanged();
    return ok;
}

bool UserStore::write(const char *sql, const std::function<void(Statement &)> &bind)
{
    if (!m_writable)
        return false;
    Statement st(m_db, sql);
    if (st.ok()) {
        bind(st);
        if (st.run())
            return true;
    }
    setProblem(Problem::WriteFailed,
               tr("Could not save to your notes file %1: %2. Is the disk full?")
                   .arg(QDir::toNativeSeparators(m_path), st.error()));
    return false;
}

QString UserStore::note(const QString &bundleId, const ItemRef &ref) const
{
    if (!m_db.isOpen())
        return {};
    Statement st(m_db, "SELECT text FROM notes WHERE bundle=? AND kind=? AND module=? AND "
                       "item=? AND page=?");
    bindRef(st, 1, bundleId, ref);
    return st.next() ? st.text(0) : QString();
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

QList<NoteRecord> UserStore::notes(const QString &bundleId, const QString &module) const
{
    QList<NoteRecord> result;
    if (!m_db.isOpen())
        return result;
    Statement st(m_db, "SELECT kind, module, item, page, text, label, updated FROM notes "
                       "WHERE bundle=?1 AND (?2='' OR module=?2) "
                       "ORDER BY module, kind, item, page");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.append({refFrom(st, 0), st.text(4), st.text(5), parseTime(st.text(6))});
    return result;
}

bool UserStore::isBookmarked(const QString &bundleId, const ItemRef &ref) const
{
    if (!m_db.isOpen())
        return false;
    Statement st(m_db, "SELECT 1 FROM bookmarks WHERE bundle=? AND kind=? AND module=? AND "
                       "item=? AND page=?");
    bindRef(st, 1, bundleId, ref);
    return st.next();
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

QList<BookmarkRecord> UserStore::bookmarks(const QString &bundleId, const QString &module) const
{
    QList<BookmarkRecord> result;
    if (!m_db.isOpen())
        return result;
    Statement st(m_db, "SELECT kind, module, item, page, label, created FROM bookmarks "
                       "WHERE bundle=?1 AND (?2='' OR module=?2) ORDER BY created, rowid");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.append({refFrom(st, 0), st.text(4), parseTime(st.text(5))});
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

QSet<QString> UserStore::seen(const QString &bundleId, const QString &module) const
{
    QSet<QString> result;
    if (!m_db.isOpen())
        return result;
    Statement st(m_db, "SELECT kind, module, item, page FROM seen WHERE bundle=? AND module=?");
    st.bind(1, bundleId).bind(2, module);
    while (st.next())
        result.insert(refFrom(st, 0).toString());
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

QList<QuizAttempt> UserStore::quizAttempts(const QString &bundleId, const QString &module) const
{
    QList<QuizAttempt> result;
    if (!m_db.isOpen())
        return result;
    Statement st(m_db, "SELECT module, lang, score, total, finished, answers FROM quiz_attempts "
                       "WHERE bundle=? AND module=? ORDER BY id");
    st.bind(1, bundleId).bind(2, module);
    while (st.next()) {
        result.append({st.text(0), st.text(1), int(st.integer(2)), int(st.integer(3)),
                       parseTime(st.text(4)), st.text(5)});
    }
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

std::optional<ResumePoint> UserStore::resume(const QString &bundleId) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    Statement st(m_db, "SELECT kind, module, item, page, lang, zoom, updated FROM resume "
                       "WHERE bundle=?");
    st.bind(1, bundleId);
    if (!st.next())
        return std::nullopt;
    return ResumePoint{refFrom(st, 0), st.text(4), st.real(5), parseTime(st.text(6))};
}

bool UserStore::setValue(const QString &key, const QString &value)
{
    return write("INSERT OR REPLACE INTO settings(key, value) VALUES(?,?)",
                 [&](Statement &st) { st.bind(1, key).bind(2, value); });
}

QString UserStore::value(const QString &key) const
{
    if (!m_db.isOpen())
        return {};
    Statement st(m_db, "SELECT value FROM settings WHERE key=?");
    st.bind(1, key);
    return st.next() ? st.text(0) : QString();
}

bool UserStore::removeBundleData(const QString &bundleId)
{
    if (!m_writable)
        return false;
    QString error;
    if (!m_db.exec("BEGIN IMMEDIATE", &error))
        return false;
    for (const char *sql :
         {"DELETE FROM notes WHERE bundle=?", "DELETE FROM bookmarks WHERE bundle=?",
          "DELETE FROM seen WHERE bundle=?", "DELETE FROM quiz_attempts WHERE bundle=?",
          "DELETE FROM resume WHERE bundle=?"}) {
        Statement st(m_db, sql);
        st.bind(1, bundleId);
        if (!st.run()) {
            m_db.exec("ROLLBACK");
            setProblem(Problem::WriteFailed, st.error());
            return false;
        }
    }
    return m_db.exec("COMMIT", &error);
}

bool UserStore::removeAllData()
{
    if (!m_writable)
        return false;
    QString error;
    const bool ok = m_db.exec("BEGIN IMMEDIATE; DELETE FROM notes; DELETE FROM bookmarks; "
                              "DELETE FROM seen; DELETE FROM quiz_attempts; DELETE FROM resume; "
                              "DELETE FROM settings; COMMIT;",
                              &error);
    if (!ok) {
        m_db.exec("ROLLBACK");
        setProblem(Problem::WriteFailed, error);
        return false;
    }
    // Deleted rows may linger in free pages and the WAL: wipe them too.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;");
    return true;
}

void UserStore::simulateFullDiskForTesting()
{
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    bool ok = false;
    const int pages = pragmaInt(m_db, "PRAGMA page_count", &ok);
    m_db.exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData());
}

QSet<QString> liveItems(const Bundle &bundle)
{
    QSet<QString> result;
    for (const ModuleInfo &m : bundle.modules()) {
        for (const QString &lang : bundle.info().languages) {
            for (const Slide &s : bundle.slides(m.id, lang))
                result.insert(ItemRef::forSlide(m.slug, s.key).toString());
        }
        for (const Document &d : bundle.documents(m.id)) {
            for (int p = 0; p < d.pageCount; ++p)
                result.insert(ItemRef::forPage(m.slug, documentKey(d), p).toString());
        }
    }
    return result;
}

QList<NoteRecord> orphanedNotes(const Bundle &bundle, const QList<NoteRecord> &notes)
{
    const QSet<QString> live = liveItems(bundle);
    QList<NoteRecord> result;
    for (const NoteRecord &n : notes) {
        if (!live.contains(n.ref.toString()))
            result.append(n);
    }
    return result;
}

} // namespace okuw::core
