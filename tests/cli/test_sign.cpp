// Signed bundles through the real okuw-bundle: keygen, build --sign, verify
// [--trust], and validate, on real bundles changed with the sqlite3 shell or
// SQLite's blob I/O the way someone with a copy could change them.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace okuw::test;

namespace {

// Runs the sqlite3 shell on `file`; returns its standard output.
QString sqlite3Shell(const QString &file, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {file, sql});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

struct Signed
{
    // One build time for every build of a test: the digest covers it, and
    // some tests need two builds of the same content to have one digest.
    ScopedEnv epoch{"SOURCE_DATE_EPOCH", "1764201600"};
    QTemporaryDir dir;
    QString source;
    QString keyA; // base path: keyA.secret, keyA.public
    QString keyB;
    QString bundle; // built from source, signed with A

    Signed()
    {
        source = dir.filePath(QStringLiteral("src"));
        writeSampleSource(source);
        keyA = dir.filePath(QStringLiteral("team-a"));
        keyB = dir.filePath(QStringLiteral("team-b"));
        REQUIRE(runTool({QStringLiteral("keygen"), QStringLiteral("Training Team A"),
                         QStringLiteral("-o"), keyA})
                    .exitCode == 0);
        REQUIRE(runTool({QStringLiteral("keygen"), QStringLiteral("Team B"), QStringLiteral("-o"),
                         keyB})
                    .exitCode == 0);
        bundle = build(QStringLiteral("signed.okuw"), keyA + QStringLiteral(".secret"));
    }

    QString build(const QString &name, const QString &secret = {})
    {
        const QString out = dir.filePath(name);
        QStringList args = {QStringLiteral("build"), source, QStringLiteral("-o"), out};
        if (!secret.isEmpty())
            args << QStringLiteral("--sign") << secret;
        const ProcessResult r = runTool(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return out;
    }

    QString copy(const QString &name) const
    {
        const QString to = dir.filePath(name);
        QFile::remove(to);
        REQUIRE(QFile::copy(bundle, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }
};

ProcessResult verify(const QString &bundle, const QString &trust = {})
{
    QStringList args = {QStringLiteral("verify"), bundle};
    if (!trust.isEmpty())
        args << QStringLiteral("--trust") << trust;
    return runTool(args);
}

} // namespace

TEST_CASE("keygen writes a private secret key and a public key with the publisher's name",
          "[cli][sign]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("ngo"));
    const ProcessResult r = runTool({QStringLiteral("keygen"), QStringLiteral("Ashgabat NGO"),
                                     QStringLiteral("--output"), base});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("fingerprint")));
    const QString secret = base + QStringLiteral(".secret");
    const QString pub = base + QStringLiteral(".public");
    REQUIRE(QFileInfo::exists(secret));
    REQUIRE(QFileInfo::exists(pub));
    CHECK(QFileInfo(secret).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(readFile(pub).contains("publisher: Ashgabat NGO"));
    CHECK(readFile(pub).contains("okuw-public-key 1"));

    // Never overwritten: a second keygen fails and the first key stays.
    const QByteArray before = readFile(secret);
    const ProcessResult again =
        runTool({QStringLiteral("keygen"), QStringLiteral("Other"), QStringLiteral("-o"), base});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QDir::toNativeSeparators(secret)));
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readFile(secret) == before);
}

TEST_CASE("a signed bundle verifies, names its signer and checks --trust", "[cli][sign]")
{
    Signed s;
    ProcessResult r = verify(s.bundle);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("matches its digest")));
    CHECK(r.out.contains(QStringLiteral("signed by \"Training Team A\"")));

    r = verify(s.bundle, s.keyA + QStringLiteral(".public"));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("the trusted key")));

    // Another publisher's key is not the one that signed it.
    r = verify(s.bundle, s.keyB + QStringLiteral(".public"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not by the trusted key of Team B")));

    CHECK(runTool({QStringLiteral("validate"), s.bundle}).exitCode == 0);

    // Reproducible: the same sources, key and SOURCE_DATE_EPOCH (the
    // fixture's) give the same digest and signature.
    const QString again = s.build(QStringLiteral("again.okuw"), s.keyA + QStringLiteral(".secret"));
    const QString sql = QStringLiteral("SELECT value FROM metadata WHERE key = 'content_hash'; "
                                       "SELECT signature FROM signature;");
    CHECK(sqlite3Shell(again, sql) == sqlite3Shell(s.bundle, sql));

    // An unsigned build says so, and fails only when a trusted key is asked for.
    const QString plain = s.build(QStringLiteral("plain.okuw"));
    r = verify(plain);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("not signed")));
    CHECK(verify(plain, s.keyA + QStringLiteral(".public")).exitCode == 1);
}

