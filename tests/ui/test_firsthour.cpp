// The participant's first hour: what a new user trips over, on a
// 1024x768 screen (see main_small.cpp), on the default bundle, with every
// feature of the viewer installed as main() installs them.
#include "core/bundle.h"
#include "firsthour.h"
#include "testsupport.h"
#include "ui/navigator.h"
#include "ui/pdffindbar.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "ui/searchpanel.h"
#include "ui/slideview.h"
#include "ui/thumbstrip.h"
#include "ui/workspace/bookmarksdock.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace okuw;
using test::Session;

namespace {

qint64 firstDocument(ui::MainWindow &w, const QString &lang)
{
    for (const core::ModuleInfo &m : w.bundle()->modules())
        for (const core::Document &d : w.bundle()->documents(m.id, lang))
            if (d.pageCount >= 2)
                return d.id;
    FAIL("no document in " << lang.toStdString());
    return 0;
}

// `inner` lies wholly inside `outer`'s window, where the user sees it.
bool wholeInWindow(const QWidget *inner, const QWidget *window)
{
    const QRect r(inner->mapTo(window, QPoint(0, 0)), inner->size());
    return inner->isVisible() && window->rect().contains(r);
}

} // namespace

TEST_CASE("Ctrl+F shows the PDF find bar with its count at any width, in Russian",
          "[firsthour][pdf]")
{
    Session s(QStringLiteral("ru"));
    s.showActive();
    ui::MainWindow &w = *s.window;
    const qint64 doc = firstDocument(w, QStringLiteral("en"));
    REQUIRE(w.openDocumentPage(doc, 0));
    auto *pane = w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"));
    REQUIRE(pane);
    // The search dock open too, as the participant had it.
    s.search->focusQuery();
    for (const QSize size : {QSize(1000, 700), QSize(800, 600), QSize(640, 480)}) {
        INFO(size.width() << "x" << size.height());
        w.resize(size);
        pane->pageView()->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return pane->pageView()->hasFocus(); }, 10000));
        QTest::keyClick(pane->pageView(), Qt::Key_F, Qt::ControlModifier);
        ui::PdfFindBar *bar = pane->findBar();
        REQUIRE(bar->isVisible());
        CHECK(bar->field()->hasFocus());
        CHECK(wholeInWindow(bar->field(), &w));
        QTest::keyClicks(bar->field(), QStringLiteral("the"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return pane->searchDone(); }, 30000));
        REQUIRE(pane->hitCount() > 0);
        QLabel *count = bar->hitLabel();
        // "1 из N": the whole count, not cut.
        CHECK(count->text().contains(QString::number(pane->hitCount())));
        // Laid out whole once the layout has taken the new text.
        CHECK(QTest::qWaitFor([&] { return count->width() >= count->sizeHint().width(); }, 5000));
        CHECK(wholeInWindow(count, &w));
        // Escape closes the bar and clears the hits; the page has the keys.
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        CHECK_FALSE(bar->isVisible());
        CHECK(pane->hitCount() == 0);
    }
}

TEST_CASE("a click on a thumbnail marks that thumbnail, not a neighbour", "[firsthour][slides]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
    auto *strip = w.findChild<ui::ThumbnailStrip *>(QStringLiteral("thumbnails"));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    REQUIRE(strip);
    REQUIRE(strip->model()->rowCount() >= 10);
    // Every thumbnail in view, the last one half in view included.
    int clicked = 0;
    for (int row = 1; row < strip->model()->rowCount(); ++row) {
        const QRect cell = strip->visualRect(strip->model()->index(row, 0));
        const QRect visible = cell.intersected(strip->viewport()->rect());
        if (visible.width() < 20)
            break;
        const QPoint at = visible.center();
        INFO("thumbnail " << row + 1);
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, at);
        CHECK(view->currentIndex() == row);
        CHECK(strip->current() == row);
        ++clicked;
    }
    CHECK(clicked >= 5);
}

