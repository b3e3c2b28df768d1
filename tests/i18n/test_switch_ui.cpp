// The interface language changes at run time from View > Interface language:
// menus (the window's own and those added by the presenter and the
// workspace) follow at once, the choice is remembered, and Qt's own strings
// come from Qt's Russian translation.
#include "core/bundle.h"
#include "core/i18n.h"
#include "testsupport.h"
#include "tsfile.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/presenter/installpresenter.h"
#include "ui/searchpanel.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace okuw;

namespace {

QString ruText(const char *context, const char *source)
{
    static QString error;
    static const QList<test::TsMessage> ru = test::readTs(
        QDir(test::sourceDir()).filePath(QStringLiteral("translations/okuw_ru.ts")), &error);
    return test::tsTranslation(ru, QString::fromLatin1(context), QString::fromUtf8(source));
}

QMenu *menuNamed(QMenuBar *bar, const QString &objectName)
{
    for (QAction *a : bar->actions())
        if (a->menu() && a->menu()->objectName() == objectName)
            return a->menu();
    return nullptr;
}

} // namespace

TEST_CASE("the interface language switches from the menu at once", "[i18n][ui]")
{
    okuw::test::resetProfile();
    core::installTranslations(QStringLiteral("en"));

    ui::MainWindow window(okuw::test::profile());
    ui::installWorkspace(&window);
    ui::installPresenter(&window);
    ui::installSearch(&window);
    ui::installLanguageMenu(&window);
    window.show();

    QMenu *file = window.menu(ui::MainWindow::Menu::File);
    QMenu *presenter = menuNamed(window.menuBar(), QStringLiteral("presenterMenu"));
    REQUIRE(file);
    REQUIRE(presenter);
    auto *ru = window.findChild<QAction *>(QStringLiteral("uiLang_ru"));
    auto *en = window.findChild<QAction *>(QStringLiteral("uiLang_en"));
    auto *tk = window.findChild<QAction *>(QStringLiteral("uiLang_tk"));
    REQUIRE(ru);
    REQUIRE(en);
    REQUIRE(tk);
    CHECK(ru->text() == QStringLiteral("Русский"));
    CHECK(tk->text() == QStringLiteral("Türkmençe"));
    CHECK(en->isChecked());
    CHECK(file->title() == QStringLiteral("&File"));
    CHECK(presenter->title() == QStringLiteral("&Slide Show"));

    const QString ruFile = ruText("okuw::ui::MainWindow", "&File");
    const QString ruShow = ruText("okuw::ui::Presenter", "&Slide Show");
    const QString ruRehearse = ruText("okuw::ui::Presenter", "&Rehearse in a Window");
    const QString ruLanguage = ruText("okuw::ui::LanguageMenu", "&Interface Language");
    REQUIRE_FALSE(ruFile.isEmpty());
    REQUIRE_FALSE(ruShow.isEmpty());

    ru->trigger();
    // QApplication posts LanguageChange to each window: it arrives with the
    // next turn of the event loop, before anything is painted.
    QCoreApplication::processEvents();
    CHECK(core::installedLanguage() == QStringLiteral("ru"));
    CHECK(ru->isChecked());
    CHECK(file->title() == ruFile);
    CHECK(presenter->title() == ruShow);
    auto *rehearse = window.findChild<QAction *>(QStringLiteral("presenterRehearse"));
    REQUIRE(rehearse);
    CHECK(rehearse->text() == ruRehearse);
    auto *languageMenu = window.findChild<QMenu *>(QStringLiteral("interfaceLanguageMenu"));
    REQUIRE(languageMenu);
    CHECK(languageMenu->title() == ruLanguage);
    // Feature add-ons: the workspace's Tools items, the search dock.
    QMenu *tools = window.menu(ui::MainWindow::Menu::Tools);
    REQUIRE(tools);
    REQUIRE_FALSE(tools->actions().isEmpty());
    CHECK(tools->actions().first()->text() ==
          ruText("okuw::ui::Workspace", "&Knowledge check for this module…"));
    auto *searchDock = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
    REQUIRE(searchDock);
    CHECK(searchDock->windowTitle() == ruText("okuw::ui::SearchPanel", "Search"));
    // The language names stay in their own language.
    CHECK(en->text() == QStringLiteral("English"));
    CHECK(okuw::test::profile().settings().interfaceLanguage() == QStringLiteral("ru"));
    CHECK(ui::startupInterfaceLanguage(okuw::test::profile().settings()) == QStringLiteral("ru"));

    // Qt's own dialogs: Debian ships qtbase_ru.qm in Qt's translations folder.
    if (QFileInfo::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                              .filePath(QStringLiteral("qtbase_ru.qm")))) {
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Отмена"));
    }

    en->trigger();
    QCoreApplication::processEvents();
    CHECK(core::installedLanguage() == QStringLiteral("en"));
    CHECK(file->title() == QStringLiteral("&File"));
    CHECK(presenter->title() == QStringLiteral("&Slide Show"));
    CHECK(rehearse->text() == QStringLiteral("&Rehearse in a Window"));
    CHECK(tools->actions().first()->text() == QStringLiteral("&Knowledge check for this module…"));
    CHECK(searchDock->windowTitle() == QStringLiteral("Search"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    CHECK(okuw::test::profile().settings().interfaceLanguage() == QStringLiteral("en"));
}

TEST_CASE("the first start follows the system language", "[i18n]")
{
    CHECK(core::interfaceLanguageFor(QStringLiteral("ru_RU")) == QStringLiteral("ru"));
    CHECK(core::interfaceLanguageFor(QStringLiteral("tk-TM")) == QStringLiteral("tk"));
    CHECK(core::interfaceLanguageFor(QStringLiteral("de_DE")) == QStringLiteral("en"));
}

TEST_CASE("after a switch the notes heading and the search results follow", "[i18n][ui]")
{
    okuw::test::resetProfile();
    core::installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    const QString path = dir.filePath(QStringLiteral("sample.okuw"));
    okuw::test::writeSampleSource(src);
    const auto built =
        okuw::test::runTool({QStringLiteral("build"), src, QStringLiteral("-o"), path});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);

    ui::MainWindow window(okuw::test::profile());
    ui::installWorkspace(&window);
    ui::installSearch(&window);
    ui::installLanguageMenu(&window);
    window.show();
    REQUIRE(window.openBundle(path, false));
    const auto alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"));
    REQUIRE(alpha);
    const QList<core::Document> documents = window.bundle()->documents(alpha->id);
    REQUIRE_FALSE(documents.isEmpty());
    REQUIRE(window.openDocumentPage(documents.first().id, 0));
    auto *heading = window.findChild<QLabel *>(QStringLiteral("notesHeading"));
    REQUIRE(heading);
    const QString title = documents.first().title;
    REQUIRE(QTest::qWaitFor(
        [&] { return heading->text() == QStringLiteral("%1, page 1").arg(title); }, 10000));

    auto *query = window.findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    auto *results = window.findChild<QTreeWidget *>(QStringLiteral("searchResults"));
    REQUIRE(query);
    REQUIRE(results);
    query->setText(QStringLiteral("alpha"));
    // The group headers under the module: "Slides", "Documents", ...
    auto groups = [&] {
        QStringList texts;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            for (int k = 0; k < results->topLevelItem(i)->childCount(); ++k)
                texts << results->topLevelItem(i)->child(k)->text(0);
        return texts;
    };
    REQUIRE(QTest::qWaitFor([&] { return groups().contains(QStringLiteral("Slides")); }, 20000));

    core::installTranslations(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    const QString ruPage = ruText("okuw::ui::Workspace", "%1, page %2");
    const QString ruSlides = ruText("okuw::ui::SearchPanel", "Slides");
    REQUIRE_FALSE(ruPage.isEmpty());
    REQUIRE_FALSE(ruSlides.isEmpty());
    CHECK(heading->text() == ruPage.arg(title).arg(1));
    INFO(groups().join(QLatin1String(", ")).toStdString());
    CHECK(groups().contains(ruSlides));
    CHECK_FALSE(groups().contains(QStringLiteral("Slides")));
    core::installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
