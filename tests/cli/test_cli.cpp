// okuw-bundle's other commands and its command line.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace okuw::test;

TEST_CASE("validate says OK for a good bundle and one line per problem", "[cli]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    const QString out = dir.filePath(QStringLiteral("good.okuw"));
    REQUIRE(runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out}).exitCode == 0);

    ProcessResult r = runTool({QStringLiteral("validate"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("OK")));
    CHECK(runTool({QStringLiteral("verify"), out}).exitCode == 0);

    const QString bad = dir.filePath(QStringLiteral("bad.okuw"));
    writeFile(bad, QByteArray(4096, 'x'));
    r = runTool({QStringLiteral("validate"), bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(r.err.contains(QDir::toNativeSeparators(bad)));
}

// fuzz_bundle's find: four bytes of one FTS5 leaf page set to a huge
// varint. SQLite 3.40's own FTS5 check crashes on it, so validate runs that
// check in a child process and must report the damage, not die.
TEST_CASE("validate reports a search index that crashes SQLite's check", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fts5-leaf-varint.okuw"));
    REQUIRE(QFile::copy(sourceDir() +
                            QStringLiteral("/tests/fuzz/regressions/bundle/fts5-leaf-varint.okuw"),
                        path));
    const QByteArray before = readFile(path);

    const ProcessResult r = runTool({QStringLiteral("validate"), path});
    CHECK(r.exitCode == 1); // -1 when validate itself crashed
    CHECK(r.err.contains(QDir::toNativeSeparators(path) +
                         QStringLiteral(": the search index is damaged: SQLite's check of it "
                                        "crashed")));
    // Its rows differ from its digest in hundreds of places: the first
    // twenty are shown, then how many more.
    CHECK(r.err.contains(QStringLiteral("more not shown)")));
    CHECK(r.err.count(QLatin1Char('\n')) < 30);
    CHECK(readFile(path) == before);

    // The same check on a sound index, through the child, passes.
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    const QString good = dir.filePath(QStringLiteral("good.okuw"));
    REQUIRE(runTool({QStringLiteral("build"), src, QStringLiteral("-o"), good}).exitCode == 0);
    const ProcessResult child =
        runTool({QStringLiteral("validate"), QStringLiteral("--search-index-only"), good});
    CHECK(child.exitCode == 0);
    CHECK(child.out.isEmpty());
}

TEST_CASE("info prints a readable summary", "[cli]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    const QString out = dir.filePath(QStringLiteral("i.okuw"));
    REQUIRE(runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out}).exitCode == 0);
    const ProcessResult r = runTool({QStringLiteral("info"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Sample bundle")));
    CHECK(r.out.contains(QStringLiteral("Alpha module")));
    CHECK(r.out.contains(QStringLiteral("en: 3 slides, 2 with notes, 2 questions")));

    const ProcessResult missing =
        runTool({QStringLiteral("info"), dir.filePath(QStringLiteral("none.okuw"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a wrong command line exits with 2 and the usage", "[cli]")
{
    CHECK(runTool({}).exitCode == 2);
    const ProcessResult unknown = runTool({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(runTool({QStringLiteral("build")}).exitCode == 2);
    CHECK(runTool({QStringLiteral("info")}).exitCode == 2);
    const ProcessResult help = runTool({QStringLiteral("help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("build <source-dir>")));
}

TEST_CASE("export to a reader whose language has no deck says which deck stands in", "[cli]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src); // module alpha: an English deck of 3 slides, a Russian one of 2
    const QString bundle = dir.filePath(QStringLiteral("e.okuw"));
    REQUIRE(runTool({QStringLiteral("build"), src, QStringLiteral("-o"), bundle}).exitCode == 0);

    // A Turkmen reader reads Russian first.
    const QString tk = dir.filePath(QStringLiteral("tk"));
    ProcessResult r =
        runTool({QStringLiteral("export"), bundle, QStringLiteral("alpha"),
                 QStringLiteral("--lang"), QStringLiteral("tk"), QStringLiteral("--png"), tk});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(
        QStringLiteral("%1: module alpha has no slides in language tk; the ru deck stands in")
            .arg(bundle)));
    CHECK(r.out.contains(QStringLiteral("2 slides exported to %1").arg(tk)));
    CHECK(QDir(tk).entryList({QStringLiteral("*.png")}, QDir::Files).size() == 2);

    // A module with the reader's deck: nothing stands in.
    const QString ru = dir.filePath(QStringLiteral("ru"));
    r = runTool({QStringLiteral("export"), bundle, QStringLiteral("alpha"),
                 QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--png"), ru});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("stands in")));
    CHECK(QDir(ru).entryList({QStringLiteral("*.png")}, QDir::Files).size() == 2);

    // No module of that name.
    r = runTool({QStringLiteral("export"), bundle, QStringLiteral("gamma"), QStringLiteral("--png"),
                 dir.filePath(QStringLiteral("none"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("%1: no module gamma").arg(bundle)));
}

TEST_CASE("info shows titles in the default language or what stands in for it", "[cli]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    // Turkmen by default, but the bundle's title has no Turkmen: a Turkmen
    // reader reads Russian before English.
    writeFile(src + QStringLiteral("/bundle.yaml"),
              "id: 11111111-2222-4333-8444-555555555555\n"
              "version: \"1.0-test\"\n"
              "default_language: tk\n"
              "languages: [en, ru, tk]\n"
              "title: {en: \"Sample bundle\", ru: \"Пример\"}\n"
              "publisher: {en: \"Tests\"}\n");
    const QString out = dir.filePath(QStringLiteral("tk.okuw"));
    const ProcessResult built = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    const ProcessResult r = runTool({QStringLiteral("info"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Пример")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Sample bundle")));
    CHECK(r.out.contains(QStringLiteral("Alfa moduly"))); // the module has a Turkmen title
}
