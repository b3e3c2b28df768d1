// The user store on real SQLite files: migrations, rebuilt bundles,
// orphaned notes, crash safety, damaged/newer/read-only files, two writers.
#include "core/bundle.h"
#include "core/userstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <catch2/catch.hpp>
#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

using namespace okuw;
using core::ItemRef;
using core::UserStore;

namespace {

const QString kBundle = QStringLiteral("11111111-2222-4333-8444-555555555555");

bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString rawText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return result;
}

// The version-1 schema exactly as it shipped.
const char *kVersion1 = R"(PRAGMA application_id = 1330337107;
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
  zoom REAL NOT NULL DEFAULT 0, updated TEXT NOT NULL);
INSERT INTO notes VALUES('b', 0, 'alpha', 'opening', 0, 'old note', '2025-01-01T00:00:00.000Z');
INSERT INTO bookmarks VALUES('b', 1, 'alpha', 'en/handout.pdf', 2, 'p3', '2025-01-01T00:00:00.000Z');
PRAGMA user_version = 1;)";

QString buildSample(const QString &src, const QString &out)
{
    const auto r = test::runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    return r.exitCode == 0 ? QString() : r.out + r.err;
}

} // namespace

TEST_CASE("a new store is WAL, versioned and keeps what is saved", "[userstore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/user.sqlite"));
    {
        UserStore store;
        REQUIRE(store.open(path));
        CHECK(store.fileVersion() == UserStore::kSchemaVersion);
        const auto slide = ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening"));
        const auto page = ItemRef::forPage(QStringLiteral("alpha"), QStringLiteral("ru/a.pdf"), 4);
        REQUIRE(store.setNote(kBundle, slide, QStringLiteral("Заметка: ç ä ň"), "Opening"));
        REQUIRE(store.setNote(kBundle, page, QStringLiteral("page note")));
        REQUIRE(store.setNote(QStringLiteral("other"), slide, QStringLiteral("other bundle")));
        CHECK(store.note(kBundle, slide).value == QStringLiteral("Заметка: ç ä ň"));
        CHECK(store.notes(kBundle).value.size() == 2);
        REQUIRE(store.setBookmarked(kBundle, page, true, QStringLiteral("p5")));
        CHECK(store.isBookmarked(kBundle, page).value);
        CHECK_FALSE(store.isBookmarked(kBundle, slide).value);
        REQUIRE(store.markSeen(kBundle, slide));
        REQUIRE(store.markSeen(kBundle, slide));
        CHECK(store.seen(kBundle, QStringLiteral("alpha")).value.size() == 1);
        REQUIRE(store.addQuizAttempt(
            kBundle, {QStringLiteral("alpha"), QStringLiteral("en"), 1, 2, {}, {}}));
        REQUIRE(store.setResume(kBundle, {page, QStringLiteral("ru"), 1.5, {}}));
        REQUIRE(store.setBundleValue(kBundle, QStringLiteral("language"), QStringLiteral("ru")));
        REQUIRE(store.setDocumentView(kBundle, page, {7, 1.25, 0}));
        // An empty note is no note.
        REQUIRE(store.setNote(kBundle, page, QStringLiteral("  ")));
        CHECK(store.notes(kBundle).value.size() == 1);
    }
    CHECK(rawText(path, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(rawText(path, "PRAGMA user_version") == QString::number(UserStore::kSchemaVersion));
    UserStore store;
    REQUIRE(store.open(path));
    const auto read = store.resume(kBundle);
    REQUIRE(read.ok());
    const auto &resume = read.value;
    REQUIRE(resume.has_value());
    CHECK(resume->ref.page == 4);
    CHECK(resume->ref.item == QStringLiteral("ru/a.pdf"));
    CHECK(resume->zoom == Approx(1.5));
    CHECK(store.quizAttempts(kBundle, QStringLiteral("alpha")).value.size() == 1);
    CHECK(store.bundleValue(kBundle, QStringLiteral("language")).value == QStringLiteral("ru"));
    const auto view = store.documentView(kBundle, ItemRef::forDocument("alpha", "ru/a.pdf")).value;
    REQUIRE(view.has_value());
    CHECK(view->page == 7);
    CHECK(view->zoom == Approx(1.25));
    CHECK(store.notes(kBundle).value.value(0).label == QStringLiteral("Opening"));

    REQUIRE(store.removeBundleData(kBundle));
    CHECK(store.notes(kBundle).value.isEmpty());
    CHECK(store.bookmarks(kBundle).value.isEmpty());
    CHECK(store.seen(kBundle, QStringLiteral("alpha")).value.isEmpty());
    CHECK(store.quizAttempts(kBundle, QStringLiteral("alpha")).value.isEmpty());
    CHECK_FALSE(store.resume(kBundle).value.has_value());
    CHECK_FALSE(
        store.documentView(kBundle, ItemRef::forDocument("alpha", "ru/a.pdf")).value.has_value());
    CHECK(store.bundleValue(kBundle, QStringLiteral("language")).value.isEmpty());
    CHECK(store.notes(QStringLiteral("other")).value.size() == 1);
    REQUIRE(store.removeAllData());
    CHECK(store.notes(QStringLiteral("other")).value.isEmpty());
}

TEST_CASE("a version 1 store is migrated and keeps its data", "[userstore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(rawExec(path, kVersion1));
    REQUIRE(rawText(path, "PRAGMA user_version") == QStringLiteral("1"));

    UserStore store;
    REQUIRE(store.open(path));
    CHECK(store.fileVersion() == UserStore::kSchemaVersion);
    const auto slide = ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening"));
    CHECK(store.note(QStringLiteral("b"), slide).value == QStringLiteral("old note"));
    CHECK(store
              .isBookmarked(
                  QStringLiteral("b"),
                  ItemRef::forPage(QStringLiteral("alpha"), QStringLiteral("en/handout.pdf"), 2))
              .value);
    // What version 2 added works on the migrated file.
    REQUIRE(store.setNote(QStringLiteral("b"), slide, QStringLiteral("new"), "Opening"));
    CHECK(store.notes(QStringLiteral("b")).value.value(0).label == QStringLiteral("Opening"));
    REQUIRE(store.addQuizAttempt(QStringLiteral("b"),
                                 {QStringLiteral("alpha"), QStringLiteral("en"), 2, 2, {}, {}}));
    store.close();
    CHECK(rawText(path, "PRAGMA user_version") == QString::number(UserStore::kSchemaVersion));
}

TEST_CASE("notes survive a rebuild with edited and reordered slides, and orphans are kept",
          "[userstore][bundle]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    test::writeSampleSource(src);
    const QString out1 = dir.filePath(QStringLiteral("one.okuw"));
    REQUIRE(buildSample(src, out1).isEmpty());
    QString error;
    auto b1 = core::Bundle::open(out1, &error);
    REQUIRE(b1);
    const auto alpha = b1->moduleBySlug(QStringLiteral("alpha"));
    REQUIRE(alpha);
    const auto slidesEn = b1->slides(alpha->id, QStringLiteral("en"));
    REQUIRE(slidesEn.size() == 3);

    UserStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("user.sqlite"))));
    const QString bid = b1->info().id;
    for (const core::Slide &s : slidesEn)
        REQUIRE(store.setNote(bid, ItemRef::forSlide(QStringLiteral("alpha"), s.key),
                              QStringLiteral("note on ") + s.key, s.title));
    const auto docs = b1->documents(alpha->id);
    REQUIRE_FALSE(docs.isEmpty());
    const auto pageRef = ItemRef::forPage(QStringLiteral("alpha"), core::documentKey(docs[0]), 0);
    REQUIRE(store.setNote(bid, pageRef, QStringLiteral("handout note")));
    CHECK(core::orphanedNotes(*b1, store.notes(bid).value).isEmpty());

    // Edit the deck: the definition slide moves first and is reworded, the
    // setext slide is deleted.
    REQUIRE(test::writeFile(src + QStringLiteral("/alpha/slides.en.md"), R"(---
marp: true
---

# Definition

- act, means and purpose (reworded)

---

<!-- id: opening -->
# Alpha opening, revised

Welcome again.
)"));
    const QString out2 = dir.filePath(QStringLiteral("two.okuw"));
    REQUIRE(buildSample(src, out2).isEmpty());
    auto b2 = core::Bundle::open(out2, &error);
    REQUIRE(b2);
    REQUIRE(b2->info().id == bid);
    const auto alpha2 = b2->moduleBySlug(QStringLiteral("alpha"));
    const auto slides2 = b2->slides(alpha2->id, QStringLiteral("en"));
    REQUIRE(slides2.size() == 2);
    CHECK(slides2[0].key == QStringLiteral("definition"));
    for (const core::Slide &s : slides2) {
        CHECK(store.note(bid, ItemRef::forSlide(QStringLiteral("alpha"), s.key)).value ==
              QStringLiteral("note on ") + s.key);
    }
    // A slide with an id has the same key in every language: one note for all.
    const auto ru = b2->slides(alpha2->id, QStringLiteral("ru"));
    REQUIRE_FALSE(ru.isEmpty());
    CHECK(ru[0].key == QStringLiteral("opening"));
    CHECK(store.note(bid, ItemRef::forSlide(QStringLiteral("alpha"), ru[0].key)).value ==
          QStringLiteral("note on opening"));
    CHECK(store.note(bid, pageRef).value == QStringLiteral("handout note"));

    const auto orphans = core::orphanedNotes(*b2, store.notes(bid).value);
    REQUIRE(orphans.size() == 1);
    CHECK(orphans[0].ref.item == slidesEn[2].key);
    CHECK(orphans[0].label == slidesEn[2].title);
    CHECK(store.notes(bid).value.size() == 4); // kept, never dropped
}

