#include "uisupport.h"
// Not a test: screenshots of the window, menus, dialogs and the presenter
// console in one interface language, to look for clipped text.
//   i18n_shots <bundle> <lang> <out-dir>      (QT_SCALE_FACTOR=2 for 200%)
// The interface is first shown in English and then switched through the
// menu, so the pictures also show what the run-time switch leaves behind.
#include "core/bundle.h"
#include "core/i18n.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/presenter/installpresenter.h"
#include "ui/searchpanel.h"
#include "ui/workspace/agendadialog.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace okuw;

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    const QString lang = args[2], out = args[3];
    QDir().mkpath(out);
    QCoreApplication::setOrganizationName(QStringLiteral("OkuwI18nShots"));
    core::installTranslations(QStringLiteral("en"));

    ui::MainWindow w(okuw::test::profile());
    ui::installWorkspace(&w);
    ui::installPresenter(&w);
    ui::installSearch(&w);
    ui::installLanguageMenu(&w);
    w.resize(1280, 760);
    w.show();
    if (!w.openBundle(args[1], false))
        return 1;
    if (QAction *content = w.findChild<QAction *>(QStringLiteral("lang_") + lang))
        content->trigger();
    if (QAction *ui = w.findChild<QAction *>(QStringLiteral("uiLang_") + lang))
        ui->trigger();
    const auto modules = w.bundle()->modules();
    w.openModule(modules.value(1).id);
    wait(1500);
    save(&w, out, QStringLiteral("main"));

    for (auto [which, name] : {std::pair{ui::MainWindow::Menu::View, "menu-view"},
                               std::pair{ui::MainWindow::Menu::Tools, "menu-tools"},
                               std::pair{ui::MainWindow::Menu::File, "menu-file"}}) {
        QMenu *menu = w.menu(which);
        menu->popup(w.mapToGlobal(QPoint(40, 40)));
        wait(300);
        save(menu, out, QString::fromLatin1(name));
        menu->hide();
    }
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu() && a->menu()->objectName() == QLatin1String("presenterMenu")) {
            a->menu()->popup(w.mapToGlobal(QPoint(40, 40)));
            wait(300);
            save(a->menu(), out, QStringLiteral("menu-slideshow"));
            a->menu()->hide();
        }
    }

    {
        ui::GlossaryDialog glossary(w.bundle()->glossary(), w.content(), &w);
        glossary.show();
        wait(300);
        save(&glossary, out, QStringLiteral("glossary"));
    }
    {
        ui::AgendaDialog agenda(w.bundle()->agenda(), modules, w.content(), {}, &w);
        agenda.show();
        wait(300);
        save(&agenda, out, QStringLiteral("agenda"));
    }
    {
        const auto questions = w.bundle()->questions(modules.value(1).id, w.contentLanguage());
        ui::QuizDialog quiz(
            w.content().text(modules.value(1).title), questions, [](const auto &, const auto &) {},
            &w);
        quiz.show();
        wait(300);
        save(&quiz, out, QStringLiteral("quiz"));
    }

    if (QAction *rehearse = w.findChild<QAction *>(QStringLiteral("presenterRehearse")))
        rehearse->trigger();
    wait(1500);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->inherits("okuw::ui::ConsoleWindow"))
            save(top, out, QStringLiteral("console"));
        if (top->isVisible() && top->inherits("okuw::ui::AudienceWindow"))
            save(top, out, QStringLiteral("audience"));
    }
    return 0;
}
