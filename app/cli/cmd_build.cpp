#include "builder/builder.h"
#include "commands.h"
#include "core/writer.h"

#include <QtGlobal>
#include <csignal>
#include <cstdlib>

namespace okuw::cli {

namespace {

// Ctrl+C or a kill during a build: remove the half-written temporary file,
// so an interrupted build leaves nothing behind. std::_Exit, unlike exit(),
// may be called from a signal handler, in standard C++ as in POSIX.
extern "C" void onInterrupt(int signal)
{
    core::BundleWriter::removeTemporaryOnSignal();
    std::_Exit(128 + signal);
}

void removeTemporaryOnInterrupt()
{
    // SIGINT and SIGTERM are standard C and exist on Windows too; SIGHUP
    // (the terminal closed) is POSIX only.
    for (int signal : {SIGINT, SIGTERM})
        std::signal(signal, onInterrupt);
#ifdef Q_OS_UNIX
    std::signal(SIGHUP, onInterrupt);
#endif
}

} // namespace

int runBuild(const Invocation &cmd)
{
    const QString source = cmd.argument(0);
    const QString output = cmd.value("output");
    removeTemporaryOnInterrupt();
    // Tests of an interrupted build stop it while the temporary file is being
    // written: with this variable set the build says so and waits for its
    // standard input to close, so no timing decides what the test sees.
    const bool hold = qEnvironmentVariableIsSet("OKUW_BUILD_HOLD_FOR_TESTING");
    const builder::BuildResult result =
        builder::buildBundle(source, output, [hold](const builder::BuildProgress &p) {
            if (hold && p.modulesDone == 1) {
                err() << "okuw-bundle: holding for the test\n";
                err().flush();
                QTextStream(stdin).readAll();
            }
        });
    for (const QString &w : result.warnings)
        err() << CliText::tr("warning: %1").arg(w) << "\n";
    for (const QString &e : result.errors)
        err() << e << "\n";
    if (!result.ok) {
        err() << CliText::tr("okuw-bundle build: %1 problem(s); no bundle was written")
                     .arg(result.errors.size())
              << "\n";
        return 1;
    }
    out() << CliText::tr("Built %1: %2 modules, %3 slides, %4 documents")
                 .arg(output)
                 .arg(result.modules)
                 .arg(result.slides)
                 .arg(result.documents)
          << "\n";
    return 0;
}

} // namespace okuw::cli
