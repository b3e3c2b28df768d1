// Catch2 main for tests that need only QtCore.
#define CATCH_CONFIG_RUNNER
#include "hermetic.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
