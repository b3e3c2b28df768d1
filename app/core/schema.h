// The .okuw bundle format, version 1: constants and the schema every writer
// creates and every reader checks. BUNDLE-FORMAT.md beside this file explains it.
#pragma once

#include <QStringList>

namespace okuw::core {

// PRAGMA application_id: "OKUW" in ASCII, so `file` and sqlite3 tell it apart.
inline constexpr int kApplicationId = 0x4F4B5557;
// PRAGMA user_version = major * 1000 + minor. A reader accepts any minor of
// the majors it knows (a minor only adds tables or columns).
inline constexpr int kFormatMajor = 1;
inline constexpr int kFormatMinor = 2;
inline constexpr int kUserVersion = kFormatMajor * 1000 + kFormatMinor;
// A user_version as people write it: 1002 -> "1.2" (metadata `format`,
// `okuw-bundle info`).
QString formatVersionText(int userVersion = kUserVersion);

// The languages content may be written in. Order is the UI's listing order.
inline const QStringList kContentLanguages = {QStringLiteral("en"), QStringLiteral("ru"),
                                              QStringLiteral("tk")};

// Keys of the `metadata` table, written by the builder and read by the reader.
namespace meta {
inline constexpr char kBundleId[] = "bundle_id";
inline constexpr char kVersion[] = "version";
inline constexpr char kDefaultLanguage[] = "default_language";
inline constexpr char kLanguages[] = "languages"; // JSON array of codes
inline constexpr char kFormat[] = "format";       // formatVersionText(), written by BundleWriter
inline constexpr char kGenerator[] = "generator";
inline constexpr char kBuildTime[] = "build_time";     // ISO 8601 UTC; hashed from digest version 2
inline constexpr char kContentHash[] = "content_hash"; // not hashed
// Format 1.2: the version of the canonical digest content_hash holds (core/digest.h).
inline constexpr char kDigestVersion[] = "digest_version";
// Format 1.2: "ed25519" when the publisher signed the bundle. Inside the
// digest, so a signature row removed reads as a broken signature, not as
// an unsigned bundle.
inline constexpr char kSigned[] = "signed";
} // namespace meta

// Keys of the `bundle_text` table: the bundle's own texts, one row per
// language, written by the builder and read by the reader.
namespace bundletext {
inline constexpr char kTitle[] = "title";
inline constexpr char kDescription[] = "description";
inline constexpr char kPublisher[] = "publisher";
} // namespace bundletext

// The full schema (CREATE TABLE statements), executed by the writer.
const char *bundleSchemaSql();

// Tables a reader needs before it will open a file.
QStringList requiredTables();

} // namespace okuw::core
