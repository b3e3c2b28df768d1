#include "sqlite.h"

#include "limits.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace okuw::core {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

bool Database::open(const QString &path, Mode mode, QString *error)
{
    close();
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI;
    QByteArray uri;
    if (mode == Mode::ReadOnly || mode == Mode::Untrusted) {
        // immutable=1: no locks, no journal, no -wal or -shm files; the bytes
        // of the bundle can never change through us, even on writable media.
        QByteArray encoded = QFileInfo(path).absoluteFilePath().toUtf8().toPercentEncoding("/");
        uri = "file:" + encoded + "?mode=ro&immutable=1";
        flags |= SQLITE_OPEN_READONLY;
    } else {
        uri = QFileInfo(path).absoluteFilePath().toUtf8();
        flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                          : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (mode == Mode::Untrusted && !harden(error)) {
        close();
        return false;
    }
    return true;
}

bool Database::harden(QString *error)
{
    // The one place that decides how far a bundle's bytes are trusted.
    int on = 0;
    if (sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK || on != 1 ||
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on) != SQLITE_OK || on != 0 ||
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on) != SQLITE_OK ||
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on) != SQLITE_OK ||
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &on) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot apply SQLite's defensive settings");
        return false;
    }
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, limits::kMaxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    return exec("PRAGMA cell_size_check=ON", error);
}

bool Database::openInMemory(QString *error)
{
    close();
    const int rc =
        sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Not DEFENSIVE: scratch work may fill an FTS index's own tables. What an
    // attached file could run is off: its views, triggers and functions.
    int on = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, limits::kMaxValueBytes);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Statement::Statement(const Database &db, const char *sql) : m_db(db.handle())
{
    if (!m_db) {
        m_error = QStringLiteral("no open database");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                            SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindPointer(int index, void *pointer, const char *type)
{
    if (m_stmt)
        sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    return ok();
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error.clear();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column))
                : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

qint64 queryInteger(const Database &db, const char *sql, bool *ok)
{
    Statement st(db, sql);
    if (!st.next() || !st.ok()) {
        *ok = false;
        return 0;
    }
    *ok = true;
    return st.integer(0);
}

} // namespace okuw::core
