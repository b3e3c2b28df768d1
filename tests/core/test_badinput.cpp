// Every bad input the reader handles: a clear message naming the file, no
// crash, and the file left exactly as it was.
#include "core/bundle.h"
#include "core/digest.h"
#include "core/schema.h"
#include "core/search.h"
#include "core/sqlite.h"
#include "core/validate.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace okuw::core;
using okuw::test::sha256File;
using okuw::test::writeFile;

namespace {

// A small valid bundle made with SQLite directly.
QString makeBundle(const QTemporaryDir &dir, const QString &name, int appId = kApplicationId,
                   int userVersion = kUserVersion)
{
    const QString path = dir.filePath(name);
    Database db;
    QString error;
    REQUIRE(db.open(path, Database::Mode::ReadWriteCreate, &error));
    REQUIRE(db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                        .arg(appId)
                        .arg(userVersion)
                        .toUtf8()
                        .constData(),
                    &error));
    REQUIRE(db.exec(bundleSchemaSql(), &error));
    REQUIRE(db.exec("INSERT INTO metadata VALUES('bundle_id', 'x'), ('default_language', 'en'),"
                    "('languages', '[\"en\"]');"
                    "INSERT INTO modules(id, slug, position) VALUES(1, 'm', 1);"
                    "INSERT INTO module_text VALUES(1, 'en', 'Module', '');",
                    &error));
    // Enough slides to spread the file over many pages.
    for (int i = 1; i <= 400; ++i) {
        Statement st(db, "INSERT INTO slides(module_id, lang, position, slide_key, body) "
                         "VALUES(1, 'en', ?1, ?2, ?3)");
        st.bind(1, i).bind(2, QStringLiteral("s%1").arg(i)).bind(3, QString(300, QLatin1Char('x')));
        REQUIRE(st.run());
    }
    // The content digest and its parts, as BundleWriter stores them.
    Statement version(db, "INSERT INTO metadata VALUES('digest_version', ?1)");
    REQUIRE(version.bind(1, QString::number(kContentDigestVersion)).run());
    const ContentDigest digest = computeContentDigest(db, DigestMode::Stored);
    REQUIRE(digest.error.isEmpty());
    Statement hash(db, "INSERT INTO metadata VALUES('content_hash', ?1)");
    REQUIRE(hash.bind(1, digest.hex()).run());
    for (int i = 0; i < digest.parts.size(); ++i) {
        Statement part(db, "INSERT INTO content_parts VALUES(?1, ?2, ?3)");
        part.bind(1, i + 1).bind(2, digest.parts[i].label);
        REQUIRE(part.bind(3, QString::fromLatin1(digest.parts[i].sha256.toHex())).run());
    }
    return path;
}

// Opens, and when that works reads everything; returns the open error.
QString openAndReadAll(const QString &path)
{
    QString error;
    const auto bundle = Bundle::open(path, &error);
    if (!bundle)
        return error;
    QString readError;
    for (const auto &m : bundle->modules(&readError))
        bundle->slides(m.id, QStringLiteral("en"), &readError);
    bundle->glossary(&readError);
    return readError;
}

} // namespace

