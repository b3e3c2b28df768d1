// Everything Okuw keeps for the person using it, in one object: the UI
// preferences (Settings) and the user store (notes, bookmarks, progress,
// where they were). main() makes one from core::UserPaths before any
// window, and it outlives every window and dock that writes into it — so no
// widget can save into a store that is already gone. Tests make one in a
// scratch folder.
#pragma once

#include "core/userpaths.h"
#include "core/userstore.h"
#include "settings.h"

namespace okuw::ui {

class Profile
{
public:
    explicit Profile(const core::UserPaths &paths);
    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    const core::UserPaths &paths() const { return m_paths; }
    Settings &settings() { return m_settings; }
    core::UserStore &store() { return m_store; }

private:
    core::UserPaths m_paths;
    Settings m_settings;
    core::UserStore m_store;
};

// What the application as a whole does for `paths`, once at start (main,
// after QApplication, before any window). In portable mode: Qt's own
// settings (its file dialog's last folder) go to the portable folder, and
// every file dialog is Qt's own instead of the desktop's, because a native
// dialog records each file opened in the borrowed computer's recent files
// (GTK: ~/.local/share/recently-used.xbel). Qt::AA_DontUseNativeDialogs is
// the one place: no dialog in Okuw sets it for itself.
void adoptUserPaths(const core::UserPaths &paths);

} // namespace okuw::ui
