#include "blobdevice.h"

#include "sqlite.h"

#include <limits>
#include <sqlite3.h>

namespace okuw::core {

BlobDevice::BlobDevice(std::shared_ptr<Database> db, const char *table, const char *column,
                       qint64 rowId, QObject *parent)
    : QIODevice(parent), m_db(std::move(db))
{
    if (!m_db || !m_db->isOpen()) {
        setErrorString(QStringLiteral("the bundle is not open"));
        return;
    }
    int rc = sqlite3_blob_open(m_db->handle(), "main", table, column, rowId, 0, &m_blob);
    if (rc != SQLITE_OK) {
        setErrorString(m_db->lastError());
        m_blob = nullptr;
        return;
    }
    m_size = sqlite3_blob_bytes(m_blob);
    QIODevice::open(QIODevice::ReadOnly);
}

BlobDevice::~BlobDevice()
{
    close();
}

void BlobDevice::close()
{
    if (m_blob) {
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
    }
    QIODevice::close();
}

bool BlobDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    return QIODevice::seek(pos);
}

qint64 BlobDevice::readData(char *data, qint64 maxSize)
{
    if (!m_blob)
        return -1;
    const qint64 offset = pos();
    const qint64 count = qMin(maxSize, m_size - offset);
    if (count <= 0)
        return 0;
    // sqlite3_blob_read takes int sizes; a read larger than that is split.
    qint64 done = 0;
    while (done < count) {
        const int chunk = int(qMin<qint64>(count - done, std::numeric_limits<int>::max()));
        int rc = sqlite3_blob_read(m_blob, data + done, chunk, int(offset + done));
        if (rc != SQLITE_OK) {
            setErrorString(QString::fromUtf8(sqlite3_errstr(rc)));
            return done > 0 ? done : -1;
        }
        done += chunk;
    }
    return done;
}

} // namespace okuw::core
