// The canonical content digest of a bundle (BUNDLE-FORMAT.md, "Integrity"):
// a SHA-256 over every table whose rows a reader shows, each read with an
// explicit column list and ORDER BY and each value encoded with its type and
// length, blobs by their SHA-256. The same sources give the same digest
// whenever they are built; signatures (core/signature.h) sign it.
//
// The rows are grouped into parts (a table, a module's rows of a table, one
// slide, one document) so that a mismatch can name what differs: the writer
// stores each part's hash in `content_parts`, which the digest does not cover.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace okuw::core {

class Database;

// The version of the encoding below that new bundles get. A reader checks a
// bundle by the rule of the version it was built with (1: build_time left
// out; 2: build_time covered), and refuses to check one of a version it does
// not know rather than call a good bundle changed.
inline constexpr int kContentDigestVersion = 2;
bool isKnownContentDigestVersion(int version);

struct ContentPart
{
    QString label;     // "slides: palermo ru 3", as content_parts stores it
    QByteArray sha256; // 32 bytes
};

struct ContentDigest
{
    QByteArray sha256; // 32 bytes; empty on error
    QList<ContentPart> parts;
    QStringList blobProblems; // Full: blobs whose bytes do not match their stored SHA-256
    QString error;            // SQLite's message when reading failed
    bool cancelled = false;
    QString hex() const { return QString::fromLatin1(sha256.toHex()); }
};

enum class DigestMode {
    Stored, // blobs by the SHA-256 stored beside them: costs the rows, not the PDFs
    Full,   // blobs re-hashed from their bytes (streamed): what verification runs
};

// `cancel`, when given and set, stops a Full run between chunks. `version`:
// the rule to compute by (a bundle's own: contentDigestVersion()).
ContentDigest computeContentDigest(const Database &db, DigestMode mode,
                                   const std::atomic_bool *cancel = nullptr,
                                   int version = kContentDigestVersion);

// The parts the writer stored (empty for a bundle without content_parts).
QList<ContentPart> storedContentParts(const Database &db);

// What differs between stored and recomputed parts, one line per part:
// "changed: slides: palermo ru 3", "missing: …", "added: …".
QStringList compareContentParts(const QList<ContentPart> &stored, const QList<ContentPart> &actual);

// The metadata row `digest_version` (covered by the digest): 0 when absent,
// as in bundles of format 1.1 and before, whose content_hash used an older,
// unordered encoding that cannot be recomputed.
int contentDigestVersion(const Database &db);

} // namespace okuw::core
