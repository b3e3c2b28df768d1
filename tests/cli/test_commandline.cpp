// okuw-bundle's command line: --help for every command, --version, and exit
// code 2 with a message naming what is wrong. Runs the real program.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

struct CommandOptions
{
    QString name;
    QStringList options; // every option the README documents for it
};

const QList<CommandOptions> &commands()
{
    static const QList<CommandOptions> list = {
        {QStringLiteral("build"),
         {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--sign")}},
        {QStringLiteral("lint"), {}},
        {QStringLiteral("validate"), {}},
        {QStringLiteral("verify"), {QStringLiteral("--trust")}},
        {QStringLiteral("keygen"), {QStringLiteral("-o"), QStringLiteral("--output")}},
        {QStringLiteral("info"), {QStringLiteral("--json")}},
        {QStringLiteral("notes"),
         {QStringLiteral("--module"), QStringLiteral("--lang"), QStringLiteral("--md"),
          QStringLiteral("--pdf"), QStringLiteral("--store")}},
        {QStringLiteral("search"),
         {QStringLiteral("--lang"), QStringLiteral("--module"), QStringLiteral("--limit"),
          QStringLiteral("--json")}},
        {QStringLiteral("export"),
         {QStringLiteral("--lang"), QStringLiteral("--png"), QStringLiteral("--pdf")}},
    };
    return list;
}

// Runs okuw-bundle as a bare console would (no XDG_RUNTIME_DIR, as over
// SSH or in a container), where starting a GUI application warns about it.
ProcessResult runBare(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(bundleTool(), args);
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The usage part of a help text: everything before its first blank line.
QString usageOf(const QString &help)
{
    return help.section(QStringLiteral("\n\n"), 0, 0);
}

} // namespace

TEST_CASE("every command's --help exits 0 and prints its usage, options and description",
          "[cli][help]")
{
    for (const CommandOptions &c : commands()) {
        INFO(c.name.toStdString());
        const ProcessResult help = runTool({c.name, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: okuw-bundle %1").arg(c.name)));
        CHECK(help.out.contains(QStringLiteral("Options:")));
        CHECK(help.out.contains(QStringLiteral("-h, --help")));
        // A description follows the usage.
        CHECK(help.out.section(QStringLiteral("\n\n"), 1, 1).trimmed().size() > 10);
        for (const QString &option : c.options)
            CHECK(help.out.contains(option));

        // -h and `help <command>` say the same.
        CHECK(runTool({c.name, QStringLiteral("-h")}).out == help.out);
        const ProcessResult viaHelp = runTool({QStringLiteral("help"), c.name});
        CHECK(viaHelp.exitCode == 0);
        CHECK(viaHelp.out == help.out);
    }
}

TEST_CASE("okuw-bundle --help lists every command with the usage its --help shows", "[cli][help]")
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("-h")},
          QStringList{QStringLiteral("help")}}) {
        const ProcessResult r = runTool(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: okuw-bundle <command>")));
        CHECK(r.out.contains(QStringLiteral("--version")));
        const QString listing = r.out.simplified();
        for (const CommandOptions &c : commands()) {
            INFO(c.name.toStdString());
            // The command's own usage line, as the listing shows it.
            const QString usage = usageOf(runTool({c.name, QStringLiteral("--help")}).out)
                                      .simplified()
                                      .remove(QStringLiteral("Usage: "));
            CHECK(listing.contains(usage));
        }
    }
}

TEST_CASE("okuw-bundle --version prints the version CMake was given", "[cli][help]")
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const ProcessResult r = runTool({flag});
        INFO(flag.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.trimmed() == QStringLiteral("okuw-bundle " OKUW_VERSION));
    }
}

TEST_CASE("every command's --version prints the version and its help lists it", "[cli][help]")
{
    for (const CommandOptions &c : commands()) {
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            INFO((c.name + QLatin1Char(' ') + flag).toStdString());
            const ProcessResult r = runTool({c.name, flag});
            CHECK(r.exitCode == 0);
            CHECK(r.out.trimmed() == QStringLiteral("okuw-bundle " OKUW_VERSION));
        }
        CHECK(
            runTool({c.name, QStringLiteral("--help")}).out.contains(QStringLiteral("--version")));
    }
    // Among a command's arguments too, as --help is.
    const ProcessResult r =
        runTool({QStringLiteral("export"), QStringLiteral("x.okuw"), QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("okuw-bundle " OKUW_VERSION));
}

