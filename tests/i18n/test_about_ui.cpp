// Help > About in each interface language, switched while it is open.
#include "core/i18n.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "uisupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QPushButton>
#include <QTabWidget>
#include <catch2/catch.hpp>

using okuw::ui::AboutDialog;

TEST_CASE("About follows the interface language", "[i18n][about]")
{
    okuw::test::resetProfile();
    okuw::ui::MainWindow w(okuw::test::profile());
    w.show();
    QAction *about = w.findChild<QAction *>(QStringLiteral("about"));
    REQUIRE(about);
    about->trigger();
    auto *dialog = w.findChild<AboutDialog *>();
    REQUIRE(dialog);
    auto *tabs = dialog->findChild<QTabWidget *>();
    REQUIRE(tabs);

    okuw::core::installTranslations(QStringLiteral("ru"));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    CHECK(dialog->windowTitle() == QStringLiteral("О программе Okuw"));
    CHECK(dialog->openFolderButton()->text() == QStringLiteral("Открыть папку"));
    CHECK(tabs->tabText(1) == QStringLiteral("Лицензии"));
    okuw::core::installTranslations(QStringLiteral("tk"));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    CHECK(dialog->windowTitle() == QStringLiteral("Okuw barada"));
    CHECK(dialog->openFolderButton()->text() == QStringLiteral("Bukjany aç"));
    okuw::core::installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    CHECK(dialog->windowTitle() == QStringLiteral("About Okuw"));
    CHECK(tabs->tabText(1) == QStringLiteral("Licences"));
    dialog->close();
}
