#include "uisupport.h"
// Not a test: drives the real window under xvfb-run for screenshots.
//   xvfb-run -a -s "-screen 0 1600x1000x24" ui_shots <bundle> <lang> <slide|pdf|search|about>
//   <out.png> [word]
// Shows a module's slide, a module's PDF (with `word` searched), the
// search panel with `word` typed into it (then, with a sixth argument
// `open`, the first hit opened), or Help > About in the interface language
// <lang> (with `licences` as the word: its Licences tab), then takes the X
// root window with imagemagick's `import`.
#include "core/bundle.h"
#include "core/i18n.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    QCoreApplication::setOrganizationName(QStringLiteral("OkuwShots"));
    okuw::ui::MainWindow w(okuw::test::profile());
    w.resize(1560, 960);
    w.show();
    if (!w.openBundle(args[1], false))
        return 1;
    if (QAction *lang = w.findChild<QAction *>(QStringLiteral("lang_") + args[2]))
        lang->trigger();
    const auto modules = w.bundle()->modules();
    const auto &m = modules.value(modules.size() > 1 ? 0 : 0);
    if (args[3] == QLatin1String("about")) {
        okuw::core::installTranslations(args[2]);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/okuw/icons/okuw.svg")));
        w.findChild<QAction *>(QStringLiteral("about"))->trigger();
        if (args.value(5) == QLatin1String("licences"))
            w.findChild<okuw::ui::AboutDialog *>()->findChild<QTabWidget *>()->setCurrentIndex(1);
    } else if (args[3] == QLatin1String("search")) {
        okuw::ui::installWorkspace(&w); // the docks the real viewer has
        auto *panel = qobject_cast<okuw::ui::SearchPanel *>(okuw::ui::installSearch(&w)->widget());
        // As a person would: Ctrl+K once the window is up, then type.
        QTimer::singleShot(500, panel, [panel, word = args.value(5)] {
            panel->focusQuery();
            panel->queryEdit()->setText(word);
        });
        if (args.value(6) == QLatin1String("open"))
            QTimer::singleShot(2000, panel, [panel] { panel->openFirstHit(); });
    } else if (args[3] == QLatin1String("pdf")) {
        const auto docs = w.bundle()->documents(m.id, w.contentLanguage());
        if (!docs.isEmpty())
            w.openDocumentPage(docs.first().id, 0, args.value(5));
    } else {
        w.openModule(m.id);
        const int n = args.value(5).toInt();
        if (n > 0 && n <= w.currentSlides().size())
            w.openSlide(w.currentSlides()[n - 1].id);
    }
    QTimer::singleShot(4000, &app, [&] {
        QProcess::execute(QStringLiteral("import"), {"-window", "root", args[4]});
        app.quit();
    });
    return app.exec();
}
