#include "profile.h"

#include <QCoreApplication>
#include <QSettings>

namespace okuw::ui {

Profile::Profile(const core::UserPaths &paths) : m_paths(paths), m_settings(paths.settingsFile)
{
    m_store.open(paths.storeFile());
}

Profile::~Profile() = default;

void adoptUserPaths(const core::UserPaths &paths)
{
    if (!paths.portable)
        return;
    // Windows keeps Qt's own settings in the registry, which this cannot
    // redirect (README: Portable mode).
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, paths.dataDir);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

} // namespace okuw::ui