TEST_CASE("the window fits a 1024x768 screen and the slide takes most of it",
          "[firsthour][smallscreen]")
{
    Session s;
    ui::MainWindow &w = *s.window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(available.width() == 1024);
    s.showActive();
    CHECK(w.width() <= available.width());
    CHECK(w.height() <= available.height());
    CHECK(available.contains(w.geometry()));
    // Maximised on that screen (as a participant would), a slide is shown.
    w.resize(1024, 768);
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    REQUIRE(QTest::qWaitFor([&] { return view->isVisible() && view->width() > 0; }, 10000));
    QApplication::processEvents();
    // The slide is drawn at the largest 16:9 size that fits the view.
    const int slideWidth = std::min(view->width(), view->height() * 16 / 9);
    INFO("slide " << slideWidth << " of " << w.width());
    CHECK(slideWidth >= w.width() * 6 / 10);
}

TEST_CASE("a word of another language is found in an English session", "[firsthour][search]")
{
    Session s;
    s.showActive();
    REQUIRE(s.window->contentLanguage() == QStringLiteral("en"));
    QSignalSpy shown(s.search, &ui::SearchPanel::resultsShown);
    s.search->focusQuery();
    s.search->queryEdit()->insert(QStringLiteral("эксплуатация")); // QTest types ASCII only
    REQUIRE(
        QTest::qWaitFor([&] { return !shown.isEmpty() && !s.search->hits().isEmpty(); }, 20000));
    CHECK(s.search->showsOtherLanguages());
    for (const core::SearchHit &h : s.search->hits())
        CHECK(h.lang != QStringLiteral("en"));
    CHECK(s.search->statusText().contains(QStringLiteral("other languages")));
    // A word that is in English stays in English alone.
    shown.clear();
    s.search->queryEdit()->setText(QStringLiteral("exploitation"));
    REQUIRE(
        QTest::qWaitFor([&] { return !shown.isEmpty() && !s.search->hits().isEmpty(); }, 20000));
    CHECK_FALSE(s.search->showsOtherLanguages());
    for (const core::SearchHit &h : s.search->hits())
        CHECK(h.lang == QStringLiteral("en"));
}

TEST_CASE("after a click on a slide in the navigator the arrow keys move the slides",
          "[firsthour][keys]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    const qint64 module = test::moduleId(w, QStringLiteral("international"));
    REQUIRE(w.openModule(module));
    auto *nav = w.findChild<ui::Navigator *>(QStringLiteral("navigator"));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    const QList<core::Slide> deck = w.currentSlides();
    REQUIRE(deck.size() >= 5);
    QTreeWidgetItem *item = nav->slideItem(deck[3].id);
    REQUIRE(item);
    nav->scrollToItem(item);
    nav->setFocus();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
    REQUIRE(view->currentIndex() == 3);
    CHECK(view->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(view->currentIndex() == 4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(view->currentIndex() == 5);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    CHECK(view->currentIndex() == 4);
    // Browsing the tree with the arrow keys leaves the keys in the tree.
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    CHECK(nav->hasFocus());
}

TEST_CASE("speaker notes are off for a participant, and a trainer's choice is remembered",
          "[firsthour][notes]")
{
    {
        Session s;
        s.showActive();
        auto *notes = s.window->findChild<QDockWidget *>(QStringLiteral("notesPanel"));
        REQUIRE(notes);
        CHECK_FALSE(notes->isVisible());
        // The trainer turns them on with Ctrl+T.
        QTest::keyClick(s.window.get(), Qt::Key_T, Qt::ControlModifier);
        CHECK(notes->isVisible());
    }
    {
        Session again(QStringLiteral("en"), false);
        again.showActive();
        auto *notes = again.window->findChild<QDockWidget *>(QStringLiteral("notesPanel"));
        CHECK(notes->isVisible());
        QTest::keyClick(again.window.get(), Qt::Key_T, Qt::ControlModifier);
        CHECK_FALSE(notes->isVisible());
    }
    Session third(QStringLiteral("en"), false);
    third.showActive();
    CHECK_FALSE(third.window->findChild<QDockWidget *>(QStringLiteral("notesPanel"))->isVisible());
}

TEST_CASE("a module shown in another language says so on the slide area", "[firsthour][language]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    w.setContentLanguage(QStringLiteral("tk"));
    auto *notice = w.findChild<QLabel *>(QStringLiteral("languageFallbackNotice"));
    REQUIRE(notice);
    // Module 2 has no Turkmen slides: Russian stands in, and the notice says so.
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("intelligence"))));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == QStringLiteral("ru"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("Русский")));
    CHECK(notice->text().contains(QStringLiteral("Türkmençe")));
    // Module 1 has them: no notice.
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
    CHECK(w.currentSlide()->lang == QStringLiteral("tk"));
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("the navigator shows each module's progress", "[firsthour][progress]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    const qint64 module = test::moduleId(w, QStringLiteral("international"));
    REQUIRE(w.openModule(module));
    const int slides = int(w.currentSlides().size());
    auto *nav = w.findChild<ui::Navigator *>(QStringLiteral("navigator"));
    QTreeWidgetItem *row = nav->moduleItem(module);
    REQUIRE(row);
    CHECK(row->text(1) == QStringLiteral("0/%1").arg(slides));
    // The first slide counts as seen after a few seconds on it.
    REQUIRE(
        QTest::qWaitFor([&] { return row->text(1) == QStringLiteral("1/%1").arg(slides); }, 10000));
    CHECK(row->toolTip(1).contains(QStringLiteral("1 of %1 slides seen").arg(slides)));
    // The whole title is in the tooltip, however narrow the column.
    CHECK(row->toolTip(0).contains(w.content().text(w.bundle()->module(module)->title)));
}