TEST_CASE("a saved note survives kill -9 of the writer", "[userstore][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QProcess child;
    child.start(QStringLiteral(OKUW_STORE_HELPER),
                {QStringLiteral("note-and-wait"), path, kBundle, QStringLiteral("не потеряй")});
    REQUIRE(child.waitForStarted());
    QByteArray out;
    REQUIRE(QTest::qWaitFor(
        [&] {
            out += child.readAllStandardOutput();
            return out.contains("saved");
        },
        20000));
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(5000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    CHECK(QFile::exists(path + QStringLiteral("-wal"))); // not checkpointed: a real crash

    UserStore store;
    REQUIRE(store.open(path));
    CHECK(store.note(kBundle, ItemRef::forSlide(QStringLiteral("m"), QStringLiteral("k"))).value ==
          QStringLiteral("не потеряй"));
}

TEST_CASE("two processes writing at once do not corrupt the store", "[userstore][concurrent]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        UserStore store;
        REQUIRE(store.open(path));
    }
    QProcess a, b;
    a.start(QStringLiteral(OKUW_STORE_HELPER),
            {QStringLiteral("write"), path, kBundle, QStringLiteral("150"), QStringLiteral("a")});
    b.start(QStringLiteral(OKUW_STORE_HELPER),
            {QStringLiteral("write"), path, kBundle, QStringLiteral("150"), QStringLiteral("b")});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    UserStore store;
    REQUIRE(store.open(path));
    CHECK(store.notes(kBundle).value.size() == 300);
    CHECK(store.seen(kBundle, QStringLiteral("m")).value.size() == 300);
    CHECK(rawText(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("a damaged store is left untouched, then kept aside", "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QByteArray garbage(8192, 'x');
    garbage.prepend("this is not a database");
    REQUIRE(test::writeFile(path, garbage));
    const QByteArray before = test::sha256File(path);

    UserStore store;
    CHECK_FALSE(store.open(path));
    CHECK(store.problem() == UserStore::Problem::Corrupt);
    CHECK(store.problemText().contains(QStringLiteral("user.sqlite")));
    CHECK_FALSE(store.isWritable());
    CHECK_FALSE(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("x")));
    // Not "no notes": the notes could not be read, and the caller is told.
    CHECK_FALSE(store.notes(kBundle).ok());
    CHECK(test::sha256File(path) == before);

    QString keptAt;
    REQUIRE(store.startFresh(&keptAt));
    CHECK(keptAt.contains(QStringLiteral(".corrupt-")));
    CHECK(test::sha256File(keptAt) == before);
    CHECK(store.isWritable());
    CHECK(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("x")));
}

TEST_CASE("a store from a newer version is read but never changed", "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        UserStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("kept")));
    }
    REQUIRE(rawExec(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 9;"));
    const QByteArray before = test::sha256File(path);

    UserStore store;
    CHECK_FALSE(store.open(path));
    CHECK(store.problem() == UserStore::Problem::Newer);
    CHECK(store.problemText().contains(QStringLiteral("newer")));
    CHECK(store.note(kBundle, ItemRef::forSlide("m", "k")).value == QStringLiteral("kept"));
    CHECK_FALSE(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("changed")));
    CHECK_FALSE(store.startFresh());
    store.close();
    CHECK(test::sha256File(path) == before);
    CHECK(rawText(path, "PRAGMA user_version") == QStringLiteral("9"));
}

TEST_CASE("a store on read-only storage opens read-only", "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    const QString path = folder + QStringLiteral("/user.sqlite");
    {
        UserStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("readable")));
    }
    const QByteArray before = test::sha256File(path);
    // Root ignores permission bits; the immutable attribute stops root too.
    const bool root = ::geteuid() == 0;
    auto protect = [&](bool on) {
        if (root)
            return QProcess::execute(
                       QStringLiteral("chattr"),
                       {on ? QStringLiteral("+i") : QStringLiteral("-i"), path, folder}) == 0;
        const auto perms = on ? QFile::ReadOwner | QFile::ExeOwner
                              : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        return QFile::setPermissions(path, perms & ~QFile::ExeOwner) &&
               QFile::setPermissions(folder, perms);
    };
    REQUIRE(protect(true));
    UserStore store;
    const bool opened = store.open(path);
    const auto problem = store.problem();
    const QString note = store.note(kBundle, ItemRef::forSlide("m", "k")).value;
    const bool wrote = store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("no"));
    store.close();
    REQUIRE(protect(false));
    CHECK_FALSE(opened);
    CHECK(problem == UserStore::Problem::NotWritable);
    CHECK(note == QStringLiteral("readable"));
    CHECK_FALSE(wrote);
    CHECK(test::sha256File(path) == before);
}

