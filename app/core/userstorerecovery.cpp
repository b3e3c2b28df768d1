// UserStore, the less travelled paths: reading a store through a private
// copy, rescuing what a damaged one still holds, forgetting data on request,
// and carrying data forward when a bundle starts to be signed. The everyday
// reads and writes are in userstore.cpp.
#include "log.h"
#include "userdatakey.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace okuw::core {

bool UserStore::openCopy(const QString &path)
{
    // SQLite cannot apply a WAL file (notes saved but not yet copied into
    // the main file) for a file it may not lock or write, such as one on
    // read-only media, and opening it `immutable` ignores the WAL. A private
    // copy of both it can: so every saved note is shown, and the user's file
    // is never touched.
    m_db.close();
    m_copy = std::make_unique<QTemporaryDir>();
    const QString copy = m_copy->filePath(QStringLiteral("userdata.sqlite"));
    QString error;
    if (!m_copy->isValid() || !QFile::copy(path, copy) ||
        (QFileInfo::exists(path + QLatin1String("-wal")) &&
         !QFile::copy(path + QLatin1String("-wal"), copy + QLatin1String("-wal"))) ||
        !m_db.open(copy, Database::Mode::ReadWriteCreate, &error)) {
        qCWarning(lcStore) << "cannot read a copy of" << path << error;
        m_db.close();
        return false;
    }
    // An older format is brought up to date in the copy, so that it reads
    // as a current one; the user's file keeps its format.
    bool ok = false;
    const int version = int(queryInteger(m_db, "PRAGMA user_version", &ok));
    if (ok && version > 0 && version < kSchemaVersion) {
        const int fileVersion = m_fileVersion;
        m_fileVersion = version;
        if (!migrate(&error))
            qCWarning(lcStore) << "cannot read" << path << "as a current store:" << error;
        m_fileVersion = fileVersion;
    }
    return true;
}

int UserStore::salvage(const QString &damaged)
{
    // Table by table, the rows a scan of the damaged file still yields
    // (NOT INDEXED: a damaged index must not hide its table's rows), in the
    // columns both versions have.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("damaged.sqlite"));
    if (!dir.isValid() || !QFile::copy(damaged, copy))
        return 0;
    if (QFileInfo::exists(damaged + QLatin1String("-wal")))
        QFile::copy(damaged + QLatin1String("-wal"), copy + QLatin1String("-wal"));
    Statement attach(m_db, "ATTACH ?1 AS damaged");
    attach.bind(1, copy);
    if (!attach.run())
        return 0;
    int notes = 0;
    for (const char *table : {"notes", "bookmarks", "seen", "resume", "quiz_attempts",
                              "document_views", "bundle_values"}) {
        QStringList columns;
        Statement info(m_db, QByteArray("SELECT name FROM pragma_table_info('") + table +
                                 "', 'main') WHERE name IN (SELECT name FROM "
                                 "pragma_table_info('" +
                                 table + "', 'damaged'))");
        while (info.next())
            columns << info.text(0);
        if (columns.isEmpty())
            continue;
        const QByteArray list = columns.join(QLatin1Char(',')).toUtf8();
        Statement copyRows(m_db, QByteArray("INSERT OR IGNORE INTO main.") + table + "(" + list +
                                     ") SELECT " + list + " FROM damaged." + table +
                                     " NOT INDEXED");
        if (!copyRows.run()) {
            qCWarning(lcStore) << "could not rescue" << table << copyRows.error();
            continue;
        }
        if (QByteArray(table) == "notes")
            notes = int(sqlite3_changes(m_db.handle()));
    }
    m_db.exec("DETACH damaged");
    return notes;
}

bool UserStore::startFresh(QString *keptAt, int *rescuedNotes)
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
    m_copy.reset();
    const bool ok = openExisting();
    if (ok) {
        const int rescued = salvage(aside);
        if (rescuedNotes)
            *rescuedNotes = rescued;
        Q_EMIT problemChanged();
    }
    return ok;
}

namespace {

// Every table that holds something of the user's, keyed by bundle.
const char *const kRemoveBundleRows[] = {
    "DELETE FROM notes WHERE bundle=?",         "DELETE FROM bookmarks WHERE bundle=?",
    "DELETE FROM seen WHERE bundle=?",          "DELETE FROM quiz_attempts WHERE bundle=?",
    "DELETE FROM resume WHERE bundle=?",        "DELETE FROM document_views WHERE bundle=?",
    "DELETE FROM bundle_values WHERE bundle=?",
};
const char *const kRemoveAllRows[] = {
    "DELETE FROM notes",         "DELETE FROM bookmarks", "DELETE FROM seen",
    "DELETE FROM quiz_attempts", "DELETE FROM resume",    "DELETE FROM document_views",
    "DELETE FROM bundle_values",
};

} // namespace

