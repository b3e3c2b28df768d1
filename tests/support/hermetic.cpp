#include "hermetic.h"

#include <QByteArray>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace okuw::test {

void makeHermetic()
{
    // Lives until the program exits; removed then.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/okuw-test-home-XXXXXX"));
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    // Under HOME too: Qt's test mode ("~/.qttest/...") on top of the above.
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace okuw::test
