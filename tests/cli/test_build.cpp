// `okuw-bundle build`, run as a real process on real source folders.
#include "core/bundle.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTest>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

QString buildSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("out.okuw"))
{
    const QString source = dir.filePath(QStringLiteral("src"));
    writeSampleSource(source);
    const QString out = dir.filePath(name);
    const ProcessResult r = runTool({QStringLiteral("build"), source, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(200, 200, QStringLiteral("Reference page %1").arg(i + 1));
    }
}

} // namespace

TEST_CASE("info --json matches what was built", "[cli][build]")
{
    QTemporaryDir dir;
    const QString out = buildSample(dir);
    const ProcessResult r = runTool({QStringLiteral("info"), QStringLiteral("--json"), out});
    REQUIRE(r.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(info[QStringLiteral("id")].toString() ==
          QStringLiteral("11111111-2222-4333-8444-555555555555"));
    CHECK(info[QStringLiteral("version")].toString() == QStringLiteral("1.0-test"));
    CHECK(info[QStringLiteral("default_language")].toString() == QStringLiteral("en"));
    CHECK(info[QStringLiteral("languages")].toArray().size() == 3);
    CHECK(info[QStringLiteral("title")].toObject()[QStringLiteral("ru")].toString() ==
          QStringLiteral("Пример"));
    CHECK(info[QStringLiteral("content_hash")].toString().size() == 64);
    // The format the file is in, as a number and as people write it.
    CHECK(info[QStringLiteral("format_version")].toInt() == 1002);
    CHECK(info[QStringLiteral("format")].toString() == QStringLiteral("1.2"));
    {
        // ...and what the bundle's own metadata says (once "1.0").
        okuw::core::Database db;
        QString error;
        REQUIRE(db.open(out, okuw::core::Database::Mode::Untrusted, &error));
        okuw::core::Statement st(db, "SELECT value FROM metadata WHERE key = 'format'");
        REQUIRE(st.next());
        CHECK(st.text(0) == QStringLiteral("1.2"));
    }
    const ProcessResult text = runTool({QStringLiteral("info"), out});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Format:     1.2\n")));

    const QJsonArray modules = info[QStringLiteral("modules")].toArray();
    REQUIRE(modules.size() == 2);
    const QJsonObject alpha = modules[0].toObject();
    CHECK(alpha[QStringLiteral("slug")].toString() == QStringLiteral("alpha"));
    CHECK(alpha[QStringLiteral("position")].toInt() == 1);
    CHECK(alpha[QStringLiteral("duration_minutes")].toInt() == 45);
    // The sample en deck has three slides (a setext heading and a fenced
    // "---" do not split), two with notes; the ru deck has two, one with notes.
    CHECK(alpha[QStringLiteral("slides")].toObject()[QStringLiteral("en")].toInt() == 3);
    CHECK(alpha[QStringLiteral("slides")].toObject()[QStringLiteral("ru")].toInt() == 2);
    CHECK(alpha[QStringLiteral("slides_with_notes")].toObject()[QStringLiteral("en")].toInt() == 2);
    CHECK(alpha[QStringLiteral("slides_with_notes")].toObject()[QStringLiteral("ru")].toInt() == 1);
    CHECK(alpha[QStringLiteral("questions")].toObject()[QStringLiteral("en")].toInt() == 2);
    const QJsonArray docs = alpha[QStringLiteral("documents")].toArray();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("handout"));
    CHECK(docs[0].toObject()[QStringLiteral("pages")].toInt() >= 1);
    CHECK(modules[1].toObject()[QStringLiteral("slug")].toString() == QStringLiteral("beta"));

    const QJsonObject glossary = info[QStringLiteral("glossary")].toObject();
    CHECK(glossary[QStringLiteral("terms")].toInt() == 2);
    CHECK(glossary[QStringLiteral("needs_review")].toObject()[QStringLiteral("tk")].toInt() == 1);
    const QJsonArray agenda = info[QStringLiteral("agenda")].toArray();
    REQUIRE(agenda.size() == 3);
    CHECK(agenda[1].toObject()[QStringLiteral("module")].toString() == QStringLiteral("alpha"));
    CHECK(agenda[0].toObject()[QStringLiteral("module")].isNull());
    CHECK(info[QStringLiteral("assets")].toInt() == 1);

    // The same facts straight from the reader.
    QString error;
    const auto bundle = okuw::core::Bundle::open(out, &error);
    REQUIRE(bundle);
    const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);
    CHECK(slides[0].key == QStringLiteral("opening"));
    CHECK(slides[2].title == QStringLiteral("Setext heading"));
    CHECK(slides[2].body.contains(QStringLiteral("code, not a separator")));
}