bool UserStore::removeRows(const char *const *statements, int count, const QString &bundleId)
{
    if (!m_writable)
        return false;
    QString error;
    if (!m_db.exec("BEGIN IMMEDIATE", &error)) {
        setProblem(Problem::WriteFailed, error);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        Statement st(m_db, statements[i]);
        if (!bundleId.isNull())
            st.bind(1, bundleId);
        if (!st.run()) {
            m_db.exec("ROLLBACK");
            setProblem(Problem::WriteFailed, st.error());
            return false;
        }
    }
    if (!m_db.exec("COMMIT", &error)) {
        m_db.exec("ROLLBACK");
        setProblem(Problem::WriteFailed, error);
        return false;
    }
    // secure_delete zeroed the freed cells; VACUUM rebuilds the file without
    // them, and the checkpoint then copies the rebuilt pages home and
    // truncates the write-ahead log, whose older frames still held the text.
    if (!m_db.exec("VACUUM", &error) || !m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)", &error))
        qCWarning(lcStore) << "wiping removed data from" << m_path << "failed:" << error;
    return true;
}

bool UserStore::removeBundleData(const QString &bundleId)
{
    return removeRows(kRemoveBundleRows, int(std::size(kRemoveBundleRows)), bundleId);
}

bool UserStore::removeBundleData(const UserDataKey &key)
{
    if (!removeBundleData(key.key))
        return false;
    return !key.bySignature || key.bundleId == key.key || removeBundleData(key.bundleId);
}

bool UserStore::removeAllData()
{
    return removeRows(kRemoveAllRows, int(std::size(kRemoveAllRows)), QString());
}

void UserStore::simulateFullDiskForTesting()
{
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    bool ok = false;
    const qint64 pages = queryInteger(m_db, "PRAGMA page_count", &ok);
    m_db.exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData());
}

namespace {

// What carryForward() copies: every table keyed by bundle, in the columns
// of the current format (quiz attempts get new row ids).
const char *const kCarryRows[] = {
    "INSERT OR IGNORE INTO notes(bundle,kind,module,item,page,text,updated,label) "
    "SELECT ?1,kind,module,item,page,text,updated,label FROM notes WHERE bundle=?2",
    "INSERT OR IGNORE INTO bookmarks(bundle,kind,module,item,page,label,created) "
    "SELECT ?1,kind,module,item,page,label,created FROM bookmarks WHERE bundle=?2",
    "INSERT OR IGNORE INTO seen(bundle,kind,module,item,page,seen_at) "
    "SELECT ?1,kind,module,item,page,seen_at FROM seen WHERE bundle=?2",
    "INSERT OR IGNORE INTO resume(bundle,kind,module,item,page,lang,zoom,updated) "
    "SELECT ?1,kind,module,item,page,lang,zoom,updated FROM resume WHERE bundle=?2",
    "INSERT INTO quiz_attempts(bundle,module,lang,score,total,finished,answers) "
    "SELECT ?1,module,lang,score,total,finished,answers FROM quiz_attempts WHERE bundle=?2",
    "INSERT OR IGNORE INTO document_views(bundle,module,item,page,zoom,fit,updated) "
    "SELECT ?1,module,item,page,zoom,fit,updated FROM document_views WHERE bundle=?2",
    "INSERT OR IGNORE INTO bundle_values(bundle,key,value) "
    "SELECT ?1,key,value FROM bundle_values WHERE bundle=?2",
    // Once only: data the user removes later must not come back.
    "INSERT OR REPLACE INTO bundle_values(bundle,key,value) VALUES(?1,'carried-from',?2)",
};

} // namespace

bool UserStore::hasDataUnder(const QString &key) const
{
    Statement st(m_db, "SELECT EXISTS(SELECT 1 FROM bundle_values WHERE bundle=?1) OR "
                       "EXISTS(SELECT 1 FROM notes WHERE bundle=?1) OR "
                       "EXISTS(SELECT 1 FROM bookmarks WHERE bundle=?1) OR "
                       "EXISTS(SELECT 1 FROM seen WHERE bundle=?1) OR "
                       "EXISTS(SELECT 1 FROM resume WHERE bundle=?1) OR "
                       "EXISTS(SELECT 1 FROM quiz_attempts WHERE bundle=?1)");
    st.bind(1, key);
    return st.next() && st.integer(0) != 0;
}

QString UserStore::keyToRead(const UserDataKey &key) const
{
    if (!key.bySignature || hasDataUnder(key.key) || !hasDataUnder(key.bundleId))
        return key.key;
    // Signed, never carried forward (the store is read-only, or only the
    // command line has seen the bundle since it was signed).
    return key.bundleId;
}

QString UserStore::adopt(const UserDataKey &key)
{
    if (!key.bySignature || !m_writable || hasDataUnder(key.key) || !hasDataUnder(key.bundleId))
        return keyToRead(key);
    // The first time this bundle is seen signed: what the user wrote while
    // it was unsigned (or read by an Okuw that filed by id) comes along. It
    // is copied, not moved: the unsigned copy of the bundle keeps its own.
    QString error;
    if (!m_db.exec("BEGIN IMMEDIATE", &error)) {
        writeFailed("carrying data forward", error);
        return keyToRead(key);
    }
    for (const char *sql : kCarryRows) {
        Statement st(m_db, sql);
        st.bind(1, key.key).bind(2, key.bundleId);
        if (!st.run()) {
            m_db.exec("ROLLBACK");
            writeFailed("carrying data forward", st.error());
            return keyToRead(key);
        }
    }
    if (!m_db.exec("COMMIT", &error)) {
        m_db.exec("ROLLBACK");
        writeFailed("carrying data forward", error);
    }
    return keyToRead(key);
}

} // namespace okuw::core
