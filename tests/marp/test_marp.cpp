// Conformance with Marp itself: every deck of tests/marp/corpus
// is built by the real okuw-bundle and read by the real marp-core (pinned
// in package.json / package-lock.json, run with node); slide counts, each
// slide's notes, effective directives and images must agree, except for
// the differences allowed-differences.txt lists with a reason. Emoji
// shortcodes are checked one by one against marp-core's conversion.
#include "core/bundle.h"
#include "render/emoji.h"
#include "render/slidemodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <iostream>

using namespace okuw::test;

namespace {

const QStringList kFields = {
    QStringLiteral("page"),  QStringLiteral("class"),  QStringLiteral("backgroundColor"),
    QStringLiteral("color"), QStringLiteral("header"), QStringLiteral("footer"),
    QStringLiteral("theme")};

QString marpDir()
{
    return sourceDir() + QStringLiteral("/tests/marp");
}

// marp-core from the lock file: tests/marp/node_modules when installed there
// (.ci/setup runs `npm ci`), else installed once into the build tree.
// Empty, with `why`, when node or the packages cannot be had.
QString nodeModulesParent(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *why = QStringLiteral("node is not installed (Debian: nodejs)");
        return {};
    }
    if (QFileInfo::exists(marpDir() + QStringLiteral("/node_modules/@marp-team/marp-core")))
        return marpDir();
    const QString dir = binaryDir() + QStringLiteral("/marp-node");
    // ctest -j runs both marp tests at once: one installs, the other waits.
    QDir().mkpath(dir);
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(300000)) {
        *why = QStringLiteral("another test held %1.lock for 5 minutes").arg(dir);
        return {};
    }
    if (QFileInfo::exists(dir + QStringLiteral("/node_modules/@marp-team/marp-core")))
        return dir;
    for (const char *f : {"package.json", "package-lock.json"}) {
        QFile::remove(dir + QLatin1Char('/') + QLatin1String(f));
        QFile::copy(marpDir() + QLatin1Char('/') + QLatin1String(f),
                    dir + QLatin1Char('/') + QLatin1String(f));
    }
    QProcess npm;
    npm.setWorkingDirectory(dir);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!npm.waitForFinished(280000) || npm.exitCode() != 0) {
        npm.kill();
        *why = QStringLiteral("npm ci could not install marp-core from tests/marp/package-lock.json"
                              " (no registry?): ") +
               QString::fromLocal8Bit(npm.readAllStandardError()).left(400);
        return {};
    }
    return dir;
}

struct Allowed
{
    QSet<QString> keys; // "deck what", what: slides | notes:N | field:N | field:*
};

