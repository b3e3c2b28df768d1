// Catch2 main for tests that need only QtCore.
#include "catchrun.h"
#include "hermetic.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    QCoreApplication app(argc, argv);
    return okuw::test::runCatch(argc, argv);
}
