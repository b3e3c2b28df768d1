// Layout and painting: where things land, what colours come out.
#include "core/types.h"
#include "render/paint.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonObject>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::render;

namespace {

core::Slide slide(const QString &body, const QJsonObject &directives = {})
{
    core::Slide s;
    s.id = 1;
    s.body = body;
    s.directives = directives;
    return s;
}

QByteArray pngOf(const QColor &color, QSize size = QSize(200, 100))
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Share of pixels in `rect` that differ clearly from `background`.
double inkIn(const QImage &img, const QRect &rect, const QColor &background)
{
    int ink = 0;
    int all = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2)
        for (int x = rect.left(); x <= rect.right(); x += 2) {
            const QColor c = img.pixelColor(x, y);
            ++all;
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                    std::abs(c.blue() - background.blue()) >
                90)
                ++ink;
        }
    return all ? double(ink) / all : 0;
}

struct CountingLoader
{
    int calls = 0;
    QHash<QString, QByteArray> files;
    AssetLoader loader()
    {
        return [this](const QString &p) {
            ++calls;
            return files.value(p);
        };
    }
};

} // namespace

TEST_CASE("the embedded fonts cover Cyrillic and Turkmen", "[paint][fonts]")
{
    ensureFonts();
    CHECK(QFile::exists(QStringLiteral(":/okuw/fonts/DejaVuSans.ttf")));
    CHECK(QFile::exists(QStringLiteral(":/okuw/fonts/DejaVuSansMono.ttf")));
    CHECK(QFontDatabase::families().contains(sansFamily()));
    const QRawFont raw = QRawFont::fromFont(QFont(sansFamily()));
    REQUIRE(raw.isValid());
    for (const QChar c : QStringLiteral("çäňöşüýžÇÄŇÖŞÜÝŽжЖщЩёЁ"))
        CHECK(raw.supportsCharacter(c));
}

TEST_CASE("a rendered slide is not blank and its heading is at the top (okuw theme)", "[paint]")
{
    QJsonObject okuwTheme;
    okuwTheme.insert(QStringLiteral("theme"), QStringLiteral("okuw"));
    const QImage img = renderSlide(slide(QStringLiteral("# Adam söwdasy\n\nТорговля людьми — "
                                                        "преступление."),
                                         okuwTheme),
                                   QSize(1280, 720), 1.0, {});
    REQUIRE(img.size() == QSize(1280, 720));
    const double top = inkIn(img, QRect(0, 0, 1280, 140), Qt::white);
    const double bottom = inkIn(img, QRect(0, 400, 1280, 320), Qt::white);
    CHECK(top > 0.02);
    CHECK(bottom < 0.001);

    const SlideLayout l = layoutSlide(parseSlide(QStringLiteral("# Title\n\nBody"), okuwTheme), {});
    REQUIRE(l.blocks.size() == 2);
    CHECK(l.blocks[0].rect.top() < 100);
    CHECK(l.blocks[1].rect.top() > l.blocks[0].rect.bottom());
    CHECK(l.textScale == 1.0);
}

TEST_CASE("an image lands in its box", "[paint]")
{
    CountingLoader files;
    files.files.insert(QStringLiteral("img/red.png"), pngOf(Qt::red));
    const core::Slide s = slide(QStringLiteral("# Pic\n\n![w:400 h:300](img/red.png)"));
    const SlideLayout l = layoutSlide(parseSlide(s.body), files.loader());
    REQUIRE(l.blocks.size() == 2);
    REQUIRE(l.blocks[1].images.size() == 1);
    const PlacedImage &pi = l.blocks[1].images[0];
    CHECK(pi.image);
    CHECK(pi.rect.size() == QSizeF(400, 300));
    CHECK(l.content.contains(pi.rect));

    const QImage img = renderSlide(s, QSize(1280, 720), 1.0, files.loader());
    CHECK(img.pixelColor(pi.rect.center().toPoint()) == QColor(Qt::red));
    CHECK(img.pixelColor((pi.rect.topRight() + QPointF(20, 0)).toPoint()) == QColor(Qt::white));
}