TEST_CASE("a full disk fails the write loudly and keeps the old note", "[userstore][badinput]")
{
    QTemporaryDir dir;
    UserStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("user.sqlite"))));
    const auto ref = ItemRef::forSlide("m", "k");
    REQUIRE(store.setNote(kBundle, ref, QStringLiteral("small")));
    store.simulateFullDiskForTesting();
    int signals_ = 0;
    QObject::connect(&store, &UserStore::problemChanged, [&] { ++signals_; });
    CHECK_FALSE(store.setNote(kBundle, ref, QString(200000, QLatin1Char('z'))));
    CHECK(store.problem() == UserStore::Problem::WriteFailed);
    CHECK(signals_ == 1);
    CHECK(store.note(kBundle, ref).value == QStringLiteral("small"));
}

TEST_CASE("a read that fails is reported, never taken for 'no note'", "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    UserStore store;
    REQUIRE(store.open(path));
    const auto ref = ItemRef::forSlide("m", "k");
    REQUIRE(store.setNote(kBundle, ref, QStringLiteral("precious")));
    REQUIRE(store.setBookmarked(kBundle, ref, true));
    // Another program damages the tables under the open store: the columns
    // the store reads are gone.
    REQUIRE(rawExec(path, "ALTER TABLE notes RENAME COLUMN text TO t; "
                          "ALTER TABLE bookmarks RENAME COLUMN label TO l"));
    int signals_ = 0;
    QObject::connect(&store, &UserStore::problemChanged, [&] { ++signals_; });
    const auto note = store.note(kBundle, ref);
    CHECK_FALSE(note.ok());
    CHECK(note.value.isEmpty());
    CHECK_FALSE(store.notes(kBundle).ok());
    CHECK_FALSE(store.bookmarks(kBundle).ok());
    CHECK(store.problem() == UserStore::Problem::ReadFailed);
    CHECK(store.problemText().contains(QStringLiteral("user.sqlite")));
    CHECK(signals_ >= 1);
    // The stored text is still there for whoever repairs the file.
    REQUIRE(rawExec(path, "ALTER TABLE notes RENAME COLUMN t TO text"));
    CHECK(rawText(path, "SELECT text FROM notes") == QStringLiteral("precious"));
}

