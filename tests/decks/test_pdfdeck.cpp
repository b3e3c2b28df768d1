// A module whose deck is a PDF: built by the real okuw-bundle from a PDF
// written with QPdfWriter and a notes file beside it, then read back, searched
// and drawn. Bad PDFs and notes files are refused or warned about by name.
#include "core/bundle.h"
#include "core/search.h"
#include "core/sqlite.h"
#include "decksupport.h"
#include "render/assets.h"
#include "render/pdfslide.h"
#include "render/sliderenderer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

namespace {

const QStringList kPages = {QStringLiteral("Opening kangaroo"), QStringLiteral("Indicators wombat"),
                            QStringLiteral("Closing platypus")};

QString buildDeck(const QTemporaryDir &dir, const QString &decks, ProcessResult *result = nullptr)
{
    const QString src = dir.filePath(QStringLiteral("src"));
    writeDeckSource(src, decks);
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    if (result)
        *result = r;
    return out;
}

int red(const QImage &img, int x, int y)
{
    return img.pixelColor(x, y).red();
}

} // namespace

TEST_CASE("a PDF deck with a notes file: a slide per page, notes per page", "[decks][pdf]")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(deck);
    writePdfDeck(deck + QStringLiteral("/talk.en.pdf"), kPages);
    writeFile(deck + QStringLiteral("/talk.en.notes.md"),
              "Text before the first section is not a note.\n\n"
              "# 1 Opening\n\nWelcome everyone; mention the echidna.\n\nSecond paragraph.\n\n"
              "# 2\n\nAsk about debts.\n\n# 3 Closing\n\nThank the hosts.\n");
    writeFile(deck + QStringLiteral("/slides.ru.md"), "# Начало\n\nТекст\n\n---\n\n# Конец\n");
    ProcessResult r;
    const QString out = buildDeck(dir, QStringLiteral("{en: talk.en.pdf, ru: slides.ru.md}"), &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));

    QString error;
    const auto bundle = core::Bundle::open(out, &error);
    REQUIRE(bundle);
    CHECK(bundle->info().formatVersion == 1002);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(slides[i].isPdfPage());
        CHECK(slides[i].page == i);
        CHECK(slides[i].key.startsWith(QStringLiteral("page-%1-").arg(i + 1)));
        CHECK(slides[i].body.contains(kPages[i].split(QLatin1Char(' ')).last()));
        CHECK(qAbs(slides[i].pageSize.width() / slides[i].pageSize.height() - 16.0 / 9) < 0.01);
    }
    CHECK(slides[0].title == QStringLiteral("Opening kangaroo"));
    CHECK(slides[0].notes ==
          QStringLiteral("Welcome everyone; mention the echidna.\n\nSecond paragraph."));
    CHECK(slides[1].notes == QStringLiteral("Ask about debts."));
    CHECK(slides[2].notes == QStringLiteral("Thank the hosts."));
    // A Markdown deck in another language of the same module.
    const QList<core::Slide> ru = bundle->slides(module.id, QStringLiteral("ru"));
    REQUIRE(ru.size() == 2);
    CHECK_FALSE(ru[0].isPdfPage());
    const auto pdfDeck = bundle->slideDeck(slides[0].deckId);
    REQUIRE(pdfDeck);
    CHECK(pdfDeck->pageCount == 3);
    CHECK(pdfDeck->sourceName == QStringLiteral("talk.en.pdf"));

    // The same pages rebuilt give the same keys (notes stay with them).
    {
        QTemporaryDir again;
        QDir().mkpath(again.filePath(QStringLiteral("src/deck")));
        QFile::copy(deck + QStringLiteral("/talk.en.pdf"),
                    again.filePath(QStringLiteral("src/deck/talk.en.pdf")));
        const QString out2 = buildDeck(again, QStringLiteral("{en: talk.en.pdf}"));
        const auto b2 = core::Bundle::open(out2, &error);
        REQUIRE(b2);
        const auto s2 = b2->slides(b2->modules().first().id, QStringLiteral("en"));
        REQUIRE(s2.size() == 3);
        CHECK(s2[1].key == slides[1].key);
    }

    // validate re-hashes the deck's PDF; info counts its slides and notes.
    CHECK(runTool({QStringLiteral("validate"), out}).exitCode == 0);
    const ProcessResult info = runTool({QStringLiteral("info"), QStringLiteral("--json"), out});
    REQUIRE(info.exitCode == 0);
    const QJsonObject m = QJsonDocument::fromJson(info.out.toUtf8())
                              .object()[QStringLiteral("modules")]
                              .toArray()
                              .first()
                              .toObject();
    CHECK(m[QStringLiteral("slides")].toObject()[QStringLiteral("en")].toInt() == 3);
    CHECK(m[QStringLiteral("slides_with_notes")].toObject()[QStringLiteral("en")].toInt() == 3);

    // Search finds a word of a page and a word of a note.
    const ProcessResult page = runTool(
        {QStringLiteral("search"), out, QStringLiteral("wombat"), QStringLiteral("--json")});
    REQUIRE(page.exitCode == 0);
    CHECK(page.out.contains(QStringLiteral("\"slide\"")));
    CHECK(page.out.contains(QStringLiteral("Indicators wombat")));
    const ProcessResult note = runTool(
        {QStringLiteral("search"), out, QStringLiteral("echidna"), QStringLiteral("--json")});
    REQUIRE(note.exitCode == 0);
    CHECK(note.out.contains(QStringLiteral("\"note\"")));

    // Drawn off the GUI thread by the slide renderer, from the bundle's PDF:
    // the page's blue band at the top, letterboxed in a 4:3 target.
    render::SlideRenderer renderer;
    render::RenderRequest req;
    req.slide = slides[1];
    req.identity = render::slideIdentity(slides[1]);
    req.loader = render::bundleAssetLoader(bundle, module.id);
    req.pixelSize = QSize(800, 600);
    req.letterbox = Qt::black;
    renderer.want(&renderer, {req});
    REQUIRE(renderer.waitForIdle(30000));
    const QImage img = renderer.cached(req.key());
    REQUIRE(!img.isNull());
    CHECK(img.size() == QSize(800, 600));
    CHECK(img.pixelColor(400, 10) == QColor(Qt::black)); // letterbox above the 16:9 page
    const int top = (600 - 450) / 2;
    CHECK(img.pixelColor(400, top + 10).blue() > 120); // the band
    CHECK(red(img, 400, top + 300) > 200);             // white paper
    // A search hit's words are marked on the page.
    render::RenderRequest marked = req;
    marked.highlight = {QStringLiteral("wombat")};
    renderer.want(&renderer, {marked});
    REQUIRE(renderer.waitForIdle(30000));
    const QImage withMark = renderer.cached(marked.key());
    REQUIRE(!withMark.isNull());
    CHECK(withMark != img);

    // Exported like any deck: PNGs at 1920x1080 (16:9 pages) and a PDF
    // with the notes.
    const QString png = dir.filePath(QStringLiteral("png"));
    REQUIRE(runTool({QStringLiteral("export"), out, QStringLiteral("deck"), QStringLiteral("--png"),
                     png})
                .exitCode == 0);
    const QImage first(png + QStringLiteral("/slide-001.png"));
    CHECK(first.size() == QSize(1920, 1080));
    CHECK(first.pixelColor(960, 20).blue() > 120);
    CHECK(QFile::exists(png + QStringLiteral("/slide-003.png")));
    const QString handout = dir.filePath(QStringLiteral("handout.pdf"));
    REQUIRE(runTool({QStringLiteral("export"), out, QStringLiteral("deck"), QStringLiteral("--pdf"),
                     handout})
                .exitCode == 0);
    QPdfDocument exported;
    REQUIRE(exported.load(handout) == QPdfDocument::Error::None);
    CHECK(exported.pageCount() == 3);
    CHECK(exported.getAllText(0).text().contains(QStringLiteral("echidna")));

    CHECK(render::openPdfDeckCount() >= 1);
    render::closePdfDecks();
    CHECK(render::openPdfDeckCount() == 0);
}