TEST_CASE("the knowledge check by keys: wrong answers link to their slide, scores are kept",
          "[firsthour][quiz]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    const qint64 module = test::moduleId(w, QStringLiteral("international"));
    REQUIRE(w.openModule(module));
    const QList<core::Question> questions = w.bundle()->questions(module, QStringLiteral("en"));
    REQUIRE(questions.size() >= 3);

    qint64 linked = 0;
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<ui::QuizDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return; // fails below: nothing was driven
        dlg->activateWindow();
        if (!QTest::qWaitForWindowActive(dlg))
            return;
        CHECK(
            QTest::qWaitFor([&] { return dlg->isAncestorOf(QApplication::focusWidget()); }, 5000));
        for (int i = 0; i < questions.size(); ++i) {
            INFO("question " << i + 1);
            const QWidget *fw = QApplication::focusWidget();
            INFO("focus on " << (fw ? fw->metaObject()->className() : "nothing") << " "
                             << (fw ? fw->objectName().toStdString() : std::string()));
            // Tab order: the first answer has the keys, not Close.
            if (dlg->answerButtons().isEmpty())
                break;
            CHECK(QApplication::focusWidget() == dlg->answerButtons().first());
            // The last answer: wrong for at least some questions.
            for (int k = 1; k < dlg->answerButtons().size(); ++k)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Check answer
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next / See my score
        }
        CHECK(dlg->isShowingScore());
        // No disabled button left beside "Try again".
        for (QPushButton *b : dlg->findChildren<QPushButton *>())
            CHECK((b->isEnabled() || !b->isVisible()));
        const QString review = dlg->reviewText();
        const auto link = QRegularExpression(QStringLiteral("href=\"slide:(\\d+)\"")).match(review);
        if (link.hasMatch()) {
            linked = link.captured(1).toLongLong();
            emit dlg->findChild<QLabel *>(QStringLiteral("quizReview"))
                ->linkActivated(QStringLiteral("slide:%1").arg(linked));
        } else {
            dlg->reject();
        }
        driven = true;
    });
    s.workspace->showQuiz();
    REQUIRE(driven);
    REQUIRE(linked != 0); // at least one wrong answer, with its slide
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->id == linked);

    // Reopened: last and best score from the start.
    bool seenHistory = false;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<ui::QuizDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return; // fails below: nothing was driven
        auto *history = dlg->findChild<QLabel *>(QStringLiteral("quizHistory"));
        seenHistory = history->isVisible() && history->text().contains(QStringLiteral("best"));
        QTest::keyClick(dlg, Qt::Key_Escape);
    });
    s.workspace->showQuiz();
    CHECK(seenHistory);
    auto *nav = w.findChild<ui::Navigator *>(QStringLiteral("navigator"));
    CHECK(nav->moduleItem(module)->text(1).contains(QStringLiteral("quiz")));
}

