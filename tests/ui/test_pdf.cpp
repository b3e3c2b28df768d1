#include "core/bundle.h"
#include "core/sqlite.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "ui/pdftiles.h"
#include "uifixture.h"
#include "uisupport.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using okuw::ui::MainWindow;
using okuw::ui::PdfPane;
using okuw::ui::PdfTiles;

namespace {

okuw::core::Document gammaHandout(MainWindow &w)
{
    const auto m = w.bundle()->moduleBySlug("gamma");
    REQUIRE(m);
    for (const okuw::core::Document &d : w.bundle()->documents(m->id, "en"))
        if (d.title == QStringLiteral("Gamma long handout"))
            return d;
    FAIL("no handout in gamma");
    return {};
}

QString extractPdf(MainWindow &w, qint64 id, const QString &path)
{
    auto dev = w.bundle()->openDocument(id);
    REQUIRE(dev);
    REQUIRE(okuw::test::writeFile(path, dev->readAll()));
    return path;
}

bool waitForSearch(PdfPane *pane)
{
    return QTest::qWaitFor([pane] { return pane->searchDone(); }, 30000);
}

} // namespace

TEST_CASE("a PDF search finds a word on the page poppler finds it on", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    const okuw::core::Document doc = gammaHandout(w);
    REQUIRE(doc.pageCount >= 3);
    const QString pdf = extractPdf(w, doc.id, okuw::test::uiBundles().root + "/gamma-handout.pdf");
    const int expected = okuw::test::popplerPageWith(pdf, "quokkaword", doc.pageCount);
    REQUIRE(expected >= 1); // not on the first page, so finding it means moving

    REQUIRE(w.openDocumentPage(doc.id, 0));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    REQUIRE(pane);
    CHECK(w.currentDocumentId() == doc.id);
    CHECK(w.currentSlide() == nullptr);
    CHECK(pane->pageCount() == doc.pageCount);

    // Ctrl+F reaches the find field while the PDF has the focus; typing and
    // Enter searches.
    QSignalSpy finished(pane, &PdfPane::searchFinished);
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    pane->pageView()->setFocus();
    QTest::keyClick(pane->pageView(), Qt::Key_F, Qt::ControlModifier);
    auto *field = w.findChild<QLineEdit *>("pdfSearchField");
    REQUIRE(field);
    CHECK(field->hasFocus());
    QTest::keyClicks(field, "quokkaword");
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(waitForSearch(pane));
    REQUIRE(finished.size() == 1);
    REQUIRE(pane->hitCount() == 1);
    CHECK(pane->hitPage(0) == expected);
    CHECK(w.currentPage() == expected);

    // The hit is drawn where the page shows it: inside the page, in view.
    auto *view = pane->pageView();
    const okuw::ui::PdfHit hit = view->hits().first();
    REQUIRE_FALSE(hit.rects.isEmpty());
    const QRectF onScreen = view->pointsToViewport(hit.page, hit.rects.first());
    CHECK(view->pageRectInViewport(hit.page).contains(onScreen));
    CHECK(QRectF(view->viewport()->rect()).intersects(onScreen));
    // And painted: the pixel under the hit is the highlight colour mixed in.
    const QImage shot = view->viewport()->grab().toImage();
    const QColor under = shot.pixelColor((onScreen.center() * shot.devicePixelRatio()).toPoint());
    CHECK(under.blue() < under.red());

    // A common word: every hit, on several pages, next/previous walk them.
    pane->search("Investigators");
    REQUIRE(waitForSearch(pane));
    CHECK(pane->hitCount() >= 12 * 6);
    CHECK(pane->hitPage(pane->hitCount() - 1) > pane->hitPage(0));
    const int first = pane->currentHit();
    pane->nextHit();
    CHECK(pane->currentHit() == (first + 1) % pane->hitCount());
    pane->previousHit();
    CHECK(pane->currentHit() == first);
}

TEST_CASE("openDocumentPage shows the page and highlights the words", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    const okuw::core::Document doc = gammaHandout(w);
    QSignalSpy shown(&w, &MainWindow::documentPageShown);
    REQUIRE(w.openDocumentPage(doc.id, 1, "Section"));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    REQUIRE(waitForSearch(pane));
    CHECK(pane->hitCount() >= 12);
    CHECK(w.currentPage() == 1); // the first hit on or after page 2 is on page 2
    CHECK(pane->hitPage(pane->currentHit()) == 1);
    // The builder gave the handout an outline from its headings.
    CHECK(pane->hasOutline());
    CHECK(pane->outlineTabEnabled());
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.first().at(0).toLongLong() == doc.id);

    // Page field and Go actions.
    auto *spin = w.findChild<QSpinBox *>("pdfPageSpin");
    REQUIRE(spin);
    CHECK(spin->value() == 2);
    spin->setValue(3);
    CHECK(w.currentPage() == 2);
    w.findChild<QAction *>("first")->trigger();
    CHECK(w.currentPage() == 0);
    w.findChild<QAction *>("next")->trigger();
    CHECK(w.currentPage() == 1);
    CHECK(spin->value() == 2);

    // Copy page text.
    pane->copyPageText();
    CHECK(QApplication::clipboard()->text().contains("Investigators"));

    // A PDF without an outline: the Outline tab is greyed out.
    const auto gamma = w.bundle()->moduleBySlug("gamma");
    REQUIRE(gamma);
    qint64 reference = 0;
    for (const okuw::core::Document &d : w.bundle()->documents(gamma->id, "en"))
        if (d.title == QStringLiteral("Gamma reference"))
            reference = d.id;
    REQUIRE(w.openDocumentPage(reference, 0));
    REQUIRE(QTest::qWaitFor([&] { return pane->pageCount() == 1; }, 10000));
    CHECK_FALSE(pane->hasOutline());
    CHECK_FALSE(pane->outlineTabEnabled());
}