TEST_CASE("a slide body changed with the sqlite3 shell is caught and named", "[cli][sign]")
{
    Signed s;
    const QString changed = s.copy(QStringLiteral("changed.okuw"));
    sqlite3Shell(changed, QStringLiteral("UPDATE slides SET body = body || ' (edited)' WHERE "
                                         "position = 2 AND lang = 'en' AND module_id = (SELECT "
                                         "id FROM modules WHERE position = 1)"));
    const QString slug = sqlite3Shell(changed, QStringLiteral("SELECT slug FROM modules "
                                                              "WHERE position = 1"));
    const ProcessResult r = verify(changed);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QDir::toNativeSeparators(changed)));
    CHECK(r.err.contains(QStringLiteral("changed: slides: %1 en 2").arg(slug)));

    const ProcessResult v = runTool({QStringLiteral("validate"), changed});
    CHECK(v.exitCode == 1);
    CHECK(v.err.contains(QStringLiteral("slides: %1 en 2").arg(slug)));

    // Unsigned bundles are checked the same way.
    const QString plain = s.build(QStringLiteral("plain.okuw"));
    sqlite3Shell(plain, QStringLiteral("UPDATE glossary_text SET definition = 'x'"));
    const ProcessResult p = runTool({QStringLiteral("validate"), plain});
    CHECK(p.exitCode == 1);
    CHECK(p.err.contains(QStringLiteral("glossary_text")));
}

TEST_CASE("the build time About shows is covered by the signature", "[cli][sign]")
{
    Signed s;
    const QString changed = s.copy(QStringLiteral("build-time.okuw"));
    sqlite3Shell(changed, QStringLiteral("UPDATE metadata SET value = '2001-01-01T00:00:00Z' "
                                         "WHERE key = 'build_time'"));
    ProcessResult r = verify(changed);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QDir::toNativeSeparators(changed)));
    CHECK(r.err.contains(QStringLiteral("changed: metadata")));
    CHECK(runTool({QStringLiteral("validate"), changed}).exitCode == 1);

    // Claiming the older digest rule, which left the build time out, changes
    // the digest too: the version is itself covered.
    const QString older = s.copy(QStringLiteral("older-rule.okuw"));
    sqlite3Shell(older, QStringLiteral("UPDATE metadata SET value = '2001-01-01T00:00:00Z' WHERE "
                                       "key = 'build_time'; UPDATE metadata SET value = '1' WHERE "
                                       "key = 'digest_version'"));
    r = verify(older);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("changed: metadata")));

    // A digest version this Okuw does not know is not checked, nor passed.
    const QString newer = s.copy(QStringLiteral("newer-rule.okuw"));
    sqlite3Shell(newer,
                 QStringLiteral("UPDATE metadata SET value = '9' WHERE key = 'digest_version'"));
    r = verify(newer);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("version 9")));
}

TEST_CASE("a bundle signed under digest version 1 still verifies by that version's rule",
          "[cli][sign]")
{
    // Made by the okuw-bundle of before digest version 2 (see the file).
    QTemporaryDir dir;
    auto restore = [&](const QString &name) {
        const QString path = dir.filePath(name);
        sqlite3Shell(
            path, QStringLiteral(".read '%1'")
                      .arg(sourceDir() + QStringLiteral("/tests/cli/data/signed-digest-v1.sql")));
        return path;
    };
    const QString old = restore(QStringLiteral("old.okuw"));
    REQUIRE(sqlite3Shell(old, QStringLiteral("SELECT value FROM metadata WHERE key = "
                                             "'digest_version'")) == QStringLiteral("1"));
    ProcessResult r =
        verify(old, sourceDir() + QStringLiteral("/resources/keys/okuw-development.public"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("matches its digest")));
    CHECK(r.out.contains(QStringLiteral("the trusted key")));
    CHECK(runTool({QStringLiteral("validate"), old}).exitCode == 0);

    // Version 1 left the build time out: changing it passes, as
    // BUNDLE-FORMAT.md says. Anything else it covered is caught.
    sqlite3Shell(old, QStringLiteral("UPDATE metadata SET value = '2001-01-01T00:00:00Z' WHERE "
                                     "key = 'build_time'"));
    CHECK(verify(old).exitCode == 0);
    const QString edited = restore(QStringLiteral("edited.okuw"));
    sqlite3Shell(edited, QStringLiteral("UPDATE slides SET body = 'Consent matters'"));
    r = verify(edited);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("changed: slides: old en 1")));
}

TEST_CASE("a PDF byte flipped in a signed bundle is caught", "[cli][sign]")
{
    Signed s;
    const QString flipped = s.copy(QStringLiteral("flipped.okuw"));
    const QString label = sqlite3Shell(
        flipped, QStringLiteral("SELECT (SELECT slug FROM modules m WHERE m.id = module_id) || ' ' "
                                "|| lang || ' ' || position FROM documents ORDER BY id LIMIT 1"));
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(flipped).constData(), &db) == SQLITE_OK);
        sqlite3_blob *blob = nullptr;
        REQUIRE(sqlite3_blob_open(
                    db, "main", "documents", "data",
                    sqlite3_int64(sqlite3Shell(flipped, QStringLiteral("SELECT min(id) FROM "
                                                                       "documents"))
                                      .toLongLong()),
                    1, &blob) == SQLITE_OK);
        REQUIRE(sqlite3_blob_bytes(blob) > 600);
        unsigned char byte = 0;
        REQUIRE(sqlite3_blob_read(blob, &byte, 1, 500) == SQLITE_OK);
        byte ^= 0xFF;
        REQUIRE(sqlite3_blob_write(blob, &byte, 1, 500) == SQLITE_OK);
        sqlite3_blob_close(blob);
        sqlite3_close(db);
    }
    const ProcessResult r = verify(flipped);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("documents: %1").arg(label)));
    CHECK(r.err.contains(QStringLiteral("do not match its SHA-256")));
    CHECK(runTool({QStringLiteral("validate"), flipped}).exitCode == 1);
}