TEST_CASE("bad bundles are refused with a message naming the file", "[bundle][bad]")
{
    QTemporaryDir dir;
    struct Case
    {
        const char *what;
        QString path;
        const char *expect;
    };
    const QString good = makeBundle(dir, QStringLiteral("good.okuw"));
    REQUIRE(openAndReadAll(good).isEmpty());

    const QString empty = dir.filePath(QStringLiteral("empty.okuw"));
    writeFile(empty, {});
    const QString text = dir.filePath(QStringLiteral("text.okuw"));
    writeFile(text, "This is not a database, just some text that is long enough to fill a "
                    "header of a hundred bytes, and then some more.\n");
    const QString folder = dir.filePath(QStringLiteral("folder.okuw"));
    QDir().mkpath(folder);
    const QString other = makeBundle(dir, QStringLiteral("other.okuw"), 0x12345678);
    const QString newer = makeBundle(dir, QStringLiteral("newer.okuw"), kApplicationId, 2000);

    const QString truncated = dir.filePath(QStringLiteral("truncated.okuw"));
    writeFile(truncated, okuw::test::readFile(good).left(20000));

    const QString missingTable = makeBundle(dir, QStringLiteral("missing.okuw"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(missingTable, Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("DROP TABLE glossary_text", &error));
    }

    const QList<Case> cases = {
        {"a missing file", dir.filePath(QStringLiteral("nothing.okuw")), "does not exist"},
        {"a folder", folder, "folder"},
        {"an empty file", empty, "empty"},
        {"not SQLite", text, "not an SQLite database"},
        {"another application's SQLite", other, "not an Okuw bundle"},
        {"a newer format", newer, "newer Okuw"},
        {"a truncated copy", truncated, "truncated"},
        {"a missing table", missingTable, "glossary_text"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QByteArray before = sha256File(c.path);
        QString error;
        CHECK_FALSE(Bundle::open(c.path, &error));
        CHECK(error.contains(QDir::toNativeSeparators(c.path)));
        CHECK(error.contains(QString::fromLatin1(c.expect)));
        // validate says the same, as one line.
        const QStringList problems = validateBundle(c.path, SearchIndex::check);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QString::fromLatin1(c.expect)));
        CHECK(sha256File(c.path) == before);
    }
}

TEST_CASE("bytes overwritten in the middle are found, not crashed on", "[bundle][bad]")
{
    QTemporaryDir dir;
    const QString path = makeBundle(dir, QStringLiteral("corrupt.okuw"));
    QByteArray bytes = okuw::test::readFile(path);
    REQUIRE(bytes.size() > 40000);
    // Overwrite a run of b-tree pages in the middle with random bytes.
    QRandomGenerator rng(42);
    const qsizetype middle = (bytes.size() / 2 / 4096) * 4096;
    for (qsizetype i = middle; i < middle + 3 * 4096; ++i)
        bytes[i] = char(rng.bounded(256));
    REQUIRE(writeFile(path, bytes));
    const QByteArray before = sha256File(path);

    const QStringList problems = validateBundle(path, SearchIndex::check);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().contains(QDir::toNativeSeparators(path)));
    CHECK(problems.first().contains(QStringLiteral("damaged")));
    // Reading what can be read gives a message, not a crash.
    const QString error = openAndReadAll(path);
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(sha256File(path) == before);
}

TEST_CASE("a slide whose module does not exist is reported", "[bundle][bad]")
{
    QTemporaryDir dir;
    const QString path = makeBundle(dir, QStringLiteral("orphan.okuw"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("INSERT INTO slides(module_id, lang, position, slide_key, body) "
                        "VALUES(99, 'en', 1, 'lost', 'x')",
                        &error));
    }
    const QByteArray before = sha256File(path);
    const QStringList problems = validateBundle(path, SearchIndex::check);
    // The orphan, and the row added since the content digest was made.
    REQUIRE(problems.size() == 2);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.first().contains(QStringLiteral("slides")));
    CHECK(problems.first().contains(QStringLiteral("modules")));
    CHECK(problems.last().contains(QStringLiteral("added: slides: 99 en 1")));
    CHECK(sha256File(path) == before);
}

TEST_CASE("a blob that no longer matches its SHA-256 is reported", "[bundle][bad]")
{
    QTemporaryDir dir;
    const QString path = makeBundle(dir, QStringLiteral("sha.okuw"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("INSERT INTO assets(module_id, path, mime, size, sha256, data) "
                        "VALUES(1, 'a.png', 'image/png', 3, 'deadbeef', x'010203')",
                        &error));
    }
    const QStringList problems = validateBundle(path, SearchIndex::check);
    // The row added since the content digest was made, and its bytes.
    REQUIRE(problems.size() == 2);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.first().contains(QStringLiteral("added: assets:")));
    CHECK(problems.last().contains(QStringLiteral("a.png")));
    CHECK(problems.last().contains(QStringLiteral("SHA-256")));
}