TEST_CASE("a remote image is never loaded", "[paint]")
{
    CountingLoader files;
    QJsonObject d;
    d.insert(QStringLiteral("backgroundImage"), QStringLiteral("url(https://example.org/bg.jpg)"));
    const core::Slide s = slide(QStringLiteral("![Карта региона](https://example.org/map.png)\n\n"
                                               "![bg left](//cdn.example.org/x.png)"),
                                d);
    const SlideLayout l = layoutSlide(parseSlide(s.body, s.directives), files.loader());
    const QImage img = renderSlide(s, QSize(640, 360), 1.0, files.loader());
    CHECK(files.calls == 0);
    REQUIRE(l.blocks.size() == 1);
    REQUIRE(l.blocks[0].images.size() == 1);
    CHECK_FALSE(l.blocks[0].images[0].image);
    CHECK(l.blocks[0].images[0].problem.contains(QLatin1String("https://example.org/map.png")));
    CHECK(l.backgrounds.value(0).problem.contains(QLatin1String("//cdn.example.org/x.png")));
    CHECK_FALSE(l.backgroundImage.image);
    CHECK(assetPaths(parseSlide(s.body, s.directives)).isEmpty());
    CHECK_FALSE(img.isNull());
}

TEST_CASE("a missing image is a labelled placeholder", "[paint]")
{
    CountingLoader files;
    const SlideLayout l = layoutSlide(parseSlide(QStringLiteral("![x](nope.png)")), files.loader());
    CHECK(files.calls == 1);
    REQUIRE(l.blocks.size() == 1);
    CHECK(l.blocks[0].images.value(0).problem.contains(QLatin1String("nope.png")));
}

TEST_CASE("class invert, backgroundColor and lead change the slide", "[paint]")
{
    const QImage plain = renderSlide(slide(QStringLiteral("# A")), QSize(320, 180), 1.0, {});
    CHECK(plain.pixelColor(5, 170) == QColor(Qt::white));

    QJsonObject inv;
    inv.insert(QStringLiteral("class"), QStringLiteral("invert"));
    const QImage dark = renderSlide(slide(QStringLiteral("# A"), inv), QSize(320, 180), 1.0, {});
    CHECK(dark.pixelColor(5, 170).lightness() < 60);

    QJsonObject bg;
    bg.insert(QStringLiteral("backgroundColor"), QStringLiteral("#336699"));
    const QImage blue = renderSlide(slide(QStringLiteral("# A"), bg), QSize(320, 180), 1.0, {});
    CHECK(blue.pixelColor(5, 170) == QColor(0x33, 0x66, 0x99));

    QJsonObject lead;
    lead.insert(QStringLiteral("class"), QStringLiteral("lead"));
    lead.insert(QStringLiteral("theme"), QStringLiteral("okuw"));
    QJsonObject okuwTheme;
    okuwTheme.insert(QStringLiteral("theme"), QStringLiteral("okuw"));
    const SlideLayout centred = layoutSlide(parseSlide(QStringLiteral("# A"), lead), {});
    const SlideLayout normal = layoutSlide(parseSlide(QStringLiteral("# A"), okuwTheme), {});
    // Lead centres vertically and horizontally.
    CHECK(centred.blocks[0].rect.center().y() == Approx(360).margin(40));
    CHECK(normal.blocks[0].rect.top() < 100);
    const QImage leadImg =
        renderSlide(slide(QStringLiteral("# Ortada"), lead), QSize(1280, 720), 1.0, {});
    CHECK(inkIn(leadImg, QRect(540, 300, 200, 120), Qt::white) > 0.05);
    CHECK(inkIn(leadImg, QRect(0, 0, 400, 720), Qt::white) < 0.001);
}