TEST_CASE("the same sources and SOURCE_DATE_EPOCH give the same content hash", "[cli][build]")
{
    QTemporaryDir dir;
    QString error;
    auto hashOf = [&](const QString &path) {
        return okuw::core::Bundle::open(path, &error)->info().contentHash;
    };
    QString a;
    {
        // The build time is content (Help > About shows it): reproducible
        // through SOURCE_DATE_EPOCH, even once the clock has moved on.
        const okuw::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1764201600");
        a = buildSample(dir, QStringLiteral("a.okuw"));
        const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
        REQUIRE(
            QTest::qWaitFor([&] { return QDateTime::currentSecsSinceEpoch() > startedAt; }, 5000));
        const QString b = buildSample(dir, QStringLiteral("b.okuw"));
        CHECK(okuw::core::Bundle::open(b, &error)->info().buildTime ==
              QDateTime(QDate(2025, 11, 27), QTime(0, 0), Qt::UTC));
        CHECK(hashOf(b) == hashOf(a));
    }
    {
        // Another build time, another hash.
        const okuw::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1764201601");
        CHECK(hashOf(buildSample(dir, QStringLiteral("later.okuw"))) != hashOf(a));
    }

    // An edit changes it.
    const okuw::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1764201600");
    const QString deck = dir.filePath(QStringLiteral("src/beta/slides.en.md"));
    writeFile(deck, "# Beta\n\nEdited.\n");
    const QString c = dir.filePath(QStringLiteral("c.okuw"));
    REQUIRE(runTool({QStringLiteral("build"), dir.filePath(QStringLiteral("src")),
                     QStringLiteral("-o"), c})
                .exitCode == 0);
    CHECK(hashOf(c) != hashOf(a));
}

TEST_CASE("with SOURCE_DATE_EPOCH the same sources give the same bytes, and no free pages",
          "[cli][build]")
{
    QTemporaryDir dir;
    struct Epoch
    {
        Epoch() { qputenv("SOURCE_DATE_EPOCH", "1700000000"); }
        ~Epoch() { qunsetenv("SOURCE_DATE_EPOCH"); }
    } epoch;
    const QString a = buildSample(dir, QStringLiteral("a.okuw"));
    const QString b = buildSample(dir, QStringLiteral("b.okuw"));
    CHECK(sha256File(a) == sha256File(b));
    // The build ends with VACUUM: every page of the file is in use.
    okuw::core::Database db;
    QString error;
    REQUIRE(db.open(a, okuw::core::Database::Mode::ReadOnly, &error));
    okuw::core::Statement freePages(db, "PRAGMA freelist_count");
    REQUIRE(freePages.next());
    CHECK(freePages.integer(0) == 0);
    // VACUUM keeps what identifies a bundle in its header.
    okuw::core::Statement id(db, "PRAGMA application_id");
    REQUIRE(id.next());
    CHECK(id.integer(0) == okuw::core::kApplicationId);
    CHECK(runTool({QStringLiteral("validate"), a}).exitCode == 0);
}

TEST_CASE("a reference PDF is stored with its pages and text", "[cli][build]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("src"));
    writeSampleSource(source);
    writePdf(source + QStringLiteral("/beta/reference.pdf"), 3);
    QFile manifest(source + QStringLiteral("/beta/module.yaml"));
    REQUIRE(manifest.open(QIODevice::Append));
    manifest.write("documents:\n  - {lang: en, title: \"Reference\", file: reference.pdf}\n");
    manifest.close();
    const QString out = dir.filePath(QStringLiteral("ref.okuw"));
    const ProcessResult r = runTool({QStringLiteral("build"), source, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString error;
    const auto bundle = okuw::core::Bundle::open(out, &error);
    const auto beta = bundle->moduleBySlug(QStringLiteral("beta"));
    REQUIRE(beta);
    const auto docs = bundle->documents(beta->id);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].pageCount == 3);
    CHECK(docs[0].kind == QStringLiteral("reference"));
    CHECK(bundle->documentPageText(docs[0].id, 2).contains(QStringLiteral("Reference page 3")));
    CHECK(docs[0].sha256 ==
          QString::fromLatin1(sha256File(source + QStringLiteral("/beta/reference.pdf"))));
}

