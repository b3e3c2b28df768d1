// okuw-bundle: builds, checks and inspects Okuw bundles.
#include "commands.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashSeed>
#include <QLocale>
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

namespace {

const Command kCommands[] = {
    {"build", "build <source-dir> -o <file.okuw>", true, runBuild},
    {"lint", "lint <source-dir>", false, runLint},
    {"validate", "validate <file.okuw>", false, runValidate},
    {"verify", "verify <file.okuw>", false, runValidate},
    {"info", "info [--json] <file.okuw>", false, runInfo},
    {"notes", "notes <file.okuw> [--module slug] (--md out.md | --pdf out.pdf) [--store path]",
     true, runExportNotes},
    {"search", "search <file.okuw> \"<query>\" [--lang ru] [--module slug] [--limit N] [--json]",
     false, runSearch},
    {"export", "export <file.okuw> <module> [--lang <code>] (--png <dir> | --pdf <file>)", true,
     runExport},
};

int usage(QTextStream &stream)
{
    stream << CliText::tr("Usage: okuw-bundle <command> [arguments]") << "\n\n"
           << CliText::tr("Commands:") << "\n";
    for (const Command &c : kCommands)
        stream << "  okuw-bundle " << c.synopsis << "\n";
    stream.flush();
    return 2;
}

} // namespace

} // namespace okuw::cli

int main(int argc, char **argv)
{
    using namespace okuw::cli;
    // Qt seeds QHash randomly per process, and its PDF writer emits fonts in
    // hash order: a fixed seed makes handouts, and so bundles, reproducible.
    QHashSeed::setDeterministicGlobalSeed();
    const std::span<char *> args(argv, size_t(argc));
    const char *name = argc > 1 ? args[1] : "";
    const Command *command = nullptr;
    for (const Command &c : kCommands) {
        if (qstrcmp(c.name, name) == 0)
            command = &c;
    }

    // Rendering needs a QGuiApplication; on a machine without a display the
    // offscreen platform does, so the builder runs in CI and over SSH.
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("okuw-bundle"));
    // Messages in the user's language (LANG, LC_MESSAGES): en, ru or tk.
    okuw::core::installTranslations(
        okuw::core::interfaceLanguageFor(QLocale::system().uiLanguages().value(0)));

    if (!command) {
        const QString given = QString::fromLocal8Bit(name);
        if (given == QLatin1String("help") || given == QLatin1String("--help") ||
            given == QLatin1String("-h")) {
            usage(out());
            return 0;
        }
        if (!given.isEmpty())
            err() << CliText::tr("okuw-bundle: unknown command \"%1\"").arg(given) << "\n";
        return usage(err());
    }
    const QStringList rest = QCoreApplication::arguments().mid(2);
    const int code = command->run(rest);
    out().flush();
    err().flush();
    return code;
}
