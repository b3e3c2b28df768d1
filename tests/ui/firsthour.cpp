#include "firsthour.h"

#include "core/bundle.h"
#include "core/i18n.h"
#include "testsupport.h"
#include "ui/languagemenu.h"
#include "ui/presenter/installpresenter.h"
#include "ui/reviewnotice.h"
#include "ui/searchpanel.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QDockWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace okuw::test {

Session::Session(const QString &lang, bool fresh)
{
    if (fresh)
        resetProfile();
    core::installTranslations(lang);
    window = std::make_unique<ui::MainWindow>(profile());
    workspace = ui::installWorkspace(window.get());
    ui::installPresenter(window.get());
    ui::installSearch(window.get());
    search = window->findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
    ui::installLanguageMenu(window.get());
    ui::installReviewNotice(window.get());
    REQUIRE(window->openBundle(defaultBundle(), false));
}

Session::~Session()
{
    window->close(); // saves the layout, as at the end of a session
    window.reset();
    core::installTranslations(QStringLiteral("en"));
}

void Session::showActive()
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

qint64 moduleId(const ui::MainWindow &w, const QString &slugPart)
{
    for (const core::ModuleInfo &m : w.bundle()->modules())
        if (m.slug.contains(slugPart))
            return m.id;
    FAIL("no module " << slugPart.toStdString());
    return 0;
}

} // namespace okuw::test
