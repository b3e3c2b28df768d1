// Help: F1 opens the user guide in the interface language, Ctrl+F1 the
// The guide names the keys the window really has: every shortcut it
// mentions is read here from the window's actions, in all three languages.
#include "testsupport.h"
#include "ui/helpdialog.h"
#include "ui/mainwindow.h"
#include "ui/presenter/installpresenter.h"
#include "ui/searchpanel.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace okuw;

namespace {

QAction *actionNamed(ui::MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("help: F1 opens the guide, Ctrl+F1 the keys, both true to the window's shortcuts",
          "[help][ui]")
{
    ui::MainWindow window(test::profile());
    ui::installWorkspace(&window);
    ui::installSearch(&window);
    ui::installPresenter(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Every shortcut the guide names, as the window has it.
    QStringList keys;
    for (const char *name : {"userGuide", "keyList", "searchBundle", "bookmark", "quiz", "glossary",
                             "navigator", "presenterFromStart", "presenterFromCurrent", "open"})
        keys << actionNamed(window, name)->shortcut().toString(QKeySequence::PortableText);
    CHECK(keys.contains(QStringLiteral("F1")));
    CHECK(keys.contains(QStringLiteral("Ctrl+F1")));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}) {
        const QString guide = ui::userGuideMarkdown(lang);
        REQUIRE(guide.size() > 2000);
        for (const QString &k : keys) {
            INFO(lang.toStdString() << ": " << k.toStdString());
            CHECK((guide.contains(QStringLiteral("**%1**").arg(k)) ||
                   guide.contains(QStringLiteral("(%1)").arg(k))));
        }
    }
    CHECK(ui::userGuideMarkdown(QStringLiteral("ru")).contains(QStringLiteral("Что такое пакет")));
    CHECK(ui::userGuideMarkdown(QStringLiteral("tk")).contains(QStringLiteral("Ýygyndy näme")));
    CHECK(ui::userGuideMarkdown(QStringLiteral("de")) ==
          ui::userGuideMarkdown(QStringLiteral("en")));

    // F1: the guide, beside the window (not modal).
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<ui::HelpDialog *>();
    REQUIRE(help);
    REQUIRE(QTest::qWaitForWindowExposed(help));
    CHECK(help->page() == ui::HelpDialog::Page::Guide);
    CHECK_FALSE(help->isModal());
    CHECK(help->guide()->toPlainText().contains(QStringLiteral("What a bundle is")));
    help->grab().save(test::binaryDir() + QStringLiteral("/help-guide.png"));

    // Ctrl+F1: the keys of the window, of slides, of PDFs and of the slide
    // show, from the code that handles them.
    // Ctrl+F1 in the guide: its other page, the same dialog.
    QTest::keyClick(help, Qt::Key_F1, Qt::ControlModifier);
    CHECK(window.findChildren<ui::HelpDialog *>().size() == 1);
    CHECK(help->page() == ui::HelpDialog::Page::Keys);
    const QString list = help->keys()->toPlainText();
    CHECK(list.contains(
        actionNamed(window, "searchBundle")->shortcut().toString(QKeySequence::NativeText)));
    CHECK(list.contains(QStringLiteral("Bookmark this slide or page")));
    CHECK(list.contains(QStringLiteral("Tab or G"))); // the slide show's overview
    CHECK(list.contains(QStringLiteral("Shift+F5")));
    CHECK(list.contains(QStringLiteral("Shift+F3"))); // find in a PDF
    help->grab().save(test::binaryDir() + QStringLiteral("/help-keys.png"));
    help->close();
}
