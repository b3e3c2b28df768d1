// Checking that a bundle's content still matches its content digest, and its
// signature: for `okuw-bundle validate` and `verify`, and for the viewer,
// which checks the signature at once and the content in the background.
#pragma once

#include "digest.h"
#include "signature.h"

#include <QStringList>
#include <atomic>

namespace okuw::core {

class Database;

struct ContentCheck
{
    enum class Result {
        Matches,      // the recomputed digest is the stored one
        Changed,      // it is not: `differences` says where
        NotCheckable, // format 1.1 or before, unsigned: no canonical digest to recompute
        Failed,       // the rows cannot be read: `error`
        Cancelled,
    };
    Result result = Result::Failed;
    QStringList differences; // "changed: slides: palermo ru 3", "… does not match its SHA-256"
    QString error;
};

// Stored: blobs by their stored SHA-256 (validate checks those separately);
// Full: every blob's bytes hashed too, as verification does.
ContentCheck checkContent(const Database &db, DigestMode mode,
                          const std::atomic_bool *cancel = nullptr);

// Opens `path` on a connection of its own (read-only, untrusted), so it may
// run on a worker thread while the viewer reads the same file.
ContentCheck checkContentFile(const QString &path, DigestMode mode,
                              const std::atomic_bool *cancel = nullptr);

} // namespace okuw::core
