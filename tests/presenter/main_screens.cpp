// Catch2 main for the two-screen tests: Qt's offscreen platform with a
// screens file (a 1920x1080 laptop and a 1280x720 projector), set before
// the QApplication exists.
#include "catchrun.h"
#include "hermetic.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(R"({"screens": [
  {"name": "LAPTOP", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
  {"name": "PROJECTOR", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "dpr": 1}
]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QDir::toNativeSeparators(config).toUtf8());
    QApplication app(argc, argv);
    return okuw::test::runCatch(argc, argv);
}
