// A PDF deck in the viewer's main window: the slide view and thumbnails draw
// its pages (each page's own shape), the navigator lists their titles, a
// search hit opens its page with the words marked, a bookmark marks a page;
// a note, the seen marks and the resume point follow a page when the deck
// is rebuilt with a page inserted before it.
#include "core/bundle.h"
#include "decksupport.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/searchpanel.h"
#include "ui/slideview.h"
#include "ui/thumbstrip.h"
#include "ui/workspace/bookmarksdock.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

namespace {

QString build(const QString &root, const QStringList &pages,
              const std::pair<QString, QByteArray> &notes = {QStringLiteral("talk.notes.md"),
                                                             "# 1\nWelcome.\n# 2\nIndicators.\n"})
{
    const QString src = root + QStringLiteral("/src");
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(src + QStringLiteral("/deck/talk.pdf"), pages);
    writeFile(src + QStringLiteral("/deck/") + notes.first, notes.second);
    writeDeckSource(src, QStringLiteral("{en: talk.pdf}"));
    const QString out = root + QStringLiteral("/deck.okuw");
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

// The box of the pixels that are not the letterbox colour.
QRect pageBox(const QImage &image, const QColor &letterbox)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != letterbox)
                box |= QRect(x, y, 1, 1);
    return box;
}

int waitForResults(ui::SearchPanel *panel)
{
    QSignalSpy shown(panel, &ui::SearchPanel::resultsShown);
    if (!shown.wait(20000))
        return -1;
    return shown.last().first().toInt();
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

TEST_CASE("a PDF deck's thumbnails, titles, search hit, bookmark and plain-text notes",
          "[decks][ui]")
{
    QTemporaryDir dir;
    const auto profile = makeProfile(dir.filePath(QStringLiteral("profile")));
    const QString out =
        build(dir.path(),
              {QStringLiteral("Opening kangaroo"), QStringLiteral("Indicators wombat"),
               QStringLiteral("Closing platypus")},
              {QStringLiteral("talk.pdfpc"),
               R"({"pages": [{"idx": 1, "note": "Ask <everyone> about debts * twice."}]})"});
    ui::MainWindow w(*profile);
    ui::WorkspaceOptions options;
    options.seenAfterMs = 100;
    auto *ws = new ui::Workspace(&w, options);
    auto *panel = qobject_cast<ui::SearchPanel *>(ui::installSearch(&w)->widget());
    REQUIRE(panel);
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(out, false));
    const qint64 moduleId = w.bundle()->modules().first().id;
    REQUIRE(w.openModule(moduleId));
    const QList<core::Slide> slides = w.currentSlides();
    REQUIRE(slides.size() == 3);

    // A thumbnail per page, drawn from the PDF.
    auto *thumbs = w.findChild<ui::ThumbnailStrip *>();
    REQUIRE(thumbs);
    REQUIRE(thumbs->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return thumbs->renderedCount() == 3; }, 30000));
    CHECK(thumbs->model()->rowCount() == 3);

    // The navigator names each page by its first line.
    auto *nav = w.findChild<ui::Navigator *>();
    REQUIRE(nav);
    REQUIRE(nav->topLevelItemCount() == 1);
    QTreeWidgetItem *module = nav->topLevelItem(0);
    REQUIRE(module->childCount() == 3);
    CHECK(module->child(0)->text(0) == QStringLiteral("1. Opening kangaroo"));
    CHECK(module->child(1)->text(0) == QStringLiteral("2. Indicators wombat"));
    CHECK(module->child(2)->text(0) == QStringLiteral("3. Closing platypus"));

    // Page 2 as it is drawn without marks.
    auto *view = w.findChild<ui::SlideView *>();
    REQUIRE(view);
    REQUIRE(w.openSlideByKey(moduleId, slides[1].key));
    REQUIRE(QTest::qWaitFor([&] { return !view->image().isNull(); }, 30000));
    const QImage plain = view->image();
    REQUIRE(w.openSlideByKey(moduleId, slides[0].key));

    // A search hit on the page's words opens it, the words marked.
    panel->queryEdit()->setText(QStringLiteral("wombat"));
    REQUIRE(waitForResults(panel) > 0);
    const QList<core::SearchHit> hits = panel->hits();
    const auto hit = std::find_if(hits.cbegin(), hits.cend(), [&](const core::SearchHit &h) {
        return h.kind == core::SearchHitKind::Slide && h.slideId == slides[1].id;
    });
    REQUIRE(hit != hits.cend());
    REQUIRE(panel->openHit(*hit));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->key == slides[1].key);
    CHECK_FALSE(view->highlight().isEmpty());
    REQUIRE(
        QTest::qWaitFor([&] { return !view->image().isNull() && view->image() != plain; }, 30000));
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    CHECK(w.grab().save(shots + QStringLiteral("/pdf-deck-search-hit.png")));

    // pdfpc's plain-text notes read as written in the notes panel.
    auto *notes = w.findChild<QDockWidget *>(QStringLiteral("notesPanel"));
    REQUIRE(notes);
    const QString shownNotes = notes->findChild<QTextBrowser *>()->toPlainText();
    INFO(shownNotes.toStdString());
    CHECK(shownNotes.contains(QStringLiteral("Ask <everyone> about debts * twice.")));

    // A bookmark on the page: kept, listed, and starred in the navigator.
    ws->bookmarkAction()->trigger();
    CHECK(profile->store().isBookmarked(w.userDataKey(), w.currentItem()).value);
    CHECK(ws->bookmarksDock()->bookmarkList()->count() == 1);
    CHECK(module->child(1)->text(1) == QStringLiteral("★"));
    CHECK(module->child(0)->text(1).isEmpty());
}