TEST_CASE("bad sources are refused with file and line, and nothing is written", "[cli][build][bad]")
{
    struct Case
    {
        const char *what;
        std::function<void(const QString &src)> spoil;
        const char *file;    // expected in the message
        const char *message; // expected in the message
    };
    const QList<Case> cases = {
        {"no bundle manifest",
         [](const QString &src) { QFile::remove(src + QStringLiteral("/bundle.yaml")); },
         "bundle.yaml", "missing"},
        {"a module folder without manifest",
         [](const QString &src) { QFile::remove(src + QStringLiteral("/beta/module.yaml")); },
         "beta/module.yaml", "missing"},
        {"a broken manifest",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/beta/module.yaml"), "slug: beta\norder: [2\n");
         },
         "beta/module.yaml:", "YAML"},
        {"a broken Markdown deck",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/beta/slides.en.md"),
                       "# Beta\n\ntext\n\n<!-- a comment that never ends\n");
         },
         "beta/slides.en.md:5", "never"},
        {"a deck that is not UTF-8",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/beta/slides.en.md"), "# Beta \xff\xfe\n");
         },
         "beta/slides.en.md", "UTF-8"},
        {"an image that is not an image",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/alpha/images/diagram.svg"), "this is no picture");
         },
         "alpha/slides.en.md:", "not an image"},
        {"a missing image",
         [](const QString &src) {
             QFile::remove(src + QStringLiteral("/alpha/images/diagram.svg"));
         },
         "alpha/slides.en.md:", "does not exist"},
        {"a PDF that is not a PDF",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/beta/fake.pdf"), "%PDF-1.4 but not really");
             QFile m(src + QStringLiteral("/beta/module.yaml"));
             m.open(QIODevice::Append);
             m.write("documents:\n  - {lang: en, title: \"Fake\", file: fake.pdf}\n");
         },
         "beta/module.yaml:", "not a PDF"},
        {"a file outside the source folder",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/../outside/secret.md"), "# secret");
             QFile m(src + QStringLiteral("/beta/module.yaml"));
             m.open(QIODevice::Append);
             m.write(
                 "documents:\n  - {lang: en, title: \"X\", handout: ../../outside/secret.md}\n");
         },
         "beta/module.yaml:", "outside"},
        {"an agenda naming a missing module",
         [](const QString &src) {
             QFile m(src + QStringLiteral("/agenda.yaml"));
             m.open(QIODevice::Append);
             m.write("      - {start: \"11:00\", end: \"12:00\", module: gamma}\n");
         },
         "agenda.yaml:", "gamma"},
        {"a quiz question without a right answer",
         [](const QString &src) {
             writeFile(src + QStringLiteral("/alpha/quiz.en.yaml"),
                       "questions:\n  - id: q\n    prompt: \"?\"\n    choices:\n"
                       "      - {text: a}\n      - {text: b}\n");
         },
         "alpha/quiz.en.yaml:2", "no right answer"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src"));
        writeSampleSource(src);
        c.spoil(src);
        // A bundle from an earlier build sits at the output path: a failed
        // build must leave it as it was.
        const QString out = dir.filePath(QStringLiteral("out.okuw"));
        writeFile(out, "previous bundle");
        const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QString::fromLatin1(c.file)));
        CHECK(r.err.contains(QString::fromLatin1(c.message)));
        CHECK(readFile(out) == "previous bundle");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("out.okuw")});
    }
}

