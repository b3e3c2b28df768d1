#include "userpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace okuw::core {

QString UserPaths::storeFile() const
{
    return QDir(dataDir).filePath(QStringLiteral("userdata.sqlite"));
}

UserPaths UserPaths::standard()
{
    UserPaths paths;
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    paths.settingsFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                             .filePath(QStringLiteral("okuw.ini"));
    return paths;
}

UserPaths UserPaths::inFolder(const QString &dir)
{
    UserPaths paths;
    paths.dataDir = QDir::cleanPath(dir);
    paths.settingsFile = QDir(dir).filePath(QStringLiteral("okuw.ini"));
    return paths;
}

} // namespace okuw::core