TEST_CASE("a signature removed from a signed bundle reads as a downgrade, not as unsigned",
          "[cli][sign]")
{
    Signed s;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM signature"), QStringLiteral("DROP TABLE signature")}) {
        INFO(sql.toStdString());
        const QString stripped = s.copy(QStringLiteral("stripped.okuw"));
        sqlite3Shell(stripped, sql);
        const ProcessResult r = verify(stripped);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("its signature was removed")));
        CHECK_FALSE(r.out.contains(QStringLiteral("not signed")));
        CHECK(runTool({QStringLiteral("validate"), stripped}).exitCode == 1);
    }
    // Removing the marker as well changes the content the digest covers.
    const QString both = s.copy(QStringLiteral("both.okuw"));
    sqlite3Shell(both, QStringLiteral("DELETE FROM signature; DELETE FROM metadata WHERE key = "
                                      "'signed'"));
    const ProcessResult r = verify(both);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("changed: metadata")));
}

TEST_CASE("a signature made with another key does not pass", "[cli][sign]")
{
    Signed s;
    const QString byB = s.build(QStringLiteral("by-b.okuw"), s.keyB + QStringLiteral(".secret"));
    // B's signature of the same content (the same build time too: see
    // Signed), put into A's bundle with A's name.
    const QString swapped = s.copy(QStringLiteral("swapped.okuw"));
    const QString signatureB = sqlite3Shell(byB, QStringLiteral("SELECT signature FROM signature"));
    sqlite3Shell(swapped, QStringLiteral("UPDATE signature SET signature = '%1'").arg(signatureB));
    ProcessResult r = verify(swapped);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("changed after it was signed")));

    // B's whole signature row: valid, but not by A.
    const QString row = sqlite3Shell(
        byB, QStringLiteral("SELECT publisher || '|' || public_key || '|' || signature FROM "
                            "signature"));
    const QStringList f = row.split(QLatin1Char('|'));
    REQUIRE(f.size() == 3);
    sqlite3Shell(swapped, QStringLiteral("UPDATE signature SET publisher = '%1', public_key = "
                                         "'%2', signature = '%3'")
                              .arg(f[0], f[1], f[2]));
    r = verify(swapped, s.keyA + QStringLiteral(".public"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("signed by \"Team B\"")));

    // And a publisher name changed alone breaks the signature (it is signed too).
    const QString renamed = s.copy(QStringLiteral("renamed.okuw"));
    sqlite3Shell(renamed, QStringLiteral("UPDATE signature SET publisher = 'Ministry'"));
    CHECK(verify(renamed).exitCode == 1);
}

TEST_CASE("build --sign with a bad key file writes no bundle", "[cli][sign][bad]")
{
    Signed s;
    const QString secret = s.keyA + QStringLiteral(".secret");
    const QByteArray good = readFile(secret);
    struct Case
    {
        const char *name;
        QByteArray bytes; // empty: the file is missing
        const char *message;
    };
    const QList<Case> cases = {
        {"missing", {}, "does not exist"},
        {"truncated", good.left(good.size() - 40), "truncated or damaged"},
        {"garbage", QByteArray(300, '\x07'), "not an Okuw secret key file"},
        {"public", readFile(s.keyA + QStringLiteral(".public")), "this is a public key"},
        {"half", QByteArray(good).replace(good.indexOf("\nkey: ") + 10, 4, "AAAA"), "damaged"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString key = s.dir.filePath(QStringLiteral("bad-%1.secret").arg(c.name));
        if (!c.bytes.isEmpty())
            REQUIRE(writeFile(key, c.bytes));
        const QString out = s.dir.filePath(QStringLiteral("out-%1.okuw").arg(c.name));
        const ProcessResult r = runTool({QStringLiteral("build"), s.source, QStringLiteral("-o"),
                                         out, QStringLiteral("--sign"), key});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QDir::toNativeSeparators(key)));
        CHECK(r.err.contains(QLatin1String(c.message)));
        CHECK(r.err.contains(QStringLiteral("no bundle was written")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    // A bundle already at the target stays as it was.
    const QByteArray before = sha256File(s.bundle);
    CHECK(runTool({QStringLiteral("build"), s.source, QStringLiteral("-o"), s.bundle,
                   QStringLiteral("--sign"), s.dir.filePath(QStringLiteral("none.secret"))})
              .exitCode == 1);
    CHECK(sha256File(s.bundle) == before);

    // verify --trust with a key file that is not a public key says so.
    const ProcessResult r = verify(s.bundle, secret);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("this is a secret key")));
}