TEST_CASE("page and zoom of a document are remembered", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    const okuw::core::Document doc = gammaHandout(w);
    REQUIRE(w.openDocumentPage(doc.id, 2));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    pane->zoomIn();
    pane->zoomIn();
    const qreal zoom = pane->pageView()->zoom();
    REQUIRE(w.currentPage() == 2);
    // Away and back: a slide in between, then the document without a page.
    REQUIRE(w.openModule(w.bundle()->moduleBySlug("alpha")->id));
    const auto alphaDocs = w.bundle()->documents(w.bundle()->moduleBySlug("alpha")->id);
    REQUIRE(w.openDocumentPage(alphaDocs.first().id, 0));
    REQUIRE(w.openDocumentPage(doc.id, -1));
    CHECK(w.currentPage() == 2);
    CHECK(pane->pageView()->zoom() == Approx(zoom));
    CHECK(pane->pageView()->fit() == okuw::ui::PdfPageView::Fit::None);

    // Kept in the user store, keyed by the document's stable key: a new
    // window finds the page and zoom again.
    REQUIRE(w.openDocumentPage(doc.id, 3));
    w.close();
    MainWindow again(okuw::test::profile());
    again.show();
    REQUIRE(again.openBundle(okuw::test::uiBundles().sample, false));
    CHECK(again.currentDocumentId() == doc.id); // reopened where it was left
    CHECK(again.currentPage() == 3);
    REQUIRE(again.openModule(again.bundle()->moduleBySlug("alpha")->id));
    REQUIRE(again.openDocumentPage(doc.id, -1));
    CHECK(again.currentPage() == 3);
    auto *pane2 = again.findChild<PdfPane *>("pdfView");
    CHECK(pane2->pageView()->zoom() == Approx(zoom));
}

TEST_CASE("PDF pages are drawn from tiles rendered on a worker, at any zoom", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.resize(1200, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    const okuw::core::Document doc = gammaHandout(w);
    REQUIRE(w.openDocumentPage(doc.id, 0));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    auto *view = pane->pageView();
    // Text shows once the tiles arrive: dark pixels on the white page.
    const auto darkPixels = [&] {
        const QImage shot = view->viewport()->grab().toImage();
        const QRect page = view->pageRectInViewport(0).toAlignedRect() & shot.rect();
        int n = 0;
        for (int y = page.top(); y < page.bottom(); y += 3)
            for (int x = page.left(); x < page.right(); x += 3)
                n += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        return n;
    };
    REQUIRE(QTest::qWaitFor([&] { return darkPixels() > 50; }, 20000));
    // The same page through pdfium in one piece (poppler would do too): the
    // tiles put together show the same text in the same places, seams too
    // (at 200 % the page spans several tiles).
    view->setZoom(2.0);
    view->viewport()->repaint();
    REQUIRE(view->tiles()->waitForIdle());
    view->viewport()->repaint();
    const QRectF pr = view->pageRectInViewport(0);
    REQUIRE(pr.width() * view->devicePixelRatioF() > PdfTiles::kTile);
    QPdfDocument direct;
    auto dev = w.bundle()->openDocument(doc.id);
    REQUIRE(dev);
    direct.load(dev.get());
    const qreal dpr = view->devicePixelRatioF();
    // Pages without a background of their own render transparent: on white,
    // as the view shows them.
    QImage whole((pr.size() * dpr).toSize(), QImage::Format_RGB32);
    whole.fill(Qt::white);
    {
        QPainter paint(&whole);
        paint.drawImage(0, 0, direct.render(0, whole.size()));
    }
    const QImage shot = view->viewport()->grab().toImage();
    int same = 0, compared = 0;
    const QRectF seen = pr & QRectF(view->viewport()->rect());
    for (int y = int(seen.top() - pr.top()) + 2; y < seen.bottom() - pr.top() - 2; y += 7) {
        for (int x = int(seen.left() - pr.left()) + 2; x < seen.right() - pr.left() - 2; x += 7) {
            // pdfium places a clipped render within a device pixel or two of
            // the whole one; the tiles agree with each other exactly.
            const int b = qGray(shot.pixel(int((pr.left() + x) * dpr), int((pr.top() + y) * dpr)));
            bool match = false;
            for (int dy = -2; dy <= 2 && !match; ++dy)
                for (int dx = -2; dx <= 2 && !match; ++dx)
                    match =
                        whole.valid(int(x * dpr) + dx, int(y * dpr) + dy) &&
                        std::abs(qGray(whole.pixel(int(x * dpr) + dx, int(y * dpr) + dy)) - b) < 60;
            compared += 1;
            same += match ? 1 : 0;
        }
    }
    CHECK(same > compared * 97 / 100);

    // At 800 % a page would be hundreds of megabytes as one image: only the
    // tiles in view are drawn, and the cache stays within its budget.
    view->setZoom(8.0);
    view->viewport()->repaint(); // asks for the tiles in view
    const QSize pageSize = (view->pageRectInViewport(0).size() * dpr).toSize();
    const QRectF inView = QRectF(view->viewport()->rect()).intersected(view->pageRectInViewport(0));
    const QList<okuw::ui::PdfTileKey> wanted =
        PdfTiles::tilesFor(0, pageSize,
                           QRectF((inView.topLeft() - view->pageRectInViewport(0).topLeft()) * dpr,
                                  inView.size() * dpr)
                               .toAlignedRect());
    REQUIRE_FALSE(wanted.isEmpty());
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const auto &t : wanted)
                if (view->tiles()->cached(t).isNull())
                    return false;
            return true;
        },
        20000));
    CHECK(pageSize.width() * qint64(pageSize.height()) * 4 > 100LL * 1024 * 1024); // > 100 MB whole
    CHECK(view->tiles()->cacheBytes() <= 96LL * 1024 * 1024);
    CHECK(view->tiles()->cacheBytes() <=
          qint64(wanted.size() + 8) * PdfTiles::kTile * PdfTiles::kTile * 4);
    view->viewport()->grab().toImage().save(okuw::test::binaryDir() +
                                            QStringLiteral("/pdf-zoom800.png"));
}

