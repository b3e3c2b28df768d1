// Catch2 main for the render tests: a QGuiApplication on the offscreen
// platform unless the environment asks for another.
#define CATCH_CONFIG_RUNNER
#include "hermetic.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
