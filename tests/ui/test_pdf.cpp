#include "core/bundle.h"
#include "core/sqlite.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "uifixture.h"
#include "uisupport.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using okuw::ui::MainWindow;
using okuw::ui::PdfPane;

namespace {

okuw::core::Document gammaHandout(MainWindow &w)
{
    const auto m = w.bundle()->moduleBySlug("gamma");
    REQUIRE(m);
    const QList<okuw::core::Document> docs = w.bundle()->documents(m->id, "en");
    REQUIRE(docs.size() == 1);
    return docs.first();
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