TEST_CASE("a file that cannot be opened keeps what was shown and says so in the window",
          "[firsthour][badinput]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.okuw"));
    REQUIRE(test::writeFile(broken, QByteArray("SQLite format 3") + QByteArray(4000, '\x7f')));
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    const QString shown = w.bundle()->path();
    CHECK(w.problemText().isEmpty());
    CHECK_FALSE(w.openBundle(broken, false));
    CHECK(w.bundle()->path() == shown); // the previous bundle stays
    CHECK(w.problemText().contains(QStringLiteral("broken.okuw")));
    CHECK(w.problemText().contains(w.content().text(w.bundle()->info().title)));
    // Closed by its button; a bundle that opens clears it too.
    auto *close = w.findChild<QToolButton *>(QStringLiteral("problemClose"));
    REQUIRE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    CHECK(w.problemText().isEmpty());

    // A window with nothing open yet: empty, and the reason in it.
    ui::MainWindow empty(test::profile());
    empty.show();
    CHECK_FALSE(empty.openBundle(dir.filePath(QStringLiteral("missing.okuw")), false));
    CHECK_FALSE(empty.bundle());
    CHECK(empty.problemText().contains(QStringLiteral("missing.okuw")));
    auto *welcome = empty.findChild<QLabel *>(QStringLiteral("welcome"));
    CHECK(welcome->isVisible());
    CHECK(welcome->text().contains(QStringLiteral("missing.okuw")));
}

TEST_CASE("Ctrl+D says so and marks the slide in the navigator and the thumbnails",
          "[firsthour][bookmarks]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    const qint64 module = test::moduleId(w, QStringLiteral("international"));
    REQUIRE(w.openModule(module));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    view->setCurrentIndex(2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("Bookmarked")));
    auto *nav = w.findChild<ui::Navigator *>(QStringLiteral("navigator"));
    CHECK(nav->slideItem(w.currentSlide()->id)->text(1) == QStringLiteral("★"));
    CHECK(nav->slideItem(w.currentSlides().at(1).id)->text(1).isEmpty());
    auto *strip = w.findChild<ui::ThumbnailStrip *>(QStringLiteral("thumbnails"));
    CHECK(strip->model()->index(2, 0).data(Qt::UserRole + 7).toBool());
    CHECK_FALSE(strip->model()->index(1, 0).data(Qt::UserRole + 7).toBool());
    // The bookmarks list: "Remove" only once one is chosen.
    ui::BookmarksDock *dock = s.workspace->bookmarksDock();
    REQUIRE(dock->bookmarkList()->count() == 1);
    CHECK_FALSE(dock->removeButton()->isEnabled());
    dock->bookmarkList()->setCurrentRow(0);
    CHECK(dock->removeButton()->isEnabled());
    // Ctrl+D again removes it, and says so.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("removed")));
    CHECK(nav->slideItem(w.currentSlide()->id)->text(1).isEmpty());
    CHECK(dock->bookmarkList()->count() == 0);
}