TEST_CASE("pdfpc notes, and a notes file with more or fewer sections than pages", "[decks][notes]")
{
    SECTION("more sections than pages: a warning naming the extra ones")
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("src/deck"));
        QDir().mkpath(deck);
        writePdfDeck(deck + QStringLiteral("/talk.pdf"), kPages.mid(0, 2));
        writeFile(deck + QStringLiteral("/talk.notes.md"),
                  "# One\nfirst\n# Two\nsecond\n# Leftover idea\nthird\n# Spare\nfourth\n");
        ProcessResult r;
        const QString out = buildDeck(dir, QStringLiteral("{en: talk.pdf}"), &r);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("talk.notes.md:5")));
        CHECK(r.err.contains(QStringLiteral("section 3 “Leftover idea”")));
        CHECK(r.err.contains(QStringLiteral("section 4 “Spare”")));
        CHECK(r.err.contains(QStringLiteral("the PDF has 2 pages")));
        const auto bundle = core::Bundle::open(out, nullptr);
        REQUIRE(bundle);
        const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
        REQUIRE(slides.size() == 2);
        CHECK(slides[1].notes == QStringLiteral("second"));
    }
    SECTION("fewer sections than pages: fine, the rest have none")
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("src/deck"));
        QDir().mkpath(deck);
        writePdfDeck(deck + QStringLiteral("/talk.pdf"), kPages);
        writeFile(deck + QStringLiteral("/talk.notes.md"), "# 1\nonly the first\n");
        ProcessResult r;
        const QString out = buildDeck(dir, QStringLiteral("{en: talk.pdf}"), &r);
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
        const auto bundle = core::Bundle::open(out, nullptr);
        REQUIRE(bundle);
        const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
        REQUIRE(slides.size() == 3);
        CHECK(slides[0].notes == QStringLiteral("only the first"));
        CHECK(slides[2].notes.isEmpty());
    }
    SECTION("pdfpc's JSON notes")
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("src/deck"));
        QDir().mkpath(deck);
        writePdfDeck(deck + QStringLiteral("/talk.pdf"), kPages);
        writeFile(deck + QStringLiteral("/talk.pdfpc"),
                  R"({"pdfpcFormat": 2, "pages": [{"idx": 0, "label": "1", "note": "Greet"},
                      {"idx": 2, "label": "3", "note": "Say thanks\nand goodbye"},
                      {"idx": 7, "label": "8", "note": "nowhere"}]})");
        ProcessResult r;
        const QString out = buildDeck(dir, QStringLiteral("{en: talk.pdf}"), &r);
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("talk.pdfpc")));
        CHECK(r.err.contains(QStringLiteral(": 8")));
        const auto bundle = core::Bundle::open(out, nullptr);
        REQUIRE(bundle);
        const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
        REQUIRE(slides.size() == 3);
        CHECK(slides[0].notes == QStringLiteral("Greet"));
        CHECK(slides[1].notes.isEmpty());
        CHECK(slides[2].notes == QStringLiteral("Say thanks\nand goodbye"));
    }
}

