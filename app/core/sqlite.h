// A thin RAII layer over the SQLite C API: a connection and a prepared
// statement. It exists so that no code forgets a finalize or leaks a handle
// on an early return, and so errors carry SQLite's own message.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace okuw::core {

class Database
{
public:
    // Untrusted: a bundle from anywhere. Read-only and immutable like
    // ReadOnly, and SQLite's defensive settings on: no writable schema, no
    // functions from the file's schema, cells checked for sane sizes, values
    // over limits::kMaxValueBytes refused, no ATTACH, shallow expressions.
    enum class Mode { ReadOnly, ReadWriteCreate, Untrusted };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // ReadOnly opens with `mode=ro&immutable=1`: SQLite takes no locks and
    // creates no journal, so nothing is ever written next to or into the file.
    bool open(const QString &path, Mode mode, QString *error);
    // A private database in memory, for scratch work; the views, triggers
    // and schema functions of files attached to it do not run.
    bool openInMemory(QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql, QString *error = nullptr);
    QString lastError() const;

private:
    bool harden(QString *error);

    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(const Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // SQLite's pointer passing: `pointer` reaches an SQL function that asks
    // for the same `type` (a string literal), and nothing else can read it.
    Statement &bindPointer(int index, void *pointer, const char *type);

    // Steps once: true while a row is ready. false at the end or on an error
    // (see ok()/error()).
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool run();
    void reset();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    int columnType(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// The first column of the first row of `sql` (a PRAGMA, a count); *ok says
// whether there was one.
qint64 queryInteger(const Database &db, const char *sql, bool *ok);

} // namespace okuw::core