TEST_CASE("4:3 and 16:9 canvases", "[paint]")
{
    QJsonObject four;
    four.insert(QStringLiteral("size"), QStringLiteral("4:3"));
    const SlideLayout l = layoutSlide(parseSlide(QStringLiteral("# A"), four), {});
    CHECK(l.canvas == QSizeF(960, 720));
    const QImage img = renderSlide(slide(QStringLiteral("# A"), four), QSize(1600, 900), 1.0, {});
    // 4:3 in a 16:9 target: pillarboxed.
    CHECK(img.pixelColor(10, 450) == QColor(Qt::black));
    CHECK(img.pixelColor(800, 880) == QColor(Qt::white));
    const QImage wide = renderSlide(slide(QStringLiteral("# A")), QSize(1600, 900), 1.0, {});
    CHECK(wide.pixelColor(10, 880) == QColor(Qt::white));
    CHECK(canvasRect(QRectF(0, 0, 1600, 900), QSizeF(960, 720)) == QRectF(200, 0, 1200, 900));
}

TEST_CASE("HiDPI: rendered at pixelSize*dpr", "[paint]")
{
    QJsonObject okuwTheme;
    okuwTheme.insert(QStringLiteral("theme"), QStringLiteral("okuw"));
    const QImage img =
        renderSlide(slide(QStringLiteral("# A"), okuwTheme), QSize(640, 360), 2.0, {});
    CHECK(img.size() == QSize(1280, 720));
    CHECK(img.devicePixelRatio() == 2.0);
    CHECK(inkIn(img, QRect(0, 0, 1280, 160), Qt::white) > 0.001);
    CHECK(inkIn(img, QRect(0, 400, 1280, 320), Qt::white) == 0);
}

TEST_CASE("long text shrinks to stay on the slide", "[paint]")
{
    QString body = QStringLiteral("# Много пунктов\n\n");
    for (int i = 0; i < 25; ++i)
        body += QStringLiteral("- Пункт номер %1: ýüzlenme, şaýat, çözgüt\n").arg(i);
    const SlideLayout l = layoutSlide(parseSlide(body), {});
    CHECK(l.textScale < 1.0);
    CHECK(l.textScale >= 0.3);
    CHECK_FALSE(l.clipped);
    for (const PlacedBlock &b : l.blocks)
        CHECK(b.rect.bottom() <= l.content.bottom() + 0.5);
}

TEST_CASE("a list of thousands of items is laid out in linear time", "[paint]")
{
    // Each block's format used to be set as a separate edit, and each edit
    // laid the whole document out again: quadratic in the blocks, nine
    // times over while the text shrinks (minutes for this slide).
    QString body;
    for (int i = 0; i < 2000; ++i)
        body += QStringLiteral("- item %1\n").arg(i);
    QElapsedTimer timer;
    timer.start();
    const SlideLayout l = layoutSlide(parseSlide(body), {});
    INFO("laid out in " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 20000);
    CHECK(l.clipped);
}

TEST_CASE("fit heading fills the width, bg left takes the left half", "[paint]")
{
    const SlideLayout fit = layoutSlide(parseSlide(QStringLiteral("# <!-- fit --> Kanun")), {});
    REQUIRE(fit.blocks.size() == 1);
    CHECK(fit.blocks[0].fitPixelSize > 60);
    QFont f(sansFamily());
    f.setBold(true);
    f.setPixelSize(int(fit.blocks[0].fitPixelSize));
    CHECK(QFontMetricsF(f).horizontalAdvance(QStringLiteral("Kanun")) <= fit.content.width() + 2);

    CountingLoader files;
    files.files.insert(QStringLiteral("g.png"), pngOf(Qt::green, QSize(300, 300)));
    const core::Slide s = slide(QStringLiteral("![bg left](g.png)\n\n# Sag tarap"));
    const SlideLayout l = layoutSlide(parseSlide(s.body), files.loader());
    REQUIRE(l.backgrounds.size() == 1);
    CHECK(l.backgrounds[0].rect == QRectF(0, 0, 640, 720));
    CHECK(l.content.left() >= 640);
    const QImage img = renderSlide(s, QSize(1280, 720), 1.0, files.loader());
    CHECK(img.pixelColor(100, 700) == QColor(Qt::green));
    CHECK(img.pixelColor(1200, 700) == QColor(Qt::white));
}

