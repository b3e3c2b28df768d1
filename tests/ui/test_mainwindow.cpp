#include "core/bundle.h"
#include "core/i18n.h"
#include "render/sliderenderer.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/slideview.h"
#include "ui/thumbstrip.h"
#include "uifixture.h"
#include "uisupport.h"

#include <QAction>
#include <QDockWidget>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using okuw::ui::MainWindow;
using okuw::ui::Navigator;
using okuw::ui::SlideView;

namespace {

qint64 moduleId(MainWindow &w, const QString &slug)
{
    const auto m = w.bundle()->moduleBySlug(slug);
    REQUIRE(m);
    return m->id;
}

int position(MainWindow &w)
{
    const okuw::core::Slide *s = w.currentSlide();
    return s ? s->position : 0;
}

} // namespace

TEST_CASE("keys move between slides", "[ui]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    REQUIRE(w.openModule(moduleId(w, "alpha")));
    auto *view = w.findChild<SlideView *>("slideView");
    REQUIRE(view);
    REQUIRE(w.currentSlides().size() == 3);
    CHECK(position(w) == 1);
    QSignalSpy shown(&w, &MainWindow::slideShown);

    QTest::keyClick(view, Qt::Key_Right);
    CHECK(position(w) == 2);
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(position(w) == 3);
    QTest::keyClick(view, Qt::Key_PageDown); // the last slide stays
    CHECK(position(w) == 3);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(position(w) == 1);
    QTest::keyClick(view, Qt::Key_End);
    CHECK(position(w) == 3);
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(position(w) == 2);
    QTest::keyClick(view, Qt::Key_Backspace);
    CHECK(position(w) == 1);
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(position(w) == 2);
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(position(w) == 1);
    CHECK(shown.size() == 8); // the stay at the end emitted nothing
    CHECK(shown.last().first().value<okuw::core::Slide>().position == 1);

    // The notes panel follows the slide.
    auto *notes = w.findChild<QDockWidget *>("notesPanel");
    REQUIRE(notes);
    auto *text = notes->findChild<QTextBrowser *>();
    REQUIRE(text);
    CHECK(text->toPlainText().contains("Say hello"));
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(text->toPlainText().contains("three elements"));
}

TEST_CASE("the next slide is pre-rendered, so a change is one paint", "[ui]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    REQUIRE(w.openModule(moduleId(w, "alpha")));
    auto *view = w.findChild<SlideView *>("slideView");
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.slideRenderer()->waitForIdle());
    const int misses = view->cacheMisses();
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->cacheMisses() == misses); // the next slide was ready
    view->grab();
    CHECK(view->lastPaintExact());
    // The image fits the widget at its device pixel ratio.
    CHECK(view->image().size() == view->size() * view->devicePixelRatioF());
}

TEST_CASE("selecting a module in the navigator shows its first slide", "[ui]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    auto *nav = w.findChild<Navigator *>("navigator");
    REQUIRE(nav);
    REQUIRE(nav->topLevelItemCount() == 3);
    // Modules in order, titles in the content language, slide/doc counts.
    CHECK(nav->topLevelItem(0)->text(0).contains("Alpha module"));
    CHECK(nav->topLevelItem(0)->text(1) == "3"); // slides; progress replaces it when known
    CHECK(nav->topLevelItem(1)->text(0).contains("Beta module"));
    CHECK(nav->topLevelItem(1)->text(1) == "1");

    const qint64 beta = moduleId(w, "beta");
    QTreeWidgetItem *item = nav->moduleItem(beta);
    REQUIRE(item);
    nav->scrollToItem(item);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
    CHECK(w.currentModuleId() == beta);
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->title == "Beta");
    CHECK(w.currentSlide()->position == 1);

    // A slide item opens that slide.
    const QList<okuw::core::Slide> alpha =
        w.bundle()->slides(moduleId(w, "alpha"), QStringLiteral("en"));
    QTreeWidgetItem *third = nav->slideItem(alpha[2].id);
    REQUIRE(third);
    nav->setCurrentItem(third);
    CHECK(w.currentModuleId() == moduleId(w, "alpha"));
    CHECK(position(w) == 3);
}

TEST_CASE("a bundle opened the first time reads in the interface language", "[ui]")
{
    okuw::test::resetProfile();
    okuw::core::installTranslations(QStringLiteral("ru"));
    {
        MainWindow w(okuw::test::profile());
        REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
        CHECK(w.contentLanguage() == "ru");
        REQUIRE(w.openModule(moduleId(w, "alpha")));
        REQUIRE(w.currentSlide());
        CHECK(w.currentSlide()->lang == "ru");
        // The reader's own choice is remembered and wins over the interface.
        QAction *en = w.findChild<QAction *>("lang_en");
        REQUIRE(en);
        en->trigger();
    }
    {
        MainWindow w(okuw::test::profile());
        REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
        CHECK(w.contentLanguage() == "en");
    }
    // Turkmen: Turkmen titles, and the decks the bundle lacks in Turkmen
    // fall back to Russian.
    okuw::test::resetProfile();
    okuw::core::installTranslations(QStringLiteral("tk"));
    {
        MainWindow w(okuw::test::profile());
        REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
        CHECK(w.contentLanguage() == "tk");
        REQUIRE(w.openModule(moduleId(w, "alpha")));
        REQUIRE(w.currentSlide());
        CHECK(w.currentSlide()->lang == "ru");
    }
    okuw::core::installTranslations(QStringLiteral("en"));
}

