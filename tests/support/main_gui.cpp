// Catch2 main for tests that render or show widgets: a QApplication on the
// offscreen platform unless the environment asks for another.
#include "catchrun.h"
#include "hermetic.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char **argv)
{
    okuw::test::makeHermetic();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int failed = okuw::test::runCatch(argc, argv);
    // Work still queued on the global pool (a search, say) must end while
    // the application it may touch still exists.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
