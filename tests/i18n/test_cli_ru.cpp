// okuw-bundle speaks the user's language (LANG / LC_ALL): its messages, its
// help and its usage errors come from the Russian and Turkmen translations.
#include "testsupport.h"
#include "tsfile.h"

#include <QDir>
#include <catch2/catch.hpp>
#include <utility>

using namespace okuw::test;

namespace {

// Runs the tool with the given locale in LANG and LC_ALL, then restores them.
ProcessResult runToolIn(const QByteArray &locale, const QStringList &args)
{
    const QByteArray lang = qgetenv("LANG"), all = qgetenv("LC_ALL");
    qputenv("LANG", locale);
    qputenv("LC_ALL", locale);
    const ProcessResult result = runTool(args);
    qputenv("LANG", lang);
    qputenv("LC_ALL", all);
    return result;
}

} // namespace

TEST_CASE("the command-line tool speaks Russian", "[i18n][cli]")
{
    QString error;
    const QList<TsMessage> ru =
        readTs(QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_ru.ts")), &error);
    REQUIRE(error.isEmpty());
    const QString damaged = tsTranslation(ru, QStringLiteral("okuw::core::Bundle"),
                                          QStringLiteral("%1: the bundle is damaged: %2"));
    const QString missing = tsTranslation(ru, QStringLiteral("okuw::core::Bundle"),
                                          QStringLiteral("the file does not exist"));
    const QString usage = tsTranslation(ru, QStringLiteral("okuw::cli"),
                                        QStringLiteral("Usage: okuw-bundle <command> [arguments]"));
    REQUIRE_FALSE(missing.isEmpty());
    REQUIRE_FALSE(usage.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("нет-такого.okuw"));
    const ProcessResult result = runToolIn("ru_RU.UTF-8", {QStringLiteral("info"), path});
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode != 0);
    CHECK(result.err.contains(missing));
    CHECK(result.err.contains(path)); // names the file
    CHECK_FALSE(result.err.contains(QStringLiteral("does not exist")));

    const ProcessResult help = runToolIn("ru_RU.UTF-8", {});
    CHECK((help.out + help.err).contains(usage));

    // And English when the system is English.
    const ProcessResult en = runToolIn("en_US.UTF-8", {QStringLiteral("info"), path});
    CHECK(en.err.contains(QStringLiteral("the file does not exist")));
}

TEST_CASE("the command-line tool's help and usage errors are translated", "[i18n][cli]")
{
    QString error;
    const QList<TsMessage> ru =
        readTs(QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_ru.ts")), &error);
    const QList<TsMessage> tk =
        readTs(QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_tk.ts")), &error);
    REQUIRE(error.isEmpty());
    const QString cli = QStringLiteral("okuw::cli");

    // A command's --help: headings, the table's descriptions and value names.
    const ProcessResult help =
        runToolIn("ru_RU.UTF-8", {QStringLiteral("info"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *source : {"Options:", "Arguments:", "Show this help.", "<file.okuw>",
                               "Print JSON for tools; its keys are stable."}) {
        INFO(source);
        const QString translated = tsTranslation(ru, cli, QLatin1String(source));
        REQUIRE_FALSE(translated.isEmpty());
        CHECK(help.out.contains(translated));
    }
    CHECK_FALSE(help.out.contains(QStringLiteral("Show this help.")));

    // QCommandLineParser's own message, from Okuw's translation where Qt has
    // none (Qt ships no Turkmen).
    const ProcessResult missing =
        runToolIn("tk_TM.UTF-8", {QStringLiteral("search"), QStringLiteral("x.okuw"),
                                  QStringLiteral("q"), QStringLiteral("--limit")});
    CHECK(missing.exitCode == 2);
    const QString missingValue = tsTranslation(tk, QStringLiteral("QCommandLineParser"),
                                               QStringLiteral("Missing value after '%1'."));
    REQUIRE_FALSE(missingValue.isEmpty());
    CHECK(missing.err.contains(missingValue.arg(QStringLiteral("--limit"))));

    const ProcessResult unknown =
        runToolIn("tk_TM.UTF-8", {QStringLiteral("info"), QStringLiteral("--frob")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(tsTranslation(tk, cli, QStringLiteral("unknown option \"%1\""))
                                   .arg(QStringLiteral("--frob"))));
}

TEST_CASE("the YAML reader's messages come in a translated sentence", "[i18n][cli]")
{
    QString error;
    const QList<TsMessage> ru =
        readTs(QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_ru.ts")), &error);
    const QList<TsMessage> tk =
        readTs(QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_tk.ts")), &error);
    REQUIRE(error.isEmpty());

    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    // A flow mapping never closed: yaml-cpp says "end of map flow not found".
    REQUIRE(writeFile(QDir(src).filePath(QStringLiteral("alpha/module.yaml")),
                      QByteArray("slug: alpha\norder: 1\ntitle: {en: \"Alpha\"\n")));
    const QStringList args{QStringLiteral("build"), src, QStringLiteral("-o"),
                           dir.filePath(QStringLiteral("out.okuw"))};
    for (const auto &[locale, ts] :
         {std::pair{QByteArray("ru_RU.UTF-8"), &ru}, std::pair{QByteArray("tk_TM.UTF-8"), &tk}}) {
        const ProcessResult result = runToolIn(locale, args);
        INFO(locale.constData() << " stderr: " << result.err.toStdString());
        CHECK(result.exitCode != 0);
        const QString sentence = tsTranslation(*ts, QStringLiteral("okuw::builder"),
                                               QStringLiteral("not valid YAML: %1"));
        const QString problem =
            tsTranslation(*ts, QStringLiteral("okuw::core::yaml"),
                          QStringLiteral("a { … } mapping is not closed with }"));
        REQUIRE_FALSE(sentence.isEmpty());
        REQUIRE_FALSE(problem.isEmpty());
        CHECK(result.err.contains(sentence.arg(problem)));
        CHECK(result.err.contains(QStringLiteral("module.yaml")));
        CHECK_FALSE(result.err.contains(QStringLiteral("end of map flow not found")));
    }
}