TEST_CASE("fit headings fill the width as Marp's do, at any level, split or not", "[paint][marp]")
{
    const auto fitOf = [](const QString &body) {
        const SlideLayout l = layoutSlide(parseSlide(body), {});
        for (const PlacedBlock &b : l.blocks)
            if (b.fitPixelSize > 0)
                return std::pair{b, l.content};
        FAIL("no fit heading in " << body.toStdString());
        return std::pair{PlacedBlock{}, QRectF()};
    };
    const auto widest = [](const PlacedBlock &b) {
        qreal w = 0;
        for (const QString &line : b.fitText.split(QLatin1Char('\n')))
            w = std::max(w, QFontMetricsF(b.fitFont).horizontalAdvance(line));
        return w;
    };
    // A short word is not capped: Marp scales it up to the full width.
    const auto [kanun, content] = fitOf(QStringLiteral("# <!-- fit --> Kanun"));
    CHECK(kanun.fitPixelSize > 250);
    CHECK(widest(kanun) > 0.9 * content.width());
    CHECK(widest(kanun) <= content.width() + 2);
    // h2 and h3 scale to the same width; Cyrillic and Turkmen too; a long
    // heading shrinks below the body size rather than wrapping.
    for (const QString &body :
         {QStringLiteral("## <!-- fit --> Ikinji derejeli sözbaşy\n\nText under it."),
          QStringLiteral("### Палермский протокол <!--fit-->"),
          QStringLiteral("# <!-- fit --> A very long heading that goes on and on and on beyond "
                         "the width of any slide at the usual size")}) {
        INFO(body.toStdString());
        const auto [b, c] = fitOf(body);
        CHECK(widest(b) > 0.9 * c.width());
        CHECK(widest(b) <= c.width() + 2);
        CHECK(b.rect.width() == c.width());
    }
    // Beside a split background: the half that is left.
    const auto [split, half] = fitOf(QStringLiteral("![bg left](p.png)\n\n# <!-- fit --> Kanun"));
    CHECK(half.left() >= 640);
    CHECK(widest(split) > 0.9 * half.width());
    CHECK(widest(split) <= half.width() + 2);
    // Lines broken by <br> scale together, and never taller than the content.
    const auto [two, box] = fitOf(QStringLiteral("# <!-- fit --> Two<br>lines"));
    CHECK(two.fitText == QStringLiteral("Two\nlines"));
    CHECK(two.rect.height() <= box.height() + 1);
    CHECK(QFontMetricsF(two.fitFont).lineSpacing() * 2 > 0.9 * box.height());
}

TEST_CASE("emoji shortcodes are drawn as colour emoji", "[paint][marp]")
{
    // Debian's fonts-noto-color-emoji (.ci/packages.txt) gives the glyphs;
    // Qt falls back to it from the embedded DejaVu fonts.
    REQUIRE(QFontDatabase::families().contains(QStringLiteral("Noto Color Emoji")));
    const QImage img =
        renderSlide(slide(QStringLiteral("# <!-- fit --> :green_apple::green_apple:")),
                    QSize(1280, 720), 1.0, {});
    int green = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4) {
            const QColor c = img.pixelColor(x, y);
            if (c.green() > 120 && c.green() > c.red() + 40 && c.green() > c.blue() + 40)
                ++green;
        }
    CHECK(green > 1000); // a large green apple, not a grey box or ":green_apple:"
}

TEST_CASE("paginate, header and footer are drawn", "[paint]")
{
    QJsonObject d;
    d.insert(QStringLiteral("paginate"), true);
    d.insert(QStringLiteral("page"), 3);
    d.insert(QStringLiteral("header"), QStringLiteral("Okuw"));
    d.insert(QStringLiteral("footer"), QStringLiteral("Aşgabat, 2026"));
    const SlideLayout l = layoutSlide(parseSlide(QStringLiteral("Body"), d), {});
    CHECK(l.pageText == QLatin1String("3"));
    CHECK(l.header);
    CHECK(l.footer);
    CHECK(l.footerRect.bottom() <= 720);
    CHECK(l.footerRect.top() >= l.content.bottom());
    const QImage img = renderSlide(slide(QStringLiteral("Body"), d), QSize(1280, 720), 1.0, {});
    CHECK(inkIn(img, l.pageRect.toRect(), Qt::white) > 0.01);
    CHECK(inkIn(img, l.footerRect.toRect(), Qt::white) > 0.01);
}

