// `cmake --install` into a temporary prefix, then the installed programs and
// files as a desktop uses them: the version, the default bundle validated
// and opened with no argument, the desktop files, and a bundle recognised by
// its name and by its bytes (shared-mime-info through xdg-mime).
#include "installfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

// The environment in which xdg-utils see the installed files: the prefix's
// share/ first in XDG_DATA_DIRS, caches made there as the package triggers
// would, and no desktop environment (xdg-mime's generic path, which reads
// shared-mime-info through File::MimeInfo).
QProcessEnvironment desktopEnvironment(const Installed &i)
{
    static const bool cachesMade = [&i] {
        REQUIRE(run(QStringLiteral("update-mime-database"), {i.share + QStringLiteral("/mime")},
                    personEnvironment(scratchFolder(QStringLiteral("home"))))
                    .exitCode == 0);
        REQUIRE(run(QStringLiteral("update-desktop-database"),
                    {i.share + QStringLiteral("/applications")},
                    personEnvironment(scratchFolder(QStringLiteral("home"))))
                    .exitCode == 0);
        return true;
    }();
    Q_UNUSED(cachesMade);
    QProcessEnvironment env = personEnvironment(scratchFolder(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_DIRS"), i.share + QStringLiteral(":/usr/share"));
    env.insert(QStringLiteral("PATH"),
               i.bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    return env;
}

QString fileType(const QString &file, const QProcessEnvironment &env)
{
    const Run r = run(QStringLiteral("xdg-mime"),
                      {QStringLiteral("query"), QStringLiteral("filetype"), file}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("the installed okuw and okuw-bundle print their version", "[install]")
{
    const Installed &i = installed();
    const Run r = run(i.okuw(), {QStringLiteral("--version")},
                      personEnvironment(scratchFolder(QStringLiteral("home"))));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("Okuw " OKUW_VERSION));
    const Run tool = run(i.bundleTool(), {QStringLiteral("--version")},
                         personEnvironment(scratchFolder(QStringLiteral("home"))));
    CHECK(tool.exitCode == 0);
    CHECK(tool.out.trimmed() == QStringLiteral("okuw-bundle " OKUW_VERSION));
}

TEST_CASE("the installed okuw-bundle validates the installed default bundle", "[install]")
{
    const Installed &i = installed();
    const Run r = run(i.bundleTool(), {QStringLiteral("validate"), i.defaultBundle()},
                      personEnvironment(scratchFolder(QStringLiteral("home"))));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("the installed viewer opens the default bundle when given no argument", "[install]")
{
    const Installed &i = installed();
    QProcessEnvironment env = personEnvironment(scratchFolder(QStringLiteral("home")));
    env.insert(QStringLiteral("OKUW_QUIT_AFTER_OPEN_FOR_TESTING"), QStringLiteral("1"));
    const Run r = run(i.okuw(), {}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() ==
          QStringLiteral("okuw: opened ") + QFileInfo(i.defaultBundle()).canonicalFilePath());
}

TEST_CASE("the install tree holds the desktop files, man pages and licences", "[install]")
{
    const Installed &i = installed();
    const QString id = QStringLiteral(OKUW_APP_ID);
    QStringList expected = {
        QStringLiteral("applications/%1.desktop").arg(id),
        QStringLiteral("metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("mime/packages/%1.xml").arg(id),
        QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("man/man1/okuw.1.gz"),
        QStringLiteral("man/man1/okuw-bundle.1.gz"),
        QStringLiteral("doc/okuw/LICENSE"),
        QStringLiteral("doc/okuw/copyright"),
        QStringLiteral("doc/okuw/changelog.gz"),
        QStringLiteral("doc/okuw/licenses/content-CC-BY-4.0.txt"),
        QStringLiteral("doc/okuw/licenses/DejaVu-fonts.txt"),
        QStringLiteral("doc/okuw/licenses/third-party.txt"),
        QStringLiteral("okuw/default.okuw"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    for (const QString &file : expected) {
        INFO(file.toStdString());
        CHECK(QFileInfo(i.share + QLatin1Char('/') + file).size() > 0);
    }
    // Each PNG is drawn at its own size.
    for (int size : {16, 48, 256}) {
        QImageReader png(i.share +
                         QStringLiteral("/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id));
        CHECK(png.size() == QSize(size, size));
    }
    const QByteArray desktop =
        readFile(i.share + QStringLiteral("/applications/%1.desktop").arg(id));
    CHECK(desktop.contains("Exec=okuw %f"));
    CHECK(desktop.contains("MimeType=" OKUW_MIME_TYPE ";"));
    CHECK(desktop.contains("Icon=" OKUW_APP_ID "\n"));
}

TEST_CASE("a bundle is recognised by its name and, renamed, by its bytes", "[install][mime]")
{
    const Installed &i = installed();
    const QProcessEnvironment env = desktopEnvironment(i);
    const QString dir = scratchFolder(QStringLiteral("files"));
    const QByteArray bundle = readFile(i.defaultBundle());
    REQUIRE(!bundle.isEmpty());
    for (const char *name : {"course.okuw", "course", "course.dat", "course.bin", "course.pdf"}) {
        INFO(name);
        const QString file = dir + QLatin1Char('/') + QLatin1String(name);
        REQUIRE(writeFile(file, bundle));
        CHECK(fileType(file, env) == QStringLiteral(OKUW_MIME_TYPE));
    }
    // Another SQLite database (application id 0) stays a database, even
    // with the bundle's first 68 bytes.
    QByteArray other = bundle;
    other.replace(68, 4, QByteArray(4, '\0'));
    REQUIRE(writeFile(dir + QStringLiteral("/other.db"), other));
    CHECK(fileType(dir + QStringLiteral("/other.db"), env) ==
          QStringLiteral("application/vnd.sqlite3"));
}

TEST_CASE("the desktop entry opens bundles: xdg-open starts the installed viewer",
          "[install][mime]")
{
    const Installed &i = installed();
    QProcessEnvironment env = desktopEnvironment(i);
    const Run query = run(
        QStringLiteral("xdg-mime"),
        {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral(OKUW_MIME_TYPE)}, env);
    CHECK(query.out.trimmed() == QStringLiteral(OKUW_APP_ID ".desktop"));

    // What a double-click in a file manager does, on a bundle without an
    // extension: the viewer from the prefix opens that file. xdg-open looks
    // for a desktop application only in a desktop session (DISPLAY set); the
    // viewer itself still draws offscreen.
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
    const QString file = scratchFolder(QStringLiteral("files")) + QStringLiteral("/my course");
    REQUIRE(QFile::copy(i.defaultBundle(), file));
    env.insert(QStringLiteral("OKUW_QUIT_AFTER_OPEN_FOR_TESTING"), QStringLiteral("1"));
    const Run open = run(QStringLiteral("xdg-open"), {file}, env);
    INFO(open.err.toStdString());
    CHECK(open.exitCode == 0);
    CHECK(open.out.trimmed() == QStringLiteral("okuw: opened ") + file);
}
