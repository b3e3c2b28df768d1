// Catch2 main for the render tests: a QGuiApplication on the offscreen
// platform unless the environment asks for another.
#include "catchrun.h"
#include "hermetic.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return okuw::test::runCatch(argc, argv);
}