TEST_CASE("slides sit on the theme's colours, thumbnails are framed, the current one stands out",
          "[firsthour][slides]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    auto *strip = w.findChild<ui::ThumbnailStrip *>(QStringLiteral("thumbnails"));
    REQUIRE(view);
    REQUIRE(strip);

    // Around the slide: the palette's colour, not black bars. The view is
    // wider than 16:9 or taller: a corner lies outside the slide.
    const QColor around = view->palette().color(QPalette::Mid);
    INFO("around " << around.name().toStdString() << ", corners "
                   << view->grab().toImage().pixelColor(0, 0).name().toStdString() << " "
                   << view->grab()
                          .toImage()
                          .pixelColor(view->width() - 1, view->height() - 1)
                          .name()
                          .toStdString()
                   << ", view " << view->width() << "x" << view->height());
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QImage image = view->grab().toImage();
            return image.pixelColor(0, 0).rgb() == around.rgb() ||
                   image.pixelColor(image.width() - 1, image.height() - 1).rgb() == around.rgb();
        },
        10000));

    view->setCurrentIndex(1);
    REQUIRE(strip->current() == 1);
    const QImage image = strip->viewport()->grab().toImage();
    const QPalette &pal = strip->palette();
    const QRect current = strip->visualRect(strip->model()->index(1, 0));
    const QRect other = strip->visualRect(strip->model()->index(2, 0));
    REQUIRE(current.isValid());
    REQUIRE(other.isValid());
    // The current cell is filled with the selection colour; another is not
    // (the strip's own colour shows), and its thumbnail has a frame in a
    // colour that is neither the strip's nor white.
    CHECK(image.pixelColor(current.left() + 2, current.top() + 2).rgb() ==
          pal.color(QPalette::Highlight).rgb());
    const QColor strip2 = image.pixelColor(other.left() + 2, other.top() + 2);
    CHECK(strip2.rgb() != pal.color(QPalette::Highlight).rgb());
    const QColor frame = image.pixelColor(other.left() + 5, other.center().y() - 9);
    CHECK(frame.rgb() == pal.color(QPalette::Dark).rgb());
    CHECK(frame.rgb() != strip2.rgb());
}

TEST_CASE("on a small screen the PDF's side panel gives the page its width", "[firsthour][pdf]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    REQUIRE(w.openDocumentPage(firstDocument(w, QStringLiteral("en")), 0));
    auto *pane = w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"));
    REQUIRE(pane);
    // The 1024x768 screen: the pane is narrow, the outline and pages folded.
    REQUIRE(pane->width() < 800);
    REQUIRE(QTest::qWaitFor([&] { return pane->splitter()->sizes().value(0) == 0; }, 10000));
    CHECK(pane->pageView()->width() > pane->width() * 9 / 10);

    // Wider again (a larger window): the panel is back.
    pane->resize(1000, pane->height());
    CHECK(pane->splitter()->sizes().value(0) > 0);
}

TEST_CASE("the View menu has every panel together, menus show their shortcuts and languages "
          "their names",
          "[firsthour][labels]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    QMenu *view = w.menu(ui::MainWindow::Menu::View);
    REQUIRE(view);
    const QList<QAction *> actions = view->actions();
    const auto separator = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
        return a->objectName() == QStringLiteral("panelsSeparator");
    });
    REQUIRE(separator != actions.cend());
    const qsizetype firstAfter = separator - actions.cbegin();
    for (const char *name : {"okuwNotesDock", "okuwBookmarksDock", "searchDock"}) {
        INFO(name);
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
        REQUIRE(dock);
        const qsizetype at = actions.indexOf(dock->toggleViewAction());
        CHECK(at >= 0);
        CHECK(at < firstAfter); // with the navigator's and the slides', not below
        CHECK(actions.count(dock->toggleViewAction()) == 1);
    }
    auto *find = w.findChild<QAction *>(QStringLiteral("find"));
    REQUIRE(find);
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));

    // The content languages named as the interface languages are.
    QStringList names;
    for (const char *code : {"lang_en", "lang_ru", "lang_tk"})
        if (auto *a = w.findChild<QAction *>(QString::fromLatin1(code)))
            names << a->text();
    CHECK(names == QStringList{QStringLiteral("English"), QStringLiteral("Русский"),
                               QStringLiteral("Türkmençe")});
}