TEST_CASE("a version 2 store is migrated: the unused settings table goes, data stays",
          "[userstore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    REQUIRE(rawExec(path, kVersion1));
    REQUIRE(rawExec(path, R"(ALTER TABLE notes ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE TABLE quiz_attempts(id INTEGER PRIMARY KEY, bundle TEXT NOT NULL,
  module TEXT NOT NULL, lang TEXT NOT NULL, score INTEGER NOT NULL, total INTEGER NOT NULL,
  finished TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '{}');
CREATE INDEX quiz_attempts_module ON quiz_attempts(bundle, module);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO settings VALUES('lastBundle', '/somewhere/x.okuw');
PRAGMA user_version = 2;)"));
    UserStore store;
    REQUIRE(store.open(path));
    CHECK(store.fileVersion() == 3);
    CHECK(store.note(QStringLiteral("b"), ItemRef::forSlide("alpha", "opening")).value ==
          QStringLiteral("old note"));
    store.close();
    CHECK(rawText(path, "SELECT count(*) FROM sqlite_master WHERE name = 'settings'") ==
          QStringLiteral("0"));
}

TEST_CASE("removed data leaves no bytes behind in the store's files", "[userstore][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    const QByteArray secret = "SECRET-NOTE-4711-zxqv";
    const QByteArray kept = "KEPT-NOTE-0815-wvut";
    auto bytesOfStore = [&] {
        QByteArray all;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            all += test::readFile(path + QLatin1String(suffix));
        return all;
    };
    UserStore store;
    REQUIRE(store.open(path));
    for (int i = 0; i < 50; ++i) {
        const auto ref = ItemRef::forSlide("m", QStringLiteral("k%1").arg(i));
        REQUIRE(store.setNote(kBundle, ref, QString::fromLatin1(secret) + QString::number(i)));
        REQUIRE(store.setBookmarked(kBundle, ref, true, QString::fromLatin1(secret)));
    }
    REQUIRE(store.setNote(QStringLiteral("other"), ItemRef::forSlide("m", "x"),
                          QString::fromLatin1(kept)));
    REQUIRE(bytesOfStore().contains(secret));

    REQUIRE(store.removeBundleData(kBundle));
    CHECK_FALSE(bytesOfStore().contains(secret));
    CHECK(bytesOfStore().contains(kept)); // only that bundle's data went
    REQUIRE(store.removeAllData());
    CHECK_FALSE(bytesOfStore().contains(kept));
    store.close();
    CHECK_FALSE(bytesOfStore().contains(secret));
    CHECK_FALSE(bytesOfStore().contains(kept));
}

