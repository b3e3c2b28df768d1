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

} // namespace okuw::ui