TEST_CASE("seen marks and the resume point follow a page that moved", "[decks][ui]")
{
    QTemporaryDir dir;
    const auto profile = makeProfile(dir.filePath(QStringLiteral("profile")));
    const QString before =
        build(dir.filePath(QStringLiteral("v1")),
              {QStringLiteral("Opening"), QStringLiteral("Indicators"), QStringLiteral("Closing")});
    ui::WorkspaceOptions options;
    options.seenAfterMs = 50;
    QString seenKey;
    {
        ui::MainWindow w(*profile);
        auto *ws = new ui::Workspace(&w, options);
        w.show();
        REQUIRE(w.openBundle(before, false));
        const qint64 moduleId = w.bundle()->modules().first().id;
        const QList<core::Slide> slides = w.bundle()->slides(moduleId, QStringLiteral("en"));
        REQUIRE(slides.size() == 3);
        // Pages 1 and 2 seen; the reader stops on page 2.
        for (int i : {0, 1}) {
            REQUIRE(w.openSlideByKey(moduleId, slides[i].key));
            REQUIRE(QTest::qWaitFor(
                [&] {
                    return profile->store()
                        .seen(w.userDataKey(), QStringLiteral("deck"))
                        .value.contains(w.currentItem().toString());
                },
                10000));
        }
        REQUIRE(QTest::qWaitFor(
            [&] { return ws->moduleBadge(moduleId).startsWith(QStringLiteral("2/3")); }, 10000));
        seenKey = slides[1].key;
        w.close(); // keeps where the reader was
        const auto resume = profile->store().resume(w.userDataKey());
        REQUIRE(resume.value);
        CHECK(resume.value->ref.item == seenKey);
    }
    // Rebuilt with a page inserted first: "Indicators" is page 3 now.
    const QString after = build(dir.filePath(QStringLiteral("v2")),
                                {QStringLiteral("Agenda"), QStringLiteral("Opening"),
                                 QStringLiteral("Indicators"), QStringLiteral("Closing")});
    ui::MainWindow w(*profile);
    auto *ws = new ui::Workspace(&w, options);
    w.show();
    REQUIRE(w.openBundle(after, false));
    const qint64 moduleId = w.bundle()->modules().first().id;
    // Resumed on the same page, where it is now.
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->position == 3);
    CHECK(w.currentSlide()->body.contains(QStringLiteral("Indicators")));
    CHECK(w.currentSlide()->key != seenKey);
    CHECK(w.currentItem().item == seenKey);
    // The two pages seen count as seen where they are now; the new page not.
    CHECK(ws->moduleBadge(moduleId).startsWith(QStringLiteral("2/4")));
    const QList<core::ItemRef> items = w.slideItems(w.currentSlides());
    const auto seen = profile->store().seen(w.userDataKey(), QStringLiteral("deck")).value;
    REQUIRE(items.size() == 4);
    CHECK_FALSE(seen.contains(items[0].toString())); // Agenda, new
    CHECK(seen.contains(items[1].toString()));       // Opening, was page 1
    CHECK(seen.contains(items[2].toString()));       // Indicators, was page 2
    CHECK_FALSE(seen.contains(items[3].toString())); // Closing, never seen
}

TEST_CASE("4:3 and A4 landscape pages keep their shape in the slide view", "[decks][ui]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src + QStringLiteral("/deck"));
    writePdfDeck(src + QStringLiteral("/deck/four3.pdf"), {QStringLiteral("A 4:3 page")},
                 QSizeF(720, 540));
    writePdfDeck(src + QStringLiteral("/deck/a4.pdf"), {QStringLiteral("An A4 landscape page")},
                 QSizeF(842, 595));
    writeDeckSource(src, QStringLiteral("{en: four3.pdf, ru: a4.pdf}"));
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    const ProcessResult r = runTool({QStringLiteral("build"), src, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const auto profile = makeProfile(dir.filePath(QStringLiteral("profile")));
    ui::MainWindow w(*profile);
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(out, false));
    auto *view = w.findChild<ui::SlideView *>();
    REQUIRE(view);
    const QString shots = QDir(binaryDir()).filePath(QStringLiteral("deck-shots"));
    QDir().mkpath(shots);
    for (const auto &[lang, aspect] : {std::pair{QStringLiteral("en"), 720.0 / 540},
                                       std::pair{QStringLiteral("ru"), 842.0 / 595}}) {
        INFO(lang.toStdString());
        w.setContentLanguage(lang);
        REQUIRE(w.openModule(w.bundle()->modules().first().id));
        REQUIRE(w.currentSlide());
        REQUIRE(w.currentSlide()->lang == lang);
        REQUIRE(QTest::qWaitFor(
            [&] { return !view->image().isNull() && view->image().size() == view->size(); },
            30000));
        // The letterbox: the view's left edge, beside a page narrower than it.
        const QImage image = view->image();
        const QColor letterbox = image.pixelColor(0, image.height() / 2);
        CHECK(letterbox == image.pixelColor(image.width() - 1, image.height() / 2));
        CHECK(letterbox.red() < 220);
        const QRect box = pageBox(image, letterbox);
        INFO(box.width() << "x" << box.height() << " in " << view->width() << "x"
                         << view->height());
        // The page fills one side of the view and keeps its shape.
        CHECK((box.width() >= view->width() - 2 || box.height() >= view->height() - 2));
        CHECK(std::abs(double(box.width()) / box.height() - aspect) < 0.02);
        CHECK(w.grab().save(shots + QStringLiteral("/pdf-deck-%1.png").arg(lang)));
    }
}
