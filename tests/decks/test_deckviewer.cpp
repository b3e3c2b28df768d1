// A PDF deck in the viewer's main window: the slide view and thumbnails draw
// its pages, and a note written on a page follows that page when the deck is
// rebuilt with a page inserted before it.
#include "core/bundle.h"
#include "decksupport.h"
#include "ui/mainwindow.h"
#include "ui/slideview.h"
#include "uisupport.h"

#include <QDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

namespace {

QString build(const QString &root, const QStringList &pages)
{
    const QString src = root + QStringLiteral("/src");
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(src + QStringLiteral("/deck/talk.pdf"), pages);
    writeFile(src + QStringLiteral("/deck/talk.notes.md"), "# 1\nWelcome.\n# 2\nIndicators.\n");
    writeDeckSource(src, QStringLiteral("{en: talk.pdf}"));
    const QString out = root + QStringLiteral("/deck.okuw");
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

} // namespace

TEST_CASE("a PDF deck in the viewer, and a note that follows its page", "[decks][ui]")
{
    resetProfile();
    QTemporaryDir first, second;
    const QString before = build(
        first.path(), {QStringLiteral("Opening"), QStringLiteral("Indicators of trafficking")});
    QString noteKey;
    {
        ui::MainWindow w(profile());
        w.resize(1000, 700);
        w.show();
        REQUIRE(w.openBundle(before, false));
        REQUIRE(w.openModule(w.bundle()->modules().first().id));
        REQUIRE(w.currentSlides().size() == 2);
        auto *view = w.findChild<ui::SlideView *>();
        REQUIRE(view);
        REQUIRE(QTest::qWaitFor([&] { return !view->image().isNull(); }, 30000));
        const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
        QDir().mkpath(shots);
        CHECK(w.grab().save(shots + QStringLiteral("/pdf-deck-viewer.png")));
        // A note on page 2.
        REQUIRE(w.openSlideByKey(w.currentSlides()[1].moduleId, w.currentSlides()[1].key));
        const core::ItemRef ref = w.currentItem();
        noteKey = ref.item;
        REQUIRE(profile().store().setNote(w.bundle()->info().id, ref,
                                          QStringLiteral("Ask about passports")));
    }
    // Rebuilt with a page inserted first: "Indicators" is page 3 now.
    const QString after = build(second.path(), {QStringLiteral("Agenda"), QStringLiteral("Opening"),
                                                QStringLiteral("Indicators of trafficking")});
    ui::MainWindow w(profile());
    w.show();
    REQUIRE(w.openBundle(after, false));
    REQUIRE(w.openModule(w.bundle()->modules().first().id));
    const QList<core::Slide> slides = w.currentSlides();
    REQUIRE(slides.size() == 3);
    CHECK(slides[2].key != noteKey);
    REQUIRE(w.openSlideByKey(slides[2].moduleId, slides[2].key));
    CHECK(w.currentItem().item == noteKey);
    CHECK(profile().store().note(w.bundle()->info().id, w.currentItem()).value ==
          QStringLiteral("Ask about passports"));
    // The new page 2 is not given the note.
    REQUIRE(w.openSlideByKey(slides[1].moduleId, slides[1].key));
    CHECK(w.currentItem().item == slides[1].key);
}