TEST_CASE("an interrupted build leaves no output file", "[cli][build]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    const auto partials = [&] {
        return QDir(dir.path())
            .entryList({QStringLiteral(".*.partial")}, QDir::Files | QDir::Hidden);
    };
    for (bool gentle : {true, false}) {
        INFO((gentle ? "SIGTERM" : "SIGKILL"));
        const QString out =
            dir.filePath(gentle ? QStringLiteral("term.okuw") : QStringLiteral("kill.okuw"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The build stops, mid-write, until its standard input closes: the
        // signal reaches it while the temporary file exists, however fast or
        // slow the machine.
        env.insert(QStringLiteral("OKUW_BUILD_HOLD_FOR_TESTING"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setReadChannel(QProcess::StandardError);
        process.start(bundleTool(), {QStringLiteral("build"), src, QStringLiteral("-o"), out});
        REQUIRE(process.waitForStarted());
        QByteArray said;
        while (!said.contains("holding") && process.waitForReadyRead(60000))
            said += process.readAllStandardError();
        INFO(said.toStdString());
        REQUIRE(said.contains("holding"));
        REQUIRE(process.state() == QProcess::Running);
        REQUIRE_FALSE(partials().isEmpty()); // writing
        if (gentle)
            process.terminate();
        else
            process.kill();
        REQUIRE(process.waitForFinished(60000));
        CHECK_FALSE(QFile::exists(out));
        if (gentle) // a catchable signal also removes the temporary file
            CHECK(partials().isEmpty());
        else // (SIGKILL cannot be caught; the next build's temp name differs)
            for (const QString &p : partials())
                QFile::remove(dir.filePath(p));
    }
}

// What Marp ignores is a warning with file:line; the bundle is still built,
// unless --strict.
TEST_CASE("build warnings name file and line, --strict makes them errors", "[cli][build][marp]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    writeFile(src + QStringLiteral("/beta/slides.en.md"),
              "---\nmarp: true\nbackgroundColor: dark-gray\nmath: katex\n---\n\n# Beta\n\n"
              "---\n\n# Two\n\n<!-- _color: nocolour -->\n<!-- _paginate: sometimes -->\n");
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString deck = QStringLiteral("beta/slides.en.md");
    CHECK(r.err.contains(deck + QStringLiteral(":3: warning: backgroundColor: \"dark-gray\"")));
    CHECK(r.err.contains(deck + QStringLiteral(":4: warning: ")));
    CHECK(r.err.contains(deck + QStringLiteral(":13: warning: color: \"nocolour\"")));
    CHECK(r.err.contains(deck + QStringLiteral(":14: warning: paginate: \"sometimes\"")));
    CHECK(r.err.count(QStringLiteral("warning:")) == 4);
    CHECK(QFileInfo::exists(out));

    const QString strictOut = dir.filePath(QStringLiteral("strict.okuw"));
    const ProcessResult strict = runTool({QStringLiteral("build"), QStringLiteral("--strict"), src,
                                          QStringLiteral("-o"), strictOut});
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.contains(deck + QStringLiteral(":3: warning: ")));
    CHECK(strict.err.contains(QStringLiteral("4 problems;")));
    CHECK_FALSE(QFileInfo::exists(strictOut));
}

TEST_CASE("an image's error names the image's own line, after a long front matter",
          "[cli][build][bad]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    // Six lines of front matter, two slides; the missing image is on line 17.
    writeFile(src + QStringLiteral("/alpha/slides.en.md"), "---\n"                  // 1
                                                           "marp: true\n"           // 2
                                                           "paginate: true\n"       // 3
                                                           "header: Alpha\n"        // 4
                                                           "footer: Workshop\n"     // 5
                                                           "---\n"                  // 6
                                                           "\n"                     // 7
                                                           "# First\n"              // 8
                                                           "\n"                     // 9
                                                           "text\n"                 // 10
                                                           "\n"                     // 11
                                                           "---\n"                  // 12
                                                           "\n"                     // 13
                                                           "# Second\n"             // 14
                                                           "\n"                     // 15
                                                           "Some words.\n"          // 16
                                                           "![](images/gone.svg)\n" // 17
    );
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("alpha/slides.en.md:17:")));
    CHECK(r.err.contains(QStringLiteral("gone.svg")));
}

TEST_CASE("reference-style images are stored and drawn like inline ones", "[cli][build][marp]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    writeSampleSource(src);
    QImage green(64, 48, QImage::Format_RGB32);
    green.fill(Qt::green);
    REQUIRE(green.save(src + QStringLiteral("/alpha/images/green one.png")));
    // Used on slide 1 and 2, defined on slide 3 (Marp reads the deck as one
    // document); a missing one names its definition's line.
    writeFile(src + QStringLiteral("/alpha/slides.en.md"), "# One\n"                           // 1
                                                           "\n"                                // 2
                                                           "![Diagram][diagram]\n"             // 3
                                                           "\n"                                // 4
                                                           "---\n"                             // 5
                                                           "\n"                                // 6
                                                           "![bg][green]\n"                    // 7
                                                           "\n"                                // 8
                                                           "---\n"                             // 9
                                                           "\n"                                // 10
                                                           "# Three\n"                         // 11
                                                           "\n"                                // 12
                                                           "[diagram]: images/diagram.svg\n"   // 13
                                                           "[green]: <images/green one.png>\n" // 14
    );
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        QString error;
        const auto bundle = okuw::core::Bundle::open(out, &error);
        REQUIRE(bundle);
        const auto alpha = bundle->moduleBySlug(QStringLiteral("alpha"));
        REQUIRE(alpha);
        CHECK(bundle->findAsset(alpha->id, QStringLiteral("images/diagram.svg")));
        CHECK(bundle->findAsset(alpha->id, QStringLiteral("images/green one.png")));
    }
    // Drawn: the second slide is the green background.
    const QString png = dir.filePath(QStringLiteral("png"));
    r = runTool({QStringLiteral("export"), out, QStringLiteral("alpha"), QStringLiteral("--png"),
                 png, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage second(png + QStringLiteral("/slide-002.png"));
    REQUIRE_FALSE(second.isNull());
    CHECK(second.pixelColor(second.width() / 2, second.height() / 2) == QColor(Qt::green));

    writeFile(src + QStringLiteral("/alpha/slides.en.md"),
              "![Gone][gone]\n\n---\n\n# Two\n\n[gone]: images/gone.svg\n");
    r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("alpha/slides.en.md:7:")));
}