TEST_CASE("a big image gives way before the text shrinks", "[paint]")
{
    CountingLoader files;
    files.files.insert(QStringLiteral("big.png"), pngOf(Qt::blue, QSize(1600, 900)));
    const SlideLayout l = layoutSlide(
        parseSlide(QStringLiteral("# Heading\n\nOne line of text.\n\n![w:1000](big.png)")),
        files.loader());
    REQUIRE(l.blocks.size() == 3);
    CHECK(l.textScale == 1.0);
    const QRectF img = l.blocks[2].images.value(0).rect;
    CHECK(img.height() < 900 * 1000 / 1600.0);
    CHECK(img.width() / img.height() == Approx(1600.0 / 900).epsilon(0.01));
    CHECK(img.bottom() <= l.content.bottom() + 0.5);
}

namespace {

// Pixels within a few levels of `color`.
int pixelsOf(const QImage &img, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                     std::abs(c.blue() - color.blue()) <
                 12;
        }
    return n;
}

} // namespace

TEST_CASE("highlighted words are marked where they stand, and only they", "[paint]")
{
    const core::Slide s = slide(QStringLiteral("# Торговля людьми\n\n- Жертва торговли\n"
                                               "- Adam söwdasy\n- the word"));
    const QImage plain = renderSlide(s, QSize(1280, 720), 1.0, {});
    CHECK(pixelsOf(plain, highlightBackground()) == 0);

    const QImage marked = renderSlide(s, QSize(1280, 720), 1.0, {}, Qt::black,
                                      {QStringLiteral("торговли"), QStringLiteral("söwdasy")});
    const int all = pixelsOf(marked, highlightBackground());
    CHECK(all > 500);
    // The heading's "Торговля" is another word: nothing marked in its band.
    const SlideLayout l = layoutSlide(parseSlide(s.body), {});
    REQUIRE(l.blocks.size() >= 2);
    const QRect heading = l.blocks[0].rect.toAlignedRect();
    CHECK(pixelsOf(marked.copy(heading), highlightBackground()) == 0);
    // Whole words only: "the" inside "the word" is not a part of anything.
    const QImage partial =
        renderSlide(s, QSize(1280, 720), 1.0, {}, Qt::black, {QStringLiteral("wor")});
    CHECK(pixelsOf(partial, highlightBackground()) == 0);
    // Marking moves nothing: outside the marks the images are the same.
    int moved = 0;
    for (int y = 0; y < plain.height(); y += 4)
        for (int x = 0; x < plain.width(); x += 4)
            moved += plain.pixel(x, y) != marked.pixel(x, y) &&
                     pixelsOf(marked.copy(std::max(0, x - 20), std::max(0, y - 20), 40, 40),
                              highlightBackground()) == 0;
    CHECK(moved == 0);
}

// Marp's themes: type scale, colours, centring.
TEST_CASE("default, gaia and uncover look like Marp's", "[paint][themes]")
{
    const auto layout = [](const QString &theme, const QString &cls) {
        QJsonObject d;
        if (!theme.isEmpty())
            d.insert(QStringLiteral("theme"), theme);
        if (!cls.isEmpty())
            d.insert(QStringLiteral("class"), cls);
        return layoutSlide(parseSlide(QStringLiteral("# Title\n\nBody text"), d), {});
    };
    // No theme: Marp's default, 29px body, h1 1.6em in #246, centred vertically.
    const SlideLayout def = layout({}, {});
    REQUIRE(def.blocks.size() == 2);
    CHECK(def.blocks[1].doc->defaultFont().pixelSize() == 29);
    CHECK(def.blocks[0].doc->defaultFont().pixelSize() == 46);
    CHECK(def.heading1 == QColor(0x22, 0x44, 0x66));
    CHECK((def.blocks[0].rect.top() + def.blocks[1].rect.bottom()) / 2 == Approx(360).margin(2));
    CHECK(def.blocks[0].rect.left() == Approx(78.5));
    CHECK(layout({}, QStringLiteral("invert")).background == QColor(0x0d, 0x11, 0x17));

    const SlideLayout gaia = layout(QStringLiteral("gaia"), {});
    CHECK(gaia.background == QColor(0xff, 0xf8, 0xe1));
    CHECK(gaia.text == QColor(0x45, 0x5a, 0x64));
    CHECK(gaia.blocks[1].doc->defaultFont().pixelSize() == 35);
    CHECK(gaia.blocks[0].rect.top() == Approx(70)); // top-aligned
    CHECK(layout(QStringLiteral("gaia"), QStringLiteral("gaia")).background ==
          QColor(0x02, 0x88, 0xd1));
    const SlideLayout gaiaLead = layout(QStringLiteral("gaia"), QStringLiteral("lead"));
    CHECK(gaiaLead.lead);
    CHECK(gaiaLead.blocks[0].rect.top() > 200);

    const SlideLayout uncover = layout(QStringLiteral("uncover"), {});
    CHECK(uncover.lead);
    CHECK(uncover.middle);
    CHECK(uncover.blocks[1].doc->defaultFont().pixelSize() == 40);
    CHECK(uncover.blocks[0].doc->defaultTextOption().alignment() & Qt::AlignHCenter);
}

