// A slide show of a PDF deck on the offscreen platform: the console shows
// page 2 as "next" on page 1, both drawn from the bundle's PDF, with the
// page's notes; a screenshot is saved for a person to look at.
#include "core/bundle.h"
#include "decksupport.h"
#include "render/assets.h"
#include "render/sliderenderer.h"
#include "ui/presenter/presenter.h"
#include "ui/presenter/presenterwindows.h"

#include <QDir>
#include <QKeyEvent>
#include <QTest>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

TEST_CASE("the presenter shows page 2 as next on page 1 of a PDF deck", "[decks][presenter]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(src + QStringLiteral("/deck/talk.pdf"),
                 {QStringLiteral("First page: what trafficking is"),
                  QStringLiteral("Second page: indicators"), QStringLiteral("Third page")},
                 QSizeF(720, 540));
    writeFile(src + QStringLiteral("/deck/talk.notes.md"),
              "# 1\nAsk the room what they expect.\n# 2\nGo through each indicator.\n");
    writeDeckSource(src, QStringLiteral("{en: talk.pdf}"));
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult built = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    const core::ModuleInfo module = bundle->modules().first();
    const QList<core::Slide> slides = bundle->slides(module.id, QStringLiteral("en"));
    REQUIRE(slides.size() == 3);

    render::SlideRenderer renderer;
    ui::Presenter presenter(&renderer);
    REQUIRE(presenter.start(slides, 0, module.durationMinutes,
                            render::bundleAssetLoader(bundle, module.id)));
    ui::AudienceWindow *audience = presenter.audienceWindow();
    ui::ConsoleWindow *console = presenter.consoleWindow();
    REQUIRE(QTest::qWaitFor([&] { return audience->isVisible(); }, 20000));
    // The audience sees page 1, drawn from the PDF.
    REQUIRE(QTest::qWaitFor([&] { return !audience->canvas()->image().isNull(); }, 30000));
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    CHECK(audience->grab().save(shots + QStringLiteral("/pdf-deck-audience.png")));
    // The console instead of the slide (one screen), as a trainer rehearses.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_C, Qt::NoModifier, QStringLiteral("c"));
    QCoreApplication::sendEvent(audience, &press);
    REQUIRE(QTest::qWaitFor([&] { return console->isVisible(); }, 20000));

    CHECK(console->current()->shownIndex() == 0);
    CHECK(console->next()->shownIndex() == 1);
    CHECK(console->notesText().contains(QStringLiteral("Ask the room")));
    REQUIRE(QTest::qWaitFor(
        [&] { return !console->current()->image().isNull() && !console->next()->image().isNull(); },
        30000));
    // Drawn from the PDF: the page's blue band is in the "next" image.
    const QImage next = console->next()->image();
    bool band = false;
    for (int y = 0; y < next.height() && !band; y += 2) {
        const QColor c = next.pixelColor(next.width() / 2, y);
        band = c.blue() > 120 && c.red() < 80;
    }
    CHECK(band);
    CHECK(console->grab().save(shots + QStringLiteral("/pdf-deck-console.png")));

    // Next: page 2 current, page 3 next, its notes.
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(console, &right);
    CHECK(console->current()->shownIndex() == 1);
    CHECK(console->next()->shownIndex() == 2);
    CHECK(console->notesText().contains(QStringLiteral("each indicator")));
    presenter.end();
}