Allowed readAllowList()
{
    Allowed out;
    QFile f(marpDir() + QStringLiteral("/allowed-differences.txt"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    int n = 0;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        ++n;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        INFO("allowed-differences.txt:" << n << ": every entry needs a reason after #");
        REQUIRE(hash > 0);
        REQUIRE_FALSE(line.mid(hash + 1).trimmed().isEmpty());
        out.keys.insert(line.left(hash).simplified());
    }
    return out;
}

QString okuwValue(const QJsonObject &d, const QString &field)
{
    const QJsonValue v = d.value(field);
    if (field == QLatin1String("page"))
        return QString::number(v.toInt());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// The images a slide shows as Okuw reads it (inline and `![bg]`), sorted,
// as marp-slides.js lists Marp's: "a|b".
QString okuwImages(const okuw::core::Slide &slide)
{
    const okuw::render::SlideModel m = okuw::render::parseSlide(slide.body, slide.directives);
    QStringList out;
    for (const okuw::render::ImageRef &ref : m.backgrounds)
        out << ref.src;
    for (const okuw::render::Block &b : m.blocks)
        for (const okuw::render::ImageRef &ref : b.images)
            out << ref.src;
    out.removeDuplicates();
    out.sort();
    return out.join(QLatin1Char('|'));
}

QString marpValue(const QJsonObject &d, const QString &field)
{
    const QJsonValue v = d.value(field);
    return v.isDouble() ? QString::number(v.toInt()) : v.toString();
}

} // namespace

TEST_CASE("every corpus deck agrees with marp-core", "[marp]")
{
    QString why;
    const QString modules = nodeModulesParent(&why);
    if (modules.isEmpty()) {
        WARN("SKIPPED: the Marp conformance test needs node and marp-core: " << why.toStdString());
        return;
    }
    const QDir corpus(marpDir() + QStringLiteral("/corpus"));
    const QStringList decks = corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    REQUIRE(decks.size() >= 10);

    // Marp's view.
    QProcess node;
    node.setWorkingDirectory(modules);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules + QStringLiteral("/node_modules"));
    node.setProcessEnvironment(env);
    QStringList args{marpDir() + QStringLiteral("/marp-slides.js")};
    for (const QString &d : decks)
        args << corpus.filePath(d);
    node.start(QStringLiteral("node"), args);
    REQUIRE(node.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(node.readAllStandardError()).toStdString());
    REQUIRE(node.exitCode() == 0);
    const QJsonObject marp = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    REQUIRE(marp.size() == decks.size());

    // Okuw's: one module per deck, built by the real okuw-bundle.
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeFile(src + QStringLiteral("/bundle.yaml"),
              "id: 11111111-2222-4333-8444-555555555556\nversion: \"1\"\ndefault_language: en\n"
              "languages: [en]\ntitle: {en: Marp corpus}\npublisher: {en: Tests}\n");
    QStringList slugs;
    for (int i = 0; i < decks.size(); ++i) {
        const QString slug = decks[i].chopped(3).toLower().replace(
            QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        slugs << slug;
        const QString m = src + QLatin1Char('/') + slug;
        writeFile(m + QStringLiteral("/module.yaml"),
                  QStringLiteral("slug: %1\norder: %2\nduration: 10\ntitle: {en: \"%1\"}\n"
                                 "summary: {en: \"%1\"}\ndecks: {en: deck.md}\n")
                      .arg(slug)
                      .arg(i + 1)
                      .toUtf8());
        REQUIRE(QFile::copy(corpus.filePath(decks[i]), m + QStringLiteral("/deck.md")));
        QDir().mkpath(m + QStringLiteral("/img"));
        for (const QString &img :
             QDir(corpus.filePath(QStringLiteral("img"))).entryList(QDir::Files))
            QFile::copy(corpus.filePath(QStringLiteral("img/") + img),
                        m + QStringLiteral("/img/") + img);
    }
    const QString out = dir.filePath(QStringLiteral("corpus.okuw"));
    const ProcessResult built = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0); // every deck Marp renders, Okuw builds
    QString error;
    const auto bundle = okuw::core::Bundle::open(out, &error);
    REQUIRE(bundle);

    const Allowed allowed = readAllowList();
    QStringList differences;
    int slideCountsEqual = 0;
    int slidesCompared = 0, notesEqual = 0, directivesEqual = 0;
    for (int i = 0; i < decks.size(); ++i) {
        const QString &deck = decks[i];
        const QJsonObject m = marp.value(deck).toObject();
        const auto module = bundle->moduleBySlug(slugs[i]);
        REQUIRE(module);
        const auto slides = bundle->slides(module->id, QStringLiteral("en"));
        const int marpSlides = m.value(QStringLiteral("slides")).toInt();
        const auto differ = [&](const QString &what, const QString &detail) {
            if (!allowed.keys.contains(deck + QLatin1Char(' ') + what) &&
                !allowed.keys.contains(deck + QLatin1Char(' ') +
                                       what.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":*")))
                differences << deck + QLatin1Char(' ') + what + QStringLiteral(": ") + detail;
        };
        if (slides.size() == marpSlides)
            ++slideCountsEqual;
        else
            differ(QStringLiteral("slides"),
                   QStringLiteral("Okuw %1, Marp %2").arg(slides.size()).arg(marpSlides));
        const QJsonArray notes = m.value(QStringLiteral("notes")).toArray();
        const QJsonArray directives = m.value(QStringLiteral("directives")).toArray();
        for (int s = 0; s < std::min<int>(int(slides.size()), marpSlides); ++s) {
            ++slidesCompared;
            const QString n = QString::number(s + 1);
            if (slides[s].notes == notes[s].toString())
                ++notesEqual;
            else
                differ(QStringLiteral("notes:") + n,
                       QStringLiteral("Okuw \"%1\", Marp \"%2\"")
                           .arg(slides[s].notes, notes[s].toString()));
            bool same = true;
            for (const QString &field : kFields) {
                const QString o = okuwValue(slides[s].directives, field);
                const QString v = marpValue(directives[s].toObject(), field);
                if (o != v) {
                    same = false;
                    differ(field + QLatin1Char(':') + n,
                           QStringLiteral("Okuw \"%1\", Marp \"%2\"").arg(o, v));
                }
            }
            directivesEqual += same ? 1 : 0;
            const QString mi = m.value(QStringLiteral("images")).toArray().at(s).toString();
            if (const QString oi = okuwImages(slides[s]); oi != mi)
                differ(QStringLiteral("images:") + n,
                       QStringLiteral("Okuw \"%1\", Marp \"%2\"").arg(oi, mi));
        }
    }
    std::cout << "Marp conformance: " << decks.size() << " decks, slide counts equal on "
              << slideCountsEqual << "; " << slidesCompared << " slides compared, notes equal on "
              << notesEqual << ", directives equal on " << directivesEqual << "\n";
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
}

TEST_CASE("every emoji shortcode converts as marp-core converts it", "[marp]")
{
    QString why;
    const QString modules = nodeModulesParent(&why);
    if (modules.isEmpty()) {
        WARN("SKIPPED: the emoji test needs node and marp-core: " << why.toStdString());
        return;
    }
    // Every name of Okuw's table, and some that are not names.
    QFile table(sourceDir() + QStringLiteral("/resources/emoji/shortcodes.txt"));
    REQUIRE(table.open(QIODevice::ReadOnly));
    QStringList texts;
    for (const QString &line : QString::fromUtf8(table.readAll()).split(QLatin1Char('\n')))
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            texts << QLatin1Char(':') + line.section(QLatin1Char('\t'), 0, 0) + QLatin1Char(':');
    REQUIRE(texts.size() > 1800);
    texts << QStringLiteral("a:smile:b") << QStringLiteral(":xq:smile: :nope: ::")
          << QStringLiteral("::+1:::-1::") << QStringLiteral(":Smile: :smile")
          << QStringLiteral("Пример :ru::tm:");

    QProcess node;
    node.setWorkingDirectory(modules);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules + QStringLiteral("/node_modules"));
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), QStringList{marpDir() + QStringLiteral("/marp-slides.js"),
                                                   QStringLiteral("--emoji")} +
                                           texts);
    REQUIRE(node.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(node.readAllStandardError()).toStdString());
    REQUIRE(node.exitCode() == 0);
    const QJsonObject marp = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    REQUIRE(marp.size() == texts.size());
    QStringList differences;
    for (const QString &text : std::as_const(texts)) {
        const QString okuw = okuw::render::replaceEmojiShortcodes(text);
        if (okuw != marp.value(text).toString())
            differences << text + QStringLiteral(": Okuw \"") + okuw +
                               QStringLiteral("\", Marp \"") + marp.value(text).toString() +
                               QLatin1Char('"');
    }
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
}
