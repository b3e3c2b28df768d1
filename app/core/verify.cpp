#include "verify.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <algorithm>

namespace okuw::core {

namespace {

struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::verify)
};

QString metadataValue(const Database &db, const char *key)
{
    Statement st(db, "SELECT value FROM metadata WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    return st.next() ? st.text(0) : QString();
}

int formatVersion(const Database &db)
{
    Statement st(db, "PRAGMA user_version");
    return st.next() ? int(st.integer(0)) : 0;
}

bool hasSignatureTable(const Database &db)
{
    Statement st(db, "SELECT 1 FROM signature LIMIT 1");
    return st.next();
}

} // namespace

ContentCheck checkContent(const Database &db, DigestMode mode, const std::atomic_bool *cancel)
{
    ContentCheck out;
    const int version = contentDigestVersion(db);
    if (version == 0) {
        // Bundles before format 1.2 hashed their content another way. One
        // that claims 1.2 or a signature but has no digest version lost it.
        const bool shouldHave = formatVersion(db) >= 1002 ||
                                !metadataValue(db, meta::kSigned).isEmpty() ||
                                hasSignatureTable(db);
        if (!shouldHave) {
            out.result = ContentCheck::Result::NotCheckable;
            return out;
        }
        out.result = ContentCheck::Result::Changed;
        out.differences << VerifyText::tr("the content digest's version was removed");
        return out;
    }
    if (!isKnownContentDigestVersion(version)) {
        out.result = ContentCheck::Result::Failed;
        out.error = VerifyText::tr("its content digest is of version %1, which this Okuw cannot "
                                   "check")
                        .arg(version);
        return out;
    }
    const ContentDigest digest = computeContentDigest(db, mode, cancel, version);
    if (digest.cancelled) {
        out.result = ContentCheck::Result::Cancelled;
        return out;
    }
    if (!digest.error.isEmpty()) {
        out.error = digest.error;
        return out;
    }
    for (const QString &blob : digest.blobProblems)
        out.differences
            << VerifyText::tr("changed: %1 (its bytes do not match its SHA-256)").arg(blob);
    if (digest.hex() == metadataValue(db, meta::kContentHash)) {
        out.result = out.differences.isEmpty() ? ContentCheck::Result::Matches
                                               : ContentCheck::Result::Changed;
        return out;
    }
    out.result = ContentCheck::Result::Changed;
    for (const QString &line : compareContentParts(storedContentParts(db), digest.parts)) {
        // A blob already named above.
        if (!std::any_of(digest.blobProblems.cbegin(), digest.blobProblems.cend(),
                         [&](const QString &blob) { return line.endsWith(blob); }))
            out.differences << line;
    }
    if (out.differences.isEmpty())
        out.differences << VerifyText::tr("the stored content digest was changed");
    return out;
}

ContentCheck checkContentFile(const QString &path, DigestMode mode, const std::atomic_bool *cancel)
{
    Database db;
    QString why;
    if (!db.open(path, Database::Mode::Untrusted, &why)) {
        ContentCheck out;
        out.error = why;
        return out;
    }
    return checkContent(db, mode, cancel);
}

} // namespace okuw::core