TEST_CASE("help and the version print nothing on stderr on a bare console", "[cli][help]")
{
    QList<QStringList> lines = {{QStringLiteral("--help")},
                                {QStringLiteral("--version")},
                                {QStringLiteral("help"), QStringLiteral("export")}};
    for (const CommandOptions &c : commands()) {
        lines.append({c.name, QStringLiteral("--help")});
        lines.append({c.name, QStringLiteral("-h")});
        lines.append({c.name, QStringLiteral("--version")});
    }
    for (const QStringList &args : lines) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = runBare(args);
        CHECK(r.exitCode == 0);
        CHECK_FALSE(r.out.isEmpty());
        CHECK(r.err.isEmpty());
    }
    // A value that looks like an option is a value: this export runs (and
    // fails on the missing bundle) rather than printing help.
    QTemporaryDir dir;
    const ProcessResult run =
        runBare({QStringLiteral("export"), dir.filePath(QStringLiteral("none.okuw")),
                 QStringLiteral("m"), QStringLiteral("--pdf"), QStringLiteral("--help")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("none.okuw")));
}

TEST_CASE("a wrong option exits 2 with a message naming it and the command's usage", "[cli][help]")
{
    for (const CommandOptions &c : commands()) {
        INFO(c.name.toStdString());
        const ProcessResult r =
            runTool({c.name, QStringLiteral("x.okuw"), QStringLiteral("--frob")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("\"--frob\"")));
        CHECK(r.err.contains(usageOf(runTool({c.name, QStringLiteral("--help")}).out)));
        CHECK(r.out.isEmpty());
    }

    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("none.okuw"));
    struct Case
    {
        QStringList args;
        QString named; // what the message must name
    };
    const QList<Case> cases = {
        {{QStringLiteral("--frob")}, QStringLiteral("--frob")},
        {{QStringLiteral("info"), QStringLiteral("-x"), bundle}, QStringLiteral("-x")},
        {{QStringLiteral("info"), QStringLiteral("--json=yes"), bundle}, QStringLiteral("--json")},
        {{QStringLiteral("info"), bundle, QStringLiteral("extra")}, QStringLiteral("extra")},
        {{QStringLiteral("build"), dir.path()}, QStringLiteral("-o")},
        {{QStringLiteral("build"), dir.path(), QStringLiteral("-o")}, QStringLiteral("-o")},
        {{QStringLiteral("search"), bundle, QStringLiteral("q"), QStringLiteral("--limit")},
         QStringLiteral("--limit")},
        {{QStringLiteral("search"), bundle, QStringLiteral("q"), QStringLiteral("--limit"),
          QStringLiteral("0")},
         QStringLiteral("--limit")},
        {{QStringLiteral("search"), bundle}, QStringLiteral("<query>")},
        {{QStringLiteral("notes"), bundle, QStringLiteral("--md"), QStringLiteral("a.md"),
          QStringLiteral("--pdf"), QStringLiteral("a.pdf")},
         QStringLiteral("--md, --pdf")},
        {{QStringLiteral("export"), bundle, QStringLiteral("m")}, QStringLiteral("--png, --pdf")},
        {{QStringLiteral("help"), QStringLiteral("frob")}, QStringLiteral("frob")},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = runTool(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.named));
        CHECK(r.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("options go before or after the arguments, long or with one dash", "[cli][help]")
{
    const QString bundle = defaultBundle();
    REQUIRE(QFile::exists(bundle));
    const ProcessResult after = runTool({QStringLiteral("info"), bundle, QStringLiteral("--json")});
    REQUIRE(after.exitCode == 0);
    CHECK(after.out.startsWith(QLatin1Char('{')));
    CHECK(runTool({QStringLiteral("info"), QStringLiteral("--json"), bundle}).out == after.out);
    CHECK(runTool({QStringLiteral("info"), QStringLiteral("-json"), bundle}).out == after.out);

    // `--` ends the options, so a query may begin with a dash.
    const ProcessResult dashed =
        runTool({QStringLiteral("search"), bundle, QStringLiteral("--json"), QStringLiteral("--"),
                 QStringLiteral("-victim")});
    INFO(dashed.err.toStdString());
    CHECK(dashed.exitCode == 0);
    CHECK(dashed.out.contains(QStringLiteral("\"query\": \"-victim\"")));
}
