// Portable mode: a marker file beside the program keeps every setting and
// the user store beside it, so nothing is left in the home of a borrowed
// computer; without the marker nothing is written beside the program. A
// read-only program folder and a marker that is not INI are said plainly.
// First core::UserPaths::forProgram itself, then the installed viewer.
#include "core/userpaths.h"
#include "installfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace okuw::test;
using okuw::core::UserPaths;

namespace {

const QString kMarker = QLatin1String(UserPaths::kMarkerName);

// Runs the installed viewer (no argument: the default bundle) in a fresh
// home until it has opened the bundle and closed its window again.
Run runViewer(const Installed &i, const QString &home, bool asOtherUser = false)
{
    QProcessEnvironment env = personEnvironment(home);
    env.insert(QStringLiteral("OKUW_QUIT_AFTER_OPEN_FOR_TESTING"), QStringLiteral("1"));
    return run(i.okuw(), {}, env, asOtherUser);
}

} // namespace

TEST_CASE("UserPaths::forProgram: no marker, the user's profile", "[portable]")
{
    const QString program = scratchFolder(QStringLiteral("program"));
    const UserPaths paths = UserPaths::forProgram(program);
    CHECK_FALSE(paths.portable);
    CHECK(paths.dataDir == UserPaths::standard().dataDir);
    CHECK(paths.problem().isEmpty());
    CHECK(filesUnder(program).isEmpty());
}

TEST_CASE("UserPaths::forProgram: a marker, everything beside the program", "[portable]")
{
    const QString program = scratchFolder(QStringLiteral("program"));
    SECTION("an empty marker: okuw-data")
    {
        REQUIRE(writeFile(program + QLatin1Char('/') + kMarker, QByteArray()));
        const UserPaths paths = UserPaths::forProgram(program);
        CHECK(paths.portable);
        CHECK(paths.dataDir == program + QStringLiteral("/okuw-data"));
        CHECK(paths.settingsFile == program + QStringLiteral("/okuw-data/okuw.ini"));
        CHECK(paths.storeFile() == program + QStringLiteral("/okuw-data/userdata.sqlite"));
        CHECK(QFileInfo(paths.dataDir).isDir());
        CHECK_FALSE(paths.readOnly);
        CHECK(paths.problem().isEmpty());
        // The folder was tried for writing and left as it was.
        CHECK(filesUnder(paths.dataDir).isEmpty());
    }
    SECTION("a marker naming a folder of its own")
    {
        REQUIRE(writeFile(program + QLatin1Char('/') + kMarker,
                          "; Okuw portable mode\n[Portable]\nDataFolder = notes/okuw\n"));
        const UserPaths paths = UserPaths::forProgram(program);
        CHECK(paths.dataDir == program + QStringLiteral("/notes/okuw"));
        CHECK(paths.problem().isEmpty());
    }
    SECTION("a folder outside the program's is refused")
    {
        REQUIRE(writeFile(program + QLatin1Char('/') + kMarker,
                          "[Portable]\nDataFolder=../elsewhere\n"));
        const UserPaths paths = UserPaths::forProgram(program);
        CHECK(paths.dataDir == program + QStringLiteral("/okuw-data"));
        CHECK(paths.problem().contains(QDir::toNativeSeparators(paths.markerFile)));
        CHECK_FALSE(QFileInfo::exists(program + QStringLiteral("/../elsewhere")));
    }
}

