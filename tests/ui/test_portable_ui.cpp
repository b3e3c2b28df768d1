// What portable mode changes in the Qt application itself (ui::adoptUserPaths,
// which main() calls): every file dialog is Qt's own, so a desktop's native
// dialog cannot record the files opened (GTK: ~/.local/share/
// recently-used.xbel) on a borrowed computer, and Qt's own settings go to
// the portable folder. Without the marker neither changes.
#include "core/userpaths.h"
#include "testsupport.h"
#include "ui/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using okuw::core::UserPaths;

namespace {

// Puts back what the test program started with, for the tests after this one.
struct RestoreApplication
{
    ~RestoreApplication()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false);
        // Where QSettings puts user settings on Linux unless told otherwise.
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, config);
    }
};

QString qtSettingsFile()
{
    return QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName();
}

} // namespace

TEST_CASE("Portable mode: file dialogs are Qt's own and Qt's settings stay beside the program",
          "[portable][ui]")
{
    QTemporaryDir program;
    REQUIRE(program.isValid());
    REQUIRE(okuw::test::writeFile(program.filePath(QLatin1String(UserPaths::kMarkerName)), {}));
    const UserPaths paths = UserPaths::forProgram(program.path());
    REQUIRE(paths.portable);
    RestoreApplication restore;
    REQUIRE_FALSE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    REQUIRE_FALSE(qtSettingsFile().startsWith(paths.dataDir));

    okuw::ui::adoptUserPaths(paths);
    // What QFileDialog asks before it hands over to the platform's dialog:
    // every dialog Okuw opens (Open Bundle, Add a Publisher Key, Export my
    // notes) is Qt's own from now on.
    CHECK(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    CHECK(qtSettingsFile().startsWith(paths.dataDir + QLatin1Char('/')));
}

TEST_CASE("Without the marker the desktop's file dialogs and Qt's settings are left alone",
          "[portable][ui]")
{
    QTemporaryDir program;
    REQUIRE(program.isValid());
    const UserPaths paths = UserPaths::forProgram(program.path());
    REQUIRE_FALSE(paths.portable);
    RestoreApplication restore;
    const QString before = qtSettingsFile();

    okuw::ui::adoptUserPaths(paths);
    CHECK_FALSE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    CHECK(qtSettingsFile() == before);
    CHECK(QDir(program.path()).isEmpty());
}
