// Catch2 main for the first-hour tests: Qt's offscreen platform with one
// 1024x768 screen, as many workshop laptops and projectors have, set before
// the QApplication exists.
#include "catchrun.h"
#include "hermetic.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(R"({"screens": [
  {"name": "WORKSHOP", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1}
]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QDir::toNativeSeparators(config).toUtf8());
    QApplication app(argc, argv);
    const int failed = okuw::test::runCatch(argc, argv);
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