TEST_CASE("UserPaths::forProgram: a marker that is not INI is named, with its line", "[portable]")
{
    const QString program = scratchFolder(QStringLiteral("program"));
    const QString marker = program + QLatin1Char('/') + kMarker;
    SECTION("text that is not key=value")
    {
        REQUIRE(writeFile(marker, "[Portable]\nDataFolder=x\nthis is not ini\n"));
        const UserPaths paths = UserPaths::forProgram(program);
        CHECK(paths.portable);
        CHECK(paths.markerProblem == UserPaths::MarkerProblem::NotIni);
        CHECK(paths.markerLine == 3);
        CHECK(paths.problem().contains(QDir::toNativeSeparators(marker)));
        CHECK(paths.problem().contains(QStringLiteral("line 3")));
        // Its settings are ignored: the default folder, still beside the program.
        CHECK(paths.dataDir == program + QStringLiteral("/okuw-data"));
    }
    SECTION("a binary file under the marker's name")
    {
        REQUIRE(QFile::copy(defaultBundle(), marker));
        const UserPaths paths = UserPaths::forProgram(program);
        CHECK(paths.markerProblem == UserPaths::MarkerProblem::NotIni);
        CHECK(paths.problem().contains(QDir::toNativeSeparators(marker)));
    }
    SECTION("an unclosed section")
    {
        REQUIRE(writeFile(marker, "[Portable\n"));
        CHECK(UserPaths::forProgram(program).markerLine == 1);
    }
}

TEST_CASE("portable: with the marker nothing is written under the user's home",
          "[portable][install]")
{
    const Installed i = installFresh();
    REQUIRE(writeFile(i.bin + QLatin1Char('/') + kMarker, QByteArray()));
    const QString home = scratchFolder(QStringLiteral("home"));
    const Run r = runViewer(i, home);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed().startsWith(QStringLiteral("okuw: opened ")));
    CHECK(filesUnder(home) == QStringList());
    // The settings (with the bundle just opened) and the store are beside the program.
    const QStringList data = filesUnder(i.bin + QStringLiteral("/okuw-data"));
    CHECK(data.contains(QStringLiteral("okuw.ini")));
    CHECK(data.contains(QStringLiteral("userdata.sqlite")));
    CHECK(readFile(i.bin + QStringLiteral("/okuw-data/okuw.ini")).contains("default.okuw"));
}

TEST_CASE("portable: without the marker nothing is written beside the program",
          "[portable][install]")
{
    const Installed &i = installed();
    const QStringList before = filesUnder(i.prefix);
    const QString home = scratchFolder(QStringLiteral("home"));
    const Run r = runViewer(i, home);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(filesUnder(i.prefix) == before);
    // The user's profile has them instead.
    const QStringList inHome = filesUnder(home);
    CHECK(inHome.contains(QStringLiteral(".config/Okuw/Okuw/okuw.ini")));
    CHECK(inHome.contains(QStringLiteral(".local/share/Okuw/Okuw/userdata.sqlite")));
}

TEST_CASE("portable: a read-only program folder gives a message and read-only use",
          "[portable][install]")
{
    const Installed i = installFresh();
    REQUIRE(writeFile(i.bin + QLatin1Char('/') + kMarker, QByteArray()));
    // Read-only for the user who runs it: its mode, and (when the test runs as
    // root, whom modes do not stop) the program run as another user.
    REQUIRE(QFile::setPermissions(i.bin, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const QString home = scratchFolder(QStringLiteral("home"));
    const Run r = runViewer(i, home, true);
    QFile::setPermissions(i.bin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::ExeOther);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0); // no crash, and the bundle was shown
    CHECK(r.out.trimmed().startsWith(QStringLiteral("okuw: opened ")));
    CHECK(r.err.contains(QStringLiteral("cannot be written")));
    CHECK(r.err.contains(i.bin + QStringLiteral("/okuw-data")));
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(QFileInfo::exists(i.bin + QStringLiteral("/okuw-data")));
    CHECK(filesUnder(home) == QStringList());
}

TEST_CASE("portable: a marker that is not INI is named in the message", "[portable][install]")
{
    const Installed i = installFresh();
    const QString marker = i.bin + QLatin1Char('/') + kMarker;
    REQUIRE(writeFile(marker, "portable please\n"));
    const QString home = scratchFolder(QStringLiteral("home"));
    const Run r = runViewer(i, home);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(marker));
    CHECK(r.err.contains(QStringLiteral("not a valid INI file (line 1)")));
    // Still portable: the marker's presence is the promise.
    CHECK(filesUnder(home) == QStringList());
    CHECK(QFileInfo::exists(i.bin + QStringLiteral("/okuw-data/userdata.sqlite")));
}
