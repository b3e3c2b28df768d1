#include "profile.h"

namespace okuw::ui {

Profile::Profile(const core::UserPaths &paths) : m_paths(paths), m_settings(paths.settingsFile)
{
    m_store.open(paths.storeFile());
}

Profile::~Profile() = default;

} // namespace okuw::ui