TEST_CASE("a PDF deck that is not a PDF, is encrypted or has no pages is refused by name",
          "[decks][badinput]")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(deck);
    const QString pdf = deck + QStringLiteral("/talk.pdf");
    QString expected;
    SECTION("not a PDF")
    {
        writeFile(pdf, "These are my slides, honestly.\n");
        expected = QStringLiteral("is not a PDF");
    }
    SECTION("encrypted")
    {
        writePdfDeck(pdf, kPages);
        QByteArray bytes = readFile(pdf);
        const qsizetype at = bytes.lastIndexOf("trailer");
        const qsizetype open = bytes.indexOf("<<", at);
        REQUIRE(open > 0);
        const QByteArray zeros(64, '1');
        bytes.insert(open + 2, "\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + zeros + "> /U <" +
                                   zeros + "> /P -4 >>\n/ID [<" + zeros.left(32) + "> <" +
                                   zeros.left(32) + ">]\n");
        writeFile(pdf, bytes);
        expected = QStringLiteral("encrypted");
    }
    SECTION("no pages")
    {
        // A well-formed PDF (with its cross-reference table) whose page tree is empty.
        QByteArray body = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (const QByteArray &obj :
             {QByteArray("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
              QByteArray("2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n")}) {
            offsets << body.size();
            body += obj;
        }
        const qsizetype xref = body.size();
        body += "xref\n0 3\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            body += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        body += "trailer << /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
                "\n%%EOF\n";
        writeFile(pdf, body);
        expected = QStringLiteral("pages");
    }
    ProcessResult r;
    const QString out = buildDeck(dir, QStringLiteral("{en: talk.pdf}"), &r);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("talk.pdf")));
    CHECK(r.err.contains(expected));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("a 500-page PDF deck builds, with progress", "[decks][long]")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(deck);
    QStringList pages;
    for (int i = 1; i <= 500; ++i)
        pages << QStringLiteral("Page %1 of the long deck").arg(i);
    writePdfDeck(deck + QStringLiteral("/long.pdf"), pages);
    ProcessResult r;
    const QString out = buildDeck(dir, QStringLiteral("{en: long.pdf}"), &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("long.pdf: 50 of 500 pages read")));
    CHECK(r.err.contains(QStringLiteral("long.pdf: 500 of 500 pages read")));
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
    REQUIRE(slides.size() == 500);
    CHECK(slides[499].page == 499);
    CHECK(slides[499].body.contains(QStringLiteral("Page 500")));
}