TEST_CASE("notes still in the WAL are shown from read-only storage", "[userstore][badinput]")
{
    // A crash left the last note in the WAL, and the stick is now read-only
    // (or write-protected): the note must still be there to read.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/user.sqlite");
    QProcess child;
    child.start(QStringLiteral(OKUW_STORE_HELPER),
                {QStringLiteral("note-and-wait"), path, kBundle, QStringLiteral("в журнале")});
    REQUIRE(child.waitForStarted());
    QByteArray out;
    REQUIRE(QTest::qWaitFor(
        [&] {
            out += child.readAllStandardOutput();
            return out.contains("saved");
        },
        20000));
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(5000));
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = test::sha256File(path);
    const QByteArray walBefore = test::sha256File(path + QStringLiteral("-wal"));

    const bool root = ::geteuid() == 0;
    const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    auto protect = [&](bool on) {
        if (root) {
            QStringList args{on ? QStringLiteral("+i") : QStringLiteral("-i")};
            for (const QString &f : files) {
                if (QFile::exists(f))
                    args << f;
            }
            return QProcess::execute(QStringLiteral("chattr"), args << folder) == 0;
        }
        bool ok = true;
        for (const QString &f : files) {
            if (QFile::exists(f))
                ok = ok && QFile::setPermissions(f, on ? QFile::ReadOwner
                                                       : QFile::ReadOwner | QFile::WriteOwner);
        }
        return ok && QFile::setPermissions(folder, on ? QFile::ReadOwner | QFile::ExeOwner
                                                      : QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ExeOwner);
    };
    REQUIRE(protect(true));
    UserStore store;
    const bool opened = store.open(path);
    const auto problem = store.problem();
    const auto note =
        store.note(kBundle, ItemRef::forSlide(QStringLiteral("m"), QStringLiteral("k")));
    store.close();
    REQUIRE(protect(false));
    CHECK_FALSE(opened);
    CHECK(problem == UserStore::Problem::NotWritable);
    CHECK(note.ok());
    CHECK(note.value == QStringLiteral("в журнале"));
    CHECK(test::sha256File(path) == before);
    CHECK(test::sha256File(path + QStringLiteral("-wal")) == walBefore);
}

