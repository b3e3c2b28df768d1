// okuw-bundle's other commands and its command line.
#include "testsupport.h"

#include <QDir>
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
