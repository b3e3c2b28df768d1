// Where Okuw keeps what belongs to the person using it: the UI preferences
// file and the user store (notes, bookmarks, progress). Decided once at
// start, in one place, so that every part of the program agrees and a copy
// run from a USB stick can keep all of it beside the program.
#pragma once

#include <QString>

namespace okuw::core {

struct UserPaths
{
    QString dataDir;      // the user store lives here
    QString settingsFile; // UI preferences (INI)
    bool portable = false;

    QString storeFile() const;

    // The platform's places: QStandardPaths' AppDataLocation for data and
    // AppConfigLocation for okuw.ini (under a test HOME when
    // QStandardPaths::setTestModeEnabled is on).
    static UserPaths standard();
    // Everything in one folder: `dir/okuw.ini` and `dir/userdata.sqlite`.
    // For tests and for portable mode.
    static UserPaths inFolder(const QString &dir);
};

} // namespace okuw::core