TEST_CASE("a format 1.1 bundle, without the PDF deck tables, still opens", "[decks][format]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    writeFile(dir.filePath(QStringLiteral("src/deck/slides.en.md")), "# One\n\n---\n\n# Two\n");
    const QString out = buildDeck(dir, QStringLiteral("{en: slides.en.md}"));
    REQUIRE(QFile::exists(out));
    {
        core::Database db;
        QString error;
        REQUIRE(db.open(out, core::Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("DROP TABLE slide_pages; DROP TABLE slide_decks; "
                        "PRAGMA user_version = 1001;",
                        &error));
    }
    QString error;
    const auto bundle = core::Bundle::open(out, &error);
    INFO(error.toStdString());
    REQUIRE(bundle);
    CHECK(bundle->info().formatVersion == 1001);
    CHECK_FALSE(bundle->hasSlideDecks());
    const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
    REQUIRE(slides.size() == 2);
    CHECK_FALSE(slides[0].isPdfPage());
    CHECK_FALSE(bundle->openSlideDeck(1));
}

TEST_CASE("a bundle whose slide names a page its PDF does not have", "[decks][badinput]")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(deck);
    writePdfDeck(deck + QStringLiteral("/talk.pdf"), kPages);
    const QString out = buildDeck(dir, QStringLiteral("{en: talk.pdf}"));
    REQUIRE(QFile::exists(out));
    {
        core::Database db;
        QString error;
        REQUIRE(db.open(out, core::Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("UPDATE slide_pages SET page = 41 WHERE page = 2", &error));
    }
    // validate names the slide and the page.
    const ProcessResult v = runTool({QStringLiteral("validate"), out});
    CHECK(v.exitCode == 1);
    CHECK(v.err.contains(QStringLiteral("names page 42 of a PDF deck that has 3 pages")));
    // The viewer's renderer draws a notice in its place; the other pages draw.
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);
    const render::AssetLoader loader =
        render::bundleAssetLoader(bundle, bundle->modules().first().id);
    const QImage good = render::renderPdfSlide(slides[0], QSize(640, 360), 1.0, loader);
    const QImage bad = render::renderPdfSlide(slides[2], QSize(640, 360), 1.0, loader);
    REQUIRE(!bad.isNull());
    CHECK(good.pixelColor(320, 10).blue() > 120);               // the page's band
    CHECK(bad.pixelColor(320, 10) == QColor(0xf4, 0xf4, 0xf4)); // the notice's ground
    render::closePdfDecks();
}

TEST_CASE("PNG export of A4 landscape and 4:3 PDF decks keeps each page's shape, with no bars",
          "[decks][export]")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(deck);
    writePdfDeck(deck + QStringLiteral("/a4.pdf"), kPages.mid(0, 1), QSizeF(842, 595));
    writePdfDeck(deck + QStringLiteral("/four3.pdf"), kPages.mid(0, 1), QSizeF(720, 540));
    ProcessResult r;
    const QString out = buildDeck(dir, QStringLiteral("{en: a4.pdf, ru: four3.pdf}"), &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The largest picture of the page's shape within 1920x1080.
    for (const auto &[lang, size] :
         {std::pair{QStringLiteral("en"), QSize(qRound(1080.0 * 842 / 595), 1080)},
          std::pair{QStringLiteral("ru"), QSize(1440, 1080)}}) {
        INFO(lang.toStdString());
        const QString png = dir.filePath(QStringLiteral("png-") + lang);
        const ProcessResult exported =
            runTool({QStringLiteral("export"), out, QStringLiteral("deck"),
                     QStringLiteral("--lang"), lang, QStringLiteral("--png"), png});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        const QImage image(png + QStringLiteral("/slide-001.png"));
        CHECK(image.size() == size);
        // The page reaches every edge: its blue band in the top corners,
        // white paper in the bottom ones (no black bars).
        for (const QPoint &at : {QPoint(1, 1), QPoint(image.width() - 2, 1)})
            CHECK(image.pixelColor(at).blue() > 120);
        for (const QPoint &at :
             {QPoint(1, image.height() - 2), QPoint(image.width() - 2, image.height() - 2)})
            CHECK(red(image, at.x(), at.y()) > 200);
    }
}
