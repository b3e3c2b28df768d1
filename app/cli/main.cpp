// okuw-bundle: builds, checks and inspects Okuw bundles.
#include "commands.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashSeed>
#include <QLocale>
#include <QLoggingCategory>
#include <cstdio>
#include <memory>
#include <span>

namespace okuw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace okuw::cli

int main(int argc, char **argv)
{
    using namespace okuw::cli;
    // Qt seeds QHash randomly per process, and its PDF writer emits fonts in
    // hash order: a fixed seed makes handouts, and so bundles, reproducible.
    QHashSeed::setDeterministicGlobalSeed();

    // The application object must exist before the command line is parsed
    // (arguments() decodes it as the platform wants), and its kind depends
    // on the command: the first word that is not an option names it. Help
    // and the version need no GUI (whose start warns on a bare console).
    QStringList localArguments;
    for (const char *arg : std::span<char *>(argv, size_t(argc)))
        localArguments << QString::fromLocal8Bit(arg);
    const Command *command = nullptr;
    for (const QString &arg : localArguments.mid(1)) {
        if (!arg.startsWith(QLatin1Char('-'))) {
            command = findCommand(arg);
            break;
        }
    }
    const bool needsGui = command && command->needsGui && !asksForHelpOrVersion(localArguments);
    // Rendering needs a QGuiApplication; on a machine without a display the
    // offscreen platform does, so the builder runs in CI and over SSH.
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("okuw-bundle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKUW_VERSION));
    // Each problem is reported as a line of its own; the library's log lines
    // would say it twice (QT_LOGGING_RULES="okuw.*=true" brings them back).
    QLoggingCategory::setFilterRules(QStringLiteral("okuw.*=false"));
    // Messages in the user's language (LANG, LC_MESSAGES): en, ru or tk.
    okuw::core::installTranslations(
        okuw::core::interfaceLanguageFor(QLocale::system().uiLanguages().value(0)));

    const int code = runCommandLine(QCoreApplication::arguments());
    out().flush();
    err().flush();
    return code;
}
