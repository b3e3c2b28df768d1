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

    // Portable mode only: the marker file beside the program, what is wrong
    // with it, and whether the data folder can be written.
    enum class MarkerProblem {
        None,
        NotIni,            // not INI: its settings are ignored
        FolderNotRelative, // DataFolder leaves the program's folder: the default is used
    };
    QString markerFile;
    MarkerProblem markerProblem = MarkerProblem::None;
    int markerLine = 0;    // NotIni: the first line that is not INI
    bool readOnly = false; // the portable folder cannot be written: nothing is kept
    // What is wrong, in the interface language at the time of the call
    // (translations are installed only after the settings are read); empty
    // when nothing is.
    QString problem() const;

    QString storeFile() const;

    // The platform's places: QStandardPaths' AppDataLocation for data and
    // AppConfigLocation for okuw.ini (under a test HOME when
    // QStandardPaths::setTestModeEnabled is on).
    static UserPaths standard();
    // Everything in one folder: `dir/okuw.ini` and `dir/userdata.sqlite`.
    // For tests and for portable mode.
    static UserPaths inFolder(const QString &dir);

    // What the program in `programDir` uses: portable mode when the marker
    // file kMarkerName lies there, with everything in `programDir/okuw-data`
    // (or the folder its `[Portable] DataFolder=` names, relative to the
    // program), created here; else standard(). Nothing is written beside the
    // program without the marker, and nothing under the user's home with it.
    static UserPaths forProgram(const QString &programDir);
    static constexpr char kMarkerName[] = "okuw-portable.ini";
    static constexpr char kDefaultFolder[] = "okuw-data";
};

} // namespace okuw::core