TEST_CASE("content language with fallbacks", "[ui]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    CHECK(w.contentLanguage() == "en");
    QSignalSpy changed(&w, &MainWindow::contentLanguageChanged);
    QAction *ru = w.findChild<QAction *>("lang_ru");
    REQUIRE(ru);
    REQUIRE(w.findChild<QAction *>("lang_tk"));
    REQUIRE(w.openModule(moduleId(w, "alpha")));

    ru->trigger();
    CHECK(w.contentLanguage() == "ru");
    CHECK(changed.size() == 1);
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == "ru");
    CHECK(w.currentSlide()->title.contains(QString::fromUtf8("Открытие")));
    auto *nav = w.findChild<Navigator *>("navigator");
    CHECK(nav->topLevelItem(0)->text(0).contains(QString::fromUtf8("Модуль альфа")));

    // Turkmen: the module title is Turkmen, the deck falls back to Russian.
    // (The language menu is rebuilt on a change, so its actions are new.)
    QAction *tk = w.findChild<QAction *>("lang_tk");
    REQUIRE(tk);
    tk->trigger();
    CHECK(w.content().fallbacks().value(0) == "ru");
    CHECK(nav->topLevelItem(0)->text(0).contains("Alfa moduly"));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == "ru");
    // Beta has only English slides.
    REQUIRE(w.openModule(moduleId(w, "beta")));
    CHECK(w.currentSlide()->lang == "en");
}

TEST_CASE("a bad bundle shows the error and keeps the previous one", "[ui]")
{
    okuw::test::resetProfile();
    const auto &b = okuw::test::uiBundles();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(b.sample, false));
    REQUIRE(w.openModule(moduleId(w, "alpha")));

    const QString broken = b.root + "/broken-bundle.okuw";
    REQUIRE(
        okuw::test::writeFile(broken, QByteArray("this is not a bundle at all\n").repeated(50)));
    CHECK_FALSE(w.openBundle(broken, false));
    CHECK(w.lastError().contains("broken-bundle.okuw"));
    CHECK_FALSE(w.openBundle(b.root + "/missing.okuw", false));
    CHECK(w.lastError().contains("missing.okuw"));

    REQUIRE(w.bundle());
    CHECK(w.bundle()->path() == b.sample);
    CHECK(w.currentSlide());
    auto *view = w.findChild<SlideView *>("slideView");
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(position(w) == 2);
    CHECK(w.openModule(moduleId(w, "beta")));
}

TEST_CASE("window size, splitter and last item are restored", "[ui]")
{
    okuw::test::resetProfile();
    const auto &b = okuw::test::uiBundles();
    QList<int> sizes;
    {
        MainWindow w(okuw::test::profile());
        w.show();
        w.resize(711, 477); // within the offscreen screen (800x600): a larger one is fitted to it
        REQUIRE(w.openBundle(b.sample, false));
        REQUIRE(w.openModule(moduleId(w, "alpha")));
        QTest::keyClick(w.findChild<SlideView *>("slideView"), Qt::Key_End);
        REQUIRE(position(w) == 3);
        auto *splitter = w.findChild<QSplitter *>("mainSplitter");
        splitter->setSizes({250, 461});
        sizes = splitter->sizes();
        w.close();
    }
    MainWindow w(okuw::test::profile());
    w.show();
    CHECK(w.size() == QSize(711, 477));
    CHECK(w.findChild<QSplitter *>("mainSplitter")->sizes() == sizes);
    REQUIRE(w.openBundle(b.sample, false));
    CHECK(w.currentModuleId() == moduleId(w, "alpha"));
    CHECK(position(w) == 3);
    // The recent list has it.
    CHECK(okuw::test::profile().settings().recentBundles().value(0) == b.sample);
}

TEST_CASE("a .okuw dropped on the window opens", "[ui]")
{
    okuw::test::resetProfile();
    const auto &b = okuw::test::uiBundles();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(b.sample, false));
    QSignalSpy opened(&w, &MainWindow::bundleOpened);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(b.other)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&w, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&w, &drop);
    CHECK(drop.isAccepted());
    CHECK(opened.size() == 1);
    CHECK(w.bundle()->path() == b.other);
    CHECK(w.windowTitle().contains("Other bundle"));

    // Something that is not a bundle is refused at the door.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(b.root + "/notes.txt")});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, {});
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&w, &refused);
    CHECK_FALSE(refused.isAccepted());
}
