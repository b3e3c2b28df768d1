// A read-only, random-access QIODevice over one SQLite BLOB, read through
// SQLite's incremental blob I/O. Used to hand a 200 MB PDF to Qt PDF without
// loading it into memory.
#pragma once

#include <QIODevice>
#include <memory>

struct sqlite3_blob;

namespace okuw::core {

class Database;

class BlobDevice : public QIODevice
{
    Q_OBJECT
public:
    // Opens row `rowId` of `table`.`column`. Check isOpen() and errorString().
    BlobDevice(std::shared_ptr<Database> db, const char *table, const char *column, qint64 rowId,
               QObject *parent = nullptr);
    ~BlobDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<Database> m_db;
    sqlite3_blob *m_blob = nullptr;
    qint64 m_size = 0;
};

} // namespace okuw::core
