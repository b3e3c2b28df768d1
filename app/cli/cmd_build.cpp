#include "builder/builder.h"
#include "commands.h"
#include "core/signature.h"
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
    // The key is read before anything is built: a key that cannot be used
    // stops the build before a file is written.
    core::SecretKey key;
    if (cmd.isSet("sign")) {
        QString why;
        if (!core::SecretKey::readFile(cmd.value("sign"), &key, &why)) {
            err() << why << "\n";
            err() << CliText::tr("okuw-bundle build: the signing key cannot be used; no bundle "
                                 "was written")
                  << "\n";
            return 1;
        }
    }
    removeTemporaryOnInterrupt();
    // Tests of an interrupted build stop it while the temporary file is being
    // written: with this variable set the build says so and waits for its
    // standard input to close, so no timing decides what the test sees.
    const bool hold = qEnvironmentVariableIsSet("OKUW_BUILD_HOLD_FOR_TESTING");
    builder::BuildOptions options;
    options.strict = cmd.isSet("strict");
    options.signingKey = key.isValid() ? &key : nullptr;
    const builder::BuildResult result = builder::buildBundle(
        source, output,
        [hold](const builder::BuildProgress &p) {
            if (p.pages > 0) {
                // A long PDF deck: how far its pages are read.
                err() << CliText::tr("okuw-bundle: %1: %2 of %3 pages read")
                             .arg(p.deck)
                             .arg(p.pagesDone)
                             .arg(p.pages)
                      << "\n";
                err().flush();
                return;
            }
            if (hold && p.modulesDone == 1) {
                err() << "okuw-bundle: holding for the test\n";
                err().flush();
                QTextStream(stdin).readAll();
            }
        },
        options);
    for (const QString &w : result.warnings)
        err() << w << "\n";
    for (const QString &e : result.errors)
        err() << e << "\n";
    if (!result.ok) {
        err() << CliText::tr("okuw-bundle build: %n problem(s); no bundle was written", nullptr,
                             int(result.errors.size()))
              << "\n";
        return 1;
    }
    out() << CliText::tr("Built %1: %2, %3, %4")
                 .arg(output, CliText::tr("%n module(s)", nullptr, result.modules),
                      CliText::tr("%n slide(s)", nullptr, result.slides),
                      CliText::tr("%n document(s)", nullptr, result.documents))
          << "\n";
    if (key.isValid())
        out() << CliText::tr("Signed by %1 (key fingerprint %2)")
                     .arg(key.publisher(), key.publicKey().fingerprint())
              << "\n";
    return 0;
}

} // namespace okuw::cli