TEST_CASE("zoom and fit modes change the page size", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    REQUIRE(w.openDocumentPage(gammaHandout(w).id, 0));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    auto *view = pane->pageView();
    pane->fitWidth();
    const QRectF wide = view->pageRectInViewport(0);
    CHECK(wide.width() > view->viewport()->width() - 40);
    pane->fitPage();
    const QRectF whole = view->pageRectInViewport(0);
    CHECK(whole.height() <= view->viewport()->height());
    CHECK(whole.height() > view->viewport()->height() - 40);
    pane->zoomIn();
    CHECK(view->pageRectInViewport(0).width() > whole.width() * 1.2);
}

TEST_CASE("a damaged PDF in a bundle shows a message in the view and does not crash",
          "[ui][pdf][bad]")
{
    okuw::test::resetProfile();
    // A real bundle whose PDF bytes were overwritten after it was built (the
    // builder itself refuses a bad PDF, so the damage is done afterwards).
    const QString path = okuw::test::uiBundles().root + QStringLiteral("/damaged-pdf.okuw");
    QFile::remove(path);
    REQUIRE(QFile::copy(okuw::test::uiBundles().sample, path));
    {
        okuw::core::Database db;
        QString error;
        REQUIRE(db.open(path, okuw::core::Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("UPDATE documents SET data = randomblob(length(data))", &error));
    }
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(path, false));
    const okuw::core::Document doc = gammaHandout(w);
    CHECK_FALSE(w.openDocumentPage(doc.id, 0));
    auto *pane = w.findChild<PdfPane *>("pdfView");
    REQUIRE(pane);
    CHECK(pane->isVisible());
    CHECK_FALSE(pane->errorText().isEmpty());
    CHECK(pane->errorText().contains(doc.title));
    auto *label = w.findChild<QLabel *>("pdfError");
    REQUIRE(label);
    CHECK(label->isVisible());
    // The window stays usable: slides still open.
    REQUIRE(w.openModule(w.bundle()->modules().first().id));
    CHECK(w.currentSlide());
}

TEST_CASE("the page list's numbers never overlap", "[ui][pdf]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    REQUIRE(w.openDocumentPage(gammaHandout(w).id, 0));
    auto *pages = w.findChild<QListWidget *>("pdfThumbnails");
    REQUIRE(pages);
    REQUIRE(pages->count() >= 2);
    // The Pages tab, shown and laid out.
    QWidget *tabs = pages->parentWidget();
    while (tabs && !qobject_cast<QTabWidget *>(tabs))
        tabs = tabs->parentWidget();
    REQUIRE(tabs);
    static_cast<QTabWidget *>(tabs)->setCurrentWidget(pages);
    QCoreApplication::processEvents();
    // Each page's cell, number included, lies apart from the next one's,
    // whether or not its picture has been drawn yet.
    for (int i = 0; i + 1 < pages->count(); ++i) {
        const QRect a = pages->visualItemRect(pages->item(i));
        const QRect b = pages->visualItemRect(pages->item(i + 1));
        INFO("pages " << i + 1 << " and " << i + 2);
        CHECK_FALSE(a.intersects(b));
        // Room for the picture, drawn or not yet, and its number.
        CHECK(b.top() - a.top() >= pages->iconSize().height() + pages->fontMetrics().height());
    }
}
