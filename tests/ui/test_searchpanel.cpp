// The search dock on a real MainWindow (offscreen) over a real bundle built
// by okuw-bundle: typing shows grouped hits, Enter opens the exact slide,
// a PDF hit opens its page, stale answers are dropped.
#include "core/bundle.h"
#include "render/paint.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/slideview.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/progress.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

using namespace okuw;

namespace {

QString sampleBundlePath()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    okuw::test::writeSampleSource(dir.filePath(QStringLiteral("src")));
    path = dir.filePath(QStringLiteral("sample.okuw"));
    const auto r = okuw::test::runTool(
        {QStringLiteral("build"), dir.filePath(QStringLiteral("src")), QStringLiteral("-o"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

// Waits for the next answer of the panel (worker thread + debounce).
int waitForResults(ui::SearchPanel *panel, int timeoutMs = 20000)
{
    QEventLoop loop;
    int count = -1;
    QObject::connect(panel, &ui::SearchPanel::resultsShown, &loop, [&](int n) {
        count = n;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return count;
}

void type(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
    }
}

void press(QWidget *w, int key)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

int countHits(const QTreeWidgetItem *item)
{
    int n = item->data(0, Qt::UserRole + 1).isValid() ? 1 : 0;
    for (int i = 0; i < item->childCount(); ++i)
        n += countHits(item->child(i));
    return n;
}

} // namespace

TEST_CASE("search panel: typing shows hits, Enter opens the slide", "[search][ui]")
{
    ui::MainWindow window(okuw::test::profile());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    QDockWidget *dock = ui::installSearch(&window);
    REQUIRE(dock);
    auto *panel = qobject_cast<ui::SearchPanel *>(dock->widget());
    REQUIRE(panel);

    panel->focusQuery();
    CHECK(dock->isVisible());
    type(panel->queryEdit(), QStringLiteral("defin")); // as typed: a prefix
    REQUIRE(waitForResults(panel) > 0);
    QTreeWidget *tree = panel->resultView();
    REQUIRE(tree->topLevelItemCount() >= 1);
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        shown += countHits(tree->topLevelItem(i));
    CHECK(shown == panel->hits().size());
    // Grouped: module, then kind, then the hit.
    const QTreeWidgetItem *module = tree->topLevelItem(0);
    CHECK(module->text(0).contains(QStringLiteral("Alpha module")));
    REQUIRE(module->childCount() >= 1);
    CHECK(module->child(0)->text(0) == QStringLiteral("Slides"));
    CHECK(panel->hits().first().title == QStringLiteral("Definition"));

    QImage shot = dock->grab().toImage();
    CHECK_FALSE(shot.isNull());
    shot.save(okuw::test::binaryDir() + QStringLiteral("/searchpanel.png"));

    press(panel->queryEdit(), Qt::Key_Return);
    REQUIRE(window.currentSlide());
    CHECK(window.currentSlide()->title == QStringLiteral("Definition"));
    CHECK(window.currentSlide()->id == panel->hits().first().slideId);

    // The hit is marked on the slide, as it stands there, until the slide
    // changes.
    auto *view = window.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    REQUIRE(view);
    CHECK(view->highlight() == QStringList{QStringLiteral("Definition")});
    auto markedPixels = [&] {
        const QImage image = view->grab().toImage();
        int n = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                n += image.pixelColor(x, y) == render::highlightBackground();
        return n;
    };
    // Drawn by the workers: wait for it, not for time.
    REQUIRE(QTest::qWaitFor([&] { return markedPixels() > 50; }, 20000));
    view->next();
    CHECK(view->highlight().isEmpty());
    view->previous();
    CHECK(markedPixels() == 0);
}

TEST_CASE("search panel: a hit in the speaker notes is marked there", "[search][ui]")
{
    ui::MainWindow window(okuw::test::profile());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    auto *panel = qobject_cast<ui::SearchPanel *>(ui::installSearch(&window)->widget());
    panel->focusQuery();
    type(panel->queryEdit(), QStringLiteral("elements"));
    REQUIRE(waitForResults(panel) > 0);
    const auto hits = panel->hits();
    const auto note = std::find_if(hits.cbegin(), hits.cend(), [](const core::SearchHit &h) {
        return h.kind == core::SearchHitKind::Note;
    });
    REQUIRE(note != hits.cend());
    REQUIRE(panel->openHit(*note));
    REQUIRE(window.currentSlide());
    CHECK(window.currentSlide()->title == QStringLiteral("Definition"));
    auto *notes = window.findChild<QDockWidget *>(QStringLiteral("notesPanel"));
    REQUIRE(notes);
    auto *text = notes->findChild<QTextBrowser *>();
    REQUIRE(text);
    REQUIRE(text->extraSelections().size() == 1);
    CHECK(text->extraSelections().first().cursor.selectedText() == QStringLiteral("elements"));
    window.findChild<ui::SlideView *>(QStringLiteral("slideView"))->next();
    CHECK(text->extraSelections().isEmpty());
}

TEST_CASE("search panel: Russian inflection, PDF page, stale answers", "[search][ui]")
{
    ui::MainWindow window(okuw::test::profile());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    auto *panel = qobject_cast<ui::SearchPanel *>(ui::installSearch(&window)->widget());
    REQUIRE(panel);

    // The content language is English: switch to all languages.
    for (QComboBox *c : panel->findChildren<QComboBox *>()) {
        if (c->itemText(1) == QStringLiteral("All languages"))
            c->setCurrentIndex(1);
    }
    // An older query whose answer comes last: "palermo" is held on its
    // worker until the newer query has been answered and shown.
    QSemaphore started, release;
    panel->setSearchFunction([&](const core::Bundle &b, const core::SearchQuery &q, QString *e) {
        if (q.text == QStringLiteral("palermo")) {
            started.release();
            release.acquire();
        }
        return core::search(b, q, e);
    });
    QSignalSpy shown(panel, &ui::SearchPanel::resultsShown);
    QSignalSpy dropped(panel, &ui::SearchPanel::staleAnswerDropped);
    panel->queryEdit()->setText(QStringLiteral("palermo"));
    REQUIRE(QTest::qWaitFor([&] { return started.available() > 0; }, 20000));
    panel->queryEdit()->setText(QStringLiteral("торговлей"));
    REQUIRE(shown.wait(20000));
    REQUIRE_FALSE(panel->hits().isEmpty());
    for (const core::SearchHit &h : panel->hits())
        CHECK(h.lang == QStringLiteral("ru"));
    release.release(); // the old answer arrives now, and is dropped
    REQUIRE(dropped.wait(20000));
    CHECK(shown.size() == 1);
    for (const core::SearchHit &h : panel->hits())
        CHECK(h.lang == QStringLiteral("ru"));
    panel->setSearchFunction({});

    panel->queryEdit()->setText(QStringLiteral("plain words"));
    REQUIRE(waitForResults(panel) > 0);
    const core::SearchHit pdf = panel->hits().first();
    CHECK(pdf.kind == core::SearchHitKind::Pdf);
    CHECK(panel->openHit(pdf));
    CHECK(window.currentDocumentId() == pdf.documentId);
    CHECK(window.currentPage() == pdf.page);
}

TEST_CASE("search panel: Ctrl+K makes room for the hits", "[search][ui]")
{
    // As in the viewer: the workspace's docks share the right-hand area, so
    // the search tab starts a few lines tall under the speaker notes.
    ui::MainWindow window(okuw::test::profile());
    window.resize(1280, 800);
    ui::installWorkspace(&window);
    QDockWidget *dock = ui::installSearch(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    auto *panel = qobject_cast<ui::SearchPanel *>(dock->widget());
    const int before = dock->height();
    INFO("dock " << dock->width() << "x" << before << " in a window 800 high");
    REQUIRE(before < window.height() / 2);

    QAction *search = window.findChild<QAction *>(QStringLiteral("searchBundle"));
    REQUIRE(search);
    search->trigger();
    QApplication::processEvents();
    CHECK(dock->isVisible());
    CHECK(panel->queryEdit()->hasFocus());
    CHECK(dock->height() > before);
    CHECK(dock->height() >= window.height() / 3);
    CHECK(dock->width() >= panel->fontMetrics().averageCharWidth() * 55);
    CHECK(window.centralWidget()->width() >= window.width() / 3);
}

namespace {

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Runs `open` (which shows a modal dialog and returns when it closes) and
// hands the dialog to `look` while it is shown; the dialog is then closed.
// A dialog that never appears leaves `seen` false; nothing waits forever.
template <typename Dialog>
bool whileModal(const std::function<void()> &open, const std::function<void(Dialog *)> &look)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            look(dialog);
            dialog->reject();
        }
    });
    poll.start();
    open();
    return seen;
}

core::SearchHit hitOfKind(ui::SearchPanel *panel, core::SearchHitKind kind)
{
    for (const core::SearchHit &h : panel->hits())
        if (h.kind == kind)
            return h;
    return {};
}

} // namespace

TEST_CASE("search panel: the place stays readable on the selected row", "[search][ui]")
{
    ui::MainWindow window(okuw::test::profile());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    QDockWidget *dock = ui::installSearch(&window);
    auto *panel = qobject_cast<ui::SearchPanel *>(dock->widget());
    REQUIRE(panel);
    panel->focusQuery();
    type(panel->queryEdit(), QStringLiteral("definition"));
    const int count = waitForResults(panel);
    REQUIRE(count > 0);
    // The count, first (its plural form comes from the interface language's
    // translation, which this test does not load).
    CHECK(panel->statusText().startsWith(QString::number(count) + QLatin1Char(' ')));

    QTreeWidget *tree = panel->resultView();
    QTreeWidgetItem *hit = tree->topLevelItem(0);
    while (hit && hit->childCount() > 0)
        hit = hit->child(0);
    REQUIRE(hit);
    tree->setCurrentItem(hit);
    tree->setFocus();
    REQUIRE(hit->isSelected());
    const QRect row = tree->visualItemRect(hit);
    REQUIRE(row.isValid());
    const QImage image = tree->viewport()->grab(row).toImage();
    const QColor background = tree->palette().color(QPalette::Active, QPalette::Highlight);
    const double textContrast =
        contrast(tree->palette().color(QPalette::Active, QPalette::HighlightedText), background);
    // The first line holds "Slide 2 — Definition": the place's letters are
    // the ones left of the bold title; their strongest pixel must stand out
    // from the selection colour nearly as much as selected text does (grey
    // text on the selection did not).
    const int lineHeight = tree->fontMetrics().height();
    const int placeWidth = tree->fontMetrics().horizontalAdvance(QStringLiteral("Slide 2"));
    double best = 1;
    for (int y = 0; y < std::min(lineHeight, image.height()); ++y)
        for (int x = 0; x < std::min(placeWidth, image.width()); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    INFO("best contrast of the place on the selection: " << best);
    CHECK(best >= 0.8 * textContrast);
}

TEST_CASE("search panel: a term hit opens the glossary at it, a question hit the quiz there",
          "[search][ui]")
{
    ui::MainWindow window(okuw::test::profile());
    window.resize(1280, 800);
    ui::Workspace *workspace = ui::installWorkspace(&window);
    QDockWidget *dock = ui::installSearch(&window);
    window.show();
    REQUIRE(window.openBundle(sampleBundlePath(), false));
    auto *panel = qobject_cast<ui::SearchPanel *>(dock->widget());
    panel->focusQuery();

    // "exploitation" is the second term alphabetically and in the bundle.
    type(panel->queryEdit(), QStringLiteral("exploitation"));
    REQUIRE(waitForResults(panel) > 0);
    const core::SearchHit term = hitOfKind(panel, core::SearchHitKind::Glossary);
    REQUIRE(term.termId != 0);
    QString selected;
    CHECK(whileModal<ui::GlossaryDialog>([&] { CHECK(panel->openHit(term)); },
                                         [&](ui::GlossaryDialog *g) {
                                             selected = g->selectedKey();
                                             CHECK(g->visibleKeys().size() == 2);
                                         }));
    CHECK(selected == QStringLiteral("exploitation"));

    // The second question of alpha's knowledge check.
    panel->queryEdit()->clear();
    type(panel->queryEdit(), QStringLiteral("Which are means"));
    REQUIRE(waitForResults(panel) > 0);
    const core::SearchHit question = hitOfKind(panel, core::SearchHitKind::Question);
    REQUIRE(question.questionId != 0);
    int index = -1;
    QString progress;
    CHECK(whileModal<ui::QuizDialog>([&] { CHECK(panel->openHit(question)); },
                                     [&](ui::QuizDialog *q) {
                                         index = q->currentIndex();
                                         q->choose({0, 1});
                                         q->check();
                                         q->next();
                                         progress = q->reviewText() + q->feedbackText();
                                     }));
    CHECK(index == 1);
    // Begun at question 2: said so, and no score recorded.
    CHECK(progress.contains(QStringLiteral("question 2")));
    CHECK(workspace->progress()->summary(question.moduleId).attempts == 0);
}