TEST_CASE("a damaged index hides no notes: they are read, and rescued into a new file",
          "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        UserStore store;
        REQUIRE(store.open(path));
        for (int i = 0; i < 40; ++i) {
            REQUIRE(store.setNote(kBundle, ItemRef::forSlide("m", QString::number(i)),
                                  QStringLiteral("note %1 ").arg(i).repeated(20)));
        }
        REQUIRE(store.setBookmarked(kBundle, ItemRef::forSlide("m", "7"), true));
    }
    REQUIRE(rawExec(path, "PRAGMA journal_mode=DELETE"));
    // Overwrite the first page of the notes table's primary-key index.
    const int page = rawText(path, "SELECT rootpage FROM sqlite_schema WHERE "
                                   "name='sqlite_autoindex_notes_1'")
                         .toInt();
    const int pageSize = rawText(path, "PRAGMA page_size").toInt();
    REQUIRE(page > 1);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(qint64(page - 1) * pageSize));
        REQUIRE(f.write(QByteArray(pageSize, '\x7f')) == pageSize);
    }
    UserStore store;
    CHECK_FALSE(store.open(path));
    REQUIRE(store.problem() == UserStore::Problem::Corrupt);
    QString keptAt;
    int rescued = -1;
    REQUIRE(store.startFresh(&keptAt, &rescued));
    CHECK(rescued == 40);
    const auto notes = store.notes(kBundle);
    REQUIRE(notes.ok());
    CHECK(notes.value.size() == 40);
    CHECK(store.note(kBundle, ItemRef::forSlide("m", "39")).value.startsWith("note 39 "));
    CHECK(store.isBookmarked(kBundle, ItemRef::forSlide("m", "7")).value);
    CHECK(store.isWritable());
    CHECK(rawText(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("a migration that fails says why, and the notes stay readable", "[userstore][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        UserStore store;
        REQUIRE(store.open(path));
        REQUIRE(store.setNote(kBundle, ItemRef::forSlide("m", "k"), QStringLiteral("old note")));
    }
    // Back to format 2, with a table in the way of migration 3.
    REQUIRE(rawExec(path, "PRAGMA journal_mode=DELETE; DROP TABLE document_views; "
                          "DROP TABLE bundle_values; CREATE TABLE settings(key TEXT PRIMARY "
                          "KEY, value TEXT NOT NULL); CREATE TABLE document_views(x); "
                          "PRAGMA user_version = 2;"));
    UserStore store;
    CHECK_FALSE(store.open(path));
    CHECK(store.problem() == UserStore::Problem::NotWritable);
    INFO(store.problemText().toStdString());
    CHECK(store.problemText().contains(QStringLiteral("format 3")));
    CHECK_FALSE(store.problemText().contains(QStringLiteral("not an error")));
    const auto notes = store.notes(kBundle);
    REQUIRE(notes.ok());
    REQUIRE(notes.value.size() == 1);
    CHECK(notes.value.first().text == QStringLiteral("old note"));
    store.close();
    // The file still holds the note, at its old format.
    CHECK(rawText(path, "SELECT text FROM notes") == QStringLiteral("old note"));
    CHECK(rawText(path, "PRAGMA user_version") == QStringLiteral("2"));
}