TEST_CASE("theme table heads and sub-bullets", "[paint][themes]")
{
    QJsonObject d;
    d.insert(QStringLiteral("theme"), QStringLiteral("gaia"));
    const SlideLayout l = layoutSlide(
        parseSlide(
            QStringLiteral("| Article | Subject |\n|---|---|\n| 3 | Definitions |\n\n- a\n  - b\n"),
            d),
        {});
    REQUIRE(l.blocks.size() == 2);
    bool found = false;
    for (QTextBlock b = l.blocks[0].doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().text() == QStringLiteral("Article")) {
                found = true;
                CHECK(it.fragment().charFormat().foreground().color() == QColor(0xff, 0xf8, 0xe1));
            }
    CHECK(found);
    QList<int> styles;
    for (QTextBlock b = l.blocks[1].doc->begin(); b.isValid(); b = b.next())
        if (b.textList())
            styles << b.textList()->format().style();
    CHECK(styles == QList<int>{QTextListFormat::ListDisc, QTextListFormat::ListCircle});
}

TEST_CASE("lists stay left in Marp's centred slides, centred in okuw's lead", "[paint][themes]")
{
    QJsonObject uncover;
    uncover.insert(QStringLiteral("theme"), QStringLiteral("uncover"));
    const SlideLayout u =
        layoutSlide(parseSlide(QStringLiteral("# T\n\n- one\n- two\n"), uncover), {});
    REQUIRE(u.blocks.size() == 2);
    CHECK(u.blocks[0].doc->defaultTextOption().alignment() & Qt::AlignHCenter);
    CHECK(u.blocks[1].doc->defaultTextOption().alignment() & Qt::AlignLeft);
    CHECK(u.blocks[1].rect.left() == Approx(70));

    QJsonObject lead;
    lead.insert(QStringLiteral("theme"), QStringLiteral("okuw"));
    lead.insert(QStringLiteral("class"), QStringLiteral("lead"));
    const SlideLayout o =
        layoutSlide(parseSlide(QStringLiteral("# T\n\n- one\n- two\n"), lead), {});
    CHECK(o.blocks[1].rect.left() > 400);
}

TEST_CASE("speaker notes keep the author's line breaks", "[paint]")
{
    const QString notes = QStringLiteral("Ask the room: who decides?\nTime: 3 min\n\n"
                                         "```\nkeep\nthis\n```\n");
    QTextDocument doc;
    doc.setMarkdown(okuw::render::notesMarkdown(notes));
    const QStringList lines =
        doc.toPlainText().split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]")));
    INFO(doc.toPlainText().toStdString());
    CHECK(lines.contains(QStringLiteral("Ask the room: who decides?")));
    CHECK(lines.contains(QStringLiteral("Time: 3 min")));
    // A code block is left as it is.
    CHECK(okuw::render::notesMarkdown(notes).contains(QStringLiteral("```\nkeep\nthis\n```")));
}
